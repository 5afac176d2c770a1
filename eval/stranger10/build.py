#!/usr/bin/env python3
"""stranger10: hand-written corpus of code and machine output as developers paste it to an
IDE assistant or a chat assistant.

Private people sit inside source code (fixtures, seeds, builders, @author and TODO(login)
comments, migrations, scripts), data dumps (psql / MySQL tables, mysqldump, COPY rows, mongosh
documents, Elasticsearch hits, pandas prints, Excel TSV, fixed-width mainframe records, Redis,
ORM reprs, Rust Debug), logs and errors (logfmt, JSON lines, tracebacks, Java stacks, Sentry and
Bugsnag events, assertion diffs, snapshot failures, access logs, postfix syslog, validation
payloads, console.log), version control (git log, blame, shortlog, .mailmap, git config, PRs,
reviews, patch mails, merge commits, CODEOWNERS, package manifests) and web traffic (curl, raw
HTTP, GraphQL, shop and CRM webhooks, LDIF, SOAP, mail headers, iCalendar, .env, HTML forms).
Half the rows are PII-free in the same formats and asks: software named like people, algorithms
named after people, public figures, sample people and placeholders, timezones, hashes, prices.

Python standard library only. Every private value below was typed by hand; e-mail local parts,
logins, slugs and the URL-encoded, entity-escaped and \\u-escaped forms are derived in code from
the hand-typed names.

    python3 eval/stranger10/build.py          # rewrite tune.jsonl and holdout.jsonl
    python3 eval/stranger10/build.py --check  # rebuild in memory, exit 0 if files unchanged
"""
import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter
from html.entities import codepoint2name
from pathlib import Path

SEED = 100231
HERE = Path(__file__).resolve().parent
SOURCE = "eval/stranger10/build.py"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


# ---------------------------------------------------------------- markers


def P(v):
    return f"⟦PERSON|{v}⟧"


def L(v):
    return f"⟦LOCATION|{v}⟧"


def PH(v):
    return f"⟦PHONE_NUMBER|{v}⟧"


def EM(v):
    return f"⟦EMAIL_ADDRESS|{v}⟧"


