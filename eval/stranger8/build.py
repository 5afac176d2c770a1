#!/usr/bin/env python3
"""stranger8: hand-written corpus of professional knowledge-work prompts.

Lawyers, clinicians, teachers, journalists, researchers, accountants, recruiters, estate agents,
social workers and engineers asking a chat assistant for help. Half the rows are PII-free and full
of public names (cases, eponyms, theorems, companies, politicians, authors, tools, sample people,
placeholders); the other half name private people (clients, patients, pupils, sources, tenants,
candidates, witnesses, colleagues) with their addresses, phones, e-mails and dates of birth.

Python standard library only. Every private value below was typed by hand.

    python3 eval/stranger8/build.py          # rewrite tune.jsonl and holdout.jsonl
    python3 eval/stranger8/build.py --check  # rebuild in memory, exit 0 if files unchanged
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 80423
HERE = Path(__file__).resolve().parent
SOURCE = "eval/stranger8/build.py"
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
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


# ---------------------------------------------------------------- private values, typed by hand

FOLD = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "æ": "ae",
                      "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ọ": "o"})


def fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def handle(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


DOMAINS = {"NG": "yahoo.com", "GH": "gmail.com", "KE": "gmail.com", "ZA": "webmail.co.za",
           "ET": "gmail.com", "ER": "gmail.com", "EG": "hotmail.com", "MA": "menara.ma",
           "LB": "hotmail.com", "JO": "gmail.com", "IR": "yahoo.com", "IN": "rediffmail.com",
           "BD": "gmail.com", "PK": "hotmail.com", "LK": "sltnet.lk", "VN": "gmail.com",
           "CN": "163.com", "TW": "gmail.com", "KR": "naver.com", "JP": "yahoo.co.jp",
           "TH": "hotmail.com", "MY": "yahoo.com.my", "ID": "yahoo.co.id", "PH": "yahoo.com",
           "NZ": "xtra.co.nz", "WS": "gmail.com", "TO": "gmail.com", "US": "gmail.com",
           "MX": "hotmail.com", "BR": "uol.com.br", "AR": "gmail.com", "CO": "hotmail.com",
           "CL": "gmail.com", "PE": "gmail.com", "BO": "gmail.com", "PT": "sapo.pt",
           "ES": "telefonica.net", "FR": "orange.fr", "CA": "videotron.ca", "BE": "skynet.be",
           "DE": "gmx.de", "AT": "aon.at", "NL": "ziggo.nl", "PL": "wp.pl", "CZ": "seznam.cz",
           "SK": "azet.sk", "HU": "freemail.hu", "RO": "yahoo.com", "GR": "otenet.gr",
           "TR": "hotmail.com", "UA": "ukr.net", "RS": "gmail.com", "LT": "gmail.com",
           "EE": "hot.ee", "IE": "eircom.net", "GB": "btinternet.com", "AU": "bigpond.com",
           "IL": "walla.co.il", "SE": "telia.com", "FI": "elisanet.fi", "NO": "online.no",
           "DK": "mail.dk", "IT": "libero.it"}


class Person:
    def __init__(self, idx, tag, given, family, full=None, title="Ms", first_first=True):
        self.tag, self.given_, self.family_, self.title = tag, given, family, title
        self.full_ = full or (f"{given} {family}" if first_first else f"{family} {given}")
        self.first_first = first_first
        g, f = handle(given.split()[0]), handle(family.split()[-1])
        dom = DOMAINS[tag.split("_")[1]]
        shape = idx % 5
        if shape == 0:
            self.email_ = f"{g}.{f}@{dom}"
        elif shape == 1:
            self.email_ = f"{g[0]}{f}@{dom}"
        elif shape == 2:
            self.email_ = f"{g}_{f}{(idx * 7) % 90 + 10}@{dom}"
        elif shape == 3:
            self.email_ = f"{f}.{g}@{dom}"
        else:
            self.email_ = f"{g}{f[0]}{(idx * 13) % 90 + 10}@{dom}"

    # marked renderings
    @property
    def f(self):
        return P(self.full_)

    @property
    def g(self):
        return P(self.given_)

    @property
    def s(self):
        return P(self.family_)

    @property
    def gs(self):  # given name first whatever the culture's order: "Hùng Nguyễn"
        return P(f"{self.given_} {self.family_}")

    @property
    def t(self):
        return f"{self.title} {P(self.family_)}"

    @property
    def e(self):
        return EM(self.email_)



def people(rows):
    return [Person(i, *r[:3], **(r[3] if len(r) > 3 else {})) for i, r in enumerate(rows)]


FF = {"first_first": False}

TUNE_PEOPLE = people([
    ("yo_NG", "Folasade", "Ogunleye"),
    ("ig_NG", "Chidiebere", "Nwosu", {"title": "Mr"}),
    ("ak_GH", "Kwabena", "Owusu-Ansah", {"title": "Mr"}),
    ("sw_KE", "Njeri", "Waweru"),
    ("zu_ZA", "Thandeka", "Mkhize"),
    ("af_ZA", "Riaan", "van der Walt", {"title": "Mr"}),
    ("am_ET", "Selamawit", "Tesfaye"),
    ("ar_EG", "Youssef", "El-Sayed", {"title": "Mr"}),
    ("ar_MA", "Nadia", "Benjelloun"),
    ("fa_IR", "Dariush", "Rahimi", {"title": "Mr"}),
    ("ta_IN", "Karthik", "Subramanian", {"title": "Mr"}),
    ("hi_IN", "Ananya", "Chaturvedi"),
    ("bn_BD", "Rafiq", "Chowdhury", {"title": "Mr"}),
    ("ur_PK", "Ayesha", "Siddiqui"),
    ("vi_VN", "Hùng", "Nguyễn", {"full": "Nguyễn Văn Hùng", "title": "Mr", **FF}),
    ("zh_CN", "Xinyi", "Zhou", FF),
    ("ko_KR", "Min-jun", "Kang", {"title": "Mr", **FF}),
    ("ja_JP", "Haruka", "Watanabe"),
    ("ms_MY", "Nurul Aisyah", "Kamaruddin", {"full": "Nurul Aisyah binti Kamaruddin"}),
    ("id_ID", "Agus", "Setiawan", {"title": "Mr"}),
    ("tl_PH", "Maricel", "Dizon"),
    ("mi_NZ", "Aroha", "Parata"),
    ("sm_WS", "Tavita", "Leaupepe", {"title": "Mr"}),
    ("es_MX", "Guadalupe", "Hernández Ortiz", {"title": "Mrs"}),
    ("pt_BR", "João Pedro", "dos Santos Lima", {"title": "Mr"}),
    ("es_AR", "Facundo", "Gutiérrez", {"title": "Mr"}),
    ("qu_PE", "Illari", "Quispe"),
    ("fr_FR", "Margaux", "Lefèvre"),
    ("de_DE", "Jörg", "Weißmann", {"title": "Mr"}),
    ("nl_NL", "Sanne", "de Jong"),
    ("pl_PL", "Grzegorz", "Wróblewski", {"title": "Mr"}),
    ("cs_CZ", "Markéta", "Horáková"),
    ("hu_HU", "Eszter", "Szabó", FF),
    ("ro_RO", "Ionuț", "Popescu", {"title": "Mr"}),
    ("el_GR", "Eleni", "Papadopoulou", {"title": "Mrs"}),
    ("tr_TR", "Emre", "Yılmaz", {"title": "Mr"}),
    ("uk_UA", "Oksana", "Kovalenko"),
    ("ga_IE", "Siobhán", "Ní Bhriain"),
    ("en_GB", "Grace", "Bishop", {"title": "Mrs"}),
    ("en_US", "Chase", "Underwood", {"title": "Mr"}),
    ("he_IL", "Noa", "Ben-David"),
    ("sv_SE", "Linnea", "Åkesson"),
    ("fi_FI", "Juha", "Kettunen", {"title": "Mr"}),
])

HOLDOUT_PEOPLE = people([
    ("yo_NG", "Temitope", "Akinwale"),
    ("ig_NG", "Obinna", "Okafor", {"title": "Mr"}),
    ("ak_GH", "Akosua", "Mensah"),
    ("kln_KE", "Kiprono", "Rotich", {"title": "Mr"}),
    ("xh_ZA", "Nomvula", "Sithole"),
    ("af_ZA", "Marlize", "du Toit"),
    ("ti_ER", "Yonas", "Gebremedhin", {"title": "Mr"}),
    ("ar_LB", "Rami", "Haddad", {"title": "Mr"}),
    ("ar_JO", "Dana", "Al-Zoubi"),
    ("fa_IR", "Shirin", "Moradi"),
    ("ml_IN", "Anjali", "Menon"),
    ("te_IN", "Venkatesh", "Reddy", {"title": "Mr"}),
    ("pa_IN", "Harpreet", "Sandhu", {"full": "Harpreet Kaur Sandhu"}),
    ("si_LK", "Chaminda", "Perera", {"title": "Mr"}),
    ("vi_VN", "Mai", "Trần", {"full": "Trần Thị Mai", **FF}),
    ("zh_TW", "Yu-ting", "Lin", FF),
    ("ko_KR", "Seo-yeon", "Choi", FF),
    ("ja_JP", "Kenji", "Matsumoto", {"title": "Mr"}),
    ("th_TH", "Somchai", "Wongsakul", {"title": "Mr"}),
    ("ms_MY", "Hafiz", "Rahman", {"full": "Hafiz bin Rahman", "title": "Mr"}),
    ("id_ID", "Putri", "Wulandari"),
    ("to_TO", "Sione", "Fifita", {"title": "Mr"}),
    ("haw_US", "Keoni", "Kahananui", {"title": "Mr"}),
    ("es_CO", "Valentina", "Restrepo Gaviria"),
    ("pt_PT", "Tiago", "Figueiredo", {"title": "Mr"}),
    ("es_CL", "Camila", "Valenzuela"),
    ("ay_BO", "Wara", "Condori"),
    ("fr_CA", "Geneviève", "Tremblay"),
    ("de_AT", "Florian", "Pichler", {"title": "Mr"}),
    ("it_IT", "Chiara", "Esposito"),
    ("eu_ES", "Iñaki", "Etxeberria", {"title": "Mr"}),
    ("sk_SK", "Zuzana", "Kováčová"),
    ("lt_LT", "Mindaugas", "Kazlauskas", {"title": "Mr"}),
    ("et_EE", "Kadri", "Tamm"),
    ("nb_NO", "Øystein", "Haugland", {"title": "Mr"}),
    ("da_DK", "Mette", "Kjærgaard"),
    ("sr_RS", "Nikola", "Jovanović", {"title": "Mr"}),
    ("uk_UA", "Bohdan", "Shevchuk", {"title": "Mr"}),
    ("gd_GB", "Callum", "MacLeod", {"title": "Mr"}),
    ("en_US", "Mark", "Price", {"title": "Mr"}),
    ("en_AU", "Brooke", "Heath"),
    ("he_IL", "Yael", "Mizrahi"),
    ("nl_BE", "Joost", "Verbeek", {"title": "Mr"}),
])


class Addr:
    def __init__(self, lines, town, phone):
        self.lines, self.town_, self.phone_ = lines, town, phone

    @property
    def block(self):
        return "\n".join(self.lines)

    @property
    def inline(self):
        return ", ".join(self.lines)

    @property
    def town(self):
        return L(self.town_)

    @property
    def ph(self):
        return PH(self.phone_)


TUNE_ADDRS = [
    Addr([f"{L('Flat 3')}, {L('27 Bridge Street')}", L("Hay-on-Wye"), L("HR3 5DG")],
         "Hay-on-Wye", "01497 821604"),
    Addr([L("14 Church Road"), L("Kinvara"), L("Co. Galway"), L("H91 X2C8")],
         "Kinvara", "091 637 482"),
    Addr([L("3 impasse des Mimosas"), f"{L('66190')} {L('Collioure')}"],
         "Collioure", "04 68 82 17 39"),
    Addr([L("Lindenstraße 14"), f"{L('83471')} {L('Berchtesgaden')}"],
         "Berchtesgaden", "08652 94731"),
    Addr([f"{L('418 Maple Avenue')}, {L('Apt 2B')}", f"{L('Lewes')}, {L('DE')} {L('19958')}"],
         "Lewes", "(302) 645-1187"),
    Addr([L("Rua das Palmeiras, 215"), f"{L('Paraty')} - {L('RJ')}", L("23970-000")],
         "Paraty", "(24) 99871-3346"),
    Addr([L("No. 7, 3rd Cross, Anna Nagar"), f"{L('Kodaikanal')} {L('624101')}", L("Tamil Nadu")],
         "Kodaikanal", "98431 27685"),
    Addr([L("ul. Senatorska 5/2"), f"{L('24-120')} {L('Kazimierz Dolny')}"],
         "Kazimierz Dolny", "512 334 876"),
    Addr([L("22 Beach Road"), f"{L('Kaikōura')} {L('7300')}"],
         "Kaikōura", "021 457 8832"),
    Addr([L("17 Church Street"), L("Prince Albert"), L("6930")],
         "Prince Albert", "082 614 3097"),
    Addr([L("Komenského 214"), f"{L('543 71')} {L('Hostinné')}"],
         "Hostinné", "603 218 447"),
    Addr([L("Dorpsstraat 41"), f"{L('9231 CD')} {L('Surhuisterveen')}"],
         "Surhuisterveen", "06-41723895"),
]

HOLDOUT_ADDRS = [
    Addr([L("12 Seafield Street"), L("Portsoy"), L("AB45 2QN")],
         "Portsoy", "01261 842559"),
    Addr([L("3 Strand Street"), L("Dingle"), L("Co. Kerry"), L("V92 D7K1")],
         "Dingle", "066 915 2284"),
    Addr([L("27 avenue Jean Jaurès"), f"{L('46100')} {L('Figeac')}"],
         "Figeac", "05 65 34 19 82"),
    Addr([L("Am Mühlbach 3"), f"{L('91541')} {L('Rothenburg ob der Tauber')}"],
         "Rothenburg ob der Tauber", "09861 78214"),
    Addr([f"{L('1207 Elm Street')}, {L('Unit 4')}", f"{L('Marfa')}, {L('TX')} {L('79843')}"],
         "Marfa", "(432) 729-4418"),
    Addr([L("Rua do Rosário, 318"), f"{L('Lençóis')} - {L('BA')}", L("46960-000")],
         "Lençóis", "(75) 98134-2270"),
    Addr([L("House No. 41, Ward 6"), f"{L('Munnar')} {L('685612')}", L("Kerala")],
         "Munnar", "94470 58213"),
    Addr([f"{L('Calle Chorruelo 6')}, {L('1º B')}", f"{L('29788')} {L('Frigiliana')}", L("Málaga")],
         "Frigiliana", "612 47 83 90"),
    Addr([L("14 Hill Street"), f"{L('Bright')} {L('VIC')} {L('3741')}"],
         "Bright", "0412 385 716"),
    Addr([L("218 rue Principale"), f"{L('Tadoussac')} ({L('Québec')}) {L('G0T 2A0')}"],
         "Tadoussac", "418 235-4471"),
    Addr([L("Via Roma 23"), f"{L('53045')} {L('Montepulciano')} {L('SI')}"],
         "Montepulciano", "0578 716245"),
    Addr([L("Storgata 17"), f"{L('8300')} {L('Svolvær')}"],
         "Svolvær", "481 27 365"),
]

# phones with no address, as their countries write them (no country code)
TUNE_PHONES = ["0722 418 593", "010-4821-3376", "0532 418 27 64", "55 1834 2290",
               "0917 482 3316", "07700 914 286", "06 12 48 93 57", "0151 2847 3391",
               "(617) 482-9031", "0803 417 2290", "070-8842-1937", "0412 336 871"]
HOLDOUT_PHONES = ["0733 902 417", "010-3917-4482", "0544 219 83 07", "33 2841 7716",
                  "0918 227 4051", "07911 482 375", "07 81 36 44 29", "0176 3318 2044",
                  "(503) 417-2286", "0806 223 9184", "090-2271-5408", "0423 918 552"]

# dates of birth: adults, pupils, the old
TUNE_DOBS = {"adult": ["14/03/1988", "3 May 1979", "1992-11-08", "07.09.1965", "March 22, 2001",
                       "05/06/1994"],
             "child": ["11 Oct 2010", "2013-02-17"],
             "old": ["29/01/1957", "4 April 1941"]}
HOLDOUT_DOBS = {"adult": ["21/08/1983", "17 February 1971", "2003-04-26", "July 9, 1998",
                          "18/05/1990", "1986-10-03"],
                "child": ["30 Jun 2012", "09/09/2011"],
                "old": ["12.12.1959", "02/11/1948"]}


class Draw:
    """Least-used first, ties broken by the seeded RNG; never the same value twice in a row."""

    def __init__(self, rng, people_, addrs, phones, dobs):
        self.rng = rng
        self.pools = {"p": people_, "a": addrs, "ph": phones}
        self.pools.update({f"d_{k}": v for k, v in dobs.items()})
        self.used = {k: {i: 0 for i in range(len(v))} for k, v in self.pools.items()}
        self.row = set()

    def new_row(self):
        self.row = set()

    def _get(self, kind):
        cand = [i for i in self.used[kind] if (kind, i) not in self.row]
        low = min(self.used[kind][i] for i in cand)
        i = self.rng.choice([i for i in cand if self.used[kind][i] == low])
        self.used[kind][i] += 1
        self.row.add((kind, i))
        return self.pools[kind][i]

    def person(self):
        return self._get("p")

    def addr(self):
        return self._get("a")

    def phone(self):
        return PH(self._get("ph"))

    def dob(self, kind="adult"):
        return DOB(self._get(f"d_{kind}"))


# ---------------------------------------------------------------- templates
# Each template is written as one of a twin pair (same kind of data, said differently). The twin
# with the smaller sha256 of "stranger8/<class>/<template>" goes to holdout, the other to tune.

TEMPLATES = []  # (class, pair, name, case, rows, fn)


def T(cls, pair, name, case=None, rows=2):
    def deco(fn):
        TEMPLATES.append((cls, pair, name, case, rows, fn))
        return fn
    return deco


def C(cls, pair, name, texts, case=None):
    """A PII-free template: its rows are the hand-written variants in `texts`."""
    TEMPLATES.append((cls, pair, name, case, len(texts), lambda d, i, _t=tuple(texts): _t[i]))


# ================================================================ personal_legal
# lawyers, paralegals, accountants: clients, witnesses, opposing parties

@T("personal_legal", "intake", "intake_note")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Client intake, pasted from our system:\nClient: {p.f}\nDOB: {d.dob()}\n"
            f"Address: {a.inline}\nTel: {a.ph}\nE-mail: {p.e}\n"
            "Matter: tenancy deposit not protected; landlord refuses to return it.\n"
            "Summarise the client's options in plain English, max 200 words.")


@T("personal_legal", "intake", "client_summary")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"My client {p.f} (born {d.dob()}, of {a.inline}) was dismissed after 14 months. "
            f"{p.g} says the line manager, {q.f}, made remarks about the client's accent in two "
            f"team meetings. Is there a realistic claim under the Equality Act 2010, and what "
            f"should I ask {p.g} to bring to the first meeting?")


@T("personal_legal", "email", "quoted_client_email")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"> From: {p.f} <{p.e}>\n> Subject: completion??\n"
            f"> Hi {q.g}, it's been three weeks and still no completion date. The removal van is "
            f"booked and my mum is staying with us. Please call me on {d.phone()}.\n\n"
            "Draft a calm reply explaining that the Land Registry search came back late and "
            "that we expect exchange next week.")


@T("personal_legal", "email", "reply_to_client")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Write back to {p.t} ({p.e}) confirming that the small-claims hearing is listed "
            f"for 9 April, that we still need the signed witness statement from {q.f}, and that "
            f"if {q.g} can't attend we will ask for a video link. Keep it under 120 words.")


@T("personal_legal", "witness", "witness_bullets")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Turn this witness list into a table with columns name, role, contact:\n"
            f"- {p.f}, next-door neighbour, {d.phone()}\n"
            f"- {q.f}, site foreman on the night of the fall\n"
            f"- {r.g}, the claimant's sister, {r.e}")


@T("personal_legal", "witness", "witness_table")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Which of these witnesses should give evidence first, and why?\n\n"
            "| witness | saw | contact |\n|---|---|---|\n"
            f"| {p.f} | the van reversing | {d.phone()} |\n"
            f"| {q.t} | the aftermath only | {q.e} |\n"
            f"| {r.f} | nothing, heard the bang | {d.phone()} |")


@T("personal_legal", "lower", "lower_text_to_client", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"can you make this sound professional but still friendly: hi {p.g}, it's {q.g} from "
            f"the office, the hearing got moved to the 14th, ring me on {d.phone()} when you can "
            "and bring the tenancy agreement")


@T("personal_legal", "lower", "lower_probate_note", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"note from this morning: {p.f} came in about a late parent's estate. the will "
            f"names {q.f} as executor and {p.g} thinks {q.g} won't act. how do i explain "
            "renunciation and a caveat to someone who isn't a lawyer?")


@T("personal_legal", "caps", "caps_tax_penalty", case="upper")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"CLIENT: {p.f}\nADDRESS: {a.inline}\nSELF-ASSESSMENT RETURN FILED 3 MONTHS LATE, "
            "TAX PAID ON TIME. WHAT PENALTIES APPLY AND WHAT COUNTS AS A REASONABLE EXCUSE?")


@T("personal_legal", "caps", "caps_letter_request", case="upper")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"PLEASE DRAFT A LETTER TO {p.t} AT\n{a.block}\nEXPLAINING WHY THE VAT RETURN "
            f"WAS REJECTED AND ASKING FOR THE MISSING PURCHASE INVOICES BY FRIDAY. "
            f"CC {d.person().f}.")


@T("personal_legal", "notes", "case_notes_long")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return (f"Case notes, {p.f} v {q.s} (county court, negligence):\n"
            f"- 12/02: {p.g} slipped on the wet floor of {q.t}'s café; no sign displayed.\n"
            f"- Witness {r.f} says the mop bucket was out for at least 20 minutes.\n"
            f"- {q.s}'s insurer denies liability, relies on contributory negligence.\n"
            f"- {p.g} off work 6 weeks; GP letter on file.\n"
            "I want to cite Donoghue v Stevenson and the Occupiers' Liability Act 1957. Draft "
            "the particulars of claim in outline, and tell me which facts I still need.")


@T("personal_legal", "notes", "chronology_request")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return (f"Put these into a dated chronology for counsel. {p.f} started as a bookkeeper "
            f"for {q.f} in March 2021. In June 2023 {q.g} asked {p.g} to backdate invoices. "
            f"{p.g} refused and e-mailed {r.f} in HR from {p.e}. Two weeks later {p.g} was "
            "suspended. Also flag whether the Public Interest Disclosure Act 1998 protects "
            "the e-mail to HR.")


# ================================================================ personal_clinical
# doctors, nurses, midwives, social workers: patients, families, colleagues

@T("personal_clinical", "soap", "soap_note")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"S: {p.f}, DOB {d.dob()}, 3 days of chest tightness on exertion, settles with rest.\n"
            "O: BP 148/92, HR 88 regular, ECG sinus rhythm, no ST changes.\n"
            "A: ?stable angina.\nP: bloods, refer to rapid-access chest pain clinic.\n\n"
            f"Rewrite this as a referral letter to Dr {q.s} at the chest pain clinic.")


@T("personal_clinical", "soap", "referral_prose")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Draft a two-week-wait referral for my patient {p.f}, born {d.dob()}, who lives at "
            f"{a.inline} (home phone {a.ph}). New breast lump, 2 cm, mobile, noticed 10 days "
            "ago; no family history.")


@T("personal_clinical", "handover", "ward_handover")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Tidy this handover for the night team:\n"
            f"- Bed 4: {p.f}, post-op day 2 hip, pain controlled, mobilising with frame\n"
            f"- Bed 7: {q.t}, CURB-65 of 2, on IV co-amoxiclav, next of kin {r.g} visiting at 6\n"
            f"- Bed 9: {r.f}? no, sorry, bed 9 is empty now")


@T("personal_clinical", "handover", "handover_prose")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Summarise for the morning huddle: {p.f} in side room 2 had a fall at 03:00, "
            f"no head injury, obs stable. {p.g}'s son {q.f} wants a call before 9 on "
            f"{d.phone()}. Also, is a Waterlow score needed again after a fall?")


@T("personal_clinical", "social", "lower_home_visit", case="lower")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"home visit today at {a.inline}. {p.g} (9) lives with a grandparent, {q.f}. house "
            f"cold, little food, {p.g} missed 11 days of school this term. {q.g} was "
            "cooperative. help me write this up as a child in need assessment summary")


@T("personal_clinical", "social", "lower_duty_call", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"duty call log: {p.f} rang at 14:10 worried about neighbour {q.f}, 84, not seen "
            f"for 3 days, curtains shut. {p.g}'s number {d.phone()}. what should the next "
            "steps be under the care act?")


@T("personal_clinical", "patient_msg", "quoted_patient_message")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"> Dear Dr {q.s}, I've been on the new tablets for two weeks and my ankles are "
            f"swollen. Should I stop them? You can reach me on {d.phone()}. {p.f}\n\n"
            "The drug is amlodipine 10 mg. Help me reply: safe advice, when to come in.")


@T("personal_clinical", "patient_msg", "reply_to_patient")
def _(d, i):
    p = d.person()
    return (f"Write a short, kind message to {p.t} ({p.e}) saying the HbA1c has come down to 52 "
            f"and that we'd like to keep the metformin dose the same. Sign it from Nurse "
            f"{d.person().g}.")


@T("personal_clinical", "eponym", "crohns_patient")
def _(d, i):
    p = d.person()
    return (f"My patient {p.f}, 34, with known Crohn's disease, has RIF pain and a positive "
            f"Rovsing's sign. {p.g} had a normal Schilling test years ago. Differential "
            "diagnosis? I don't want to miss an abscess.")


@T("personal_clinical", "eponym", "apgar_birth")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Midwife here. Baby of {p.f}, delivered 03:12, Apgar 7 at one minute and 9 at "
            f"five. Partner {q.f} asked what the scores mean. Explain it to a worried parent, "
            f"and draft a note I can give {p.g} before discharge.")


@T("personal_clinical", "followup", "followup_table")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Which of these patients should I phone first after yesterday's results?\n"
            "| patient | result | phone |\n|---|---|---|\n"
            f"| {p.f}, DOB {d.dob()} | potassium 6.1 | {d.phone()} |\n"
            f"| {q.f} | INR 4.8 on warfarin | {d.phone()} |\n"
            f"| {r.f} | ferritin 9 | {d.phone()} |")


@T("personal_clinical", "followup", "clinic_list")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Tomorrow's diabetic foot clinic:\n"
            f"1. {p.f} — ulcer left heel, review dressing\n"
            f"2. {q.t} — new referral, Charcot foot?\n"
            f"3. {r.f}, DOB {d.dob()} — annual check\n"
            "Suggest how long each appointment needs.")


# ================================================================ personal_education
# teachers, lecturers, tutors: pupils, students, parents, colleagues

@T("personal_education", "report", "lower_report_comment", case="lower")
def _(d, i):
    p = d.person()
    return (f"Write an end-of-year report comment (80 words) for {p.f}, Year 9 maths: strong on "
            f"Pythagoras' theorem and simultaneous equations, careless with negative numbers, "
            f"very quiet in class. Address {p.g} directly in the last sentence.")


@T("personal_education", "report", "lower_report_notes", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"report notes, yr 5: {p.gs} - reading age up a year, loves the roald dahl "
            f"books, still needs reminders with times tables. {q.f} - great at art, struggles to "
            "settle after lunch. turn these into two kind paragraphs for parents")


@T("personal_education", "parent", "email_to_parent")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Draft an e-mail to {q.t} ({q.e}) about {p.g}, who has handed in no history "
            "homework since half term. Suggest a meeting on Thursday after school; keep it "
            "supportive, not accusing.")


@T("personal_education", "parent", "quoted_parent_email")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"A parent wrote this; help me answer it.\n\n> Dear teacher, my child {p.g} says "
            f"another pupil, {q.f}, takes my child's lunch every day. {p.g} doesn't want to come to "
            f"school. Please call me on {d.phone()}.\n> {d.person().f}")


@T("personal_education", "marks", "marks_table")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Write one line of feedback per student on their Macbeth essays:\n"
            "| student | mark | note |\n|---|---|---|\n"
            f"| {p.f} | 14/20 | good on Lady Macbeth, thin on context |\n"
            f"| {q.f} | 9/20 | retells the plot |\n"
            f"| {r.f} | 18/20 | excellent use of quotations |")


@T("personal_education", "marks", "marks_list")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Grade boundaries are 40/55/70. Who passed, who got merit, who got distinction?\n"
            f"{p.s}, {p.g}: 68\n{q.s}, {q.g}: 39\n{r.s}, {r.g}: 71\n"
            f"Then draft a note to {q.g} about the resit.")


@T("personal_education", "reference", "reference_letter")
def _(d, i):
    p = d.person()
    return (f"I'm writing a UCAS reference for {p.f}, who wants to read medicine. {p.g} led the "
            "school's Model United Nations, got an A in chemistry and volunteers at a care "
            f"home on Saturdays. Draft 300 words; mention that {p.g} won the school's Rosalind "
            "Franklin science prize.")


@T("personal_education", "reference", "extension_request")
def _(d, i):
    p = d.person()
    return (f"One of my students, {p.f} ({p.e}), asked for a two-week extension on the "
            f"dissertation because of a bereavement. {p.g}'s phone is {d.phone()}. How do I "
            "reply, and what does our extenuating-circumstances process usually need?")


@T("personal_education", "caps", "caps_trip_letter", case="upper")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"TRIP TO THE NATURAL HISTORY MUSEUM, FRIDAY. PUPIL: {p.f}, DOB {d.dob('child')}, OF "
            f"{a.inline}. EMERGENCY CONTACT: "
            f"{q.f}, {d.phone()}. ALLERGY: NUTS. MAKE THIS INTO A ONE-PAGE CONSENT FORM "
            "FOR PARENTS.")


@T("personal_education", "caps", "caps_detention_note", case="upper")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"DETENTION LIST WEDNESDAY: {p.f} (DOB {d.dob('child')}), {q.f}. BOTH ON THEIR THIRD "
            f"WARNING. WRITE A SHORT LETTER HOME TO {p.s}'S PARENTS AT\n{a.block}\n"
            f"AND E-MAIL A COPY TO {p.e}.")


@T("personal_education", "seminar", "seminar_notes")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return (f"Notes from Tuesday's seminar on Kant's categorical imperative: {p.f} argued that "
            f"lying to the murderer at the door is permissible; {q.f} defended Kant; {r.g} "
            "brought in Mill and rule utilitarianism. Summarise the discussion for students who "
            f"missed it, crediting {p.g}, {q.g} and {r.g} by name.")


@T("personal_education", "seminar", "supervision_minutes")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Minutes, PhD supervision, 14 Nov. Present: Dr {q.s}, {p.f}.\n"
            f"1. {p.g}'s chapter 2 (Bayesian hierarchical models) needs a proper literature "
            "review.\n"
            f"2. {q.s} to check whether the Gelman–Rubin diagnostic is reported.\n"
            f"3. Next meeting: {p.g} to send draft to {q.e}.\n"
            "Turn these minutes into a to-do list for each of us.")


# ================================================================ personal_media_research
# journalists, researchers: sources, interviewees, participants, people in the news

@T("personal_media_research", "interview", "interview_notes")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Interview notes, {p.f}, former care worker, lives in {a.town}. Says agency staff "
            f"were told to log visits they never made. Has payslips. Mobile {a.ph}. Off the "
            f"record until the agency replies. Write me three follow-up questions for {p.g}.")


@T("personal_media_research", "interview", "source_summary")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Summarise what my source {p.f} told me, for the editor: {p.g} worked at the "
            f"recycling plant for six years, saw drums dumped in the river twice, reported it to "
            f"supervisor {q.f}, and was moved to nights. Keep {p.g}'s words where possible.")


@T("personal_media_research", "transcript", "interview_transcript")
def _(d, i):
    p = d.person()
    up = p.given_.upper()
    return (f"Clean up this transcript and pull out the best two quotes.\n\n"
            f"Q: How long have you run the food bank?\n{P(up)}: Since 2016, after the mill "
            f"closed.\nQ: And now?\n{P(up)}: Three hundred families a week. I'm {p.f}, by the "
            "way, you can use my name.")


@T("personal_media_research", "transcript", "focus_group_transcript")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Focus group 3, transcript excerpt:\n{p.g}: The bus stopped coming in April.\n"
            f"{q.g}: My mum can't get to the GP now.\n{p.g}: We wrote to the council twice.\n"
            f"Code this with Braun and Clarke's thematic analysis and replace {p.g} and "
            f"{q.g} with P1 and P2.")


@T("personal_media_research", "participants", "participant_table")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Pseudonymise this participant table before I share it with my co-author:\n"
            "| name | e-mail | group |\n|---|---|---|\n"
            f"| {p.f} | {p.e} | control |\n| {q.f} | {q.e} | intervention |\n"
            f"| {r.f} | {r.e} | intervention |")


@T("personal_media_research", "participants", "consent_list")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Consent forms still missing from: {p.f} (phone {d.phone()}), {q.f} (DOB "
            f"{d.dob()}). Write a reminder text for each that explains the study in two "
            "sentences and says they can withdraw at any time.")


@T("personal_media_research", "lower", "lower_naming_question", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"is it ok to name {p.f} in the piece? {p.g} is a private citizen who filmed the "
            f"police stop on a phone. the neighbour {q.f} also gave us a quote but asked to "
            "be anonymous. what does the ipso editors' code say?")


@T("personal_media_research", "lower", "lower_quote_check", case="lower")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"quote check before we publish: {p.gs} said 'the landlord never fixed the "
            f"damp in three winters'. landlord is {q.f}, we have {q.g}'s number {d.phone()} "
            "for right of reply. draft the right of reply e-mail")


@T("personal_media_research", "obituary", "local_obituary")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Write a 150-word obituary for the local paper: {p.f}, born {d.dob('old')}, ran the "
            f"village post office for 31 years, sang in the choir, leaves a partner, {q.f}, and "
            f"two grandchildren. Neighbours remember {p.g} for the Christmas cake.")


@T("personal_media_research", "obituary", "community_profile")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Draft a 200-word 'local hero' profile of {p.f} (born {d.dob('old')}), who has coached junior "
            f"football in {a.town} for 40 years. {p.g} still lines the pitch every Saturday. "
            "Quote from the club chairman to follow.")


@T("personal_media_research", "caps", "caps_reader_tip", case="upper")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"TIP FROM READER: {p.f} SAYS THE COUNCILLOR'S COUSIN {q.f} GOT THE PARKING CONTRACT "
            f"WITHOUT A TENDER. CALL BACK ON {d.phone()}. WHAT DOCUMENTS SHOULD WE REQUEST UNDER "
            "FOI FIRST?")


@T("personal_media_research", "caps", "caps_newsdesk_note", case="upper")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"NEWSDESK: HOUSE FIRE AT {a.inline}. OCCUPANT {p.f} TAKEN TO HOSPITAL. DO NOT "
            "PUBLISH THE ADDRESS. WRITE A 60-WORD BREAKING NEWS PAR WITHOUT IT.")


# ================================================================ personal_business
# recruiters, estate agents, engineers, accountants: candidates, vendors, tenants, colleagues

@T("personal_business", "cv", "cv_summary")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Summarise this CV in five bullets for the hiring manager:\n\n{p.f}\n{a.inline}\n"
            f"{a.ph} | {p.e}\nStructural engineer, 8 years. Revit, ETABS, Eurocode 2.\n"
            "Chartered 2019. Led the footbridge at the county showground.")


@T("personal_business", "cv", "candidate_shortlist")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return ("Rank these candidates for a senior payroll role and explain why:\n"
            f"- {p.f}: Sage and Xero, 6 yrs, notice 1 month, {d.phone()}\n"
            f"- {q.f}: SAP, 12 yrs, wants hybrid, {q.e}\n"
            f"- {r.f}: newly CIPP-qualified, available now")


@T("personal_business", "valuation", "valuation_notes")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Valuation notes:\n{a.block}\nVendor: {p.f}, {a.ph}\n3-bed semi, new boiler "
            "(Worcester Bosch), damp in rear bedroom, garden south-facing.\n"
            "Write the listing description (120 words) without the damp, and a separate note "
            f"to {p.g} about it.")


@T("personal_business", "valuation", "lower_tenancy_notes", case="lower")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"tenant {p.f} at {a.inline} is 2 months behind on rent, says {q.g} from our "
            f"office agreed a payment plan by phone. {p.g}'s mobile {a.ph}. what notice do i "
            "serve and can i still honour the plan?")


@T("personal_business", "reference", "reference_request")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Draft an e-mail to {q.f} ({q.e}) asking for a reference for {p.f}, who reported "
            f"to {q.g} at their last company. Ask about reliability and how {p.g} handled "
            "month-end close.")


@T("personal_business", "reference", "offer_letter")
def _(d, i):
    p, a = d.person(), d.addr()
    return (f"Write an offer letter to {p.f}, {a.inline}, for the role of site engineer, "
            f"start date 6 January, probation 6 months. Salary to be confirmed by {d.person().f} "
            "in finance; leave a placeholder.")


@T("personal_business", "minutes", "site_minutes")
def _(d, i):
    p, q, r = d.person(), d.person(), d.person()
    return (f"Site meeting minutes, 3 Dec. Attendees: {p.f} (client), {q.f} (M&E), {r.f} "
            "(QS).\n- Concrete pour delayed: cube results below C32/40.\n"
            f"- {q.g} to resubmit the AHU drawings.\n- {r.s} to price the variation.\n"
            "Turn into an action log with owners and dates.")


@T("personal_business", "minutes", "snagging_list")
def _(d, i):
    p, q = d.person(), d.person()
    return (f"Snagging walk-round with {p.f} at plot 14:\n- cracked tile, en-suite\n"
            f"- extractor not wired (electrician {q.g}, {d.phone()})\n- front door drags\n"
            f"Write a polite e-mail to {p.g} at {p.e} listing the fixes and a date.")


@T("personal_business", "viewing", "viewing_booking")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"VIEWING BOOKED — Sat 10:30, {a.inline}. Applicant {p.f}, {d.phone()}. Current tenant "
            f"{q.f} needs 24 hours' notice. Write the notice to {q.g} and a confirmation text "
            f"to {p.g}.")


@T("personal_business", "viewing", "interview_invite")
def _(d, i):
    p, q, a = d.person(), d.person(), d.addr()
    return (f"Invite {p.f} to a second interview on Tuesday at 2 pm with {q.f} and our CFO. "
            f"Send to {p.e} and post a copy to {a.inline}. Mention that {p.g} should bring a worked example of a cash-flow "
            "forecast in Excel.")


@T("personal_business", "one_line", "lower_fit_question", case="lower")
def _(d, i):
    p = d.person()
    return (f"Is {p.f} a good fit for a senior structural engineer role if {p.g} has only "
            "worked on timber frames?")


@T("personal_business", "one_line", "lower_counter_offer", case="lower")
def _(d, i):
    p = d.person()
    return (f"{p.f} just got a counter-offer from their current employer; what do I say to "
            f"{p.g} on the call at 4?")


# ================================================================ clean_law
# case names, doctrines and statutes named after people, public litigants, sample people

C("clean_law", "case_brief", "case_brief", [
    "Summarise Donoghue v Stevenson [1932] AC 562 in five bullet points for a first-year tort "
    "class, and explain Lord Atkin's neighbour principle.",
    "Give me the facts, issue and holding of Marbury v. Madison, and why Chief Justice "
    "John Marshall's opinion still matters for judicial review.",
])
C("clean_law", "case_brief", "case_compare", [
    "Compare Carlill v Carbolic Smoke Ball Co with Partridge v Crittenden on offer and "
    "invitation to treat. A table, please.",
    "How did Brown v. Board of Education overrule Plessy v. Ferguson? Mention Thurgood "
    "Marshall's role and Earl Warren's unanimous court.",
])
C("clean_law", "doctrine", "doctrine_question", [
    "Revision table, please add a 'still good law?' column:\n| case | principle |\n|---|---|\n| Associated Provincial Picture Houses v Wednesbury | unreasonableness |\n| CCSU v Minister for the Civil Service (GCHQ) | illegality, irrationality, procedural impropriety |\n| R (Miller) v The Prime Minister | prorogation is justiciable |",
    'Explain these for a paralegal who trained in Germany:\n1. the Miranda warning\n2. the Chevron doctrine (was it overruled in Loper Bright?)\n3. the Monroe Doctrine, which a client keeps mixing up with the other two',
])
C("clean_law", "doctrine", "doctrine_exam", [
    'Lecture notes, week 4 (tort):\n- Rylands v Fletcher (1868): escape of dangerous things\n- Cambridge Water v Eastern Counties Leather: foreseeability added\n- Transco v Stockport MBC: the rule survives, narrowly\nWrite three exam questions with model answers from these notes.',
    'Moot problem, first draft:\nAppellant: [CLAIMANT]\nRespondent: [HOSPITAL TRUST]\nIssue: consent after Montgomery v Lanarkshire Health Board; are Bolam and Bolitho still relevant?\nTidy this into a one-page moot problem with two grounds of appeal.',
])
C("clean_law", "template", "placeholder_letter", [
    "Draft a letter before action. Use [CLIENT NAME], [CLIENT ADDRESS] and [DEFENDANT] as "
    "placeholders; I'll fill them in from the case management system.",
    "Make me a reusable engagement letter with {{client_name}}, {{matter_ref}} and "
    "{{fee_earner}} merge fields for our Clio template.",
])
C("clean_law", "template", "sample_party", [
    "In a training pack on US civil procedure, is it fine to use John Doe and Jane Roe as the "
    "parties, or does that confuse students because of Roe v. Wade?",
    "For a German contract law handout I'll use Max Mustermann as buyer and Erika Mustermann "
    "as seller. Write the sale-of-goods scenario around them.",
])
C("clean_law", "lower", "lower_case_question", [
    "quick one: what did the supreme court decide in obergefell v. hodges, and which justice "
    "wrote the majority opinion? was it kennedy?",
    "what's the difference between the salomon v salomon principle and piercing the corporate "
    "veil in prest v petrodel? keep it short",
], case="lower")
C("clean_law", "lower", "lower_statute_question", [
    "is clare's law the same thing as sarah's law? explain both to a trainee solicitor in two "
    "paragraphs",
    "what does megan's law require in new jersey, and how does it compare with the adam walsh "
    "act?",
], case="lower")
C("clean_law", "public_litigant", "public_litigant", [
    "Summarise the defamation trial Depp v News Group Newspapers and what Mr Justice Nicol "
    "found about The Sun's article.",
    "What were the key legal issues in Oracle v. Google over the Java API, and why did Justice "
    "Breyer's fair-use reasoning matter?",
])
C("clean_law", "public_litigant", "public_prosecution", [
    "Outline the charges and the verdict in the Elizabeth Holmes trial, and how Theranos "
    "investors were found to have been misled.",
    "How did the Sam Bankman-Fried prosecution use testimony from Caroline Ellison, and what "
    "sentence did Judge Lewis Kaplan impose?",
])
C("clean_law", "caps", "caps_law_heading", [
    "MAKE A REVISION TABLE: SALOMON V SALOMON, FOSS V HARBOTTLE, HEDLEY BYRNE V HELLER. "
    "COLUMNS: PRINCIPLE, FACTS, WHY IT MATTERS.",
    "EXPLAIN THE HAGUE CONVENTION ON CHILD ABDUCTION IN 150 WORDS FOR A CLIENT LEAFLET. "
    "NO NAMES, USE 'THE PARENT' THROUGHOUT.",
], case="upper")
C("clean_law", "caps", "caps_law_outline", [
    "OUTLINE FOR MY TALK ON PALSGRAF V. LONG ISLAND RAILROAD: CARDOZO'S MAJORITY, ANDREWS' "
    "DISSENT, AND FORESEEABILITY TODAY.",
    "LIST THE MAIN HOLDINGS OF R V DUDLEY AND STEPHENS AND R V BROWN FOR A CRIMINAL LAW "
    "SEMINAR ON CONSENT AND NECESSITY.",
], case="upper")


# ================================================================ clean_medicine
# eponymous diseases, signs, scores and tests; drugs by brand; institutions named after people

C("clean_medicine", "eponym", "eponym_explain", [
    "Explain the difference between Crohn's disease and ulcerative colitis for a nursing "
    "student, including where skip lesions and Peyer's patches come in.",
    "What are Hodgkin and non-Hodgkin lymphoma, and what do Reed–Sternberg cells tell the "
    "pathologist?",
])
C("clean_medicine", "eponym", "eponym_quiz", [
    "Make a 10-question quiz on eponymous signs: Murphy's, McBurney's point, Kernig's, "
    "Brudzinski's, Babinski, Trousseau's, Chvostek's.",
    "Quiz me on syndromes named after people: Cushing's, Addison's, Guillain–Barré, "
    "Sjögren's, Tourette's, Asperger's and Kawasaki disease.",
])
C("clean_medicine", "score", "score_explain", [
    'Antenatal class handout, draft:\n- What is the Apgar score?\n- Who was Virginia Apgar?\n- What do 7 and 9 mean?\nFill in each bullet in two plain sentences.',
    'Explain these with a worked example each, made-up values:\n• Glasgow Coma Scale\n• Wells score for DVT\n• CURB-65',
])
C("clean_medicine", "score", "score_table", [
    'Fill in this table:\n| score | measures | range | when used |\n|---|---|---|---|\n| Apgar | | | |\n| Bishop score | | | |\n| Waterlow | | | |\n| Gleason | | | |',
    "Which of these can a practice nurse do?\n- Snellen chart\n- Ishihara test\n- Rinne and Weber tests\n- Romberg's test",
])
C("clean_medicine", "drug", "drug_brands", [
    "Patient leaflet in plain English: the difference between Ozempic, Wegovy and Mounjaro, "
    "and why Novo Nordisk and Eli Lilly have supply problems.",
    "Is Lipitor the same as atorvastatin? And Zocor, Crestor? Explain brand versus generic "
    "names for a pharmacy counter assistant.",
])
C("clean_medicine", "drug", "drug_history", [
    "Tell the story of penicillin: Alexander Fleming, Howard Florey and Ernst Chain, and why "
    "Dorothy Hodgkin's crystallography mattered.",
    "How did Frederick Banting and Charles Best discover insulin, and why did the Nobel Prize "
    "go to Banting and Macleod?",
])
C("clean_medicine", "lower", "lower_clinical_question", [
    "whats the first line treatment for parkinson's disease in someone under 65, and is "
    "madopar or sinemet preferred? nice guidance please",
    "can you explain the frank-starling law and why it matters in heart failure, like i'm a "
    "first year nursing student",
], case="lower")
C("clean_medicine", "lower", "lower_history_question", [
    "who was florence nightingale's rival mary seacole, and why is there a statue of her "
    "outside st thomas' hospital?",
    "did hippocrates actually write the hippocratic oath? and what did galen add? short "
    "answer for a med school podcast",
], case="lower")
C("clean_medicine", "institution", "institution_compare", [
    "Compare the residency programmes at Johns Hopkins, the Mayo Clinic and Mass General for "
    "an IMG applicant. What matters in the Match?",
    "I'm applying for a fellowship at the Karolinska Institutet and the Charité. How do their "
    "research cultures differ?",
])
C("clean_medicine", "institution", "institution_history", [
    "Write a 200-word history of Great Ormond Street Hospital and its link to J. M. Barrie's "
    "Peter Pan royalties.",
    "Who founded the Wellcome Trust, and how did Henry Wellcome's company become part of "
    "GlaxoSmithKline?",
])
C("clean_medicine", "soap_template", "soap_template", [
    "Give me a blank SOAP note template for a telephone consultation, with {{patient}}, "
    "{{dob}} and {{nhs_number}} as placeholders.",
    "Draft a discharge letter template: [PATIENT NAME], [DATE OF BIRTH], [GP PRACTICE]. "
    "Sections for diagnosis, medication changes and follow-up.",
])
C("clean_medicine", "soap_template", "sample_patient", [
    "For the EHR training sandbox, write a fake admission for the test patient John Doe, "
    "age 60, with a CHA2DS2-VASc score of 3.",
    "Our training slides use 'Joe Bloggs' as the example patient. Write a sample SBAR handover "
    "for Joe Bloggs with sepsis.",
])


# ================================================================ clean_teaching
# teachers, lecturers, researchers: theorems, units, constants, authors, scientists, history

C("clean_teaching", "theorem", "theorem_explain", [
    "Explain Bayes' theorem to a Year 12 class using a medical-test example, then show how it "
    "links to Laplace's rule of succession.",
    "Give an intuitive proof of Pythagoras' theorem and of Euler's formula e^(iπ) + 1 = 0 for "
    "a sixth-form enrichment session.",
])
C("clean_teaching", "theorem", "theorem_lesson", [
    "Plan a 50-minute lesson on the Gaussian distribution, the central limit theorem and "
    "Student's t-test (and who 'Student' was: William Sealy Gosset at Guinness).",
    "Lesson plan: Newton's laws of motion with a starter on Galileo's inclined plane and a "
    "plenary on Hooke's law.",
])
C("clean_teaching", "unit", "unit_question", [
    "Why is temperature measured in kelvin and not 'degrees Kelvin'? And how are the joule, "
    "the watt and the newton defined in SI?",
    "What are Avogadro's number, Planck's constant and the Boltzmann constant, and which of "
    "them were fixed exactly in the 2019 SI redefinition?",
])
C("clean_teaching", "unit", "unit_worksheet", [
    "Write a worksheet converting between pascals, bar and atmospheres, with a box on Blaise "
    "Pascal and Torricelli's barometer.",
    "Make ten practice questions on Ohm's law, Kirchhoff's laws and power in watts for GCSE "
    "physics, with answers.",
])
C("clean_teaching", "literature", "book_discussion", [
    "Book club for Year 12, my notes:\n- Things Fall Apart (Chinua Achebe): Okonkwo's pride\n- Death of a Salesman (Arthur Miller): Willy Loman's dream\nWrite five discussion questions comparing the two tragic heroes.",
    "Essay plan please.\nQuestion: How does memory work in Toni Morrison's Beloved and in Gabriel García Márquez's One Hundred Years of Solitude?\nIntro, three paragraphs, conclusion, with a quotation for each.",
])
C("clean_teaching", "literature", "author_unit", [
    "Scheme of work, draft:\nWeek 1: Jane Austen's life and Bath\nWeek 2-3: Pride and Prejudice\nWeek 4: Emma\nWeek 5: the 1995 BBC adaptation with Colin Firth vs Joe Wright's 2005 film\nWeek 6: assessment\nImprove this and add homework.",
    "Orwell unit:\n1. Animal Farm: Napoleon = Stalin, Snowball = Trotsky, Old Major = Marx or Lenin?\n2. Nineteen Eighty-Four: Big Brother, Emmanuel Goldstein, O'Brien\nCheck my allegory mapping and plan six lessons.",
])
C("clean_teaching", "history", "history_question", [
    "Why did Nelson Mandela spend 27 years in prison, and what role did F. W. de Klerk and "
    "Desmond Tutu play in ending apartheid?",
    "Explain the causes of the First World War from the assassination of Archduke Franz "
    "Ferdinand by Gavrilo Princip to Kaiser Wilhelm II's blank cheque.",
])
C("clean_teaching", "history", "history_source", [
    "Write a source-analysis task on Emmeline Pankhurst's 'Freedom or Death' speech, with a "
    "mark scheme for a 16-mark question.",
    "Compare Simón Bolívar and José de San Martín as liberators. A two-column table for "
    "Year 10, then three essay prompts.",
])
C("clean_teaching", "lower", "lower_science_question", [
    "why did marie curie win two nobel prizes, and what were polonium and radium named "
    "after? simple answer for a 12 year old",
    "explain darwin vs lamarck on evolution, and where does alfred russel wallace fit in? "
    "bullet points",
], case="lower")
C("clean_teaching", "lower", "lower_research_question", [
    "in a mixed methods paper, should i cite creswell or tashakkori and teddlie for the "
    "convergent design? also how do i cite cronbach's alpha properly in apa 7",
    "what is the difference between a mann-whitney u test and a wilcoxon signed-rank test, "
    "and when would pearson's r be wrong?",
], case="lower")
C("clean_teaching", "caps", "caps_display", [
    "CLASSROOM DISPLAY TITLES: EINSTEIN, ADA LOVELACE, ALAN TURING, KATHERINE JOHNSON, "
    "TU YOUYOU. ONE LINE ABOUT EACH, UNDER 15 WORDS.",
    "WRITE A TIMELINE POSTER: ARCHIMEDES, AL-KHWARIZMI, FIBONACCI, DESCARTES, NEWTON, "
    "EMMY NOETHER, SRINIVASA RAMANUJAN.",
], case="upper")
C("clean_teaching", "caps", "caps_quiz", [
    "PUB-QUIZ ROUND FOR THE STAFFROOM: 8 QUESTIONS ON NOBEL LAUREATES IN LITERATURE "
    "(SOYINKA, MAHFOUZ, ISHIGURO, TOKARCZUK, MUNRO, HAN KANG).",
    "END-OF-TERM QUIZ: WHO PAINTED GUERNICA, THE STARRY NIGHT, THE GIRL WITH A PEARL "
    "EARRING AND THE TWO FRIDAS? ANSWERS AT THE BOTTOM.",
], case="upper")


# ================================================================ clean_newsroom
# journalists: politicians and heads of state, companies and executives, athletes, artists

C("clean_newsroom", "politics", "politics_explainer", [
    "Explainer, 300 words. Points to hit:\n- Emmanuel Macron's 2024 snap election\n- Michel Barnier, then François Bayrou as prime minister\n- what the Assemblée nationale can do with a censure motion",
    "Background for a piece on India:\n• Narendra Modi's BJP lost its majority in 2024\n• coalition partners: Chandrababu Naidu (TDP), Nitish Kumar (JD(U))\n• Rahul Gandhi as leader of the opposition\nTurn into three short paragraphs.",
])
C("clean_newsroom", "politics", "politics_compare", [
    'Fill in:\n| | Lula da Silva | Javier Milei |\n|---|---|---|\n| inflation policy | | |\n| central bank | | |\n| public spending | | |\nand list sources I should check.',
    'Timeline of South Korean presidents since Kim Dae-jung, one line each:\nKim Dae-jung -\nRoh Moo-hyun -\nLee Myung-bak -\nPark Geun-hye - (impeached)\nMoon Jae-in -\nYoon Suk Yeol - (impeached)',
])
C("clean_newsroom", "business", "ceo_profile", [
    "Draft a profile outline of Satya Nadella's time at Microsoft, from the Azure push to the "
    "OpenAI deal, and how it differs from Steve Ballmer's era.",
    "What did Ratan Tata change at Tata Sons, and how did the Cyrus Mistry dispute end? "
    "Short backgrounder.",
])
C("clean_newsroom", "business", "company_results", [
    "Summarise Nvidia's last earnings for a general reader: what Jensen Huang said about "
    "Blackwell and data-centre demand.",
    "Explain how LVMH under Bernard Arnault grew through acquisitions like Tiffany and "
    "Dior, in six bullet points.",
])
C("clean_newsroom", "sport_arts", "sport_piece", [
    "Headline options for a piece on Faith Kipyegon's world records, comparing her with "
    "Sifan Hassan over 5000 m.",
    "Write a match preview on Real Madrid v Barcelona focusing on Jude Bellingham and Lamine "
    "Yamal, 250 words.",
])
C("clean_newsroom", "sport_arts", "arts_review", [
    "Help me structure a review of the new Frida Kahlo and Diego Rivera exhibition; what "
    "context should readers get about their marriage?",
    "Write a 150-word preview of Yayoi Kusama's retrospective, with a line on her infinity "
    "rooms and on Tate Modern.",
])
C("clean_newsroom", "lower", "lower_fact_check", [
    "fact check: did winston churchill really say 'success is not final, failure is not "
    "fatal'? and the einstein quote about insanity?",
    "was it angela merkel or helmut kohl who said 'wir schaffen das'? and what did olaf "
    "scholz say about the zeitenwende?",
], case="lower")
C("clean_newsroom", "lower", "lower_headline", [
    "give me 5 headlines for a story on taylor swift's eras tour and its effect on hotel "
    "prices, none with puns please",
    "rewrite this lede so it's less dry: 'cyril ramaphosa announced the new cabinet on "
    "sunday after the anc lost its majority'",
], case="lower")
C("clean_newsroom", "style", "style_guide", [
    "Our style guide says 'Ms' for every woman. How should I refer to Ursula von der Leyen, "
    "Kamala Harris and Giorgia Meloni on second mention?",
    "How do I romanise and order names like Xi Jinping, Shinzo Abe and Nguyen Phu Trong on "
    "second reference? AP style vs the Guardian.",
])
C("clean_newsroom", "style", "style_question", [
    "Is it 'Volodymyr Zelensky' or 'Zelenskyy', and 'Kyiv' or 'Kiev'? Explain the choice for "
    "our readers' editor.",
    "Should we write 'the late Queen Elizabeth II' or just 'Elizabeth II' in a story about "
    "King Charles III's coronation anniversary?",
])
C("clean_newsroom", "history", "anniversary_piece", [
    "Ideas for a 30th-anniversary piece on the Rwandan genocide: Paul Kagame, Roméo Dallaire, "
    "and the UN's failure.",
    "Pitch me five angles for the 50th anniversary of Watergate, beyond Woodward and "
    "Bernstein and Nixon's resignation.",
])
C("clean_newsroom", "history", "obituary_public", [
    "Draft an obituary outline for a public figure: use Jimmy Carter as the example, from "
    "peanut farm to the Carter Center.",
    "What should an obituary of Ngũgĩ wa Thiong'o cover? Decolonising the Mind, his "
    "imprisonment, the Nobel speculation.",
])


# ================================================================ clean_office
# accountants, recruiters, estate agents, engineers: tools, standards, templates, sample people

C("clean_office", "tools", "tools_compare", [
    "For a small accounting practice: Xero or QuickBooks or Sage? And does Dext work with "
    "all three for receipts?",
    "Estate agency CRM: Reapit vs Alto vs Jupix. Also, is Rightmove or Zoopla better for "
    "rentals in the north?",
])
C("clean_office", "tools", "tools_howto", [
    "In Excel, how do I use XLOOKUP instead of VLOOKUP, and what is a Power Query merge? "
    "Step by step, please.",
    "How do I set up a Greenhouse scorecard and push offers to Workday? Our recruiters use "
    "LinkedIn Recruiter too.",
])
C("clean_office", "standards", "engineering_standard", [
    'Design check notes:\n- column UC 203x203x46, L = 4.2 m\n- Euler buckling load?\n- BS EN 1993-1-1 buckling curve b, Perry–Robertson\nExplain each step; use made-up numbers where I left gaps.',
    'Pipe flow, help me understand:\n1. the Bernoulli equation\n2. Darcy–Weisbach with the Colebrook–White friction factor\n3. Hazen–Williams, and when it is good enough\nA worked example for a 150 mm pipe, please.',
])
C("clean_office", "standards", "engineering_method", [
    "Graduate training session outline:\n- Mohr's circle for plane stress\n- Tresca vs von Mises\n- Poisson's ratio and Young's modulus refresher\nTurn it into a 45-minute plan with one exercise.",
    'Site instrumentation notes:\nWheatstone bridge -> strain gauges on the deck\nFourier transform of the accelerometer data\nRayleigh damping in the FE model\nExplain how these fit together for vibration monitoring.',
])
C("clean_office", "template", "recruiting_template", [
    "Write an interview invitation template with {candidate_first_name}, {role} and "
    "{interview_slot} placeholders, for Greenhouse.",
    "Rejection e-mail template for unsuccessful candidates: [Candidate Name], [Job Title], "
    "[Recruiter]. Warm, short, no false promises.",
])
C("clean_office", "template", "sample_people", [
    "Make a sample payroll CSV for training with the classic dummy names: Joe Bloggs, "
    "Jane Doe, John Smith. Include tax codes like 1257L.",
    "Our UK form guide uses 'A. N. Other' and 'Joe Public'. Write the example filled-in "
    "tenancy application with those names.",
])
C("clean_office", "lower", "lower_accounting", [
    "whats the difference between fifo and lifo, and why does ifrs ban lifo when us gaap "
    "doesn't? short please",
    "explain the benford's law test for fraud in a sales ledger, and is it worth it for a "
    "small audit?",
], case="lower")
C("clean_office", "lower", "lower_property", [
    "is the stamp duty threshold for first time buyers still 300k? and how does the renters "
    "rights bill change section 21?",
    "what does epc band c mean for landlords from 2028, and does a heat pump from vaillant "
    "or mitsubishi help the rating?",
], case="lower")
C("clean_office", "caps", "caps_office_notice", [
    "OFFICE NOTICE: FINANCE SYSTEM MOVES FROM SAGE 50 TO XERO ON 1 APRIL. WRITE A FAQ FOR "
    "STAFF, 6 QUESTIONS.",
    "HEALTH AND SAFETY BRIEFING: LADDER USE, LOTO, AND THE HILTI AND DEWALT TOOL RECALL. "
    "MAKE IT A ONE-PAGE CHECKLIST.",
], case="upper")
C("clean_office", "caps", "caps_listing_header", [
    "LISTING HEADLINE NEEDED: VICTORIAN TERRACE, WALK TO THE ROYAL ALBERT HALL AND THE V&A. "
    "FIVE OPTIONS, NO CLICHÉS.",
    "WRITE 3 SOCIAL POSTS FOR OUR NEW BRANCH NEAR CARNEGIE HALL AND ROCKEFELLER CENTER. "
    "NO EMOJIS, UNDER 40 WORDS EACH.",
], case="upper")
C("clean_office", "career", "career_question", [
    "How did Warren Buffett's Berkshire Hathaway letters influence audit committees? Any "
    "lessons for a junior accountant?",
    "What can recruiters learn from how Reed Hastings described Netflix's keeper test in "
    "No Rules Rules?",
])
C("clean_office", "career", "career_history", [
    "Who was Luca Pacioli, and is he really the father of double-entry bookkeeping? Short "
    "history for an AAT class.",
    "Tell me about Isambard Kingdom Brunel's Clifton Suspension Bridge and what engineers "
    "today still learn from it.",
])


# ---------------------------------------------------------------- build and check


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def split_templates():
    pairs = {}
    for t in TEMPLATES:
        pairs.setdefault((t[0], t[1]), []).append(t)
    tune, holdout = [], []
    for key, twins in pairs.items():
        assert len(twins) == 2, (key, [t[2] for t in twins])
        a, b = sorted(twins, key=lambda t: sha(f"stranger8/{t[0]}/{t[2]}"))
        holdout.append(a)
        tune.append(b)
    return tune, holdout


POOLS = {"tune": (TUNE_PEOPLE, TUNE_ADDRS, TUNE_PHONES, TUNE_DOBS),
         "holdout": (HOLDOUT_PEOPLE, HOLDOUT_ADDRS, HOLDOUT_PHONES, HOLDOUT_DOBS)}


def build():
    tune_t, holdout_t = split_templates()
    out = {}
    for split, temps in (("tune", tune_t), ("holdout", holdout_t)):
        rng = random.Random(f"{SEED}-{split}")
        d = Draw(rng, *POOLS[split])
        rows = []
        order = {t[2]: n for n, t in enumerate(TEMPLATES)}
        for cls, _pair, name, case, n_rows, fn in sorted(temps, key=lambda t: order[t[2]]):
            for i in range(n_rows):
                d.new_row()
                text, spans = unmark(fn(d, i), case)
                rows.append({"id": f"stranger8-{cls}-{name}-{i}", "text": text, "spans": spans,
                             "source": SOURCE, "class": cls, "template": name, "locale": ""})
        out[split] = (rows, d)
    return out


def name_tokens(pool):
    toks = set()
    for p in pool:
        for s in (p.given_, p.family_, p.full_):
            toks |= {t.lower() for t in re.findall(r"[^\W\d_]+", s) if len(t) >= 3}
    return toks


def check(out):
    texts, ids = set(), set()
    values = {}
    for split, (rows, d) in out.items():
        values[split] = set()
        for r in rows:
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            assert r["text"] not in texts, r["id"]
            texts.add(r["text"])
            assert r["locale"] == ""
            last = 0
            for s in r["spans"]:
                assert s["type"] in TYPES, (r["id"], s)
                assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
                assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
                assert s["start"] >= last, (r["id"], s)
                last = s["end"]
                values[split].add(s["value"].lower())
            if r["class"].startswith("clean_"):
                assert not r["spans"], r["id"]
            else:
                assert r["spans"], r["id"]
        # every private person, address and phone is used
        for kind, counts in d.used.items():
            assert all(counts.values()), (split, kind, [i for i, c in counts.items() if not c])
    tune_t = {r["template"] for r in out["tune"][0]}
    hold_t = {r["template"] for r in out["holdout"][0]}
    assert not tune_t & hold_t, tune_t & hold_t
    shared = values["tune"] & values["holdout"]
    assert not shared, shared
    shared = name_tokens(TUNE_PEOPLE) & name_tokens(HOLDOUT_PEOPLE)
    assert not shared, shared
    towns = {a.town_ for a in TUNE_ADDRS} & {a.town_ for a in HOLDOUT_ADDRS}
    assert not towns, towns
    phones = ({a.phone_ for a in TUNE_ADDRS} | set(TUNE_PHONES)) & \
             ({a.phone_ for a in HOLDOUT_ADDRS} | set(HOLDOUT_PHONES))
    assert not phones, phones


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    out = build()
    check(out)
    data = {f"{split}.jsonl": dump(rows) for split, (rows, _) in out.items()}
    if "--check" in sys.argv[1:]:
        bad = 0
        for name, text in data.items():
            path = HERE / name
            if path.exists() and path.read_text(encoding="utf-8") == text:
                print(f"{name}: unchanged")
            else:
                print(f"{name}: differs from a fresh build")
                bad = 1
        sys.exit(bad)
    for name, text in data.items():
        (HERE / name).write_text(text, encoding="utf-8")
    for split, (rows, _) in out.items():
        classes, types = {}, {}
        for r in rows:
            c = classes.setdefault(r["class"], [0, set()])
            c[0] += 1
            c[1].add(r["template"])
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
        clean = sum(1 for r in rows if r["class"].startswith("clean_"))
        lower = sum(1 for r in rows if r["text"] == r["text"].lower())
        upper = sum(1 for r in rows if r["text"] == r["text"].upper())
        print(f"{split}.jsonl: {len(rows)} rows ({len(rows) - clean} personal, {clean} PII-free;"
              f" {lower} lower case, {upper} capitals)")
        for cls in sorted(classes):
            print(f"  {cls:28s} {classes[cls][0]:3d} rows {len(classes[cls][1]):2d} templates")
        print("  spans: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
        print("  sha256 " + sha(data[f"{split}.jsonl"]))


if __name__ == "__main__":
    main()
