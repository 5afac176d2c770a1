#!/usr/bin/env python3
"""stranger7: a hand-written corpus of internal-tool traffic (chat UIs, IDE assistants, agents,
scripts), written blind. Standard library only, seeded, deterministic.

    python3 eval/stranger7/build.py          # writes tune.jsonl and holdout.jsonl next to this file
    python3 eval/stranger7/build.py --check  # exit 1 if the files on disk differ from a fresh build

Templates write markers  ⟦TYPE|value⟧ ; unmark() strips them and computes span offsets.
Templates come in twin pairs (same kind of data, said differently); for each pair the twin whose
sha256("stranger7/<class>/<template>") is smaller goes to holdout, the other to tune.
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 70219
HERE = Path(__file__).resolve().parent
SOURCE = "eval/stranger7/build.py"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"}

# --------------------------------------------------------------------------- markers

def PER(s): return f"⟦PERSON|{s}⟧"
def LOC(s): return f"⟦LOCATION|{s}⟧"
def PH(s): return f"⟦PHONE_NUMBER|{s}⟧"
def EM(s): return f"⟦EMAIL_ADDRESS|{s}⟧"

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def unmark(marked):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        typ, val = m.group(1), m.group(2)
        spans.append({"start": n, "end": n + len(val), "type": typ, "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans

# --------------------------------------------------------------------------- people

FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D",
                      "æ": "ae", "ß": "ss", "ð": "d", "þ": "th"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, given, family, tag, order="gf"):
        self.g, self.f, self.tag, self.order = given, family, tag, order
        self.full = f"{family} {given}" if order == "fg" else f"{given} {family}"
        d = int(hashlib.sha256(self.full.encode()).hexdigest(), 16)
        self.num = d % 89 + 10

    # marked forms
    @property
    def N(self): return PER(self.full)
    @property
    def G(self): return PER(self.g)
    @property
    def F(self): return PER(self.f)
    @property
    def LOW(self): return PER(self.full.lower())
    @property
    def UP(self): return PER(self.full.upper())

    # handles (raw strings; wrap with PER)
    @property
    def fg(self): return fold(self.g)
    @property
    def ff(self):
        return HANDLE_FAMILY.get(self.f, fold(self.f))
    def h_initsur(self): return self.fg[0] + self.ff
    def h_surinit(self): return self.ff + self.fg[0]
    def h_dot(self): return f"{self.fg}.{self.ff}"
    def h_us(self): return f"{self.fg}_{self.ff}"
    def h_num(self): return f"{self.fg[0]}{self.ff}{self.num}"
    def h_trunc(self): return (self.ff[:5] + self.fg[:2])
    def h_first(self): return f"{self.fg}.{self.ff[0]}"
    def h_idot(self): return f"{self.fg[0]}.{self.ff}"
    def email(self, dom): return f"{self.h_dot()}@{dom}"


P = Person
# how a workplace directory would shorten a family name with a particle or several parts
HANDLE_FAMILY = {"binti Hassan": "hassan", "bin Othman": "othman", "bin Rashid": "rashid",
                 "Trần Minh": "tran", "Phạm Thu": "pham"}
TUNE_PEOPLE = [
    P("Chidinma", "Okafor", "ig_NG"), P("Kwabena", "Asante", "ak_GH"), P("Wanjiru", "Kamau", "ki_KE"),
    P("Tendai", "Moyo", "sn_ZW"), P("Fatou", "Diallo", "ff_SN"), P("Yusuf", "al-Khatib", "ar_JO"),
    P("Shirin", "Tehrani", "fa_IR"), P("Priyanka", "Raghavan", "ta_IN"), P("Harpreet", "Sandhu", "pa_IN"),
    P("Khoa", "Trần Minh", "vi_VN", "fg"), P("Azlina", "binti Hassan", "ms_MY"), P("Xiaoyu", "Liang", "zh_CN", "fg"),
    P("Ji-won", "Park", "ko_KR", "fg"), P("Haruto", "Kobayashi", "ja_JP"), P("Sione", "Taufa", "to_TO"),
    P("Mateo", "Quispe", "qu_PE"), P("Lucía", "Benítez", "es_PY"), P("Oksana", "Hrytsenko", "uk_UA"),
    P("Marek", "Dvořák", "cs_CZ"), P("Ingrid", "Solberg", "nb_NO"), P("Rasa", "Petrauskienė", "lt_LT"),
    P("Dimitra", "Papadaki", "el_GR"), P("Emre", "Yıldırım", "tr_TR"), P("Inês", "Carvalho", "pt_PT"),
    P("Siobhán", "Ó Briain", "ga_IE"), P("Rhys", "Pritchard", "cy_GB"), P("Hope", "Mabuza", "zu_ZA"),
    P("Grant", "Moss", "en_GB"), P("Rose", "Bishop", "en_US"), P("Joris", "van der Linden", "nl_NL"),
    P("Aigerim", "Zhaksylykova", "kk_KZ"), P("Mere", "Rangihuna", "mi_NZ"), P("Amani", "Mwakyusa", "sw_TZ"),
    P("Thiago", "Nogueira", "pt_BR"), P("Anneli", "Kask", "et_EE"), P("Bilal", "Chaudhry", "ur_PK"),
    P("Dawit", "Bekele", "am_ET"), P("Malia", "Kealoha", "haw_US"), P("Agnieszka", "Wróbel", "pl_PL"),
    P("Rizal", "Santoso", "id_ID"),
]
HOLD_PEOPLE = [
    P("Ngozi", "Eze", "ig_NG"), P("Adwoa", "Boateng", "ak_GH"), P("Otieno", "Ouma", "luo_KE"),
    P("Thandeka", "Dlamini", "zu_ZA"), P("Mamadou", "Sow", "wo_SN"), P("Khalid", "bin Rashid", "ar_AE"),
    P("Dariush", "Farahani", "fa_IR"), P("Lakshmi", "Venkatesan", "ta_IN"), P("Gurpreet", "Dhillon", "pa_IN"),
    P("Trang", "Phạm Thu", "vi_VN", "fg"), P("Faizal", "bin Othman", "ms_MY"), P("Wenjing", "Zhou", "zh_CN", "fg"),
    P("Young-mi", "Seo", "ko_KR", "fg"), P("Yui", "Matsumoto", "ja_JP"), P("Losa", "Fonoti", "sm_WS"),
    P("Ximena", "Huamán", "es_PE"), P("Joaquín", "Irigoyen", "es_AR"), P("Bogdan", "Kovalenko", "uk_UA"),
    P("Zuzana", "Horváthová", "sk_SK"), P("Sigrid", "Lindqvist", "sv_SE"), P("Jānis", "Ozoliņš", "lv_LV"),
    P("Stavros", "Anagnostou", "el_GR"), P("Ayşe", "Demirtaş", "tr_TR"), P("João", "Sequeira", "pt_PT"),
    P("Cathal", "Ó Dálaigh", "ga_IE"), P("Gwenllian", "Morgan", "cy_GB"), P("Faith", "Wambui", "ki_KE"),
    P("Wei", "Long", "zh_CN", "fg"), P("Sam", "Young", "en_AU"), P("Pieter", "de la Rey", "af_ZA"),
    P("Bolat", "Seitkali", "kk_KZ"), P("Aroha", "Tipene", "mi_NZ"), P("Baraka", "Mollel", "sw_TZ"),
    P("Rafaela", "Cunha", "pt_BR"), P("Mart", "Tamm", "et_EE"), P("Ayesha", "Siddiqui", "ur_PK"),
    P("Meron", "Tesfaye", "ti_ER"), P("Keoni", "Kahananui", "haw_US"), P("Rania", "al-Masri", "ar_LB"),
    P("Dawn", "Park", "en_US"),
]
# Dawn Park in holdout shares "Park" with Ji-won Park in tune -> replace to keep surnames disjoint
HOLD_PEOPLE[-1] = P("Dawn", "Fairweather", "en_US")


def A(lines, town, pc, street, country=""):
    return {"lines": lines, "town": town, "pc": pc, "street": street, "country": country}


# Address lines are written with markers; street line with number one span, flat/unit its own
# span, town one span, postcode one span, region and country each one span.
TUNE_ADDR = [
    A([LOC("Flat 2"), LOC("14 Heol y Bont"), LOC("Llandeilo"), LOC("SA19 6AB")], "Llandeilo", "SA19 6AB", "14 Heol y Bont", "Wales"),
    A([LOC("3 Church View"), LOC("Ballyjamesduff"), LOC("Co. Cavan"), LOC("A82 X2K4")], "Ballyjamesduff", "A82 X2K4", "3 Church View", "Ireland"),
    A([LOC("Lindenweg 12"), f"{LOC('35789')} {LOC('Weilmünster')}"], "Weilmünster", "35789", "Lindenweg 12", "Germany"),
    A([LOC("4 rue des Tanneurs"), f"{LOC('24200')} {LOC('Sarlat-la-Canéda')}"], "Sarlat-la-Canéda", "24200", "4 rue des Tanneurs", "France"),
    A([LOC("Kerkstraat 31"), f"{LOC('8271 AJ')} {LOC('IJsselmuiden')}"], "IJsselmuiden", "8271 AJ", "Kerkstraat 31", "Netherlands"),
    A([LOC("418 W Pine St"), LOC("Apt 3B"), f"{LOC('Lewisburg')}, {LOC('WV')} {LOC('24901')}"], "Lewisburg", "24901", "418 W Pine St", "USA"),
    A([LOC("52 rue Principale"), f"{LOC('Baie-Saint-Paul')} {LOC('QC')} {LOC('G3Z 1A4')}"], "Baie-Saint-Paul", "G3Z 1A4", "52 rue Principale", "Canada"),
    A([LOC("Unit 4/19 Banksia Rd"), f"{LOC('Mullumbimby')} {LOC('NSW')} {LOC('2482')}"], "Mullumbimby", "2482", "Unit 4/19 Banksia Rd", "Australia"),
    A([LOC("Rua das Flores, 88"), LOC("apto 21"), f"{LOC('Tiradentes')} - {LOC('MG')}", LOC("36325-000")], "Tiradentes", "36325-000", "Rua das Flores, 88", "Brasil"),
    A([LOC("Husova 418"), f"{LOC('582 91')} {LOC('Světlá nad Sázavou')}"], "Světlá nad Sázavou", "582 91", "Husova 418", "Czech Republic"),
    A([LOC("Storgata 9"), f"{LOC('3660')} {LOC('Rjukan')}"], "Rjukan", "3660", "Storgata 9", "Norway"),
    A([LOC("2-14-7 Sakae-machi"), f"{LOC('Tōno-shi')}, {LOC('Iwate')} {LOC('028-0522')}"], "Tōno-shi", "028-0522", "2-14-7 Sakae-machi", "Japan"),
    A([LOC("ul. Ogrodowa 5 m. 7"), f"{LOC('34-500')} {LOC('Zakopane')}"], "Zakopane", "34-500", "ul. Ogrodowa 5 m. 7", "Poland"),
]
HOLD_ADDR = [
    A([LOC("Flat 1/2"), LOC("17 Castle Wynd"), LOC("Pittenweem"), LOC("KY10 2LJ")], "Pittenweem", "KY10 2LJ", "17 Castle Wynd", "Scotland"),
    A([LOC("23 Kowhai Street"), f"{LOC('Ōpōtiki')} {LOC('3122')}"], "Ōpōtiki", "3122", "23 Kowhai Street", "New Zealand"),
    A([LOC("Via Roma 14"), LOC("int. 3"), f"{LOC('53048')} {LOC('Sinalunga')} {LOC('SI')}"], "Sinalunga", "53048", "Via Roma 14", "Italia"),
    A([LOC("Calle Mayor 9, 2º B"), f"{LOC('44100')} {LOC('Albarracín')}", LOC("Teruel")], "Albarracín", "44100", "Calle Mayor 9, 2º B", "España"),
    A([LOC("Rua Direita 42, 1.º Esq."), f"{LOC('6270-494')} {LOC('Seia')}"], "Seia", "6270-494", "Rua Direita 42, 1.º Esq.", "Portugal"),
    A([LOC("77 Maple Ave"), LOC("Unit 5"), f"{LOC('Brattleboro')}, {LOC('VT')} {LOC('05301')}"], "Brattleboro", "05301", "77 Maple Ave", "United States"),
    A([LOC("Flat 204, Sai Residency"), LOC("3rd Cross, Gokulam"), f"{LOC('Mysuru')} {LOC('570002')}", LOC("Karnataka")], "Mysuru", "570002", "3rd Cross, Gokulam", "India"),
    A([LOC("Storgatan 14 B"), f"{LOC('573 34')} {LOC('Tranås')}"], "Tranås", "573 34", "Storgatan 14 B", "Sweden"),
    A([LOC("Papanikoli 8"), f"{LOC('841 00')} {LOC('Ermoupoli')}", LOC("Syros")], "Ermoupoli", "841 00", "Papanikoli 8", "Greece"),
    A([LOC("19 Voortrekker Street"), LOC("Clanwilliam"), LOC("8135")], "Clanwilliam", "8135", "19 Voortrekker Street", "South Africa"),
    A([LOC("Calle Hidalgo 27"), LOC("Col. Centro"), f"{LOC('37700')} {LOC('San Miguel de Allende')}, {LOC('Gto.')}"], "San Miguel de Allende", "37700", "Calle Hidalgo 27", "México"),
    A([LOC("Kauppakatu 5 A 3"), f"{LOC('74100')} {LOC('Iisalmi')}"], "Iisalmi", "74100", "Kauppakatu 5 A 3", "Finland"),
    A([LOC("Vytauto g. 21-4"), f"{LOC('LT-59121')} {LOC('Birštonas')}"], "Birštonas", "LT-59121", "Vytauto g. 21-4", "Lithuania"),
]

# national formats, no country code
TUNE_PHONES = ["01558 822417", "07723 418906", "06 42 81 37 59", "0171 4829031", "06-38291746",
               "(304) 647-2918", "0412 738 205", "090-4418-2736", "0722 418396", "(32) 98841-2276",
               "412 38 906", "604 218 337", "098451 27736", "0532 418 27 93", "087 241 8836",
               "0812-3381-4420", "024 7731 9082"]
HOLD_PHONES = ["01333 311829", "021 483 2917", "0577 678214", "347 218 4430", "612 48 39 27",
               "912 483 771", "802-254-7713", "98802 41377", "070-418 23 96", "22810 83412",
               "082 417 3396", "415 152 3847", "040 728 3914", "601 238 447", "0803 418 2279",
               "010-4827-3916", "0917 482 3365"]


class Drawer:
    """Draws people, addresses and phones least-used first (ties by the seeded RNG);
    never the same one twice in one row."""

    def __init__(self, people, addrs, phones, rng):
        self.pools = {"p": people, "a": addrs, "t": phones}
        self.used = {k: [0] * len(v) for k, v in self.pools.items()}
        self.rng = rng
        self.row = {k: set() for k in self.pools}

    def new_row(self):
        self.row = {k: set() for k in self.pools}

    def _draw(self, k):
        cand = [i for i in range(len(self.pools[k])) if i not in self.row[k]]
        lo = min(self.used[k][i] for i in cand)
        best = [i for i in cand if self.used[k][i] == lo]
        i = self.rng.choice(best)
        self.used[k][i] += 1
        self.row[k].add(i)
        return self.pools[k][i]

    def p(self): return self._draw("p")
    def a(self): return self._draw("a")
    def t(self): return self._draw("t")


def block(a, sep="\n", prefix="", country=False):
    lines = list(a["lines"]) + ([LOC(a["country"])] if country else [])
    return sep.join(prefix + ln for ln in lines)


# --------------------------------------------------------------------------- templates
# each template: fn(d, k) -> marked text; k in (0, 1) is the row index in the template.
PAIRS = []


def pair(cls, a, fa, b, fb):
    PAIRS.append((cls, a, fa, b, fb))


# 1. handles ---------------------------------------------------------------
pair("handles",
     "shell_prompt", lambda d, k: (lambda p: (
         f"Why does this fail? It worked yesterday.\n\n{PER(p.h_initsur())}@build-0{k + 3}:~/repos/ledger$ make test\n"
         "pytest -q tests/\nE   ModuleNotFoundError: No module named 'ledger.fx'\nmake: *** [Makefile:42: test] Error 1"))(d.p()),
     "ssh_denied", lambda d, k: (lambda p: (
         f"I keep getting `Permission denied (publickey)` when I run `ssh {PER(p.h_dot())}@bastion.int -p 2222`. "
         "My key is ~/.ssh/id_ed25519 and ssh-add -l lists it. What else should I check?"))(d.p()))
pair("handles",
     "git_blame", lambda d, k: (lambda p, q: (
         "Who should I ask about the retry logic? Here's the blame:\n```\n"
         f"a3f9c21e ({PER(p.h_surinit())} 2026-10-14 11:02:17 +0100 118)     retries = cfg.get(\"retries\", 3)\n"
         f"a3f9c21e ({PER(p.h_surinit())} 2026-10-14 11:02:17 +0100 119)     backoff = 0.5\n"
         f"7be01d94 ({PER(q.h_num())}     2026-11-02 16:40:55 +0000 120)     for attempt in range(retries):\n```"))(d.p(), d.p()),
     "git_shortlog", lambda d, k: (lambda p, q, r: (
         "Turn this into a markdown table of contributors for the release notes:\n"
         f"$ git shortlog -sne v2.3..v2.4\n    41  {PER(p.h_idot())} <{EM(p.h_idot() + '@corp.internal')}>\n"
         f"    17  {PER(q.h_us())}\n     3  {PER(r.h_trunc())}"))(d.p(), d.p(), d.p()))
pair("handles",
     "slack_thread", lambda d, k: (lambda p, q: (
         "Summarise this Slack thread in two bullet points:\n"
         f"<@{PER(p.h_dot())}> can you take the rollout tonight?\n"
         f"{PER(p.h_dot())}: only after 9, kid's recital\n"
         f"<@{PER(q.h_first())}> then you're up, sorry\n"
         f"{PER(q.h_first())}: fine, ping me when the canary is green"))(d.p(), d.p()),
     "jira_fields", lambda d, k: (lambda p, q: (
         "Write a one-line status update from these ticket fields:\n"
         f"Key: OPS-{4471 + k * 313}\nStatus: Blocked\nAssignee: {PER(p.h_initsur())}\nReporter: {PER(q.h_num())}\n"
         f"Watchers: {PER(p.h_initsur())}, release-bot\nLast comment: waiting on firewall change from netops"))(d.p(), d.p()))
pair("handles",
     "windows_path", lambda d, k: (lambda p: (
         "Python says `PermissionError: [WinError 5] Access is denied: "
         f"'C:\\\\Users\\\\{PER(p.h_surinit())}\\\\AppData\\\\Local\\\\Temp\\\\tmpx81k\\\\out.parquet'`. "
         "Antivirus? Or is something still holding the file?"))(d.p()),
     "home_path", lambda d, k: (lambda p: (
         f"Rewrite this cron line so the log goes to /var/log instead:\n"
         f"*/15 * * * * /home/{PER(p.h_us())}/bin/sync_reports.sh >> /home/{PER(p.h_us())}/sync.log 2>&1"))(d.p()))
pair("handles",
     "sudo_user", lambda d, k: (lambda p: (
         f"Is `sudo -u {PER(p.h_initsur())} psql -d billing` safer than giving that account a password? "
         f"{p.G} only needs read access for the month-end export."))(d.p()),
     "ci_trigger", lambda d, k: (lambda p: (
         "Explain this CI log header, why did it run twice?\n"
         f"Started by user {PER(p.h_trunc())}\nRunning on agent linux-large-{k + 2} in /srv/ci/workspace/payments\n"
         f"Replayed #{812 + k * 37} (originally triggered by GitHub push by {PER(p.h_num())})"))(d.p()))
pair("handles",
     "review_comment", lambda d, k: (lambda p, q: (
         "Make these review comments sound less harsh:\n"
         f"- **{PER(p.h_dot())}**: this whole class is pointless, use a dict\n"
         f"- **{PER(q.h_initsur())}**: agree with @{PER(p.h_dot())}, also no tests??"))(d.p(), d.p()),
     "coauthor_trailer", lambda d, k: (lambda p, q: (
         "Is this commit message trailer formatted correctly for GitHub?\n\n"
         "Fix rounding in VAT export\n\n"
         f"Co-authored-by: {p.N} <{EM(p.h_num() + '@users.noreply.github.com')}>\n"
         f"Reviewed-by: {PER(q.h_surinit())}"))(d.p(), d.p()))

# 2. one_case --------------------------------------------------------------
pair("one_case",
     "sms_lower", lambda d, k: (lambda p, q: (
         f"make this text sound professional: hey its {p.LOW}, running 20 min late, "
         f"tell {PER(q.g.lower())} to start the client call without me"))(d.p(), d.p()),
     "sms_caps", lambda d, k: (lambda p, q: (
         f"Translate to polite English: \"{PER(p.g.upper())} HERE. PHONE DEAD. TELL {q.UP} THE VAN IS AT GATE 4, NOT 2.\""))(d.p(), d.p()))
pair("one_case",
     "roster_caps", lambda d, k: (lambda p, q, r, s: (
         "Turn this rota into a calendar table (Mon-Thu):\nON-CALL ROTA WEEK 49\n"
         f"MON  {p.UP}\nTUE  {q.UP}\nWED  {r.UP}\nTHU  {s.UP}"))(d.p(), d.p(), d.p(), d.p()),
     "roster_lower", lambda d, k: (lambda p, q, r: (
         f"sort these by surname please: {p.LOW}, {q.LOW}, {r.LOW}"))(d.p(), d.p(), d.p()))
pair("one_case",
     "ticket_lower", lambda d, k: (lambda p: (
         f"ticket #{88120 + k * 911} - customer {p.LOW} says the refund never arrived, 3 weeks now. "
         f"draft a reply to {PER(p.g.lower())} that apologises but doesn't promise a date"))(d.p()),
     "shout_email", lambda d, k: (lambda p, q: (
         "Rewrite this so it's firm but not rude:\n"
         f"\"{q.UP}, I HAVE ASKED THREE TIMES FOR THE SIGNED PO. WITHOUT IT {PER(p.f.upper())} CANNOT RELEASE THE SHIPMENT. "
         "PLEASE SEND IT TODAY.\""))(d.p(), d.p()))
pair("one_case",
     "note_lower", lambda d, k: (lambda p, q: (
         f"clean up my 1:1 notes:\n- {PER(p.g.lower())} wants to move to data team by q2\n"
         f"- {PER(p.g.lower())} thinks {q.LOW} is overloaded\n- follow up re: training budget"))(d.p(), d.p()),
     "label_caps", lambda d, k: (lambda p: (
         f"Check the spelling on this parcel label before I print 40 of them:\nATTN: {p.UP}\nFRAGILE - SAMPLES - KEEP DRY"))(d.p()))

# 3. structured ------------------------------------------------------------
pair("structured",
     "json_record", lambda d, k: (lambda p, t: (
         "Validate this against our schema (name, email, phone required):\n```json\n"
         f"{{\"id\": {1200 + k}, \"name\": \"{p.N}\", \"email\": \"{EM(p.email('example-mail.net'))}\", "
         f"\"phone\": \"{PH(t)}\", \"tier\": \"gold\"}}\n```"))(d.p(), d.t()),
     "yaml_contact", lambda d, k: (lambda p, a: (
         "Why does this YAML fail to parse?\n```yaml\ncontact:\n"
         f"  name: {p.N}\n  street: {LOC(a['street'])}\n  town: {LOC(a['town'])}\n"
         f"  postcode: {LOC(a['pc'])}\n   notes: ring twice\n```"))(d.p(), d.a()))
pair("structured",
     "csv_rows", lambda d, k: (lambda p, q, t, u: (
         "Dedupe these rows, keep the newest:\n"
         "first_name,last_name,phone,updated\n"
         f"{p.G},{p.F},{PH(t)},2026-09-01\n{q.G},{q.F},{PH(u)},2026-09-03\n{p.G},{p.F},{PH(t)},2026-11-12"))(d.p(), d.p(), d.t(), d.t()),
     "tsv_export", lambda d, k: (lambda p, q: (
         "Convert to JSON lines:\n"
         "user\temail\tteam\n"
         f"{PER(p.h_initsur())}\t{EM(p.email('corp.example'))}\tfinance\n"
         f"{PER(q.h_initsur())}\t{EM(q.email('corp.example'))}\tlegal"))(d.p(), d.p()))
pair("structured",
     "sql_insert", lambda d, k: (lambda p, t: (
         "Is this insert vulnerable to anything if the values come from a form?\n"
         "INSERT INTO customers (first_name, last_name, phone)\n"
         f"VALUES ('{p.G}', '{p.F}', '{PH(t)}');"))(d.p(), d.t()),
     "sql_update", lambda d, k: (lambda p, a: (
         "This UPDATE touched 0 rows, why?\n"
         f"UPDATE deliveries SET street = '{LOC(a['street'])}', postcode = '{LOC(a['pc'])}'\n"
         f"WHERE customer_email = '{EM(p.email('mailbox.example'))}' AND status = 'open';"))(d.p(), d.a()))
pair("structured",
     "kv_log", lambda d, k: (lambda p, t: (
         "What does this log line tell us about the failed SMS?\n"
         f"2026-11-30T10:02:11Z level=warn svc=notify user=\"{p.N}\" to={PH(t)} "
         "provider=twilio err=\"21211 invalid 'To' number\""))(d.p(), d.t()),
     "http_headers", lambda d, k: (lambda p: (
         "Our proxy strips one of these headers, which one matters for the audit log?\n"
         f"GET /api/v2/reports HTTP/1.1\nHost: reports.internal\nX-Forwarded-User: {PER(p.h_dot())}\n"
         f"X-Auth-Email: {EM(p.email('corp.example'))}\nAccept: application/json"))(d.p()))
pair("structured",
     "tool_call", lambda d, k: (lambda p, t: (
         "The agent produced this tool call; the SMS never arrived. What is wrong with the arguments?\n"
         "{\"tool\": \"send_sms\", \"arguments\": {\"recipient_name\": "
         f"\"{p.N}\", \"to\": \"{PH(t)}\", \"body\": \"Your desk move is confirmed for Monday\"}}}}"))(d.p(), d.t()),
     "test_fixture", lambda d, k: (lambda p, a: (
         "Refactor this fixture to use a factory:\n```python\n@pytest.fixture\ndef customer():\n"
         f"    return Customer(name=\"{p.N}\",\n"
         f"                    address=\"{LOC(a['street'])}, {LOC(a['town'])}\",\n"
         f"                    postcode=\"{LOC(a['pc'])}\")  # real customer from ticket 9912, anonymise later\n```"))(d.p(), d.a()))

# 4. community_prose -------------------------------------------------------
pair("community_prose",
     "race_time", lambda d, k: (lambda p: (
         f"Is {PER(p.full)}'s half-marathon time of 1:{38 + k * 6}:12 good for a 52-year-old? "
         "Joined our running club in March; I want to put it in the newsletter."))(d.p()),
     "chess_result", lambda d, k: (lambda p: (
         f"When did {p.N} win the club chess championship? I think it was the year before we moved "
         f"to the church hall, can you help me word the plaque? {PER(p.g)} has won it {2 + k} times since."))(d.p()))
pair("community_prose",
     "neighbour_book", lambda d, k: (lambda p: (
         f"Who published {p.N}'s book about the allotments? {PER(p.g)} lives next door to me and I'd like to "
         "order a copy for the library sale."))(d.p()),
     "choir_soloist", lambda d, k: (lambda p: (
         f"Write a short thank-you for our choir's soloist, {p.N}, who sang the Pie Jesu at Sunday's concert. "
         f"Mention that {PER(p.g)} stepped in with two days' notice."))(d.p()))
pair("community_prose",
     "colleague_report", lambda d, k: (lambda p: (
         f"What are the main conclusions of {p.N}'s report on warehouse returns? I've pasted the summary: "
         "returns rose 14% after the carrier change, mostly damaged boxes in the north region."))(d.p()),
     "pupil_project", lambda d, k: (lambda p: (
         f"How would you grade {p.N}'s Year 9 project on volcanoes? {PER(p.g)} built a working model "
         "but the written part is only half a page."))(d.p()))
pair("community_prose",
     "shop_owner", lambda d, k: (lambda p: (
         f"Tell me about {p.N}, who runs the bakery on our high street, for a profile in the parish magazine. "
         f"I interviewed {PER(p.g)} yesterday: opened in 2009, sourdough, four staff."))(d.p()),
     "who_is_treasurer", lambda d, k: (lambda p: (
         f"Who is {p.N}? Nominated as treasurer of our tenants' association, and I need a two-line "
         "introduction for the AGM agenda from these notes: retired bookkeeper, 20 years in the building."))(d.p()))

# 5. address_blocks --------------------------------------------------------
pair("address_blocks",
     "quoted_block", lambda d, k: (lambda p, a: (
         f"The customer replied with a new delivery address, please update the order:\n> Hi, please send it to\n"
         f"> {p.N}\n{block(a, prefix='> ', country=bool(k))}\n> Thanks!"))(d.p(), d.a()),
     "bulleted_block", lambda d, k: (lambda p, a: (
         "Format this as a proper envelope address for its country:\n"
         f"- {p.N}\n{block(a, prefix='- ')}"))(d.p(), d.a()))
pair("address_blocks",
     "signature_block", lambda d, k: (lambda p, a, t: (
         "Shorten my email signature to three lines:\n--\n"
         f"{p.N}\nSenior Buyer (remote)\n{block(a)}\nMobile: {PH(t)}"))(d.p(), d.a(), d.t()),
     "ship_label", lambda d, k: (lambda p, a: (
         "Does this shipping label have everything the courier needs?\nSHIP TO:\n"
         f"{p.N}\n{block(a, country=True)}\nREF: RMA-{30211 + k * 77}"))(d.p(), d.a()))
pair("address_blocks",
     "postcode_sentence", lambda d, k: (lambda a: (
         f"My postcode is {LOC(a['pc'])}. Which of the three delivery slots on the supplier's list reaches us first?"))(d.a()),
     "postcode_form", lambda d, k: (lambda a: (
         f"The form keeps rejecting the field, is the format wrong?\nPostcode/ZIP: {LOC(a['pc'])}\nCountry: {LOC(a['country'])}"))(d.a()))
pair("address_blocks",
     "inline_address", lambda d, k: (lambda p, a: (
         f"Split this into street, town and postcode columns: \"{p.N}, {block(a, sep=', ')}\""))(d.p(), d.a()),
     "moving_notice", lambda d, k: (lambda p, a: (
         f"Write a short HR notice: {p.N} has moved, new home address\n\n{block(a)}\n\nfrom 1 December; payroll please update."))(d.p(), d.a()))

# 6. phones_national -------------------------------------------------------
pair("phones_national",
     "callback_prose", lambda d, k: (lambda p, t: (
         f"Draft a reply saying {p.G} will call the supplier back on {PH(t)} after four today."))(d.p(), d.t()),
     "sms_from", lambda d, k: (lambda t: (
         f"Summarise: SMS from {PH(t)} at 07:41 - \"van broke down near the depot, 40 min late, "
         "tell dispatch\""))(d.t()))
pair("phones_national",
     "contact_table", lambda d, k: (lambda p, q, t, u: (
         "Add a column for preferred contact time to this table:\n| name | phone |\n|---|---|\n"
         f"| {p.N} | {PH(t)} ext. {210 + k} |\n| {q.N} | {PH(u)} |"))(d.p(), d.p(), d.t(), d.t()),
     "form_fields", lambda d, k: (lambda p, t, u: (
         "Which of these fields would fail a strict E.164 validator?\n"
         f"Name: {p.N}\nPhone (home): {PH(t)}\nPhone (mobile): {PH(u)}\nPreferred: mobile"))(d.p(), d.t(), d.t()))
pair("phones_national",
     "voicemail", lambda d, k: (lambda p, t: (
         "Turn this voicemail transcript into a ticket:\n"
         f"\"hi, it's {PER(p.g.lower())} from the second-floor office, the badge reader by the lifts is dead again, "
         f"call me on {PH(t)}, thanks\""))(d.p(), d.t()),
     "missed_call", lambda d, k: (lambda t: (
         f"I got three missed calls from {PH(t)} and no voicemail. Should I log it as a possible phishing attempt? "
         "Write the report text."))(d.t()))

# 7. transcripts -----------------------------------------------------------
pair("transcripts",
     "name_colon", lambda d, k: (lambda p, q: (
         "Extract action items:\n"
         f"{p.N}: We can't ship Friday unless QA signs off.\n"
         f"{q.N}: I'll run the regression suite tonight.\n"
         f"{p.N}: Good. And someone email legal about the DPA.\n"
         f"{q.N}: That's you, I think."))(d.p(), d.p()),
     "given_only", lambda d, k: (lambda p, q, r: (
         "Summarise this stand-up transcript in three lines:\n"
         f"{p.G}: still on the invoice export, blocked on the API key\n"
         f"{q.G}: done with the login bug, picking up the pager alerts\n"
         f"{r.G}: off tomorrow, {p.G} covers my reviews"))(d.p(), d.p(), d.p()))
pair("transcripts",
     "timestamped", lambda d, k: (lambda p, q: (
         "Who agreed to what? Chat export:\n"
         f"[10:02] {p.N}: can we move the demo to Thursday?\n"
         f"[10:03] {q.N}: Thursday works, 3pm\n"
         f"[10:05] {p.N}: booked. {q.G}, bring the new pricing slide"))(d.p(), d.p()),
     "caps_arrow", lambda d, k: (lambda p, q: (
         "Translate this support chat to Spanish, keep the speaker labels:\n"
         f"{PER(p.f.upper())} > hello, my order arrived without the charger\n"
         f"AGENT {PER(q.g.upper())} > sorry about that, I'll send one today\n"
         f"{PER(p.f.upper())} > thank you"))(d.p(), d.p()))
pair("transcripts",
     "call_transcript", lambda d, k: (lambda p, a, t: (
         "Fill in the CRM fields from this call:\nAgent: Thanks for calling, can I take your name?\n"
         f"Caller: It's {p.N}.\nAgent: And the postcode?\nCaller: {LOC(a['pc'])}.\n"
         f"Agent: Best number to reach you?\nCaller: {PH(t)}, after six."))(d.p(), d.a(), d.t()),
     "teams_transcript", lambda d, k: (lambda p, q: (
         "Make minutes from this Teams transcript:\n"
         f"0:00:14.220 --> 0:00:19.100\n{p.N}\nOkay, budget first. We're 12% over on travel.\n\n"
         f"0:00:19.900 --> 0:00:26.400\n{q.N}\nMost of that is the Lisbon offsite, I can split it out."))(d.p(), d.p()))
pair("transcripts",
     "irc_log", lambda d, k: (lambda p, q: (
         "What was the root cause according to this log?\n"
         f"<{PER(p.h_initsur())}> db01 failover again\n<{PER(q.h_dot())}> replication lag 40s before it\n"
         f"<{PER(p.h_initsur())}> so the disk filled, same as last week"))(d.p(), d.p()),
     "interview_notes", lambda d, k: (lambda p: (
         "Tidy this interview transcript for the hiring panel:\nQ: Tell us about a conflict.\n"
         f"{PER(p.f.upper())}: At my last job two leads disagreed on the schema, I set up a spike.\n"
         f"Q: Salary expectation?\n{PER(p.f.upper())}: Around the top of the band."))(d.p()))

# 8. tech_people -----------------------------------------------------------
pair("tech_people",
     "incident_timeline", lambda d, k: (lambda p, q: (
         "Write the postmortem timeline section from these notes:\n"
         f"14:02 alert fired (Grafana, p95 > 2s)\n14:05 {p.N} paged, acked\n"
         f"14:11 {PER(p.g)} restarted the Kafka consumers, no change\n"
         f"14:20 {q.N} found the Redis maxmemory policy changed in Terraform\n14:31 rolled back, recovered"))(d.p(), d.p()),
     "oncall_handover", lambda d, k: (lambda p, q: (
         f"Polish this on-call handover from {p.N} to {q.N}: Jenkins nightly flaky (disk), "
         "Sentry noise from the Celery beat job, Vault token for staging expires Friday."))(d.p(), d.p()))
pair("tech_people",
     "changelog", lambda d, k: (lambda p, q: (
         "Reformat to Keep-a-Changelog style:\n## 4.2.0\n"
         f"- faster Parquet writer (thanks {p.N})\n- fixed Hugo theme build on Windows, reported by {q.N}\n"
         "- bumped Pydantic to 2.9"))(d.p(), d.p()),
     "codeowners", lambda d, k: (lambda p, q: (
         "Explain who gets review requests for a change in /billing/tax.py:\n```\n"
         f"*            @platform-team\n/billing/    @{PER(p.h_initsur())} @{PER(q.h_us())}\n/docs/       @docs-team\n```"))(d.p(), d.p()))
pair("tech_people",
     "pr_review", lambda d, k: (lambda p, q: (
         f"{p.N} left this on my PR: \"Ember is fine here, but move the Jasmine specs next to the components\". "
         f"{q.G} disagrees. Who is right?"))(d.p(), d.p()),
     "standup_notes", lambda d, k: (lambda p, q: (
         "Turn into a weekly summary:\n"
         f"Mon - {p.G} migrated Ansible roles to collections\n"
         f"Tue - {q.G} + {p.G} paired on the Django upgrade\nWed - release train, nothing else"))(d.p(), d.p()))
pair("tech_people",
     "word_tools", lambda d, k: (lambda p, q: (
         f"Quick sanity check: {p.N} says Rocket and Hope are both fine for our API, {q.N} prefers Flask. "
         "For a small internal service with 3 endpoints, which would you pick?"))(d.p(), d.p()),
     "deploy_approval", lambda d, k: (lambda p: (
         f"Write the approval message: production deploy of Helm chart payments-api 3.1.{k + 4} approved by {p.N}, "
         "Argo sync pending, Sentry release created."))(d.p()))

# 9. clean_software (variants by k) ----------------------------------------
def V(*vs):
    return lambda d, k: vs[k]


pair("clean_software",
     "jenkins_error", V(
         "Jenkins says `java.lang.OutOfMemoryError: Metaspace` on the agent after upgrading to 2.452. Which JVM flags should I raise?",
         "Jenkins pipeline fails with `No such DSL method 'withCredentials'` after the Blue Ocean removal. Which plugin is missing?"),
     "ansible_error", V(
         "Ansible 9 gives `ERROR! couldn't resolve module/action 'community.general.ufw'`. Is the collection not installed?",
         "Why does Ansible say `Failed to connect to the host via ssh: Permission denied` only when I use `become: true`?"))
pair("clean_software",
     "hugo_vs_jekyll", V(
         "Hugo or Jekyll for a 300-page docs site? We already use Sphinx for the API reference.",
         "Compare Gatsby, Eleventy and Astro for a marketing site that a designer edits in Markdown."),
     "docs_tooling", V(
         "Can Pelican and Zola both output Atom feeds? Which one is easier to theme?",
         "Our Sphinx build warns `duplicate object description` for every Pydantic model. How do I silence it properly?"))
pair("clean_software",
     "config_snippet", V(
         "Why does Celery ignore this?\n```python\nbroker_url = 'redis://localhost:6379/0'\ntask_acks_late = True\nworker_prefetch_multiplier = 1\n```",
         "Traefik ignores my middleware:\n```yaml\nhttp:\n  middlewares:\n    strip:\n      stripPrefix:\n        prefixes: [\"/api\"]\n```"),
     "helm_values", V(
         "In Helm, how do I override `image.tag` for only one of three subcharts without touching values.yaml?",
         "Kafka consumer lag keeps growing after moving to Strimzi 0.41; where do I look first?"))
pair("clean_software",
     "lang_compare", V(
         "Is Julia or Rust better for a numerical simulation that must also ship as a small CLI?",
         "Crystal, Nim or Zig for rewriting a slow Ruby script that parses 2 GB logs?"),
     "framework_names", V(
         "Does Jasmine still make sense over Jest or Mocha for a new Angular 18 project? Karma is deprecated, right?",
         "Phoenix LiveView vs Rails Hotwire for an admin panel: which needs less JavaScript?"))
pair("clean_software",
     "assistant_names", V(
         "why does siri read out my calendar entries but alexa doesn't? both are linked to the same google account",
         "can Cortana still be disabled by group policy in Windows 11 23H2, or was it removed entirely?"),
     "lowercase_tools", V(
         "how do i get grafana to show kibana links in a table panel? version 10.4",
         "is sentry or bugsnag cheaper for 2 million events a month, and does either do session replay?"))

# 10. clean_general --------------------------------------------------------
pair("clean_general",
     "figure_bio", V(
         "What did Wangari Maathai win the Nobel Peace Prize for, and in which year?",
         "Why is Srinivasa Ramanujan's work on partitions still cited today?"),
     "figure_compare", V(
         "Compare the travels of Ibn Battuta and Zheng He in a short table.",
         "Who was the better strategist, Simón Bolívar or José de San Martín? Give both sides."))
pair("clean_general",
     "book_question", V(
         "In Things Fall Apart, why does Okonkwo fear being seen as weak like his father Unoka?",
         "What is Pippi Longstocking's horse called, and why does she carry it?"),
     "film_question", V(
         "Why does Totoro only appear to Mei and Satsuki?",
         "Is Don Quixote meant to be mad, or is Cervantes mocking the readers of chivalric novels?"))
pair("clean_general",
     "lower_question", V(
         "who was jose rizal and why is he a national hero in the philippines?",
         "did marie curie really carry radium in her pockets?"),
     "caps_question", V(
         "WHAT DID KING SEJONG ACTUALLY INVENT, HANGUL OR ALSO THE RAIN GAUGE?",
         "WHEN DID HAILE GEBRSELASSIE SET HIS MARATHON WORLD RECORD?"))
pair("clean_general",
     "places_events", V(
         "What happened at the Congress of Vienna, and which countries gained the most?",
         "Why is Timbuktu famous for its manuscripts? When were they moved to Bamako?"),
     "poets", V(
         "Recommend three poems by Hafez and three by Rumi for someone new to Persian poetry.",
         "How did Fernando Pessoa's heteronyms differ from each other? Start with Alberto Caeiro."))
pair("clean_general",
     "music_art", V(
         "What made Fela Kuti's Afrobeat different from highlife?",
         "Why are Frida Kahlo's self-portraits so often about pain?"),
     "modern_figures", V(
         "How did Jacinda Ardern handle the 2019 Christchurch response, in five bullet points?",
         "What did Kofi Annan do before he became UN Secretary-General?"))

# 11. clean_work -----------------------------------------------------------
pair("clean_work",
     "role_titles", V(
         "Draft an email from the finance manager to all team leads about the new expense cut-off (25th of each month).",
         "Write a note from the head of IT to the warehouse supervisors explaining the new badge system."),
     "team_names", V(
         "Platform Team and Data Guild disagree on who owns the Airflow DAGs. Suggest a RACI.",
         "Write a welcome message for new joiners of the Payments Squad, mentioning the Tuesday demo."))
pair("clean_work",
     "placeholders", V(
         "Fix the Jinja template so it doesn't crash when {{customer_name}} is empty:\nDear {{customer_name}}, your order {{order_id}} has shipped.",
         "Our mail merge prints `Hello <NAME>,` literally. What's wrong with this Word field code?"),
     "example_docs", V(
         "In the README, is `user@example.com` or `admin@example.org` the better sample address for the SMTP setup section?",
         "Rewrite this docs snippet: `curl -u alice@example.com:TOKEN https://api.example.com/v1/me` to use an env var."))
pair("clean_work",
     "sample_people", V(
         "Make a CSV of 3 sample users for the demo: John Doe, Jane Smith and Max Mustermann, with example.com emails.",
         "Is it okay to use 'Erika Mustermann' as the placeholder name in our German onboarding screenshots?"),
     "policy_prompt", V(
         "Summarise our leave policy for a new starter: 25 days, carry over 5, manager approval for more than 10 consecutive days.",
         "Write a checklist for the office manager to close the building over the holidays."))
pair("clean_work",
     "product_names", V(
         "Write release notes for Orbit 3.2: dark mode, faster search, CSV import for the Atlas connector.",
         "Compare our Starter, Team and Enterprise plans in a table for the sales deck."),
     "meeting_template", V(
         "Create a retro template with sections for what went well, what didn't, and actions with an owner column.",
         "Suggest an agenda for the quarterly business review with the regional directors."))


# --------------------------------------------------------------------------- more pairs
pair("handles",
     "mail_log", lambda d, k: (lambda p, q: (
         "Why was this bounced? Postfix log:\n"
         f"Nov 30 09:14:02 mx1 postfix/smtp[2211]: 4F1A2C: to=<{EM(p.h_idot() + '@partner-co.example')}>, "
         f"status=bounced (550 5.1.1 user unknown)\nNov 30 09:14:02 mx1 postfix/cleanup[2209]: from=<{EM(q.h_surinit() + '@corp.example')}>"))(d.p(), d.p()),
     "email_spelled", lambda d, k: (lambda p: (
         "A customer wrote their address like this to dodge spam filters, turn it into a normal one for the CRM: "
         f"\"{EM(p.fg + ' dot ' + p.ff + ' at gmail dot com')}\""))(d.p()))
pair("one_case",
     "caps_signoff", lambda d, k: (lambda p: (
         "Make this email header less aggressive:\n"
         f"FROM THE DESK OF {p.UP} - READ BEFORE THE 9AM CALL - NO EXCEPTIONS"))(d.p()),
     "lower_chat", lambda d, k: (lambda p, q: (
         f"reply for me: \"{PER(p.ff)} here, is {q.LOW} in today? need the keys to the store room\""))(d.p(), d.p()))
pair("one_case",
     "caps_attendance", lambda d, k: (lambda p, q, r: (
         "Count who is missing from the fire drill list: PRESENT - "
         f"{p.UP}, {q.UP}. ABSENT - {PER(r.f.upper())} (SICK)."))(d.p(), d.p(), d.p()),
     "lower_mention", lambda d, k: (lambda p: (
         f"what's a nice way to say no to {p.LOW} who keeps asking me to cover the saturday shifts"))(d.p()))
pair("community_prose",
     "quiz_captain", lambda d, k: (lambda p: (
         f"What is {p.N} famous for? Everyone at the pub quiz keeps saying it, {PER(p.g)} is just our team captain "
         "and a retired postman, I want a funny intro for the league final."))(d.p()),
     "scout_leader", lambda d, k: (lambda p: (
         f"Write a 100-word tribute to {p.N}, our scout leader for 22 years, for the district newsletter."))(d.p()))
pair("community_prose",
     "artist_neighbour", lambda d, k: (lambda p: (
         f"What style does {p.N} paint in? The exhibition is in the village hall this weekend and I want to say "
         "something intelligent about the seascapes."))(d.p()),
     "teacher_award", lambda d, k: (lambda p: (
         f"Why did {p.N} get the teacher of the year award at my daughter's school? Help me write a "
         "congratulations card from the parents' committee."))(d.p()))
pair("address_blocks",
     "zip_alone", lambda d, k: (lambda a: (
         f"what's the weather like in {LOC(a['pc'])} this weekend? it's where my parents live"))(d.a()),
     "form_row", lambda d, k: (lambda p, a: (
         "Which fields are in the wrong order for this country?\n"
         f"Full name | {p.N}\nAddress line 1 | {a['lines'][0]}\nAddress line 2 | {a['lines'][1]}\nCountry | {LOC(a['country'])}"))(d.p(), d.a()))
pair("address_blocks",
     "return_address", lambda d, k: (lambda p, a: (
         "Put the return address in the top-left of this envelope template:\n"
         f"From: {p.N}\n{block(a, sep=chr(10) + '      ')}"))(d.p(), d.a()),
     "address_reply", lambda d, k: (lambda p, a: (
         f"Reply to the supplier confirming the samples go to my home office instead:\n\n{block(a, country=True)}\n\n"
         f"Sign it {p.G}."))(d.p(), d.a()))
pair("phones_national",
     "phone_prose_ext", lambda d, k: (lambda p, t: (
         f"Tell the candidate that {p.N} from HR will phone them on {PH(t)} on Tuesday morning."))(d.p(), d.t()),
     "switchboard", lambda d, k: (lambda t, u: (
         f"Write the out-of-office: urgent payroll questions to {PH(t)} (ext. {4410 + k}), anything else to {PH(u)}."))(d.t(), d.t()))
pair("phones_national",
     "sms_reply", lambda d, k: (lambda p, t: (
         f"{p.G} texted me from {PH(t)}: \"can u swap thurs for fri\". Write a short yes with the new shift times 7-15."))(d.p(), d.t()),
     "wa_export", lambda d, k: (lambda t, u: (
         "Summarise this WhatsApp export:\n"
         f"12/11/26, 08:02 - {PH(t)}: delivery at gate B?\n12/11/26, 08:05 - {PH(u)}: gate C, B is closed\n"
         f"12/11/26, 08:06 - {PH(t)}: ok 10 min"))(d.t(), d.t()))
pair("phones_national",
     "emergency_contacts", lambda d, k: (lambda p, q, t, u: (
         "Check this emergency contact sheet for the offsite is complete:\n"
         f"1. {p.N} - {PH(t)}\n2. {q.N} - {PH(u)}\n3. venue reception - ask on arrival"))(d.p(), d.p(), d.t(), d.t()),
     "dial_issue", lambda d, k: (lambda t: (
         f"From the office softphone, dialling {PH(t)} gives a fast busy tone. Do I need a 9 first or the country code?"))(d.t()))
pair("transcripts",
     "subtitle_srt", lambda d, k: (lambda p, q: (
         "Fix the speaker tags in these captions:\n1\n00:00:01,000 --> 00:00:03,200\n"
         f"[{PER(p.g.upper())}] Are we recording?\n\n2\n00:00:03,400 --> 00:00:05,900\n[{PER(q.g.upper())}] Yes, go ahead."))(d.p(), d.p()),
     "support_chat", lambda d, k: (lambda p, q, t: (
         "Rate the agent's empathy 1-5:\n"
         f"{q.G} (Support): Hi, you're chatting with {q.G}.\n{p.N}: my router has been down since Sunday\n"
         f"{q.G} (Support): I'm sorry! Can I call you on {PH(t)}?\n{p.N}: yes please"))(d.p(), d.p(), d.t()))
pair("tech_people",
     "release_mgr", lambda d, k: (lambda p, q: (
         f"Draft the release announcement: release manager {p.N}, QA sign-off by {q.N}, "
         "ships Postgres 17 support and a new Grafana dashboard."))(d.p(), d.p()),
     "blame_prose", lambda d, k: (lambda p: (
         f"The Terraform state lock has been held since 03:00 by {PER(p.h_dot())}. Is it safe to force-unlock "
         f"while {PER(p.g)} is asleep, or should I wait?"))(d.p()))
pair("clean_work",
     "hr_template", V(
         "Write a rejection email template for candidates who reached the final round, with [Candidate Name] and [Role] as placeholders.",
         "Create an onboarding checklist for a new warehouse operative, owner column left as 'Line Manager'."),
     "sample_profiles", V(
         "Generate a persona for our UX study: 'Jane Doe, 34, freelance designer' is fine as the name.",
         "In the Polish test data, is 'Jan Kowalski' the usual placeholder like John Smith in English?"))

# --------------------------------------------------------------------------- build

def split_of(cls, name):
    return hashlib.sha256(f"stranger7/{cls}/{name}".encode()).hexdigest()


def assign():
    out = {"tune": [], "holdout": []}
    for cls, a, fa, b, fb in PAIRS:
        if split_of(cls, a) < split_of(cls, b):
            out["holdout"].append((cls, a, fa))
            out["tune"].append((cls, b, fb))
        else:
            out["holdout"].append((cls, b, fb))
            out["tune"].append((cls, a, fa))
    return out


def build():
    rng = random.Random(SEED)
    pools = {"tune": (TUNE_PEOPLE, TUNE_ADDR, TUNE_PHONES), "holdout": (HOLD_PEOPLE, HOLD_ADDR, HOLD_PHONES)}
    files = {}
    for split, temps in assign().items():
        d = Drawer(*pools[split], rng)
        rows = []
        for cls, name, fn in temps:
            for k in (0, 1):
                d.new_row()
                text, spans = unmark(fn(d, k))
                rows.append({"id": f"stranger7-{cls}-{name}-{k}", "text": text, "spans": spans,
                             "source": SOURCE, "class": cls, "template": name, "locale": ""})
        files[split] = rows
    check(files)
    return files


def check(files):
    ids = set()
    vals = {}
    for split, rows in files.items():
        vals[split] = set()
        for r in rows:
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            last = 0
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
                assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
                assert s["type"] in TYPES, s
                assert s["start"] >= last, (r["id"], "overlap/unsorted")
                last = s["end"]
                vals[split].add(s["value"].lower())
            if r["class"].startswith("clean_"):
                assert not r["spans"] and r["locale"] == "", r["id"]
            else:
                assert r["spans"], r["id"]
            assert r["text"] == r["text"].strip()
        assert len({r["text"] for r in rows}) == len(rows), f"duplicate text in {split}"
    tt = {r["template"] for r in files["tune"]}
    ht = {r["template"] for r in files["holdout"]}
    assert not tt & ht, tt & ht
    shared = vals["tune"] & vals["holdout"]
    assert not shared, shared
    # pools themselves are disjoint, token by token
    def toks(people):
        return {t.lower() for p in people for t in re.split(r"[\s\-]+", p.full) if len(t) > 2}
    assert not toks(TUNE_PEOPLE) & toks(HOLD_PEOPLE), toks(TUNE_PEOPLE) & toks(HOLD_PEOPLE)
    assert not {a["town"] for a in TUNE_ADDR} & {a["town"] for a in HOLD_ADDR}
    assert not set(TUNE_PHONES) & set(HOLD_PHONES)
    assert len({p.full for p in TUNE_PEOPLE}) == len(TUNE_PEOPLE)
    assert len({p.full for p in HOLD_PEOPLE}) == len(HOLD_PEOPLE)


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    files = build()
    if "--check" in sys.argv[1:]:
        bad = 0
        for split, rows in files.items():
            path = HERE / f"{split}.jsonl"
            if path.exists() and path.read_text(encoding="utf-8") == dump(rows):
                print(f"{path.name}: unchanged")
            else:
                print(f"{path.name}: differs from a fresh build")
                bad = 1
        sys.exit(bad)
    for split, rows in files.items():
        path = HERE / f"{split}.jsonl"
        data = dump(rows)
        path.write_text(data, encoding="utf-8")
        per = {}
        for r in rows:
            per[r["class"]] = per.get(r["class"], 0) + 1
        types = {}
        for r in rows:
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
        print(f"{path.name}: {len(rows)} rows, sha256 {hashlib.sha256(data.encode()).hexdigest()}")
        print("  classes:", per)
        print("  spans:", types)


if __name__ == "__main__":
    main()