def DOB(v):
    return f"⟦DATE_OF_BIRTH|{v}⟧"


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Strip ⟦TYPE|value⟧ markers; return (text, spans). Case is applied piece by piece so that
    offsets stay right even when a character changes length (ß -> SS)."""
    out, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        lit = _case(marked[pos:m.start()], case)
        out.append(lit)
        n += len(lit)
        val = _case(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(_case(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


def vis(s):
    """What a marked string looks like once unmarked (for column widths)."""
    return MARK.sub(lambda m: m.group(2), s)


def F(tpl, /, **kw):
    """Fill «key» placeholders (so code with braces needs no escaping)."""
    return re.sub(r"«(\w+)»", lambda m: str(kw[m.group(1)]), tpl)


# ---------------------------------------------------------------- value forms

FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i", "ł": "l",
                      "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def uesc(s):
    """JSON-style \\u escapes for non-ASCII, as some serialisers write them."""
    return "".join(f"\\u{ord(ch):04x}" if ord(ch) > 127 else ch for ch in s)


def ent(s):
    """HTML entities for non-ASCII (named where HTML has a name)."""
    out = []
    for ch in s:
        o = ord(ch)
        if o > 127:
            out.append(f"&{codepoint2name[o]};" if o in codepoint2name else f"&#{o};")
        else:
            out.append(ch)
    return "".join(out)


def qp(s):
    return urllib.parse.quote_plus(s)


def sqlq(s):
    """MySQL-dump escaping of a quote."""
    return s.replace("'", "\\'")


def esc1(s):
    """Backslash a single quote (PHP and MySQL single-quoted strings); works on marked text."""
    return s.replace("'", "\\'")


def digits(s):
    return re.sub(r"\D", "", s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dfmt(d, style):
    y, m, dd = d
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}",
        "dmy": f"{dd:02d}/{m:02d}/{y:04d}",
        "mdy": f"{m:02d}/{dd:02d}/{y:04d}",
        "dot": f"{dd:02d}.{m:02d}.{y:04d}",
        "long": f"{dd} {MONTHS[m - 1]} {y}",
        "uslong": f"{MONTHS[m - 1]} {dd}, {y}",
        "compact": f"{y:04d}{m:02d}{dd:02d}",
        "isoz": f"{y:04d}-{m:02d}-{dd:02d}T00:00:00.000Z",
    }[style]


# ---------------------------------------------------------------- serialisers


class Raw(str):
    """Inserted verbatim by ser() (ObjectId(...), ISODate(...), ~D[...], numbers as typed)."""


def _q1(v):
    return f'"{v}"' if "'" in vis(v) else f"'{v}'"


def _q2(v):
    return f'"{v}"'


STY = {
    "json": (lambda k: f'"{k}"', _q2, "null", ("true", "false"), ": ", "{", "}"),
    "jsonc": (lambda k: f'"{k}"', _q2, "null", ("true", "false"), ":", "{", "}"),
    "js": (lambda k: k if re.fullmatch(r"[A-Za-z_$][\w$]*", k) else f"'{k}'", _q1, "null",
           ("true", "false"), ": ", "{", "}"),
    "py": (lambda k: f"'{k}'", _q1, "None", ("True", "False"), ": ", "{", "}"),
    "rb": (lambda k: f'"{k}"', _q2, "nil", ("true", "false"), " => ", "{", "}"),
    "ex": (lambda k: f"{k}:", _q2, "nil", ("true", "false"), " ", "%{", "}"),
    "php": (lambda k: f"'{k}'", _q1, "null", ("true", "false"), " => ", "[", "]"),
}


def ser(o, st="json", ind=2, lvl=0):
    kf, sf, nul, tf, sep, op, cl = STY[st]
    if isinstance(o, Raw):
        return str(o)
    if o is None:
        return nul
    if o is True:
        return tf[0]
    if o is False:
        return tf[1]
    if isinstance(o, (int, float)):
        return str(o)
    if isinstance(o, str):
        return sf(o)
    if isinstance(o, dict):
        items = [kf(k) + sep + ser(v, st, ind, lvl + 1) for k, v in o.items()]
        o_, c_ = op, cl
    else:
        items = [ser(v, st, ind, lvl + 1) for v in o]
        o_, c_ = "[", "]"
    if not items:
        return o_ + c_
    if ind is None:
        inner = ("," if st == "jsonc" else ", ").join(items)
        return f"{o_} {inner} {c_}" if st in ("js", "ex", "rb") else f"{o_}{inner}{c_}"
    pad = " " * (ind * (lvl + 1))
    return o_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (ind * lvl) + c_


def psql(cols, rows, num=()):
    w = [max([len(vis(c))] + [len(vis(r[i])) for r in rows]) for i, c in enumerate(cols)]

    def cell(s, i, head=False):
        v = len(vis(s))
        if head:
            left = (w[i] - v) // 2
            return " " * left + s + " " * (w[i] - v - left)
        return " " * (w[i] - v) + s if i in num else s + " " * (w[i] - v)

    out = [" " + " | ".join(cell(c, i, True) for i, c in enumerate(cols))]
    out.append("-" + "-+-".join("-" * x for x in w) + "-")
    for r in rows:
        out.append(" " + " | ".join(cell(x, i) for i, x in enumerate(r)))
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(x.rstrip() for x in out)


def mysql(cols, rows, num=()):
    w = [max([len(vis(c))] + [len(vis(r[i])) for r in rows]) for i, c in enumerate(cols)]

    def cell(s, i):
        v = len(vis(s))
        return " " * (w[i] - v) + s if i in num else s + " " * (w[i] - v)

    bar = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [bar, "| " + " | ".join(pad(c, w[i]) for i, c in enumerate(cols)) + " |", bar]
    for r in rows:
        out.append("| " + " | ".join(cell(x, i) for i, x in enumerate(r)) + " |")
    out.append(bar)
    return "\n".join(out)


def frame(cols, rows, idx=None):
    """pandas DataFrame print: index left, every column right-aligned, two spaces apart."""
    idx = idx or [str(i) for i in range(len(rows))]
    iw = max(len(i) for i in idx)
    w = [max([len(vis(c))] + [len(vis(r[i])) for r in rows]) for i, c in enumerate(cols)]
    out = [" " * iw + "".join("  " + " " * (w[i] - len(vis(c))) + c for i, c in enumerate(cols))]
    for k, r in zip(idx, rows):
        out.append(k + " " * (iw - len(k)) + "".join(
            "  " + " " * (w[i] - len(vis(x))) + x for i, x in enumerate(r)))
    return "\n".join(out)


def pad(s, w):
    return s + " " * (w - len(vis(s)))


# ---------------------------------------------------------------- people, addresses, phones
#
# (given, family, culture tag, surname first?, e-mail pattern, login pattern)
# {g} {f} are the ASCII-folded given and family names without spaces, {g0} {f0} their initials.

TUNE_PEOPLE = [
    ("Nadia", "Kowalczyk", "Polish", 0, "{g}.{f}@wp.pl", "{g0}{f}"),
    ("Tanvir", "Hossain", "Bengali", 0, "{g}.{f}@gmail.com", "{g}.{f0}"),
    ("Hope", "Nkosi", "Zulu", 0, "{g}{f}@outlook.com", "{g}{f}"),
    ("Grant", "Whitlock", "English", 0, "{g0}{f}@tidewater-freight.co.uk", "{g0}{f}"),
    ("Siobhán", "Ní Bhriain", "Irish", 0, "{g}.{f}@eircom.net", "{g}{f0}"),
    ("Joost", "van der Meulen", "Dutch", 0, "{g}@brightfold.dev", "{g0}{f}"),
    ("Aroha", "Tāwhiri", "Māori", 0, "{g}.{f}@xtra.co.nz", "{g}{f0}"),
    ("Oluwaseun", "Adeyemi", "Yoruba", 0, "{f}.{g}@yahoo.com", "{g0}{f}"),
    ("Mei Ling", "Chua", "Singaporean Chinese", 1, "{f}.{g}@singnet.com.sg", "{f}{g0}"),
    ("Haruto", "Ishikawa", "Japanese", 1, "{g}.{f}@yahoo.co.jp", "{f}-{g}"),
    ("Rahel", "Tesfaye", "Amharic", 0, "{g}{f0}@gmail.com", "{g}.{f}"),
    ("Diego", "Huamán Ccori", "Quechua", 0, "{g}.{f}@hotmail.com", "{g0}{f}"),
    ("Leilani", "Kahananui", "Hawaiian", 0, "{g}@lumenkart.io", "{g}{f0}"),
    ("Mateus", "Figueiredo", "Brazilian", 0, "{g}.{f}@uol.com.br", "{g}{f}"),
    ("Ahmad Faizal", "bin Rosli", "Malay", 0, "{g}{f}@yahoo.com.my", "{g}_{f}"),
    ("Siphokazi", "Matiwane", "Xhosa", 0, "{g}.{f}@webmail.co.za", "{g0}{f}"),
    ("Marcus", "Bishop", "African-American", 0, "{g0}{f}@kestrelpay.com", "{g0}{f}"),
    ("May", "Lindqvist", "Swedish", 0, "{g}.{f}@telia.com", "{g}{f}"),
    ("Rich", "Abernathy", "US (Appalachian)", 0, "{g}{f}73@aol.com", "{g}-{f}"),
    ("Fatemeh", "Rostami", "Persian", 0, "{f}.{g}@gmail.com", "{g0}{f}"),
    ("Kwabena", "Asante", "Akan", 0, "{g}.{f}@lumenkart.io", "{g}{f0}"),
    ("Dilnoza", "Yusupova", "Uzbek", 0, "{g}{f}@mail.ru", "{g0}{f}"),
    ("Eero", "Mäkinen", "Finnish", 0, "{g}.{f}@elisanet.fi", "{f}{g0}"),
    ("Tavita", "Leaupepe", "Samoan", 0, "{g}_{f}@gmail.com", "{g}{f0}"),
    ("Priyanka", "Raghunathan", "Tamil", 0, "{g}.{f}@brightfold.dev", "{g0}{f}"),
    ("Gurpreet", "Sandhu", "Punjabi", 0, "{g}{f}88@hotmail.co.uk", "{g}.{f}"),
    ("Ximena", "Colque", "Aymara", 0, "{g}.{f}@gmail.com", "{g0}{f}"),
    ("Bogdan", "Ionescu", "Romanian", 0, "{g}.{f}@yahoo.ro", "{f}{g0}"),
    ("Oksana", "Hrytsenko", "Ukrainian", 0, "{g}.{f}@ukr.net", "{g0}{f}"),
    ("Nivi", "Kilabuk", "Inuit", 0, "{g}{f}@northwestel.net", "{g}{f0}"),
    ("Dakota", "Sixkiller", "Cherokee", 0, "{g}.{f}@gmail.com", "{g0}{f}"),
    ("Yael", "Ben-David", "Israeli", 0, "{g}.{f}@walla.co.il", "{g}{f0}"),
    ("Hamza", "El Idrissi", "Moroccan", 0, "{g}.{f}@menara.ma", "{g0}{f}"),
    ("Thị Lan", "Nguyễn", "Vietnamese", 1, "{f}{g}@gmail.com", "{g}{f0}"),
    ("Min-seo", "Kang", "Korean", 1, "{f}.{g}@naver.com", "{f}{g}"),
    ("Joy", "Achieng", "Luo", 0, "{g}.{f}@gmail.com", "{g}{f0}"),
    ("Callum", "MacAskill", "Scottish", 0, "{g0}{f}@tidewater-freight.co.uk", "{g0}{f}"),
    ("Zeynep", "Arslan", "Turkish", 0, "{g}.{f}@hotmail.com.tr", "{g}{f0}"),
    ("Guadalupe", "Tzintzun", "Purépecha", 0, "{g}.{f}@prodigy.net.mx", "{g0}{f}"),
    ("Khalid", "Al-Harthy", "Omani", 0, "{g}.{f}@omantel.net.om", "{f}{g0}"),
]

HOLDOUT_PEOPLE = [
    ("María José", "González", "Colombian", 0, "{g}.{f}@gmail.com", "{g}-{f}"),
    ("João", "Albuquerque", "Portuguese", 0, "{g}.{f}@sapo.pt", "{g0}{f}"),
    ("Noa", "Peretz", "Israeli", 0, "{g}{f}@gmail.com", "{g}.{f}"),
    ("Faith", "Wanjiru", "Kikuyu", 0, "{g}.{f}@yahoo.com", "{g}{f0}"),
    ("Precious", "Moyo", "Ndebele", 0, "{g}{f}@gmail.com", "{g0}{f}"),
    ("Lukas", "Brandstetter", "Austrian", 0, "{g}.{f}@gmx.at", "{f}{g0}"),
    ("Ines", "Šimunović", "Croatian", 0, "{g}.{f}@net.hr", "{g0}{f}"),
    ("Wayra", "Condori", "Quechua", 0, "{g}{f}@hotmail.com", "{g}.{f}"),
    ("Anahera", "Ngata", "Māori", 0, "{g}.{f}@harbourline.co.nz", "{g}{f0}"),
    ("Chinedu", "Okafor", "Igbo", 0, "{f}.{g}@yahoo.co.uk", "{g0}{f}"),
    ("Quốc Bảo", "Phạm", "Vietnamese", 1, "{f}{g}@gmail.com", "{f}.{g}"),
    ("Hiroko", "Tanabe", "Japanese", 0, "{g}.{f}@orchardline.jp", "{g0}{f}"),
    ("Xiaowen", "Liang", "Chinese", 1, "{f}{g}@qq.com", "{f}.{g}"),
    ("Arjun", "Hegde", "Kannada", 0, "{g}.{f}@orchardline.jp", "{g}{f0}"),
    ("Nasrin", "Haidari", "Afghan (Dari)", 0, "{g}.{f}@outlook.com", "{g0}{f}"),
    ("Mehmet", "Yıldırım", "Turkish", 0, "{g}{f}@gmail.com", "{g0}{f}"),
    ("Sione", "Havili", "Tongan", 0, "{g}.{f}@gmail.com", "{g}{f0}"),
    ("Makerita", "Tuiasosopo", "Samoan", 0, "{g}.{f}@harbourline.co.nz", "{g0}{f}"),
    ("Eyram", "Agbeko", "Ewe", 0, "{g}{f}@gmail.com", "{g}.{f}"),
    ("Mebrahtu", "Kidane", "Tigrinya", 0, "{g}.{f}@yahoo.com", "{g0}{f}"),
    ("Shonto", "Begay", "Navajo", 0, "{g}{f}@frontiernet.net", "{g0}{f}"),
    ("Thaís", "Carvalho", "Brazilian", 0, "{g}.{f}@bol.com.br", "{g}{f}"),
    ("Riaan", "de Villiers", "Afrikaans", 0, "{g}@vinkelpay.co.za", "{g0}{f}"),
    ("Saoirse", "O'Donoghue", "Irish", 0, "{g}.{f}@gmail.com", "{f}{g0}"),
    ("Rhys", "ap Gwilym", "Welsh", 0, "{g}.{f}@btinternet.com", "{g}{f0}"),
    ("Beatriz", "de la Fuente", "Spanish", 0, "{g}.{f}@telefonica.net", "{g0}{f}"),
    ("Yacine", "Hamidouche", "Kabyle", 0, "{g}.{f}@vinkelpay.co.za", "{g0}{f}"),
    ("Rana", "Haddad", "Lebanese", 0, "{g}{f}@hotmail.com", "{g}.{f}"),
    ("Sindre", "Haugland", "Norwegian", 0, "{g}.{f}@online.no", "{f}{g0}"),
    ("Mette", "Kjærgaard", "Danish", 0, "{g}{f}@mail.dk", "{g0}{f}"),
    ("Vojtěch", "Procházka", "Czech", 0, "{g}.{f}@seznam.cz", "{g0}{f}"),
    ("Réka", "Szabó", "Hungarian", 1, "{f}.{g}@freemail.hu", "{f}{g}"),
    ("Stavros", "Papadakis", "Greek", 0, "{g}.{f}@otenet.gr", "{g0}{f}"),
    ("Sushila", "Gurung", "Nepali", 0, "{g}{f}@gmail.com", "{g}.{f}"),
    ("Jericho", "Dela Peña", "Filipino", 0, "{g}.{f}@yahoo.com.ph", "{g0}{f}"),
    ("Kanokwan", "Srisuk", "Thai", 0, "{g}.{f}@hotmail.co.th", "{g}{f0}"),
    ("Wahyu", "Prasetyo", "Javanese", 0, "{g}.{f}@gmail.com", "{g0}{f}"),
    ("Aigerim", "Seitkali", "Kazakh", 0, "{g}{f}@mail.kz", "{g}.{f}"),
    ("Wideline", "Pierre-Louis", "Haitian", 0, "{g}.{f}@gmail.com", "{g0}{f}"),
    ("Tanis", "Cardinal", "Cree", 0, "{g}.{f}@sasktel.net", "{g0}{f}"),
    ("Dafydd", "Price", "Welsh", 0, "{g}{f}@orchardline.jp", "{g}.{f}"),
    ("Drew", "Hartigan", "Irish-American", 0, "{g}.{f}@comcast.net", "{g0}{f}"),
]

# (line1, unit, town, postcode, region, country, ISO code, layout)
TUNE_ADDRS = [
    ("14 Tanners Row", "Flat 3", "Ludlow", "SY8 1QE", None, "United Kingdom", "GB",
     "{unit}, {line1}\n{town}\n{pc}\n{country}"),
    ("22 Colmcille Terrace", None, "Dingle", "V92 K8T4", "Co. Kerry", "Ireland", "IE",
     "{line1}\n{town}\n{region}\n{pc}"),
    ("Lindauer Gasse 11", None, "Wangen im Allgäu", "88239", None, "Germany", "DE",
     "{line1}\n{pc} {town}\n{country}"),
    ("ul. Wąwozowa 5/2", None, "Kazimierz Dolny", "24-120", None, "Poland", "PL",
     "{line1}\n{pc} {town}"),
    ("Rua do Comércio, 212", "casa 2", "Paraty", "23970-000", "RJ", "Brasil", "BR",
     "{line1}, {unit}\n{town} - {region}\n{pc}"),
    ("41 Old Munnar Road", "Flat 2B", "Munnar", "685612", "Kerala", "India", "IN",
     "{unit}, {line1}\n{town}, {region} {pc}\n{country}"),
    ("17 Marina Close", None, "Badagry", "103101", "Lagos State", "Nigeria", "NG",
     "{line1}\n{town} {pc}\n{region}\n{country}"),
    ("3-8-21 Hanasato-machi", None, "Takayama", "506-0025", "Gifu", "Japan", "JP",
     "{line1}\n{town}, {region} {pc}\n{country}"),
    ("88 Chestnut Hill Road", "Apt 2", "Camden", "04843", "ME", "USA", "US",
     "{line1}, {unit}\n{town}, {region} {pc}"),
    ("156 Harbourview Drive", None, "Lunenburg", "B0J 2C0", "NS", "Canada", "CA",
     "{line1}\n{town} {region} {pc}\n{country}"),
    ("14 Kanyoni Lane", None, "Nanyuki", "10400", None, "Kenya", "KE",
     "{line1}\n{town} {pc}\n{country}"),
    ("Calle de los Alfareros 47", "Int. 3", "Pátzcuaro", "61608", "Mich.", "México", "MX",
     "{line1}, {unit}\n{pc} {town}, {region}\n{country}"),
]

HOLDOUT_ADDRS = [
    ("8 rue des Tamaris", None, "Collioure", "66190", None, "France", "FR",
     "{line1}\n{pc} {town}\n{country}"),
    ("Via del Casello 19", None, "Pienza", "53026", "SI", "Italia", "IT",
     "{line1}\n{pc} {town} ({region})\n{country}"),
    ("Calle Alta 6", "2º A", "Frigiliana", "29788", "Málaga", "España", "ES",
     "{line1}, {unit}\n{pc} {town} ({region})"),
    ("Binnenpad 31", None, "Giethoorn", "8355 AK", None, "Nederland", "NL",
     "{line1}\n{pc} {town}\n{country}"),
    ("Norra Fiskaregatan 9", "lgh 1203", "Ystad", "271 42", None, "Sverige", "SE",
     "{line1}, {unit}\n{pc} {town}\n{country}"),
    ("27 Wombat Flat Road", "Unit 4", "Daylesford", "3460", "VIC", "Australia", "AU",
     "{unit}, {line1}\n{town} {region} {pc}\n{country}"),
    ("52 Ocean Ridge Road", None, "Kaikōura", "7300", None, "New Zealand", "NZ",
     "{line1}\n{town} {pc}\n{country}"),
    ("11 Protea Crescent", None, "Clarens", "9707", "Free State", "South Africa", "ZA",
     "{line1}\n{town}\n{region}\n{pc}\n{country}"),
    ("Lot 9 Ambasing Road", None, "Sagada", "2619", "Mountain Province", "Philippines", "PH",
     "{line1}\n{town}, {region} {pc}\n{country}"),
    ("Pasaje Los Coihues 1170", None, "San Martín de los Andes", "Q8370", "Neuquén",
     "Argentina", "AR", "{line1}\n{pc} {town}, {region}\n{country}"),
    ("Rua Direita, 14", None, "Monsaraz", "7200-175", None, "Portugal", "PT",
     "{line1}\n{pc} {town}\n{country}"),
    ("Salzbergweg 5", "Top 2", "Hallstatt", "4830", None, "Österreich", "AT",
     "{line1}/{unit}\n{pc} {town}\n{country}"),
]

TUNE_PHONES = [
    "07841 326 590", "+44 1584 872 013", "087 416 2290", "+49 7522 96 14 07", "0171 4478 2093",
    "+48 604 318 772", "(24) 99817-4420", "+91 94471 61377", "0803 614 2258", "090-4817-3352",
    "(207) 846-3119", "+1 902 778 4631", "0722 418 906", "+52 434 217 8830",
]
HOLDOUT_PHONES = [
    "06 12 48 93 27", "+33 4 68 82 17 06", "348 771 2094", "+39 0578 74 1263", "612 48 37 95",
    "+31 6 4172 8839", "070-482 19 36", "0412 873 560", "+61 3 5348 6104", "021 448 9132",
    "+27 82 417 6630", "0917 884 2031", "+54 9 2972 46-1287", "912 448 306",
]

TUNE_DOBS = [(1987, 3, 14), (1992, 11, 2), (1979, 6, 23), (2001, 1, 30), (1968, 9, 8),
             (1995, 5, 17), (1983, 12, 5), (1974, 7, 29)]
HOLDOUT_DOBS = [(1990, 4, 9), (1985, 10, 21), (1972, 2, 14), (1999, 8, 3), (1963, 11, 27),
                (2003, 6, 12), (1981, 1, 7), (1994, 9, 18)]


class Person:
    def __init__(self, given, family, culture, sf, epat, lpat):
        self.given, self.family, self.culture, self.sf = given, family, culture, sf
        g, f = squash(given), squash(family)
        kw = {"g": g, "f": f, "g0": g[0], "f0": f[0]}
        self.email = epat.format(**kw)
        self.login = lpat.format(**kw)
        self.full = f"{family} {given}" if sf else f"{given} {family}"
        self.slug = "-".join(re.findall(r"[a-z0-9]+", fold(self.full).lower()))

    # marked forms
    N = property(lambda s: P(s.full))
    G = property(lambda s: P(s.given))
    F = property(lambda s: P(s.family))
    E = property(lambda s: EM(s.email))
    U = property(lambda s: P(s.login))
    SL = property(lambda s: P(s.slug))
    SG = property(lambda s: P(f"{s.family}, {s.given}"))
    NU = property(lambda s: P(s.full.upper()))
    GU = property(lambda s: P(s.given.upper()))
    FU = property(lambda s: P(s.family.upper()))
    NL = property(lambda s: P(s.full.lower()))

    def alt(self, domain):
        return EM(f"{self.login}@{domain}")


class Addr:
    def __init__(self, line1, unit, town, pc, region, country, cc, layout):
        self.line1, self.unit, self.town, self.pc = line1, unit, town, pc
        self.region, self.country, self.cc, self.layout = region, country, cc, layout

    L1 = property(lambda s: L(s.line1))
    UN = property(lambda s: L(s.unit) if s.unit else None)
    T = property(lambda s: L(s.town))
    PC = property(lambda s: L(s.pc))
    R = property(lambda s: L(s.region) if s.region else None)
    C = property(lambda s: L(s.country))
    CC = property(lambda s: L(s.cc))

    def block(self, sep="\n"):
        kw = {"line1": self.L1, "unit": self.UN, "town": self.T, "pc": self.PC,
              "region": self.R, "country": self.C}
        return self.layout.format(**kw).replace("\n", sep)

    def one(self):
        return self.block(", ")

    def street(self):
        """Street line with the unit as its own span, as one would type it in one field."""
        return f"{self.L1}, {self.UN}" if self.unit else self.L1


class Ctx:
    """Draws values for one split: least-used first, ties broken by the seeded RNG, never the
    same value twice in one row."""

    def __init__(self, split, rng):
        self.split = split
        self.r = rng
        mk = (TUNE_PEOPLE, TUNE_ADDRS, TUNE_PHONES, TUNE_DOBS) if split == "tune" else (
            HOLDOUT_PEOPLE, HOLDOUT_ADDRS, HOLDOUT_PHONES, HOLDOUT_DOBS)
        self.pools = {"p": [Person(*x) for x in mk[0]], "a": [Addr(*x) for x in mk[1]],
                      "ph": list(mk[2]), "dob": list(mk[3])}
        self.use = Counter()
        self.row = set()

    def begin(self):
        self.row = set()

    def _draw(self, kind, pred=None):
        pool = self.pools[kind]
        cands = [i for i in range(len(pool)) if (kind, i) not in self.row]
        if pred and any(pred(pool[i]) for i in cands):
            cands = [i for i in cands if pred(pool[i])]
        i = min(cands, key=lambda j: (self.use[(kind, j)], self.r.random()))
        self.use[(kind, i)] += 1
        self.row.add((kind, i))
        return pool[i]

    def p(self, pred=None):
        return self._draw("p", pred)

    def pna(self):
        """A person whose name is not plain ASCII (for escaped and encoded forms)."""
        return self._draw("p", lambda x: not x.full.isascii())

    def a(self):
        return self._draw("a")

    def ph(self):
        return self._draw("ph")

    def dob(self):
        return self._draw("dob")

    # unlabelled noise
    def hex(self, k):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def when(self):
        base = datetime.datetime(2024, 9, 2, 8, 0, 0, tzinfo=datetime.timezone.utc)
        return base + datetime.timedelta(minutes=self.r.randint(0, 60 * 24 * 200),
                                         seconds=self.r.randint(0, 59),
                                         microseconds=self.r.randint(0, 999999))

    def pick(self, xs):
        return self.r.choice(xs)


TEMPLATES = []


def T(cls, name):
    def deco(fn):
        TEMPLATES.append((cls, name, fn))
        return fn
    return deco


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def gitdate(dt, tz="+0100"):
    return dt.strftime("%a %b ") + str(dt.day) + dt.strftime(" %H:%M:%S %Y ") + tz


# ================================================================ personal_code


@T("personal_code", "pytest_fixture")
def _(c, n):
    p, a = c.p(), c.a()
    ask = ["Why does this test fail on CI but pass on my machine? The fixture looks fine to me.",
           "This fails after I switched the header to `last, first`. Which side should I fix?"][n]
    return F('''«ask»

```python
import pytest
from billing.models import Customer
from billing.render import render_header


@pytest.fixture
def customer(db):
    return Customer.objects.create(
        first_name="«g»",
        last_name="«f»",
        email="«e»",
        phone="«ph»",
        address_line1="«l1»",
        city="«t»",
        postcode="«pc»",
    )


def test_invoice_header(customer):
    header = render_header(customer)
    assert header.splitlines()[0] == "«n»"
    assert "«t2»" in header
```

```
FAILED tests/test_invoice.py::test_invoice_header - AssertionError: assert '«sg»' == '«n2»'
```''', ask=ask, g=p.G, f=p.F, e=p.E, ph=PH(c.ph()), l1=a.L1, t=a.T, pc=a.PC, n=p.N, t2=a.T,
             sg=p.SG, n2=p.N)


@T("personal_code", "ts_prisma_seed")
def _(c, n):
    p1, p2, a1, a2 = c.p(), c.p(), c.a(), c.a()
    ask = ["Convert this seed script to plain SQL INSERTs for the Postgres test DB.",
           "createMany throws `Unknown arg postcode` on the second record. What's wrong?"][n]
    return F('''«ask»

```ts
// prisma/seed.ts
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

async function main() {
  // TODO(«u1»): swap these for anonymised rows before we open-source the repo
  await prisma.member.createMany({
    data: [
      { givenName: "«g1»", familyName: "«f1»", email: "«e1»", mobile: "«ph1»", town: "«t1»", postcode: "«pc1»" },
      { givenName: "«g2»", familyName: "«f2»", email: "«e2»", mobile: null, town: "«t2»", postcode: "«pc2»" },
    ],
    skipDuplicates: true,
  });
}

main()
  .catch((e) => { console.error(e); process.exit(1); })
  .finally(() => prisma.$disconnect());
```''', ask=ask, u1=p1.U, g1=p1.G, f1=p1.F, e1=p1.E, ph1=PH(c.ph()), t1=a1.T, pc1=a1.PC,
             g2=p2.G, f2=p2.F, e2=p2.E, t2=a2.T, pc2=a2.PC)


@T("personal_code", "java_builder")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ph = c.ph()
    ask = ["Can you rewrite this test with AssertJ and a parameterised source?",
           "Why does `phoneE164()` return null here? The builder sets the phone."][n]
    return F('''«ask»

```java
package com.kestrelpay.crm.importer;

/**
 * Imports legacy contacts from the old CRM export.
 *
 * @author «n1» <«e1»>
 * @since 3.2
 */
class LegacyContactImporterTest {

    // TODO(«u2»): move this fixture into src/test/resources/contacts.json
    private final Contact contact = Contact.builder()
            .firstName("«g1»")
            .lastName("«f1»")
            .phone("«ph»")
            .street("«l1»")
            .city("«t»")
            .zip("«pc»")
            .countryCode("«cc»")
            .build();

    @Test
    void mapsPhoneToE164() {
        assertNotNull(contact.phoneE164());
        assertTrue(contact.phoneE164().startsWith("+"));
    }
}
```''', ask=ask, n1=p2.N, e1=p2.E, u2=p2.U, g1=p1.G, f1=p1.F, ph=PH(ph), l1=a.L1, t=a.T,
             pc=a.PC, cc=a.CC)


@T("personal_code", "kotlin_labels")
def _(c, n):
    p1, p2, a1, a2 = c.p(), c.p(), c.a(), c.a()
    ask = ["Turn these two Kotlin fixtures into a @ParameterizedTest with a MethodSource.",
           "The label test passes for the sender but not the recipient. Why?"][n]
    u1 = f'"{a1.UN}"' if a1.unit else "null"
    u2 = f'"{a2.UN}"' if a2.unit else "null"
    return F('''«ask»

```kotlin
/** Shipping label rendering. Owner: «ow» */
class ShippingLabelTest {
    private val sender = Party(
        name = "«n1»",
        line1 = "«l1»",
        line2 = «u1»,
        town = "«t1»",
        postcode = "«pc1»",
        country = "«c1»",
    )
    private val recipient = Party(
        name = "«n2»",
        line1 = "«l2»",
        line2 = «u2»,
        town = "«t2»",
        postcode = "«pc2»",
        country = "«c2»",
    )

    @Test
    fun `label lists recipient town last`() {
        val lines = LabelRenderer().render(sender, recipient).lines()
        assertEquals("«c2b»", lines.last())
    }
}
```''', ask=ask, ow=p1.U, n1=p1.N, l1=a1.L1, u1=u1, t1=a1.T, pc1=a1.PC, c1=a1.C, n2=p2.N,
             l2=a2.L1, u2=u2, t2=a2.T, pc2=a2.PC, c2=a2.C, c2b=a2.C)


@T("personal_code", "go_table_test")
def _(c, n):
    p1, p2 = c.p(), c.p()
    ph1, ph2 = c.ph(), c.ph()
    ask = ["The second case fails with `got \"\"`. Is my regexp wrong?",
           "Please add a case for numbers with an extension and explain the table test."][n]
    return F('''«ask»

```go
func TestNormalisePhone(t *testing.T) {
	tests := []struct {
		name  string
		owner string
		in    string
		want  string
	}{
		{"as typed in signup form", "«n1»", "«ph1»", "«d1»"},
		{"pasted from CRM", "«n2»", "«ph2»", "«d2»"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalisePhone(tt.in); got != tt.want {
				t.Errorf("NormalisePhone(%q) for %s = %q, want %q", tt.in, tt.owner, got, tt.want)
			}
		})
	}
}

var nonDigit = regexp.MustCompile(`[^0-9+]`)
```''', ask=ask, n1=p1.N, n2=p2.N, ph1=PH(ph1), ph2=PH(ph2), d1=PH(digits(ph1)),
             d2=PH(digits(ph2)))


@T("personal_code", "swift_preview")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ask = ["Xcode previews crash with `Fatal error: Unexpectedly found nil`. What's nil here?",
           "How would I move this preview data into a PreviewProvider extension?"][n]
    return F('''«ask»

```swift
//
//  ContactCard.swift
//  Ledgerly
//
//  Created by «n2» on 12/03/2024.
//

struct ContactCard_Previews: PreviewProvider {
    static var previews: some View {
        ContactCard(contact: Contact(
            givenName: "«g1»",
            familyName: "«f1»",
            email: "«e1»",
            phone: "«ph»",
            postalAddress: .init(street: "«l1»", city: "«t»", postalCode: "«pc»", isoCountryCode: "«cc»")
        ))
        .previewLayout(.sizeThatFits)
    }
}
```''', ask=ask, n2=p2.N, g1=p1.G, f1=p1.F, e1=p1.E, ph=PH(c.ph()), l1=a.L1, t=a.T, pc=a.PC,
             cc=a.CC)


@T("personal_code", "ruby_seeds")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    a1, a2 = c.a(), c.a()
    ask = ["Make this seeds file idempotent without find_or_create_by! on every row.",
           "Rubocop says `Style/HashEachMethods`; can you clean this up?"][n]
    return F('''«ask»

```ruby
# db/seeds.rb
# TODO(«u3»): ask «g1» if we can keep the real mobile number in here
[
  { name: "«n1»", email: "«e1»", phone: "«ph»", city: "«t1»" },
  { name: "«n2»", email: "«e2»", phone: nil, city: "«t2»" },
].each do |attrs|
  User.find_or_create_by!(email: attrs[:email]) do |u|
    u.assign_attributes(attrs.except(:email))
  end
end
```''', ask=ask, u3=p3.U, g1=p1.G, n1=p1.N, e1=p1.E, ph=PH(c.ph()), t1=a1.T, n2=p2.N, e2=p2.E,
             t2=a2.T)


@T("personal_code", "php_seeder")
def _(c, n):
    p, a, d = c.p(), c.a(), c.dob()
    ask = ["Este seeder falla con `SQLSTATE[22007]`. Can you tell me which column is wrong?",
           "Rewrite this seeder with a model factory instead of DB::table."][n]
    return F('''«ask»

```php
<?php

namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\DB;

class ClientesSeeder extends Seeder
{
    public function run(): void
    {
        DB::table('clientes')->insert([
            'nombre' => '«g»',
            'apellido' => '«f»',
            'correo' => '«e»',
            'telefono' => '«ph»',
            'direccion' => '«st»',
            'ciudad' => '«t»',
            'cp' => '«pc»',
            'fecha_nacimiento' => '«dob»',
            'created_at' => now(),
        ]);
    }
}
```''', ask=ask, g=p.G, f=esc1(p.F), e=p.E, ph=PH(c.ph()), st=a.street(), t=a.T, pc=a.PC,
             dob=DOB(dfmt(d, "dmy")))


@T("personal_code", "sql_backfill")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ask = ["Write the down migration for this, please.",
           "Is this safe to run on prod without a transaction? Rewrite it if not."][n]
    return F('''«ask»

```sql
-- V2024_11_04_02__backfill_customer_contact.sql
-- requested by «n2» («u2») in SUP-«tk»
UPDATE customers
   SET phone = '«ph»',
       address_line1 = '«l1»',
       city = '«t»',
       postcode = '«pc»'
 WHERE email = '«e1»';

INSERT INTO customer_notes (customer_email, author, note)
VALUES ('«e1b»', '«u2b»', 'Moved house; confirmed by phone with «g1»');
```''', ask=ask, n2=p2.N, u2=p2.U, tk=c.num(1000, 9999), ph=PH(c.ph()), l1=a.L1, t=a.T, pc=a.PC,
             e1=p1.E, e1b=p1.E, u2b=p2.U, g1=p1.G)


@T("personal_code", "elixir_seeds")
def _(c, n):
    p, a, d = c.p(), c.a(), c.dob()
    ask = ["mix run priv/repo/seeds.exs fails with `no function clause matching in Ecto.Changeset.cast/4`. Help?",
           "Convert this seed to use a changeset so the validations run."][n]
    return F('''«ask»

```elixir
# priv/repo/seeds.exs
alias Club.{Repo, Member}

Repo.insert!(%Member{
  full_name: "«nm»",
  email: "«e»",
  phone: "«ph»",
  born_on: ~D[«dob»],
  address: %{line1: "«l1»", town: "«t»", postcode: "«pc»", country: "«cc»"}
})
```''', ask=ask, nm=p.N, e=p.E, ph=PH(c.ph()), dob=DOB(dfmt(d, "iso")), l1=a.L1, t=a.T, pc=a.PC,
             cc=a.CC)


@T("personal_code", "bash_notify")
def _(c, n):
    p1, p2 = c.p(), c.p()
    ask = ["Make this POSIX sh so it runs on the Alpine image.",
           "shellcheck complains about SC2086 here. Fix it and explain."][n]
    return F('''«ask»

```bash
#!/bin/bash
# backup-notify.sh — maintained by «n1» <«e1»>
set -e

NOTIFY_TO="«e2»"
ESCALATION_PHONE="«ph»"

git config user.name "«n1b»"
git config user.email "«e1b»"

if pg_dump -Fc "$DB_URL" > /backups/app-$(date +%F).dump; then
  echo "backup ok" | mail -s "[backup] ok" $NOTIFY_TO
else
  curl -s -X POST "$SMS_API" -d "to=$ESCALATION_PHONE" -d "text=backup failed on $(hostname)"
fi
```''', ask=ask, n1=p1.N, e1=p1.E, e2=p2.E, ph=PH(c.ph()), n1b=p1.N, e1b=p1.E)


@T("personal_code", "powershell_aduser")
def _(c, n):
    p, a = c.p(), c.a()
    ask = ["This fails with `The server is unwilling to process the request`. Why?",
           "Turn this into a function that takes the values from a CSV row."][n]
    return F('''«ask»

```powershell
New-ADUser -Name "«nm»" `
  -GivenName "«g»" -Surname "«f»" `
  -SamAccountName "«u»" -UserPrincipalName "«e»" `
  -EmailAddress "«e2»" -OfficePhone "«ph»" `
  -StreetAddress "«l1»" -City "«t»" -PostalCode "«pc»" -Country "«cc»" `
  -Path "OU=Staff,DC=corp,DC=brightfold,DC=dev" -Enabled $true
```''', ask=ask, nm=p.N, g=p.G, f=p.F, u=p.U, e=p.alt("corp.brightfold.dev"), e2=p.E,
             ph=PH(c.ph()), l1=a.L1, t=a.T, pc=a.PC, cc=a.CC)

# ================================================================ personal_dumps


@T("personal_dumps", "psql_duplicates")
def _(c, n):
    p1, p2 = c.p(), c.p()
    e_up = EM(p1.email[0].upper() + p1.email[1:])
    rows = [[str(c.num(1000, 4999)), p1.G, p1.F, p1.E, PH(c.ph())],
            [str(c.num(5000, 9999)), p1.G, p1.F, e_up, "NULL"],
            [str(c.num(10000, 12000)), p2.G, p2.F, p2.E, PH(c.ph())]]
    ask = ["Why do I get two rows for the same person? There's a unique index on email.",
           "How do I merge these duplicate customers and keep the one with a phone?"][n]
    like = squash(p1.family)
    return F('''«ask»

```
shop=> SELECT id, first_name, last_name, email, phone FROM customers
shop->  WHERE lower(email) LIKE '%«lk»%' OR last_name = '«f2»';
«tbl»
```''', ask=ask, lk=P(like), f2=p2.F, tbl=psql(["id", "first_name", "last_name", "email", "phone"],
                                                rows, num=(0,)))


@T("personal_dumps", "mysql_nm_split")
def _(c, n):
    ps = [c.p() for _ in range(3)]
    as_ = [c.a() for _ in range(3)]
    rows = [[p.SG, PH(c.ph()) if i != 1 else "NULL", a.T, a.PC] for i, (p, a) in
            enumerate(zip(ps, as_))]
    ask = ["How do I split `nm` into first and last name in MySQL 8? Some have no comma.",
           "Write an UPDATE that moves `nm` into `vorname`/`nachname` columns."][n]
    return F('''«ask»

```
mysql> SELECT nm, tel_no, city, zip FROM kunden ORDER BY nm LIMIT 3;
«tbl»
3 rows in set (0.00 sec)
```''', ask=ask, tbl=mysql(["nm", "tel_no", "city", "zip"], rows))


@T("personal_dumps", "mongosh_patient")
def _(c, n):
    p, a, d = c.p(), c.a(), c.dob()
    oid = c.hex(24)
    doc = {"_id": Raw(f"ObjectId('{oid}')"),
           "name": {"given": p.G, "family": p.F},
           "birthDate": Raw(f"ISODate('{DOB(dfmt(d, 'isoz'))}')"),
           "contact": {"email": p.E, "phone": PH(c.ph())},
           "address": {"line1": a.L1, "city": a.T, "postalCode": a.PC, "country": a.CC},
           "createdAt": Raw(f"ISODate('{iso(c.when())[:-1]}.000Z')")}
    ask = ["Write an aggregation that adds an `age` field from birthDate.",
           F("Why doesn't `{ 'address.city': /«t»/i }` use my index? Here's the doc it should find.",
             t=a.T)][n]
    return F('''«ask»

```
clinic> db.patients.findOne({ _id: ObjectId('«oid»') })
«doc»
```''', ask=ask, oid=oid, doc=ser(doc, "js"))


@T("personal_dumps", "es_kontakt_hits")
def _(c, n):
    p1, p2, a, d = c.p(), c.p(), c.a(), c.dob()
    hit = {"_index": "kontakte-v3", "_id": c.hex(20), "_score": 7.41,
           "_source": {"kontakt": {"name": p1.N, "mail": p1.E, "tel": PH(c.ph())},
                       "geburtsdatum": DOB(dfmt(d, "iso")),
                       "anschrift": {"strasse": a.street(), "plz": a.PC, "ort": a.T},
                       "holder": p2.U, "updated": iso(c.when())}}
    res = {"took": c.num(2, 40), "timed_out": False,
           "hits": {"total": {"value": 1, "relation": "eq"}, "max_score": 7.41, "hits": [hit]}}
    ask = ["Why does this match on `anschrift.ort` score so high? I expected a keyword field.",
           "Give me the mapping I should have used for this index, with ort as keyword."][n]
    return F('''«ask»

```json
«res»
```''', ask=ask, res=ser(res, "json"))


@T("personal_dumps", "pandas_head")
def _(c, n):
    ps = [c.p() for _ in range(3)]
    as_ = [c.a() for _ in range(3)]
    rows = []
    for i, (p, a) in enumerate(zip(ps, as_)):
        rows.append([p.G, p.F, a.T, a.PC, PH(c.ph()) if i != 2 else "NaN"])
    ask = ["How do I normalise the phone column to E.164 in pandas? Country is in another table.",
           "Why does `df.merge(orders, on='postcode')` give me zero rows? Here's df.head()."][n]
    return F('''«ask»

```
>>> df[["fname", "lname", "city", "postcode", "phone"]].head(3)
«tbl»
```''', ask=ask, tbl=frame(["fname", "lname", "city", "postcode", "phone"], rows))


@T("personal_dumps", "excel_tsv_de")
def _(c, n):
    ps = [c.p() for _ in range(2)]
    as_ = [c.a() for _ in range(2)]
    ds = [c.dob() for _ in range(2)]
    lines = ["Vorname\tNachname\tGeburtsdatum\tAnschrift\tPLZ\tOrt\tTelefon"]
    for p, a, d in zip(ps, as_, ds):
        lines.append("\t".join([p.G, p.F, DOB(dfmt(d, "dot")), a.street(), a.PC, a.T,
                                PH(c.ph())]))
    ask = ["I pasted this from Excel. Write a Python script that reads it and writes JSON with English keys.",
           "Warum wird Geburtsdatum in pandas als object gelesen? How do I parse it properly?"][n]
    return ask + "\n\n" + "\n".join(lines)


@T("personal_dumps", "cobol_fixed_width")
def _(c, n):
    ps = [c.p() for _ in range(2)]
    as_ = [c.a() for _ in range(2)]
    ds = [c.dob() for _ in range(2)]
    phs = [c.ph() for _ in range(2)]
    ws = max(len(p.family) for p in ps) + 3
    wg = max(len(p.given) for p in ps) + 3
    wt = max(len(a.town) for a in as_) + 3
    wp = max(len(x) for x in phs) + 1
    recs = []
    for p, a, d, ph in zip(ps, as_, ds, phs):
        recs.append(f"{c.num(1000000, 9999999)}" + pad(p.FU, ws) + pad(p.GU, wg) +
                    DOB(dfmt(d, "compact")) + pad(L(a.town.upper()), wt) + pad(PH(ph), wp) + "A")
    ask = ["Write a Python parser for these records using the copybook.",
           "Records from the nightly extract. Why does my split on spaces break on some of them?"][n]
    return F('''«ask»

```
       01 CUST-REC.
          05 CUST-ID        PIC 9(7).
          05 CUST-SURNAME   PIC X(«ws»).
          05 CUST-GIVEN     PIC X(«wg»).
          05 CUST-DOB       PIC 9(8).
          05 CUST-TOWN      PIC X(«wt»).
          05 CUST-PHONE     PIC X(«wp»).
          05 CUST-STATUS    PIC X.
```

```
«r1»
«r2»
```''', ask=ask, ws=ws, wg=wg, wt=wt, wp=wp, r1=recs[0], r2=recs[1])


@T("personal_dumps", "pg_copy_stdin")
def _(c, n):
    ps = [c.p() for _ in range(2)]
    as_ = [c.a() for _ in range(2)]
    rows = []
    for i, (p, a) in enumerate(zip(ps, as_)):
        rows.append("\t".join([str(1042 + i), p.F, p.G, p.E, PH(c.ph()) if i == 0 else "\\N",
                               a.L1, a.T, a.PC]))
    ask = ["pg_restore stops at this COPY with `extra data after last expected column`. Why?",
           "Convert these COPY rows to INSERT statements."][n]
    return F('''«ask»

```
COPY public.members (member_id, surname, given_name, email, phone, street, town, postcode) FROM stdin;
«r»
\\.
```''', ask=ask, r="\n".join(rows))


@T("personal_dumps", "mysqldump_contacts")
def _(c, n):
    ps = [c.p() for _ in range(3)]
    as_ = [c.a() for _ in range(2)]
    vals = []
    for i, p in enumerate(ps):
        town = f"'{as_[i].T}'" if i < 2 else "NULL"
        ph = f"'{PH(c.ph())}'" if i != 1 else "NULL"
        vals.append(f"({i + 1},'{esc1(p.N)}','{p.E}',{ph},{town},'{c.when():%Y-%m-%d %H:%M:%S}')")
    ask = ["Importing this into MariaDB gives `Incorrect string value` for some names. Why?",
           "How can I load only the contacts table from this dump?"][n]
    return F('''«ask»

```
--
-- Dumping data for table `contacts`
--

LOCK TABLES `contacts` WRITE;
/*!40000 ALTER TABLE `contacts` DISABLE KEYS */;
INSERT INTO `contacts` VALUES «v»;
/*!40000 ALTER TABLE `contacts` ENABLE KEYS */;
UNLOCK TABLES;
```''', ask=ask, v=",".join(vals))


@T("personal_dumps", "redis_session")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ts = c.when().timestamp()
    ask = ["Why is the session hash still there after logout? TTL shows -1.",
           "What does this redis output tell me about how the app stores sessions?"][n]
    return F('''«ask»

```
cache-01:6379> HGETALL session:user:«u1»
1) "name"
2) "«n1»"
3) "email"
4) "«e1»"
5) "phone"
6) "«ph»"
7) "last_city"
8) "«t»"
cache-01:6379> TTL session:user:«u1b»
(integer) -1
cache-01:6379> MONITOR
OK
«ts» [0 unix:/run/redis/redis.sock] "HSET" "session:user:«u2»" "name" "«n2»" "email" "«e2»"
```''', ask=ask, u1=p1.U, n1=p1.N, e1=p1.E, ph=PH(c.ph()), t=a.T, u1b=p1.U, ts=f"{ts:.6f}",
             u2=p2.U, n2=p2.N, e2=p2.E)


@T("personal_dumps", "orm_reprs")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    i1, i2 = c.num(10, 99), c.num(100, 400)
    un = f"'{a.UN}'" if a.unit else "None"
    ask = ["Why does my filter return customers from other towns? Output below.",
           "How do I make `Address.__repr__` shorter so it stops flooding the logs?"][n]
    return F('''«ask»

```
>>> Customer.query.filter(Customer.city.ilike("%«t»%")).all()
[<Customer id=«i1» name='«n1»' email='«e1»'>, <Customer id=«i2» name='«n2»' email='«e2»'>]
>>> _[0].address
Address(line1='«l1»', line2=«un», city='«t2»', postcode='«pc»', country='«cc»')
```''', ask=ask, t=a.T, i1=i1, i2=i2, n1=p1.N, e1=p1.E, n2=p2.N, e2=p2.E, l1=a.L1, un=un, t2=a.T,
             pc=a.PC, cc=a.CC)


@T("personal_dumps", "rust_dbg")
def _(c, n):
    p, a = c.p(), c.a()
    ask = ["Why is `phone` None here? The CSV row has a value.",
           "How do I print this without the nested Some(...) noise?"][n]
    return F('''«ask»

```
[src/import.rs:41:5] &person = Person {
    name: "«nm»",
    email: Some(
        "«e»",
    ),
    phone: None,
    address: Address {
        street: "«l1»",
        town: "«t»",
        postcode: "«pc»",
        country: "«c»",
    },
}
```
The row was: `«nm2»;«e2»;«ph»;«l1b»;«t2»`''', ask=ask, nm=p.N, e=p.E, l1=a.L1, t=a.T, pc=a.PC,
             c=a.C, nm2=p.N, e2=p.E, ph=PH(c.ph()), l1b=a.L1, t2=a.T)

# ================================================================ personal_logs


@T("personal_logs", "logfmt_accounts")
def _(c, n):
    p1, p2 = c.p(), c.p()
    a1, a2 = c.a(), c.a()
    t = c.when()
    dt = datetime.timedelta
    ask = ["Summarise what happened to these two accounts.",
           "Is there anything in these lines we shouldn't be logging? Suggest a logfmt scrubber."][n]
    return F('''«ask»

```
ts=«t1» level=info svc=accounts msg="password reset requested" user=«u1» email=«e1»
ts=«t2» level=warn svc=notify msg="sms delivery failed" to="«ph»" user=«u1b» reason=unreachable
ts=«t3» level=info svc=accounts msg="profile updated" user=«u2» field=address old_city="«c1»" new_city="«c2»"
ts=«t4» level=info svc=accounts msg="login ok" user=«u2b» mfa=totp
```''', ask=ask, t1=iso(t), t2=iso(t + dt(seconds=41)), t3=iso(t + dt(minutes=7)),
             t4=iso(t + dt(minutes=9)), u1=p1.U, e1=p1.E, ph=PH(c.ph()), u1b=p1.U, u2=p2.U,
             c1=a1.T, c2=a2.T, u2b=p2.U)


@T("personal_logs", "jsonl_checkout")
def _(c, n):
    p1, p2, a = c.pna(), c.p(), c.a()
    t = c.when()
    # python's json.dumps default (ensure_ascii) writes non-ASCII as \\uXXXX
    l1 = {"ts": iso(t), "level": "INFO", "logger": "checkout", "event": "order_placed",
          "order": f"SO-{c.num(100000, 999999)}",
          "customer": {"name": P(uesc(p1.full)), "email": p1.E},
          "ship_to": {"city": L(uesc(a.town)), "zip": a.PC}}
    l2 = {"ts": iso(t + datetime.timedelta(hours=26)), "level": "ERROR", "logger": "courier",
          "event": "delivery_failed", "order": l1["order"], "recipient": P(uesc(p1.given)),
          "note": F("left card, neighbour «n» refused", n=P(uesc(p2.full)))}
    ask = ["Write a jq filter that lists failed deliveries with the customer's city.",
           "What fields here would you drop before shipping these logs to Datadog?"][n]
    return ask + "\n\n```\n" + ser(l1, "jsonc", None) + "\n" + ser(l2, "jsonc", None) + "\n```"


@T("personal_logs", "py_traceback")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ask = ["What does this traceback mean and where should I catch the error?",
           "Two errors in one traceback — which one is the real problem?"][n]
    return F('''«ask»

```
Traceback (most recent call last):
  File "/srv/app/shipping/validators.py", line 88, in validate_address
    raise ValueError(f"invalid postcode {pc!r} for user {user.username} (city={city!r})")
ValueError: invalid postcode '«pc»' for user «u1» (city='«t»')

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/accounts/views.py", line 214, in update_profile
    user.save(update_fields=["email"])
django.db.utils.IntegrityError: (1062, "Duplicate entry '«e2»' for key 'accounts_user.email'")
```''', ask=ask, pc=a.PC, u1=p1.U, t=a.T, e2=p2.E)


@T("personal_logs", "java_stack")
def _(c, n):
    p1, p2 = c.p(), c.p()
    t = c.when()
    ask = ["Explain this stack trace; is the 404 caused by the duplicate key?",
           "How should UserController handle both of these exceptions?"][n]
    return F('''«ask»

```
«ts» ERROR 1 --- [nio-8080-exec-7] c.k.users.web.UserController : lookup failed
com.kestrelpay.users.UserNotFoundException: User '«u1»' not found
	at com.kestrelpay.users.UserService.byLogin(UserService.java:112)
	at com.kestrelpay.users.web.UserController.show(UserController.java:58)
	... 87 common frames omitted
«ts2» ERROR 1 --- [nio-8080-exec-9] o.h.engine.jdbc.spi.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint "users_email_key"
  Detail: Key (email)=(«e2») already exists.
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "users_email_key"
  Detail: Key (email)=(«e2b») already exists.
```''', ask=ask, ts=t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
             ts2=(t + datetime.timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
             u1=p1.U, e2=p2.E, e2b=p2.E)


@T("personal_logs", "sentry_event")
def _(c, n):
    p = c.p()
    ev = {"event_id": c.hex(32), "level": "error", "platform": "javascript",
          "exception": {"values": [{"type": "TypeError",
                                    "value": "Cannot read properties of undefined (reading 'postcode')"}]},
          "user": {"id": str(c.num(10000, 99999)), "username": p.U, "email": p.E, "name": p.N},
          "breadcrumbs": [{"category": "ui.input", "message": F("phone changed to «ph»", ph=PH(c.ph()))},
                          {"category": "navigation", "message": "/checkout/address -> /checkout/pay"}],
          "tags": {"browser": "Firefox 124", "release": "web@4.18.2"}}
    ask = ["What is the likely cause of this Sentry error?",
           "How do I stop Sentry from sending the user block and breadcrumbs like these?"][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("personal_logs", "bugsnag_payload")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ship = {"recipient": p2.N, "line1": a.L1}
    if a.unit:
        ship["line2"] = a.UN
    ship.update({"city": a.T, "postal_code": a.PC, "country": a.CC})
    ev = {"apiKey": "(redacted)", "notifier": {"name": "Bugsnag Ruby", "version": "6.26.0"},
          "events": [{"exceptions": [{"errorClass": "Shipping::LabelError",
                                      "message": "line2 too long for carrier field"}],
                      "user": {"id": str(c.num(100, 9999)), "name": p1.N, "email": p1.E},
                      "metaData": {"shipping": ship}}]}
    ask = ["Why is the label error raised for this address?",
           "Write a Bugsnag before_notify block that strips the shipping metaData."][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("personal_logs", "pytest_dict_diff")
def _(c, n):
    p, a = c.p(), c.a()
    got = {"city": a.T, "line1": a.L1, "name": p.NL, "postcode": a.PC}
    want = {"city": a.T, "line1": a.L1, "name": p.N, "postcode": a.PC}
    ask = ["Why does this assertion fail? The dicts look identical.",
           "Fix `format_recipient` so this test passes, without lowercasing everything."][n]
    return F('''«ask»

```
E       AssertionError: assert «got» == «want»
E
E         Common items:
E         «common»
E         Differing items:
E         {'name': '«nl»'} != {'name': '«nn»'}
E         Use -v to get more diff

tests/test_labels.py:42: AssertionError
```''', ask=ask, got=ser(got, "py", None), want=ser(want, "py", None),
             common=ser({"city": a.T, "line1": a.L1, "postcode": a.PC}, "py", None),
             nl=p.NL, nn=p.N)


@T("personal_logs", "jest_snapshot")
def _(c, n):
    p, a = c.p(), c.a()
    ask = ["This snapshot broke after the i18n change. Should I just run `jest -u`?",
           "Why does the received output uppercase the name?"][n]
    return F('''«ask»

```
 FAIL  src/components/__tests__/AddressCard.test.tsx
  ● AddressCard › renders the shipping block

    expect(received).toMatchSnapshot()

    Snapshot name: `AddressCard renders the shipping block 1`

    - Snapshot  - 2
    + Received  + 2

      <address>
    -   <strong>«n1»</strong>
    +   <strong>«nu»</strong>
        <span>«l1»</span>
    -   <span>«t1» «pc1»</span>
    +   <span>«t2», «pc2»</span>
        <span>«ph»</span>
      </address>
```''', ask=ask, n1=p.N, nu=p.NU, l1=a.L1, t1=a.T, pc1=a.PC, t2=a.T, pc2=a.PC, ph=PH(c.ph()))


@T("personal_logs", "nginx_query_strings")
def _(c, n):
    p1, p2, a = c.pna(), c.p(), c.a()
    ph = c.ph()
    t = c.when()
    tl = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    ask = ["Which of these endpoints put personal data in the URL? Suggest fixes.",
           "Summarise this access log."][n]
    rid = [c.hex(16) for _ in range(3)]
    return F('''«ask»

```
log_format main '$host $request_id [$time_local] "$request" $status $body_bytes_sent "$http_referer"';

shop.lumenkart.io «r1» [«tl»] "GET /api/v1/customers?name=«qn»&city=«qt» HTTP/1.1" 200 812 "-"
shop.lumenkart.io «r2» [«tl»] "GET /users/«slug»/orders?page=2 HTTP/1.1" 200 4410 "https://shop.lumenkart.io/users/«slug2»"
shop.lumenkart.io «r3» [«tl»] "POST /newsletter/unsubscribe?email=«qe»&tel=«qph» HTTP/1.1" 302 0 "-"
```''', ask=ask, r1=rid[0], r2=rid[1], r3=rid[2], tl=tl, qn=P(qp(p1.full)), qt=L(qp(a.town)),
             slug=p2.SL, slug2=p2.SL, qe=EM(urllib.parse.quote(p1.email, safe="")),
             qph=PH(qp(ph)))


@T("personal_logs", "postfix_syslog")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    t = c.when()
    st = t.strftime("%b %e %H:%M:%S")
    qid = c.hex(10).upper()
    ask = ["Why did this mail bounce, and is the sudo line related?",
           "Explain these log lines to a junior."][n]
    return F('''«ask»

```
«st» mx1 postfix/cleanup[2209]: «q»: message-id=<«mid»@mx1.brightfold.dev>
«st» mx1 postfix/qmgr[1187]: «q»: from=<«e1»>, size=4123, nrcpt=1 (queue active)
«st» mx1 postfix/smtp[2211]: «q»: to=<«e2»>, relay=none, delay=0.4, dsn=5.1.1, status=bounced (host said: 550 5.1.1 <«e2b»>: Recipient address rejected: User unknown)
«st» mx1 sudo[2230]:  «u3» : TTY=pts/0 ; PWD=/home/«u3b» ; USER=root ; COMMAND=/usr/bin/postqueue -f
```''', ask=ask, st=st, q=qid, mid=c.hex(12), e1=p1.E, e2=p2.E, e2b=p2.E, u3=p3.U, u3b=p3.U)


@T("personal_logs", "api_422_payload")
def _(c, n):
    p, a = c.p(), c.a()
    ph = c.ph()
    body = {"errors": [
        {"field": "billing.postal_code", "rejected_value": a.PC,
         "message": "must match ^[0-9]{5}$"},
        {"field": "contact.phone", "rejected_value": PH(ph), "message": "must be E.164"}],
        "input": {"contact": {"name": p.N, "email": p.E, "phone": PH(ph)},
                  "billing": {"line1": a.L1, "city": a.T, "postal_code": a.PC, "country": a.CC}}}
    ask = ["Our API rejects this customer. Are the validation rules wrong for this country?",
           "Rewrite this error format as RFC 7807 problem+json."][n]
    return ask + "\n\n```\nHTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n" + \
        ser(body, "json") + "\n```"


@T("personal_logs", "console_and_go")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    obj = {"id": c.num(1, 99), "fullName": p1.N, "contact": {"email": p1.E, "phone": PH(c.ph())},
           "tags": ["vip"]}
    t = c.when()
    ask = ["The Node side and the Go worker disagree about this customer. Which one is stale?",
           "Why does the Go struct print without quotes? How do I get JSON instead?"][n]
    return F('''«ask»

```
[server] customer loaded: «obj»
[worker] «gt» sync: {ID:«id» Name:«n2» Email:«e2» City:«t» Phone:}
```''', ask=ask, obj=ser(obj, "js"), gt=t.strftime("%Y/%m/%d %H:%M:%S"), id=obj["id"], n2=p2.N,
             e2=p2.E, t=a.T)

# ================================================================ personal_vcs


@T("personal_vcs", "git_log_trailers")
def _(c, n):
    p1, p2, p3, p4 = c.p(), c.p(), c.p(), c.p()
    t = c.when()
    ask = ["Write release notes from this log and credit everyone involved.",
           "Which of these commits should be cherry-picked to the 3.x branch?"][n]
    return F('''«ask»

```
commit «h1»
Author: «n1» <«e1»>
Date:   «d1»

    Fix rounding in VAT summary for mixed-rate baskets

    Co-authored-by: «n2» <«e2»>
    Signed-off-by: «n1b» <«e1b»>

commit «h2»
Author: «n3» <«e3»>
Date:   «d2»

    Guard against empty line2 in label export

    Reported-by: «n4» <«e4»>
```''', ask=ask, h1=c.hex(40), h2=c.hex(40), n1=p1.N, e1=p1.E, n1b=p1.N, e1b=p1.E,
             d1=gitdate(t), d2=gitdate(t - datetime.timedelta(hours=30), "+0000"), n2=p2.N, e2=p2.E,
             n3=p3.N, e3=p3.E, n4=p4.N, e4=p4.E)


@T("personal_vcs", "git_log_pretty")
def _(c, n):
    ps = [c.p() for _ in range(3)]
    t = c.when()
    subj = ["Bump pydantic to 2.7", "Add retry to webhook sender", "Fix N+1 in orders list",
            "Drop legacy SOAP client"]
    lines = []
    for i, s in enumerate(subj):
        p = ps[i % 3]
        d = (t - datetime.timedelta(days=i * 2)).strftime("%Y-%m-%d")
        lines.append(f"{c.hex(7)}|{p.N}|{p.E}|{d}|{s}")
    ask = ["Turn this into a markdown table grouped by author.",
           "Parse this `git log --pretty` output in Python into dicts."][n]
    return ask + "\n\n```\n$ git log --pretty=format:'%h|%an|%ae|%ad|%s' --date=short -4\n" + \
        "\n".join(lines) + "\n```"


@T("personal_vcs", "git_blame")
def _(c, n):
    p1, p2 = c.p(), c.p()
    w = max(len(p1.full), len(p2.full))
    t = c.when()
    code = ["def normalise_postcode(pc: str) -> str:", "    pc = pc.strip().upper()",
            "    if len(pc) > 7:", "        pc = pc.replace(\" \", \"\")", "    return pc"]
    who = [p1, p2, p2, p1, p1]
    h1, h2 = c.hex(8), c.hex(8)
    lines = []
    for i, (line, p) in enumerate(zip(code, who)):
        d = (t if p is p1 else t + datetime.timedelta(days=130)).strftime("%Y-%m-%d %H:%M:%S +0100")
        lines.append(f"{h1 if p is p1 else h2} ({pad(p.N, w)} {d} {40 + i:>3}) {line}")
    ask = ["Who introduced the space-stripping bug and when?",
           "Explain what this blame tells me about how the function evolved."][n]
    return ask + "\n\n```\n$ git blame -L 40,44 shipping/postcodes.py\n" + "\n".join(lines) + "\n```"


@T("personal_vcs", "shortlog_sne")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    rows = [(c.num(120, 300), p1.N, p1.E), (c.num(60, 119), p2.N, p2.E),
            (c.num(20, 59), p3.N, p3.E), (c.num(2, 19), p2.N, p2.alt("lumenkart.io"))]
    ask = ["Why is one person listed twice? Write the .mailmap entry to fix it.",
           "How do I get this shortlog only for the last release tag?"][n]
    return ask + "\n\n```\n$ git shortlog -sne v4.2.0..HEAD\n" + "\n".join(
        f"{k:>6}\t{nm} <{em}>" for k, nm, em in rows) + "\n```"


@T("personal_vcs", "mailmap")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    ask = ["Why does `git shortlog` still show the old identity for the second entry?",
           "Is this .mailmap syntax right? I want all three to collapse to one name each."][n]
    return F('''«ask»

```
# .mailmap
«n1» <«e1»> <«e1old»>
«n2» <«e2»> «u2» <«u2e»>
«n3» <«e3»>
```''', ask=ask, n1=p1.N, e1=p1.E, e1old=p1.alt("tidewater-freight.co.uk") if "tidewater" not in
             p1.email else p1.alt("brightfold.dev"), n2=p2.N, e2=p2.E, u2=p2.U,
             u2e=EM(f"{c.num(1000000, 9999999)}+{p2.login}@users.noreply.github.com"), n3=p3.N,
             e3=p3.E)


@T("personal_vcs", "git_config_origin")
def _(c, n):
    p = c.p()
    ask = ["Why are my commits at work signed with my personal address?",
           "How do I use includeIf so the work repo gets the work e-mail?"][n]
    work = p.alt("brightfold.dev") if "brightfold" not in p.email else p.alt("kestrelpay.com")
    return F('''«ask»

```
$ git config --list --show-origin | grep -E 'user|sendemail'
file:/home/«u»/.gitconfig	user.name=«nm»
file:/home/«u2»/.gitconfig	user.email=«e»
file:/home/«u3»/.gitconfig	sendemail.from=«nm2» <«e2»>
file:.git/config	user.email=«w»
```''', ask=ask, u=p.U, u2=p.U, u3=p.U, nm=p.N, e=p.E, nm2=p.N, e2=p.E, w=work)


@T("personal_vcs", "pr_description")
def _(c, n):
    p1, p2, p3, a = c.p(), c.p(), c.p(), c.a()
    ask = ["Tighten this PR description and add a testing section.",
           "Is it OK to have the customer's details in a PR like this? Rewrite it if not."][n]
    line = f"{a.UN}, {a.L1}" if a.unit else a.L1
    return F('''«ask»

---
## Fix: address line 2 dropped on CSV export (#«pr»)

Customer «cn» (order SO-«so», «t» «pc») reported that the label printed only part of their
address: `«line»` came out as `«l1»`.

### Changes
- `export/label.py`: join `line2` before `line1` for countries that write the unit first
- add regression test with this address shape

cc @«u2» @«u3» — could one of you review before Friday?
---''', ask=ask, pr=c.num(1000, 1999), cn=p1.N, so=c.num(100000, 999999), t=a.T, pc=a.PC,
             line=line, l1=a.L1, u2=p2.U, u3=p3.U)


@T("personal_vcs", "review_thread")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    ph = c.ph()
    ask = ["Summarise this review thread and list what's left to do.",
           "Draft a polite reply from the author agreeing to the change."][n]
    return F('''«ask»

**«u1»** commented on `tests/fixtures/customers.py` line 57:

> ```python
> CUSTOMER = {"name": "«n3»", "phone": "«ph»"}
> ```

@«u2» this still hard-codes a real-looking customer. Can we use a sample person here?

**«u2b»** replied:

Fair. I copied it from the support ticket. I'll swap in a placeholder and squash.

**«u1b»** approved these changes''', ask=ask, u1=p1.U, u1b=p1.U, n3=p3.N, ph=PH(ph), u2=p2.U,
             u2b=p2.U)


@T("personal_vcs", "patch_mail")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    t = c.when()
    ask = ["Is this patch mail well-formed for the list? The maintainer says it doesn't apply.",
           "What does Acked-by mean compared to Reviewed-by here?"][n]
    return F('''«ask»

```
From «h» Mon Sep 17 00:00:00 2001
From: «n1» <«e1»>
Date: «d»
Subject: [PATCH v2 3/7] net: lan78xx: fix link status after resume
Cc: «n2» <«e2»>, «n3» <«e3»>

The PHY reports link down for one poll after resume.

Signed-off-by: «n1b» <«e1b»>
Acked-by: «n2b» <«e2b»>
---
 drivers/net/usb/lan78xx.c | 4 +++-
 1 file changed, 3 insertions(+), 1 deletion(-)
```''', ask=ask, h=c.hex(40), n1=p1.N, e1=p1.E, d=t.strftime("%a, %d %b %Y %H:%M:%S +0200"),
             n2=p2.N, e2=p2.E, n3=p3.N, e3=p3.E, n1b=p1.N, e1b=p1.E, n2b=p2.N, e2b=p2.E)


@T("personal_vcs", "merge_trailers")
def _(c, n):
    p1, p2, p3, p4 = c.p(), c.p(), c.p(), c.p()
    ask = ["Our changelog bot only reads the first line. How do I get the trailers too?",
           "Rewrite this merge message in conventional-commit style."][n]
    return F('''«ask»

```
Merge pull request #«pr» from «u1»/fix-phone-normalisation

Fix phone normalisation for numbers with a country code

Reviewed-by: «n2» <«e2»>
Tested-by: «n3» <«e3»>
Reported-by: «n4»
```''', ask=ask, pr=c.num(200, 999), u1=p1.U, n2=p2.N, e2=p2.E, n3=p3.N, e3=p3.E, n4=p4.N)


@T("personal_vcs", "codeowners_authors")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    ask = ["Why doesn't GitHub request a review from the billing owners?",
           "Can you generate AUTHORS from CODEOWNERS automatically?"][n]
    return F('''«ask»

```
# .github/CODEOWNERS
/billing/        @«u1» @«u2»
/docs/           @brightfold/docs-team
*.sql            @«u3»

# AUTHORS
«n1» <«e1»>
«n2» <«e2»>
«n3» <«e3»>
```''', ask=ask, u1=p1.U, u2=p2.U, u3=p3.U, n1=p1.N, e1=p1.E, n2=p2.N, e2=p2.E, n3=p3.N, e3=p3.E)


@T("personal_vcs", "package_manifest")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    ask = ["npm publish warns about the contributors field. What's wrong?",
           "Convert the author/contributors here to Cargo.toml `authors`."][n]
    pkg = {"name": "@brightfold/address-kit", "version": f"2.{c.num(0, 9)}.{c.num(0, 9)}",
           "author": F("«n» <«e»> (https://«u».dev)", n=p1.N, e=p1.E, u=p1.U),
           "contributors": [{"name": p2.N, "email": p2.E}, F("«n» <«e»>", n=p3.N, e=p3.E)],
           "license": "MIT"}
    return ask + "\n\n```json\n" + ser(pkg, "json") + "\n```"

# ================================================================ personal_web


def addr_obj(a, keys=("line1", "line2", "city", "state", "postal_code", "country")):
    vals = {"line1": a.L1, "line2": a.UN, "city": a.T, "state": a.R, "postal_code": a.PC,
            "country": a.CC}
    return {k: vals[k] for k in keys}


@T("personal_web", "curl_json")
def _(c, n):
    p, a = c.p(), c.a()
    body = {"first_name": p.G, "last_name": p.F, "email": p.E, "phone": PH(c.ph()),
            "address": addr_obj(a, ("line1", "city", "postal_code", "country"))}
    ask = ["The API answers 400 to this curl. What's wrong with my request?",
           "Turn this curl into a Python requests call with proper error handling."][n]
    return F('''«ask»

```
curl -X POST https://api.lumenkart.io/v2/customers \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $LUMENKART_TOKEN" \\
  -d '«b»'
{"error":"address.postal_code: invalid for country"}
```''', ask=ask, b=ser(body, "jsonc", None))


@T("personal_web", "curl_form_urlencoded")
def _(c, n):
    p, a = c.pna(), c.a()
    ph = c.ph()
    ask = ["Why does the server receive the name garbled? Trace below.",
           "What's the difference between -d and --data-urlencode here?"][n]
    return F('''«ask»

```
$ curl --trace-ascii - 'https://forms.brightfold.dev/submit' \\
    --data-urlencode 'full_name=«nm»' \\
    --data-urlencode 'email=«e»' \\
    -d 'tel=«ph»&town=«t»&consent=on'
...
=> Send data, «sz» bytes
0000: full_name=«qn»&email=«qe»&tel=«ph2»&town=«t2»&consent=on
```''', ask=ask, nm=p.N, e=p.E, ph=PH(ph), t=a.T, sz=c.num(90, 160), qn=P(qp(p.full)),
             qe=EM(qp(p.email)), ph2=PH(ph), t2=a.T)


@T("personal_web", "raw_http_booking")
def _(c, n):
    p, a = c.p(), c.a()
    body = {"contact": {"name": p.N, "phone": PH(c.ph())},
            "collection": {"line1": a.L1, "town": a.T, "postcode": a.PC},
            "date": "2025-03-12"}
    ask = ["Why 409? The booking doesn't exist on our side.",
           "Write a retry policy for this call that is safe against duplicates."][n]
    return F('''«ask»

```
POST /api/v2/bookings HTTP/1.1
Host: api.tidewater-freight.co.uk
Content-Type: application/json
Idempotency-Key: «ik»
X-Request-Id: «rid»

«b»

HTTP/1.1 409 Conflict
Content-Type: application/json

{"detail": "booking already exists for «g» at «t» on 2025-03-12"}
```''', ask=ask, ik=c.hex(32), rid=c.hex(16), b=ser(body, "json"), g=p.N, t=a.T)


@T("personal_web", "graphql_variables")
def _(c, n):
    p, a = c.p(), c.a()
    ph = c.ph()
    var = {"input": {"displayName": p.N, "handle": p.U, "email": p.E, "phone": PH(ph),
                     "homeAddress": {"street": a.L1, "city": a.T, "postalCode": a.PC,
                                     "country": a.CC}}}
    ask = ["What does this GraphQL error mean and how do I fix the variables?",
           "Generate the TypeScript type for these variables."][n]
    return F('''«ask»

```graphql
mutation UpdateProfile($input: ProfileInput!) {
  updateProfile(input: $input) { id displayName }
}
```

Variables:
```json
«v»
```

Response:
```json
{"errors":[{"message":"Variable \\"$input\\" got invalid value \\"«ph»\\" at \\"input.phone\\"; Expected type \\"E164\\"."}]}
```''', ask=ask, v=ser(var, "json"), ph=PH(ph))


@T("personal_web", "checkout_webhook")
def _(c, n):
    p1, p2, a1, a2 = c.p(), c.p(), c.a(), c.a()
    obj = {"id": "cs_" + c.hex(24), "object": "checkout.session",
           "customer_details": {"name": p1.N, "email": p1.E, "phone": PH(c.ph()),
                                "address": addr_obj(a1)},
           "shipping_details": {"name": p2.N, "address": addr_obj(a2)},
           "amount_total": c.num(1500, 25000), "currency": "eur"}
    ev = {"id": "evt_" + c.hex(24), "type": "checkout.session.completed", "data": {"object": obj}}
    ask = ["Our handler saves the billing address as shipping. Which field should it read?",
           "Write an Express handler that verifies and stores this webhook."][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("personal_web", "crm_webhook")
def _(c, n):
    p1, p2, a, d = c.p(), c.p(), c.a(), c.dob()
    props = {"firstname": {"value": p1.G}, "lastname": {"value": p1.F},
             "phone": {"value": PH(c.ph())}, "address": {"value": a.street()},
             "city": {"value": a.T}, "zip": {"value": a.PC},
             "date_of_birth": {"value": DOB(dfmt(d, "iso"))}}
    ev = {"eventType": "contact.propertyChange", "objectId": c.num(10 ** 9, 10 ** 10),
          "occurredAt": int(c.when().timestamp() * 1000), "properties": props,
          "owner": {"email": p2.E, "name": p2.N}}
    ask = ["Map this CRM webhook to our `Contact` model (Python dataclass).",
           "Why is date_of_birth a string here when the CRM shows a date picker?"][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("personal_web", "ldif_entry")
def _(c, n):
    p, a = c.p(), c.a()
    pa = f"{a.L1}${a.T}${a.PC}"
    ask = ["ldapadd says `invalid per syntax` for postalAddress. Why?",
           "Convert this LDIF entry to JSON for the SCIM import."][n]
    return F('''«ask»

```
dn: uid=«u»,ou=people,dc=brightfold,dc=dev
objectClass: inetOrgPerson
uid: «u2»
cn: «nm»
givenName: «g»
sn: «f»
mail: «e»
telephoneNumber: «ph»
postalAddress: «pa»
l: «t»
```''', ask=ask, u=p.U, u2=p.U, nm=p.N, g=p.G, f=p.F, e=p.E, ph=PH(c.ph()), pa=pa, t=a.T)


@T("personal_web", "soap_create_customer")
def _(c, n):
    p, a, d = c.pna(), c.a(), c.dob()
    ask = ["The SOAP service returns `Invalid character in element First`. Why?",
           "Write the zeep (Python) call that sends this envelope."][n]
    return F('''«ask»

```xml
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cust="urn:kestrelpay:customer:v1">
  <soapenv:Body>
    <cust:CreateCustomer>
      <cust:Name><cust:First>«g»</cust:First><cust:Last>«f»</cust:Last></cust:Name>
      <cust:BirthDate>«dob»</cust:BirthDate>
      <cust:Address>
        <cust:Street>«l1»</cust:Street>
        <cust:City>«t»</cust:City>
        <cust:Zip>«pc»</cust:Zip>
        <cust:Country>«cc»</cust:Country>
      </cust:Address>
      <cust:Phone>«ph»</cust:Phone>
    </cust:CreateCustomer>
  </soapenv:Body>
</soapenv:Envelope>
```''', ask=ask, g=P(ent(p.given)), f=P(ent(p.family)), dob=DOB(dfmt(d, "iso")),
             l1=L(ent(a.line1)), t=L(ent(a.town)), pc=a.PC, cc=a.CC, ph=PH(c.ph()))


@T("personal_web", "mail_headers")
def _(c, n):
    p1, p2, p3 = c.p(), c.p(), c.p()
    t = c.when()
    ask = ["Why did this land in spam? Headers below.",
           "Which header should my parser use to reply — From or Reply-To?"][n]
    return F('''«ask»

```
Return-Path: <«e1»>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com)
        by mx.brightfold.dev with ESMTPS id «mid»; «d»
From: "«n1»" <«e1b»>
To: «n2» <«e2»>
Cc: "«sg3»" <«e3»>
Reply-To: «e1c»
Subject: Re: invoice 2024-118 (corrected)
Date: «d»
Message-ID: <CA+«mid2»@mail.gmail.com>
Authentication-Results: mx.brightfold.dev; spf=softfail smtp.mailfrom=gmail.com; dkim=none
```''', ask=ask, e1=p1.E, mid=c.hex(10), d=t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
             n1=p1.N, e1b=p1.E, n2=p2.N, e2=p2.E, sg3=p3.SG, e3=p3.E, e1c=p1.E, mid2=c.hex(20))


@T("personal_web", "ical_attendees")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    t = c.when()
    loc = f"{a.L1}\\, {a.T}\\, {a.PC}"
    ask = ["Outlook shows the location with backslashes. How do I generate this correctly?",
           "Parse this VEVENT with the `icalendar` package and print attendees."][n]
    return F('''«ask»

```
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brightfold//Scheduler 1.4//EN
BEGIN:VEVENT
UID:«uid»@scheduler.brightfold.dev
DTSTART:«ds»
SUMMARY:Kitchen survey
ORGANIZER;CN=«n1»:mailto:«e1»
ATTENDEE;CN=«n2»;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:«e2»
LOCATION:«loc»
DESCRIPTION:Call «g2» on «ph» if running late.
END:VEVENT
END:VCALENDAR
```''', ask=ask, uid=c.hex(16), ds=t.strftime("%Y%m%dT%H%M00Z"), n1=p1.N, e1=p1.E, n2=p2.N,
             e2=p2.E, loc=loc, g2=p2.G, ph=PH(c.ph()))


@T("personal_web", "dotenv_contact")
def _(c, n):
    p1, p2, a = c.p(), c.p(), c.a()
    ph = c.ph()
    ask = ["Convert this .env into a Kubernetes ConfigMap and Secret (which goes where?).",
           "Is it a problem to keep these values in the repo's .env.production?"][n]
    return F('''«ask»

```
# .env.production — ops contact: «n1» («ph»)
APP_NAME=lumenkart
ADMIN_NAME="«n1b»"
ADMIN_EMAIL=«e1»
ONCALL_PHONE=«ph2»
RETURNS_ADDRESS="«ret»"
REPLY_TO=«e2»
SMTP_HOST=smtp.sendgrid.net
TZ=Europe/Lisbon
```''', ask=ask, n1=p1.N, ph=PH(ph), n1b=p1.N, e1=p1.E, ph2=PH(ph), ret=a.one(), e2=p2.E)


@T("personal_web", "html_form_entities")
def _(c, n):
    p, a = c.pna(), c.a()
    ask = ["After validation fails the form re-renders with `&eacute;`-style text in the name. Why?",
           "Make this form accessible (labels, autocomplete attributes)."][n]
    return F('''«ask»

```html
<form method="post" action="/account/address">
  <input name="full_name" value="«nm»">
  <input name="email" type="email" value="«e»">
  <input name="tel" type="tel" value="«ph»">
  <input name="line1" value="«l1»">
  <input name="city" value="«t»">
  <input name="postcode" value="«pc»">
  <button>Save</button>
</form>
```''', ask=ask, nm=P(ent(p.full)), e=p.E, ph=PH(c.ph()), l1=L(ent(a.line1)), t=L(ent(a.town)),
             pc=a.PC)

# ================================================================ clean_code


@T("clean_code", "pytest_sample_users")
def _(c, n):
    who = [("Alice", "Example", "alice@example.com", "+1-555-0100"),
           ("Fulano", "de Tal", "fulano@example.org", "+1-555-0199")][n]
    ask = ["Why does this test fail? `display_name` should keep the capital.",
           "Can I parametrize this over several sample users instead of one?"][n]
    return F('''«ask»

```python
import pytest
from accounts.models import User


@pytest.fixture
def user(db):
    return User.objects.create(
        first_name="«nm»",
        last_name="«ln»",
        email="«em»",
        phone="«ph»",
        city=None,
    )


def test_display_name(user):
    assert user.display_name() == "«nm» «ln»"
```

```
E       AssertionError: assert '«lo»' == '«nm» «ln»'
```''', ask=ask, nm=who[0], ln=who[1], em=who[2], ph=who[3], lo=f"{who[0]} {who[1]}".lower())


@T("clean_code", "ts_seed_placeholders")
def _(c, n):
    town = ["Springfield", "Anytown"][n]
    ask = ["Convert this seed script to plain SQL INSERTs.",
           "Should seed data like this live in the repo or be generated at runtime?"][n]
    return F('''«ask»

```ts
// prisma/seed.ts
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const N = «k»;

async function main() {
  await prisma.member.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      givenName: `Test`,
      familyName: `User ${i + 1}`,
      email: `test${i + 1}@example.com`,
      mobile: null,
      town: "«town»",
    })),
  });
}

main().finally(() => prisma.$disconnect());
```''', ask=ask, k=[25, 100][n], town=town)


@T("clean_code", "java_dijkstra")
def _(c, n):
    ask = ["Why does this return Integer.MAX_VALUE for nodes that are reachable?",
           "Rewrite this Dijkstra with a record for the queue entries (Java 21)."][n]
    cls = ["ShortestPaths", "RouteGraph"][n]
    return F('''«ask»

```java
/**
 * Single-source shortest paths (Edsger W. Dijkstra, 1959). For negative weights use Bellman-Ford.
 *
 * @see <a href="https://en.wikipedia.org/wiki/Dijkstra%27s_algorithm">Dijkstra's algorithm</a>
 * @since 1.4
 */
public final class «cls» {
    public static int[] dijkstra(List<List<int[]>> adj, int src) {
        int[] dist = new int[adj.size()];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[src] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>(Comparator.comparingInt(a -> a[1]));
        pq.add(new int[]{src, 0});
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            for (int[] e : adj.get(cur[0])) {
                if (dist[cur[0]] + e[1] < dist[e[0]]) {
                    dist[e[0]] = dist[cur[0]] + e[1];
                }
            }
        }
        return dist;
    }
}
```''', ask=ask, cls=cls)


@T("clean_code", "kotlin_levenshtein")
def _(c, n):
    ask = ["Is this Levenshtein right? `distance(\"kitten\", \"sitting\")` gives 2.",
           "Add Damerau transpositions to this, or should I switch to Jaro-Winkler for names?"][n]
    return F('''«ask»

```kotlin
/** Edit distance after Vladimir Levenshtein (1965), used by the fuzzy matcher in «mod». */
fun distance(a: String, b: String): Int {
    val dp = Array(a.length + 1) { IntArray(b.length + 1) }
    for (i in 0..a.length) dp[i][0] = i
    for (j in 0..b.length) dp[0][j] = j
    for (i in 1..a.length) for (j in 1..b.length) {
        val cost = if (a[i - 1] == b[j - 1]) 0 else 1
        dp[i][j] = minOf(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1])
    }
    return dp[a.length][b.length]
}
```''', ask=ask, mod=["SearchService", "DedupeJob"][n])


@T("clean_code", "go_tz_table")
def _(c, n):
    cases = [[("London", "Europe/London"), ("São Paulo", "America/Sao_Paulo"),
              ("Kolkata", "Asia/Kolkata")],
             [("Lagos", "Africa/Lagos"), ("Auckland", "Pacific/Auckland"),
              ("Denver", "America/Denver")]][n]
    body = "\n".join(f'\t\t{{"{a}", "{b}"}},' for a, b in cases)
    ask = ["The São Paulo case fails on Alpine but not on my Mac. Why?",
           "How do I embed the tz database so this test passes in a scratch container?"][n]
    return F('''«ask»

```go
func TestZoneFor(t *testing.T) {
	tests := []struct{ city, want string }{
«body»
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.want)
		if err != nil {
			t.Fatalf("LoadLocation(%q): %v", tt.want, err)
		}
		if got := ZoneFor(tt.city); got != loc.String() {
			t.Errorf("ZoneFor(%q) = %q, want %q", tt.city, got, loc)
		}
	}
}
```''', ask=ask, body=body)


@T("clean_code", "swift_appleseed_preview")
def _(c, n):
    ask = ["Xcode previews crash with `Fatal error: Unexpectedly found nil`. What's nil here?",
           "Where should sample data like `Contact.preview` live in a SwiftUI project?"][n]
    nm = [("John", "Appleseed"), ("Jane", "Appleseed")][n]
    return F('''«ask»

```swift
//
//  ContactCard.swift
//  ___PROJECTNAME___
//
//  Created by ___FULLUSERNAME___ on ___DATE___.
//

extension Contact {
    static let preview = Contact(
        givenName: "«g»",
        familyName: "«f»",
        email: nil,
        phone: nil,
        postalAddress: nil
    )
}

#Preview {
    ContactCard(contact: .preview)
        .environment(\\.locale, Locale(identifier: "«loc»"))
}
```''', ask=ask, g=nm[0], f=nm[1], loc=["en_GB", "pt_BR"][n])


@T("clean_code", "ruby_sidekiq_capistrano")
def _(c, n):
    ask = ["Sidekiq retries this job forever. How do I cap it at 5 and send to the dead set?",
           "Capistrano deploys fine but Sidekiq keeps the old code. What am I missing?"][n]
    return F('''«ask»

```ruby
# app/jobs/digest_job.rb
class DigestJob
  include Sidekiq::Job
  sidekiq_options queue: "«q»"

  def perform(account_id)
    account = Account.find(account_id)
    DigestMailer.with(account: account).weekly.deliver_now
  end
end

# config/deploy.rb
set :application, "hermes"
set :repo_url, "git@github.com:brightfold/hermes.git"
set :sidekiq_roles, :worker
append :linked_files, "config/master.key"
```''', ask=ask, q=["mailers", "low"][n])


@T("clean_code", "php_form_rules")
def _(c, n):
    ask = ["Why does `nullable|regex` still reject an empty phone?",
           "Translate these validation messages to Portuguese and keep the :attribute placeholder."][n]
    return F('''«ask»

```php
<?php

class StoreClienteRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'nombre' => ['required', 'string', 'max:«mx»'],
            'apellido' => ['required', 'string', 'max:«mx»'],
            'correo' => ['required', 'email:rfc,dns'],
            'telefono' => ['nullable', 'regex:/^\\+?[0-9 ()-]{7,20}$/'],
            'cp' => ['required', 'string'],
        ];
    }

    public function messages(): array
    {
        return ['required' => 'El campo :attribute es obligatorio.'];
    }
}
```''', ask=ask, mx=[80, 120][n])


@T("clean_code", "sql_schema_migration")
def _(c, n):
    ask = ["Write the down migration for this.",
           "Is citext a good idea for email here, or should I use a lower() index?"][n]
    tbl = ["customers", "members"][n]
    return F('''«ask»

```sql
-- V2024_11_04_01__create_«tbl».sql
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE «tbl» (
    id            bigserial PRIMARY KEY,
    first_name    text        NOT NULL,
    last_name     text        NOT NULL,
    email         citext      NOT NULL UNIQUE,
    phone         text        CHECK (phone ~ '^\\+?[0-9 ]{7,20}$'),
    address_line1 text,
    city          text,
    postcode      text,
    country       char(2)     NOT NULL DEFAULT 'GB',
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX «tbl»_last_name_idx ON «tbl» (last_name);
```''', ask=ask, tbl=tbl)


@T("clean_code", "elixir_changeset")
def _(c, n):
    ask = ["This changeset accepts `foo@` as an email. How do I tighten validate_format?",
           "Add a validation that birth dates are in the past."][n]
    return F('''«ask»

```elixir
defmodule Club.Member do
  use Ecto.Schema
  import Ecto.Changeset

  schema "members" do
    field :full_name, :string
    field :email, :string
    field :phone, :string
    field :born_on, :date
    timestamps()
  end

  def changeset(member, attrs) do
    member
    |> cast(attrs, [:full_name, :email, :phone, :born_on])
    |> validate_required([:full_name, :email])
    |> validate_format(:email, ~r/@/)
    |> unique_constraint(:email)
  end
end
```
(Phoenix «v», Ecto «ev»)''', ask=ask, v=["1.7.14", "1.7.10"][n], ev=["3.11", "3.10"][n])


@T("clean_code", "bash_vault_nomad")
def _(c, n):
    ask = ["Make this POSIX sh so it runs on the Alpine image.",
           "Jenkins marks this stage green even when nomad fails. Why?"][n]
    job = ["hermes", "athena"][n]
    return F('''«ask»

```bash
#!/bin/bash
# deploy.sh — called from the Jenkins "deploy" stage
set -u

export VAULT_ADDR=https://vault.service.consul:8200
DB_PASS=$(vault kv get -field=password secret/«job»/db)

consul kv put «job»/release "$GIT_COMMIT"
nomad job run -var "image_tag=${GIT_COMMIT:0:7}" jobs/«job».nomad.hcl | tee nomad.log
echo "deployed «job» ${GIT_COMMIT:0:7}"
```''', ask=ask, job=job)


@T("clean_code", "powershell_csv_import")
def _(c, n):
    ask = ["This fails with `The server is unwilling to process the request`. Why?",
           "Add -WhatIf support and logging to this script."][n]
    return F('''«ask»

```powershell
param([string]$Path = ".\\«csv»")

Import-Csv $Path | ForEach-Object {
    New-ADUser -Name "$($_.GivenName) $($_.Surname)" `
      -GivenName $_.GivenName -Surname $_.Surname `
      -SamAccountName $_.SamAccountName `
      -EmailAddress $_.Mail -OfficePhone $_.Phone `
      -Path "OU=Staff,DC=corp,DC=example,DC=com" -Enabled $true
}
```''', ask=ask, csv=["new-starters.csv", "joiners-2025.csv"][n])

# ================================================================ clean_dumps


@T("clean_dumps", "psql_packages")
def _(c, n):
    rows = [[["lodash", "4.17.21", "MIT", "51203311"], ["ramda", "0.30.1", "MIT", "9921402"],
             ["moment", "2.30.1", "MIT", "23418760"], ["dayjs", "1.11.13", "MIT", "20110935"]],
            [["flask", "3.0.3", "BSD-3-Clause", "98122017"], ["django", "5.1.2", "BSD-3-Clause",
                                                               "13220118"],
             ["celery", "5.4.0", "BSD-3-Clause", "11874402"], ["pyramid", "2.0.2", "BSD", "612330"]]][n]
    ask = ["Why is `downloads` sorted as text? The column is bigint in the source.",
           "Rewrite this query to also return the previous version of each package."][n]
    return F('''«ask»

```
registry=> SELECT name, version, license, downloads::text FROM packages ORDER BY downloads DESC LIMIT 4;
«tbl»
```''', ask=ask, tbl=psql(["name", "version", "license", "downloads"], rows))


@T("clean_dumps", "mysql_products")
def _(c, n):
    rows = [[["HM-0141", "Hermes travel mug 350ml", "14.90", "EUR"],
             ["AT-2207", "Athena desk lamp", "39.00", "EUR"],
             ["PX-0930", "Phoenix kettle 1.7l", "29.50", "EUR"]],
            [["JN-1180", "Jenkins butler apron", "12.00", "GBP"],
             ["KF-3302", "Kafka notebook A5", "6.50", "GBP"],
             ["SN-0007", "Sinatra vinyl stand", "48.00", "GBP"]]][n]
    ask = ["How do I add a VAT-inclusive price column in the SELECT?",
           "Why does `WHERE title LIKE '%lamp%'` miss rows with capital letters in some collations?"][n]
    return F('''«ask»

```
mysql> SELECT sku, title, price, currency FROM products WHERE active = 1 LIMIT 3;
«tbl»
3 rows in set (0.01 sec)
```''', ask=ask, tbl=mysql(["sku", "title", "price", "currency"], rows, num=(2,)))


@T("clean_dumps", "mongosh_job")
def _(c, n):
    doc = {"_id": Raw(f"ObjectId('{c.hex(24)}')"), "name": ["nightly-etl", "hourly-rollup"][n],
           "scheduler": ["Airflow", "Dagster"][n], "owner": "data-platform",
           "schedule": ["0 2 * * *", "0 * * * *"][n], "timezone": ["Europe/London", "Asia/Tokyo"][n],
           "lastRun": Raw(f"ISODate('{iso(c.when())[:-1]}.000Z')"),
           "status": ["failed", "success"][n], "retries": [3, 0][n]}
    ask = ["Write a query for all jobs that failed in the last 24 hours.",
           "Why does `lastRun` sort wrong when I export this to CSV?"][n]
    return ask + "\n\n```\nops> db.jobs.findOne({ name: '" + doc["name"] + "' })\n" + ser(doc, "js") + "\n```"


@T("clean_dumps", "es_algorithm_hits")
def _(c, n):
    src = [[("Dijkstra's algorithm", "O((V+E) log V)", ["Edsger W. Dijkstra"]),
            ("Bellman-Ford", "O(VE)", ["Richard Bellman", "Lester Ford Jr."])],
           [("Knuth-Morris-Pratt", "O(n+m)", ["Donald Knuth", "James H. Morris", "Vaughan Pratt"]),
            ("Boyer-Moore", "O(n/m) best case", ["Robert S. Boyer", "J Strother Moore"])]][n]
    hits = [{"_index": "algorithms", "_id": c.hex(20), "_score": round(8.3 - i * 1.7, 2),
             "_source": {"title": t, "complexity": cx, "published_by": ", ".join(who),
                         "tags": ["graphs" if n == 0 else "strings"]}}
            for i, (t, cx, who) in enumerate(src)]
    res = {"took": c.num(2, 30), "timed_out": False,
           "hits": {"total": Raw('{"value": 2, "relation": "eq"}'), "hits": hits}}
    ask = ["Why does the apostrophe in the title break my match_phrase query?",
           "How do I boost exact title matches over tag matches?"][n]
    return ask + "\n\n```json\n" + ser(res, "json") + "\n```"


@T("clean_dumps", "pandas_benchmarks")
def _(c, n):
    algs = [["Dijkstra", "Bellman-Ford", "A*", "Floyd-Warshall"],
            ["Kruskal", "Prim", "Boruvka", "Reverse-delete"]][n]
    rows = [[a, str(c.num(1000, 50000)), f"{c.r.uniform(0.5, 90):.2f}"] for a in algs]
    ask = ["How do I plot these as a bar chart with a log scale?",
           "Why is `ms` an object column instead of float?"][n]
    return F('''«ask»

```
>>> bench.head()
«tbl»
```''', ask=ask, tbl=frame(["algorithm", "nodes", "ms"], rows))


@T("clean_dumps", "excel_tsv_countries")
def _(c, n):
    rows = [[("Deutschland", "DE", "Berlin", "Europe/Berlin", "EUR"),
             ("Brasilien", "BR", "Brasília", "America/Sao_Paulo", "BRL"),
             ("Japan", "JP", "Tokio", "Asia/Tokyo", "JPY")],
            [("Kenia", "KE", "Nairobi", "Africa/Nairobi", "KES"),
             ("Neuseeland", "NZ", "Wellington", "Pacific/Auckland", "NZD"),
             ("Mexiko", "MX", "Mexiko-Stadt", "America/Mexico_City", "MXN")]][n]
    lines = ["Land\tISO\tHauptstadt\tZeitzone\tWährung"] + ["\t".join(r) for r in rows]
    ask = ["Pasted from Excel: write a Python dict literal from this, keyed by ISO code.",
           "Turn this into a JSON array for the country dropdown."][n]
    return ask + "\n\n" + "\n".join(lines)


@T("clean_dumps", "cobol_parts")
def _(c, n):
    parts = [[("BOLT M8X40 ZINC", 1200, 0.12), ("WASHER M8 FLAT", 5000, 0.02),
              ("NUT M8 NYLOC", 3100, 0.05)],
             [("HINGE 75MM BRASS", 240, 3.40), ("LATCH GATE BLK", 96, 7.95),
              ("SCREW 4X30 PZ", 8000, 0.03)]][n]
    recs = "\n".join(f"{c.num(100000, 999999)}{d:<20}{q:07d}{int(p * 100):07d}A" for d, q, p in parts)
    ask = ["Write a Python parser for these records using the copybook.",
           "Why does my COBOL program read PART-PRICE as 120 instead of 1.20?"][n]
    return F('''«ask»

```
       01 PART-REC.
          05 PART-NO        PIC 9(6).
          05 PART-DESC      PIC X(20).
          05 PART-QTY       PIC 9(7).
          05 PART-PRICE     PIC 9(5)V99.
          05 PART-STATUS    PIC X.
```

```
«recs»
```''', ask=ask, recs=recs)


@T("clean_dumps", "pg_copy_rates")
def _(c, n):
    cur = [["EUR", "GBP", "JPY"], ["BRL", "INR", "ZAR"]][n]
    d = ["2025-01-31", "2025-02-28"][n]
    rows = "\n".join(f"{x}\t{c.r.uniform(0.5, 160):.4f}\t{d}" for x in cur)
    ask = ["pg_restore stops at this COPY with `invalid input syntax for type numeric`. Why?",
           "Convert these COPY rows to INSERT statements."][n]
    return ask + "\n\n```\nCOPY public.exchange_rates (currency, rate_to_usd, as_of) FROM stdin;\n" + \
        rows + "\n\\.\n```"


@T("clean_dumps", "mysqldump_flags")
def _(c, n):
    flags = [["new_checkout", "bloom_dedupe", "dark_mode"], ["raft_leader_lease", "kestrel_proxy",
                                                           "legacy_soap"]][n]
    vals = ",".join(f"({i + 1},'{f}',{c.num(0, 1)},'{c.when():%Y-%m-%d %H:%M:%S}')"
                    for i, f in enumerate(flags))
    ask = ["How can I load only the feature_flags table from this dump?",
           "Importing this gives `Duplicate entry '1' for key 'PRIMARY'`. What now?"][n]
    return F('''«ask»

```
--
-- Dumping data for table `feature_flags`
--

LOCK TABLES `feature_flags` WRITE;
INSERT INTO `feature_flags` VALUES «v»;
UNLOCK TABLES;
```''', ask=ask, v=vals)


@T("clean_dumps", "redis_queues")
def _(c, n):
    q = [["celery", "default"], ["sidekiq", "mailers"]][n]
    ts = c.when().timestamp()
    ask = ["Why is this queue growing? Output below.",
           "What does this redis output tell me about the worker setup?"][n]
    return F('''«ask»

```
cache-01:6379> HGETALL ratelimit:api:«q0»
1) "window"
2) "60"
3) "limit"
4) "«lim»"
5) "used"
6) "«used»"
cache-01:6379> LLEN queue:«q1»
(integer) «ln»
cache-01:6379> MONITOR
OK
«ts» [0 unix:/run/redis/redis.sock] "BRPOP" "queue:«q1b»" "1"
```''', ask=ask, q0=q[0], lim=[600, 1200][n], used=c.num(100, 599), q1=q[1], ln=c.num(2000, 90000),
             ts=f"{ts:.6f}", q1b=q[1])


@T("clean_dumps", "orm_plugin_reprs")
def _(c, n):
    pl = [["jasmine-core", "karma", "mocha"], ["chai", "puma", "capistrano"]][n]
    items = ", ".join(f"<Plugin id={c.num(1, 99)} name='{p}' enabled=True>" for p in pl)
    ask = ["Why does my filter return disabled plugins too?",
           "How do I make these reprs show the version as well?"][n]
    return F('''«ask»

```
>>> Plugin.query.filter(Plugin.kind == "test").all()
[«items»]
>>> Release.query.first()
Release(version='«v»', codename='«cn»', released_on=datetime.date(2024, «m», «d»))
```''', ask=ask, items=items, v=["2.4.1", "3.0.0"][n], cn=["Kestrel", "Heron"][n], m=[5, 10][n],
             d=[14, 2][n])


@T("clean_dumps", "rust_dbg_config")
def _(c, n):
    svc = ["hermes", "zipkin-bridge"][n]
    ask = ["Why is `tls` None here? The TOML has a [tls] section.",
           "How do I print this without the Some(...) noise?"][n]
    return F('''«ask»

```
[src/config.rs:88:5] &cfg = Config {
    service: "«svc»",
    brokers: [
        "kafka-0.kafka:9092",
        "kafka-1.kafka:9092",
    ],
    tls: None,
    timezone: Some(
        "«tz»",
    ),
    retry: Retry {
        max: «mx»,
        backoff_ms: 250,
    },
}
```''', ask=ask, svc=svc, tz=["UTC", "America/Sao_Paulo"][n], mx=[5, 8][n])

# ================================================================ clean_logs


@T("clean_logs", "logfmt_consumers")
def _(c, n):
    t = c.when()
    dt = datetime.timedelta
    grp = ["billing-consumer", "search-indexer"][n]
    ask = ["Summarise what happened in these lines.",
           "Is the rebalance the cause of the lag spike?"][n]
    return F('''«ask»

```
ts=«t1» level=info svc=«g» msg="partitions assigned" topic=orders partitions=0,1,2 user=anonymous
ts=«t2» level=warn svc=«g» msg="consumer lag high" topic=orders lag=«lag» email=*** phone=***
ts=«t3» level=info svc=«g» msg="rebalance complete" generation=«gen»
```''', ask=ask, t1=iso(t), t2=iso(t + dt(seconds=90)), t3=iso(t + dt(minutes=4)), g=grp,
             lag=c.num(5000, 90000), gen=c.num(10, 90))


@T("clean_logs", "jsonl_redacted")
def _(c, n):
    t = c.when()
    l1 = {"ts": iso(t), "level": "INFO", "logger": "checkout", "event": "order_placed",
          "order": f"SO-{c.num(100000, 999999)}", "customer": {"name": "[REDACTED]", "email": None},
          "total": f"{c.num(10, 300)}.{c.num(10, 99)}", "currency": ["EUR", "GBP"][n]}
    l2 = {"ts": iso(t + datetime.timedelta(seconds=2)), "level": "ERROR", "logger": "payments",
          "event": "capture_failed", "order": l1["order"], "psp": ["adyen", "stripe"][n],
          "trace_id": c.hex(32)}
    ask = ["Write a jq filter that lists failed captures with the order total.",
           "Are these logs safe to ship to Datadog as they are?"][n]
    return ask + "\n\n```\n" + ser(l1, "jsonc", None) + "\n" + ser(l2, "jsonc", None) + "\n```"


@T("clean_logs", "py_keyerror")
def _(c, n):
    key = ["first_name", "postcode"][n]
    ask = ["What does this traceback mean and where should I catch the error?",
           "The template context clearly has the key. Why KeyError?"][n]
    return F('''«ask»

```
Traceback (most recent call last):
  File "/srv/app/mailer/render.py", line 41, in render
    return TEMPLATE.format(**context)
KeyError: '«key»'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/mailer/tasks.py", line 19, in send_digest
    body = render(context={"FIRST_NAME": "{{first_name}}", "unsubscribe_url": url})
ValueError: template 'weekly_digest' failed to render ('«key»' missing)
```''', ask=ask, key=key)


@T("clean_logs", "java_helpful_npe")
def _(c, n):
    t = c.when()
    fld = ["given", "family"][n]
    ask = ["Explain this stack trace; which field is null?",
           "How do I make PersonNameFormatter null-safe without Optional everywhere?"][n]
    return F('''«ask»

```
«ts» ERROR 1 --- [nio-8080-exec-3] c.k.names.PersonNameFormatter : format failed
java.lang.NullPointerException: Cannot invoke "String.trim()" because "name.«fld»" is null
	at com.kestrelpay.names.PersonNameFormatter.format(PersonNameFormatter.java:27)
	at com.kestrelpay.users.web.UserController.show(UserController.java:58)
	... 87 common frames omitted
«ts2» ERROR 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint "products_sku_key"
  Detail: Key (sku)=(HM-0«sku») already exists.
```''', ask=ask, ts=t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
             ts2=(t + datetime.timedelta(seconds=5)).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
             fld=fld, sku=c.num(100, 999))


@T("clean_logs", "sentry_anonymous")
def _(c, n):
    ev = {"event_id": c.hex(32), "level": "error", "platform": "javascript",
          "exception": {"values": [{"type": "TypeError",
                                    "value": ["Cannot read properties of undefined (reading 'postcode')",
                                              "customerEmail.toLowerCase is not a function"][n]}]},
          "user": {"id": "anonymous"},
          "breadcrumbs": [{"category": "ui.click", "message": "button#checkout-continue"},
                          {"category": "navigation", "message": "/checkout/address -> /checkout/pay"}],
          "tags": {"browser": ["Firefox 124", "Safari 17.4"][n], "release": "web@4.18.2"}}
    ask = ["What is the likely cause of this Sentry error?",
           "How do I group these errors by release in Sentry?"][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("clean_logs", "bugsnag_device")
def _(c, n):
    ev = {"apiKey": "(redacted)", "notifier": {"name": "Bugsnag Android", "version": "6.6.0"},
          "events": [{"exceptions": [{"errorClass": ["java.lang.IllegalStateException",
                                                     "android.os.NetworkOnMainThreadException"][n],
                                      "message": ["Fragment not attached to a context.", None][n]}],
                      "user": {"id": None, "name": None, "email": None},
                      "device": {"manufacturer": ["Google", "Samsung"][n],
                                 "model": ["Pixel 8", "SM-A546B"][n], "osVersion": "14"},
                      "app": {"version": f"5.{c.num(0, 20)}.0", "releaseStage": "production"}}]}
    ask = ["Why does this crash only happen on rotation?",
           "What does this Bugsnag event tell me about the crash?"][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("clean_logs", "pytest_levenshtein_diff")
def _(c, n):
    pairs = [[("kitten", "sitting", 3), ("flaw", "lawn", 2)],
             [("Alice", "alice", 1), ("Bob", "Bobby", 2)]][n]
    got = {f"{a}/{b}": d + (1 if i == 0 else 0) for i, (a, b, d) in enumerate(pairs)}
    want = {f"{a}/{b}": d for a, b, d in pairs}
    ask = ["Why does this assertion fail? My Levenshtein looks right.",
           "Should the distance be case-insensitive? The second case suggests so."][n]
    return F('''«ask»

```
E       AssertionError: assert «got» == «want»
E
E         Differing items:
E         «d1» != «d2»
E         Use -v to get more diff

tests/test_distance.py:17: AssertionError
```''', ask=ask, got=ser(got, "py", None), want=ser(want, "py", None),
             d1=ser({list(got)[0]: list(got.values())[0]}, "py", None),
             d2=ser({list(want)[0]: list(want.values())[0]}, "py", None))


@T("clean_logs", "jest_placeholder_snapshot")
def _(c, n):
    ask = ["This snapshot broke after the i18n change. Should I just run `jest -u`?",
           "Why is the placeholder not replaced in the received output?"][n]
    ph = ["{{first_name}}", "<NAME>"][n]
    return F('''«ask»

```
 FAIL  src/components/__tests__/WelcomeBanner.test.tsx
  ● WelcomeBanner › greets the user

    expect(received).toMatchSnapshot()

    - Snapshot  - 1
    + Received  + 1

      <div class="banner">
    -   <h2>Welcome back, Jane Doe</h2>
    +   <h2>Welcome back, «ph»</h2>
        <a href="/settings">Settings</a>
      </div>
```''', ask=ask, ph=ph)


@T("clean_logs", "nginx_docs_paths")
def _(c, n):
    t = c.when()
    tl = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    paths = [["/docs/guides/bloom-filter", "/api/v1/packages/ramda?fields=version,license",
              "/search?q=fisher-yates+shuffle&lang=en"],
             ["/docs/algorithms/huffman-coding", "/api/v1/packages/lodash?fields=version",
              "/search?q=runge-kutta+order+4&lang=de"]][n]
    lines = "\n".join(f'docs.brightfold.dev {c.hex(16)} [{tl}] "GET {p} HTTP/2.0" {s} {c.num(200, 9000)} "-"'
                      for p, s in zip(paths, (200, 200, 304)))
    ask = ["Which of these endpoints should be cached at the CDN?",
           "Summarise this access log."][n]
    return ask + "\n\n```\n" + lines + "\n```"


@T("clean_logs", "syslog_services")
def _(c, n):
    t = c.when()
    st = t.strftime("%b %e %H:%M:%S")
    svc = [("jenkins", "grafana-server"), ("kibana", "nomad")][n]
    ask = ["Why did the service restart, and is the cron line related?",
           "Explain these log lines to a junior."][n]
    return F('''«ask»

```
«st» ci1 systemd[1]: «a».service: Main process exited, code=killed, status=9/KILL
«st» ci1 systemd[1]: «a».service: Failed with result 'oom-kill'.
«st» ci1 CRON[«pid»]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)
«st» ci1 systemd[1]: Started «b».service - «bn».
```''', ask=ask, st=st, a=svc[0], b=svc[1], pid=c.num(1000, 40000),
             bn=["Grafana instance", "Nomad agent"][n])


@T("clean_logs", "api_422_placeholders")
def _(c, n):
    body = {"errors": [
        {"field": "billing.postal_code", "rejected_value": None, "message": "must not be null"},
        {"field": "contact.email", "rejected_value": ["", "***"][n], "message": "must be a well-formed email address"}],
        "input": {"contact": {"name": "{{customer_name}}", "email": ["", "***"][n], "phone": None},
                  "billing": {"line1": "<LINE1>", "city": "<CITY>", "postal_code": None,
                              "country": ["DE", "PT"][n]}}}
    ask = ["The template sends placeholders instead of values. Where would that come from?",
           "Rewrite this error format as RFC 7807 problem+json."][n]
    return ask + "\n\n```\nHTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n" + \
        ser(body, "json") + "\n```"


@T("clean_logs", "console_packages")
def _(c, n):
    obj = {"name": ["svelte", "quasar"][n], "version": ["4.2.19", "2.16.9"][n],
           "peerDependencies": {"vite": "^5.0.0"}, "deprecated": False}
    ask = ["The Node side and the Go worker disagree about the version. Which is stale?",
           "Why does the Go struct print without quotes? How do I get JSON instead?"][n]
    return F('''«ask»

```
[server] package resolved: «obj»
[worker] «gt» sync: {Name:«nm» Version:«v2» Registry:npmjs Deprecated:false}
```''', ask=ask, obj=ser(obj, "js"), gt=c.when().strftime("%Y/%m/%d %H:%M:%S"), nm=obj["name"],
             v2=["4.2.18", "2.16.8"][n])

# ================================================================ clean_vcs

BOTS = [("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
        ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com"),
        ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")]


@T("clean_vcs", "git_log_bots")
def _(c, n):
    t = c.when()
    b1, b2 = (BOTS[0], BOTS[2]) if n == 0 else (BOTS[1], BOTS[2])
    dep = ["Bump lodash from 4.17.20 to 4.17.21", "Update dependency svelte to v4.2.19"][n]
    ask = ["Write release notes from this log.",
           "Should bot commits be excluded from the changelog? How?"][n]
    return F('''«ask»

```
commit «h1»
Author: «b1» <«e1»>
Date:   «d1»

    «dep»

    Signed-off-by: «b1b» <«e1b»>

commit «h2»
Author: «b2» <«e2»>
Date:   «d2»

    chore(release): v«v» [skip ci]
```''', ask=ask, h1=c.hex(40), h2=c.hex(40), b1=b1[0], e1=b1[1], b1b=b1[0], e1b=b1[1], b2=b2[0],
             e2=b2[1], d1=gitdate(t, "+0000"), d2=gitdate(t - datetime.timedelta(hours=5), "+0000"),
             dep=dep, v=["4.18.2", "4.19.0"][n])


@T("clean_vcs", "git_log_oneline_graph")
def _(c, n):
    subj = [["Merge branch 'feature/dijkstra-heap'", "Use binary heap in Dijkstra", "Add Bloom filter for dedupe",
             "Docs: quote Lamport's Paxos Made Simple in the consensus FAQ"],
            ["Merge branch 'fix/kafka-rebalance'", "Pin Kafka client to 3.7", "Replace Moment with Luxon",
             "Add Ada Lovelace Day banner (Oct 8) to the docs site"]][n]
    lines = [f"*   {c.hex(7)} {subj[0]}", "|\\", f"| * {c.hex(7)} {subj[1]}",
             "|/", f"* {c.hex(7)} {subj[2]}", f"* {c.hex(7)} {subj[3]}"]
    ask = ["Turn this into a markdown changelog section.",
           "How do I squash the feature branch commits before merging next time?"][n]
    return ask + "\n\n```\n$ git log --oneline --graph -6\n" + "\n".join(lines) + "\n```"


@T("clean_vcs", "git_blame_uncommitted")
def _(c, n):
    t = c.when()
    code = [["def bloom_hashes(item: bytes, k: int) -> list[int]:",
             "    h1 = mmh3.hash(item, 0)", "    h2 = mmh3.hash(item, 1)",
             "    return [(h1 + i * h2) % M for i in range(k)]"],
            ["def hamming(a: str, b: str) -> int:", "    if len(a) != len(b):",
             "        raise ValueError(\"length mismatch\")",
             "    return sum(x != y for x, y in zip(a, b))"]][n]
    who = ["Not Committed Yet", "renovate[bot]", "Not Committed Yet", "renovate[bot]"]
    w = max(len(x) for x in who)
    lines = []
    for i, (line, wh) in enumerate(zip(code, who)):
        h = "00000000" if wh.startswith("Not") else c.hex(8)
        lines.append(f"{h} ({wh:<{w}} {t:%Y-%m-%d %H:%M:%S} +0000 {10 + i:>3}) {line}")
    ask = ["Why does blame show 'Not Committed Yet' on half the lines?",
           "Explain what this blame tells me."][n]
    return ask + "\n\n```\n$ git blame -L 10,13 lib/hashing.py\n" + "\n".join(lines) + "\n```"


@T("clean_vcs", "diff_stat")
def _(c, n):
    files = [["src/graph/dijkstra.rs", "src/graph/heap.rs", "benches/shortest_paths.rs"],
             ["lib/dedupe/bloom.ex", "lib/dedupe/hashing.ex", "test/dedupe/bloom_test.exs"]][n]
    adds = [c.num(5, 120) for _ in files]
    dels = [c.num(0, 60) for _ in files]
    w = max(len(f) for f in files)
    lines = [f" {f:<{w}} | {a + d:>3} {'+' * min(a, 30)}{'-' * min(d, 15)}" for f, a, d in zip(files, adds, dels)]
    lines.append(f" {len(files)} files changed, {sum(adds)} insertions(+), {sum(dels)} deletions(-)")
    ask = ["Is this PR too big to review in one go?",
           "Write a PR summary from this diffstat."][n]
    br = ["feature/dijkstra-heap", "feature/bloom-dedupe"][n]
    return ask + f"\n\n```\n$ git diff --stat main...{br}\n" + "\n".join(lines) + "\n```"


@T("clean_vcs", "mailmap_docs_sample")
def _(c, n):
    ask = ["Is this .mailmap syntax right? It's from the git docs example.",
           "Why does `git check-mailmap` return the input unchanged?"][n]
    return F('''«ask»

```
# .mailmap
«a»
Other Author <other@author.xx>         nick2 <bugs@company.xx>
Santa Claus <santa.claus@northpole.xx> <me@company.xx>
```''', ask=ask, a=["<cto@company.xx>                       <cto@coompany.xx>",
                     "Joe Developer <joe@example.com>        <joe@old.example.com>"][n])


@T("clean_vcs", "git_config_aliases")
def _(c, n):
    ask = ["Why is `git lg` not found in the CI container?",
           "How do I make these aliases apply only inside the work repos?"][n]
    return F('''«ask»

```
$ git config --list --show-origin
file:/etc/gitconfig	core.autocrlf=input
file:/etc/gitconfig	init.defaultbranch=main
file:«home»/.gitconfig	alias.lg=log --oneline --graph --decorate
file:«home»/.gitconfig	alias.st=status -sb
file:«home»/.gitconfig	core.editor=«ed»
file:.git/config	user.name=github-actions[bot]
file:.git/config	user.email=41898282+github-actions[bot]@users.noreply.github.com
```''', ask=ask, home=["/root", "/home/runner"][n], ed=["vim", "code --wait"][n])


@T("clean_vcs", "pr_moment_migration")
def _(c, n):
    lib = [("Moment", "Luxon"), ("Moment", "date-fns")][n]
    ask = ["Tighten this PR description and add a testing section.",
           "Is this PR description clear enough for the release notes?"][n]
    return F('''«ask»

---
## Replace «a» with «b» (#«pr»)

«a» is in maintenance mode and adds 70 kB to the bundle. This swaps it for «b»
in the order history and invoice views.

### Changes
- `utils/dates.ts`: wrappers now call «b»; timezone defaults to `Europe/Berlin`
- removed the «a» locale imports (`de`, `pt-br`)

cc @brightfold/frontend — please review before the 4.19 cut.
Closes #«iss»
---''', ask=ask, a=lib[0], b=lib[1], pr=c.num(2000, 2999), iss=c.num(1000, 1999))


@T("clean_vcs", "review_roles")
def _(c, n):
    ask = ["Summarise this review thread and list what's left to do.",
           "Draft a polite reply from the author agreeing to the change."][n]
    return F('''«ask»

**Reviewer** commented on `tests/fixtures/customers.py` line 57:

> ```python
> CUSTOMER = {"name": "«nm»", "phone": "+1-555-0142"}
> ```

Nice, a sample person instead of real data. Could you also use `example.com` for the e-mail
fixture below so the linter stops flagging it?

**Author** replied:

Done in «h». Also switched the phone to the 555-01xx range.''', ask=ask,
             nm=["Jane Doe", "Erika Mustermann"][n], h=c.hex(7))


@T("clean_vcs", "patch_mail_sample")
def _(c, n):
    t = c.when()
    ask = ["Is this patch mail well-formed? The maintainer says it doesn't apply.",
           "What does this From line with the 2001 date mean?"][n]
    return F('''«ask»

```
From «h» Mon Sep 17 00:00:00 2001
From: A U Thor <author@example.com>
Date: «d»
Subject: [PATCH «v»] docs: explain Raft leader lease vs Paxos in the FAQ

Signed-off-by: A U Thor <author@example.com>
---
 docs/faq.md | «k» +++++-
 1 file changed, «a» insertions(+), 1 deletion(-)
```''', ask=ask, h=c.hex(40), d=t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
             v=["1/1", "v3 2/2"][n], k=[6, 9][n], a=[5, 8][n])


@T("clean_vcs", "merge_conflict_message")
def _(c, n):
    br = ["release/2.4", "hotfix/kafka-offsets"][n]
    ask = ["Rewrite this merge message in conventional-commit style.",
           "Git left this message after I resolved conflicts. Should I keep the Conflicts list?"][n]
    return F('''«ask»

```
Merge branch '«br»' into main

# Conflicts:
#	src/ingest/«f1»
#	src/ingest/«f2»
#
# It looks like you may be committing a merge.
# If this is not correct, please run
#	git update-ref -d MERGE_HEAD
# and try again.
```''', ask=ask, br=br, f1=["flink_job.py", "consumer.go"][n], f2=["beam_pipeline.py", "offsets.go"][n])


@T("clean_vcs", "codeowners_teams")
def _(c, n):
    ask = ["Why doesn't GitHub request a review from the billing owners?",
           "Is the ordering in this CODEOWNERS file right? The last match should win."][n]
    return F('''«ask»

```
# .github/CODEOWNERS
*                @brightfold/platform
/billing/        @brightfold/payments-team
/docs/           @brightfold/docs-team
*.sql            @brightfold/«t»
/infra/nomad/    @brightfold/sre
```''', ask=ask, t=["dba", "data-platform"][n])


@T("clean_vcs", "package_manifest_org")
def _(c, n):
    pkg = {"name": ["@brightfold/address-kit", "@brightfold/name-utils"][n],
           "version": f"2.{c.num(0, 9)}.{c.num(0, 9)}", "author": "Brightfold",
           "contributors": [], "license": "MIT",
           "keywords": [["address", "postcode", "AddressBuilder"], ["PersonName", "jaro-winkler"]][n],
           "bugs": {"url": "https://github.com/brightfold/address-kit/issues"}}
    ask = ["npm publish warns about the contributors field. What's wrong?",
           "Convert this to a pyproject.toml [project] table."][n]
    return ask + "\n\n```json\n" + ser(pkg, "json") + "\n```"


# ================================================================ clean_web


@T("clean_web", "curl_httpbin")
def _(c, n):
    body = {"first_name": "Test", "last_name": "User", "email": ["user@example.com", "test@example.org"][n],
            "phone": ["+1-555-0100", None][n], "address": {"line1": "<LINE1>", "city": None,
                                                            "postal_code": None, "country": "US"}}
    ask = ["httpbin echoes `json: null`. What's wrong with my request?",
           "Turn this curl into a Python requests call with proper error handling."][n]
    return F('''«ask»

```
curl -X POST https://httpbin.org/post \\
  -H 'Content-Type: text/plain' \\
  -d '«b»'
```''', ask=ask, b=ser(body, "jsonc", None))


@T("clean_web", "curl_search_form")
def _(c, n):
    q = [("Levenshtein distance", "Levenshtein+distance"), ("Jaro-Winkler similarity", "Jaro-Winkler+similarity")][n]
    ask = ["Why does the server receive `+` instead of spaces? Trace below.",
           "What's the difference between -d and --data-urlencode here?"][n]
    return F('''«ask»

```
$ curl --trace-ascii - 'https://search.brightfold.dev/api' \\
    --data-urlencode 'q=«q»' \\
    -d 'lang=en&page=1'
...
=> Send data, «sz» bytes
0000: q=«qe»&lang=en&page=1
```''', ask=ask, q=q[0], qe=q[1], sz=len(q[1]) + 17)


@T("clean_web", "raw_http_rates")
def _(c, n):
    ask = ["Why 429? We only call this once a minute.",
           "Write a retry policy for this call that respects Retry-After."][n]
    return F('''«ask»

```
GET /v1/rates?base=«b»&symbols=USD,JPY HTTP/1.1
Host: api.exchangerate.example
Accept: application/json
Accept-Language: «al»
X-Request-Id: «rid»

HTTP/1.1 429 Too Many Requests
Retry-After: «ra»
Content-Type: application/json

{"error": "rate limit exceeded", "limit": 60, "window": "1m"}
```''', ask=ask, b=["EUR", "GBP"][n], al=["de-DE,de;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9"][n],
             rid=c.hex(16), ra=[30, 120][n])


@T("clean_web", "graphql_repository")
def _(c, n):
    var = {"owner": ["apache", "pola-rs"][n], "name": ["kafka", "polars"][n], "first": 5}
    ask = ["What does this GraphQL error mean and how do I fix the variables?",
           "Generate the TypeScript type for these variables."][n]
    return F('''«ask»

```graphql
query Releases($owner: String!, $name: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    releases(first: $first, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { tagName } }
  }
}
```

Variables:
```json
«v»
```

Response:
```json
{"errors":[{"message":"Variable $first of type Int! was provided invalid value","locations":[{"line":1,"column":50}]}]}
```''', ask=ask, v=ser(var, "json"))


@T("clean_web", "shop_product_webhook")
def _(c, n):
    obj = {"id": "prod_" + c.hex(14), "object": "product",
           "name": ["Hermes Travel Mug", "Athena Desk Lamp"][n], "active": True,
           "metadata": {"sku": f"HM-0{c.num(100, 999)}", "warehouse": ["EU-1", "UK-2"][n]},
           "shipping_address": None, "customer": None}
    ev = {"id": "evt_" + c.hex(24), "type": "product.updated", "data": {"object": obj}}
    ask = ["Our handler crashes on this event because customer is null. How should it handle that?",
           "Write an Express handler that verifies and stores this webhook."][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("clean_web", "crm_deal_webhook")
def _(c, n):
    ev = {"eventType": "deal.propertyChange", "objectId": c.num(10 ** 9, 10 ** 10),
          "occurredAt": int(c.when().timestamp() * 1000),
          "properties": {"dealstage": {"value": ["closedwon", "appointmentscheduled"][n]},
                         "amount": {"value": str(c.num(1000, 90000))},
                         "email_template": {"value": "Hi {{contact.firstname}}, thanks for choosing us!"}},
          "owner": {"email": None, "name": "REDACTED"}}
    ask = ["Map this CRM webhook to our `Deal` model (Python dataclass).",
           "Why is amount a string here when the CRM shows a number?"][n]
    return ask + "\n\n```json\n" + ser(ev, "json") + "\n```"


@T("clean_web", "ldif_groups")
def _(c, n):
    ask = ["ldapadd says `object class violation` for the second entry. Why?",
           "Convert these LDIF entries to JSON for the SCIM import."][n]
    svc = ["svc-deploy", "svc-backup"][n]
    return F('''«ask»

```
dn: cn=«g»,ou=groups,dc=brightfold,dc=dev
objectClass: groupOfNames
cn: «g»
description: «d» on the «cl» GPU cluster (named after «who»)
member: uid=«svc»,ou=services,dc=brightfold,dc=dev

dn: uid=«svc»,ou=services,dc=brightfold,dc=dev
objectClass: account
uid: «svc»
description: service account used by Jenkins
```''', ask=ask, g=["release-managers", "backup-operators"][n], d=["Can trigger Nomad deploys",
                                                                  "Can read Vault backup paths"][n],
             svc=svc, cl=["hopper", "turing"][n], who=["Grace Hopper", "Alan Turing"][n])


@T("clean_web", "soap_currency")
def _(c, n):
    ask = ["The SOAP service returns `Unmarshalling Error`. Why?",
           "Write the zeep (Python) call that sends this envelope."][n]
    return F('''«ask»

```xml
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:fx="urn:brightfold:fx:v2">
  <soapenv:Body>
    <fx:Convert>
      <fx:From>«a»</fx:From>
      <fx:To>«b»</fx:To>
      <fx:Amount>«amt»</fx:Amount>
      <fx:AsOf>«d»</fx:AsOf>
    </fx:Convert>
  </soapenv:Body>
</soapenv:Envelope>
```''', ask=ask, a=["EUR", "CHF"][n], b=["JPY", "BRL"][n], amt=["1,250.00", "980.5"][n],
             d=["2025-01-31", "2025-02-28"][n])


@T("clean_web", "mail_headers_ci")
def _(c, n):
    t = c.when()
    ask = ["Why did this land in spam? Headers below.",
           "Which header should my parser use to thread these notifications?"][n]
    return F('''«ask»

```
From: "Jenkins" <jenkins@ci.example.org>
To: dev-team@example.org
Subject: Build failed in Jenkins: «job» #«num»
Date: «d»
Message-ID: <«mid».«num»@ci.example.org>
X-Jenkins-Job: «job»
Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=ci.example.org; dkim=none
```''', ask=ask, job=["hermes-main", "athena-nightly"][n], num=c.num(100, 9999),
             d=t.strftime("%a, %d %b %Y %H:%M:%S +0000"), mid=c.hex(12))


@T("clean_web", "ical_maintenance")
def _(c, n):
    t = c.when()
    ask = ["Outlook shows the event an hour off. How do I add the VTIMEZONE?",
           "Parse this VEVENT with the `icalendar` package and print the start time."][n]
    return F('''«ask»

```
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brightfold//Scheduler 1.4//EN
BEGIN:VEVENT
UID:«uid»
DTSTART;TZID=«tz»:«ds»
SUMMARY:Maintenance window: «what»
ORGANIZER;CN=Platform Team:mailto:platform@example.org
DESCRIPTION:Grafana and Kibana read-only during the upgrade.
END:VEVENT
END:VCALENDAR
```''', ask=ask, uid=f"{c.hex(8)}-{c.hex(4)}-4{c.hex(3)}-a{c.hex(3)}-{c.hex(12)}", tz=["Europe/London", "America/Sao_Paulo"][n],
             ds=t.strftime("%Y%m%dT%H%M00"), what=["Kafka 3.7 upgrade", "Cassandra repair"][n])


@T("clean_web", "dotenv_defaults")
def _(c, n):
    ask = ["Convert this .env into a Kubernetes ConfigMap and Secret (which goes where?).",
           "Which of these should not be committed?"][n]
    return F('''«ask»

```
# .env.example — copy to .env and fill in
APP_NAME=«app»
SUPPORT_EMAIL=support@example.com
SENDER_NAME="{{company_name}}"
DEFAULT_PHONE_REGION=«reg»
TZ=«tz»
SMTP_HOST=smtp.example.com
DATABASE_URL=postgres://app:CHANGEME@db:5432/«app»
```''', ask=ask, app=["lumenkart", "hermes"][n], reg=["GB", "BR"][n],
             tz=["Europe/London", "America/Sao_Paulo"][n])


@T("clean_web", "html_form_placeholders")
def _(c, n):
    ask = ["The country dropdown loses its value after validation fails. Why?",
           "Make this form accessible (labels, autocomplete attributes)."][n]
    opts = [[("PT", "Portugal"), ("ES", "Espa&ntilde;a"), ("FR", "France")],
            [("DE", "Deutschland"), ("AT", "&Ouml;sterreich"), ("CH", "Schweiz")]][n]
    ol = "\n".join(f'    <option value="{a}">{b}</option>' for a, b in opts)
    return F('''«ask»

```html
<form method="post" action="/account/address">
  <input name="full_name" placeholder="«ph»">
  <input name="email" type="email" placeholder="name@example.com">
  <input name="tel" type="tel" placeholder="+1-555-0100">
  <select name="country">
«ol»
  </select>
  <button>Save</button>
</form>
```''', ask=ask, ph=["Jane Doe", "Max Mustermann"][n], ol=ol)


# ================================================================ build and checks

CLASSES = ["personal_code", "personal_dumps", "personal_logs", "personal_vcs", "personal_web",
           "clean_code", "clean_dumps", "clean_logs", "clean_vcs", "clean_web"]
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
CLEAN_MAIL_OK = re.compile(r"(example\.(com|org)|^github\.com|users\.noreply\.github\.com|author\.xx|"
                           r"company\.xx|coompany\.xx|northpole\.xx|ci\.example\.org)$")


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def assign_splits():
    by_cls = {}
    for cls, name, fn in TEMPLATES:
        by_cls.setdefault(cls, []).append((name, fn))
    assert sorted(by_cls) == sorted(CLASSES), sorted(by_cls)
    out = {}
    for cls, lst in by_cls.items():
        assert len(lst) == 12, (cls, len(lst))
        for i in range(0, 12, 2):
            a, b = lst[i][0], lst[i + 1][0]
            ha, hb = sha(f"stranger10/{cls}/{a}"), sha(f"stranger10/{cls}/{b}")
            out[(cls, a)] = "holdout" if ha < hb else "tune"
            out[(cls, b)] = "tune" if ha < hb else "holdout"
    return out


def build():
    where = assign_splits()
    splits, ctxs = {}, {}
    for split in ("tune", "holdout"):
        c = Ctx(split, random.Random(f"{SEED}:{split}"))
        rows = []
        for cls in CLASSES:
            for k, name, fn in TEMPLATES:
                if k != cls or where[(cls, name)] != split:
                    continue
                for n in (0, 1):
                    c.begin()
                    text, spans = unmark(fn(c, n))
                    rows.append({"id": f"stranger10-{cls}-{name}-{n}", "text": text,
                                 "spans": spans, "source": SOURCE, "class": cls,
                                 "template": name, "locale": ""})
        splits[split], ctxs[split] = rows, c
    check(splits, ctxs)
    return splits


def check(splits, ctxs):
    ids, texts = set(), set()
    for split, rows in splits.items():
        assert len(rows) == 120, (split, len(rows))
        assert Counter(r["class"] for r in rows) == {k: 12 for k in CLASSES}, split
        for r in rows:
            t = r["text"]
            assert r["id"] not in ids and t not in texts, r["id"]
            ids.add(r["id"])
            texts.add(t)
            assert not IPV4.search(t), (r["id"], IPV4.search(t).group())
            last = 0
            for s in r["spans"]:
                assert s["type"] in TYPES, s
                assert s["value"] == t[s["start"]:s["end"]], (r["id"], s)
                assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
                assert s["start"] >= last, (r["id"], s)
                last = s["end"]
            if r["class"].startswith("clean_"):
                assert not r["spans"], r["id"]
                for m in re.finditer(r"[\w.+\[\]-]+@([A-Za-z][\w-]*\.[A-Za-z][\w.-]*)", t):
                    assert CLEAN_MAIL_OK.search(m.group(1)), (r["id"], m.group())
            else:
                assert r["spans"], r["id"]
                assert "example.com" not in t, r["id"]
                # every mention labelled: no span value (4+ chars) left elsewhere in the text
                rest = list(t)
                for s in r["spans"]:
                    rest[s["start"]:s["end"]] = " " * (s["end"] - s["start"])
                rest = "".join(rest)
                for s in r["spans"]:
                    if len(s["value"]) >= 4 and s["type"] != "DATE_OF_BIRTH":
                        hit = re.search(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", rest)
                        assert not hit, (r["id"], s["value"])
            assert 1 <= t.count("\n") + 1 <= 40, (r["id"], t.count("\n"))
    # disjoint splits
    tpl = {k: {(r["class"], r["template"]) for r in rows} for k, rows in splits.items()}
    assert not tpl["tune"] & tpl["holdout"]
    vals = {k: {s["value"].casefold() for r in rows for s in r["spans"]} for k, rows in splits.items()}
    assert not vals["tune"] & vals["holdout"], vals["tune"] & vals["holdout"]

    def tokens(c):
        return {squash(w) for p in c.pools["p"] for w in re.findall(r"[^\W\d_]{3,}", p.full)}
    tt, th = tokens(ctxs["tune"]), tokens(ctxs["holdout"])
    assert not tt & th, tt & th
    towns = [{a.town.casefold() for a in ctxs[k].pools["a"]} for k in ("tune", "holdout")]
    assert not towns[0] & towns[1]
    phs = [{digits(x)[-9:] for x in ctxs[k].pools["ph"]} for k in ("tune", "holdout")]
    assert not phs[0] & phs[1]
    for k, c in ctxs.items():
        for kind, pool in c.pools.items():
            unused = [i for i in range(len(pool)) if not c.use[(kind, i)]]
            assert not unused, (k, kind, [pool[i] for i in unused])
    # no private value of either pool in any clean row
    priv = []
    for c in ctxs.values():
        priv += [p.full for p in c.pools["p"]] + [p.email for p in c.pools["p"]]
        priv += [a.line1 for a in c.pools["a"]] + [a.town for a in c.pools["a"]]
        priv += c.pools["ph"]
    for rows in splits.values():
        for r in rows:
            if r["class"].startswith("clean_"):
                for v in priv:
                    assert v not in r["text"], (r["id"], v)


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    splits = build()
    if "--check" in sys.argv:
        bad = 0
        for k, rows in splits.items():
            f = HERE / f"{k}.jsonl"
            same = f.exists() and f.read_text(encoding="utf-8") == dump(rows)
            print(f"{f.name}: {'unchanged' if same else 'differs from a fresh build'}")
            bad += not same
        sys.exit(1 if bad else 0)
    for k, rows in splits.items():
        data = dump(rows)
        (HERE / f"{k}.jsonl").write_text(data, encoding="utf-8")
        print(f"{k}.jsonl: {len(rows)} rows, sha256 {sha(data)}")
        cl = Counter(r["class"] for r in rows)
        tp = Counter(r["class"] for r in rows if r["id"].endswith("-0"))
        for cls in CLASSES:
            print(f"  {cls:<16} rows {cl[cls]:>3}  templates {tp[cls]}")
        st = Counter(s["type"] for r in rows for s in r["spans"])
        print("  spans: " + ", ".join(f"{t} {st[t]}" for t in
                                      ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS",
                                       "DATE_OF_BIRTH"]))
        lens = sorted(len(r["text"]) for r in rows)
        print(f"  length min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}")


if __name__ == "__main__":
    main()
