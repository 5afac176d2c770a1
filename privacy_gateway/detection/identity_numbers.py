"""National identity, tax and social-security numbers of any country, found after their name.

The numbers whose check digit the gateway knows have recognizers of their own (`national_ids`,
`country_ids`); the rest of the world's have no shape that sets them apart from an order number:
"isikukood 45403167333", "NIN 73018549085", "CURP QOQL961205MNTPGP00", "RUT 33.604.082-4",
"PAN HOLVO4719U", "pan bklpk8825d" (India's PAN in lower case, only before its shape; so Italy's "cf
bncmrc85c05h501z"), "r. č. 885612/7346" (Czech's rodné číslo abbreviated), "f.nr. 221148 41297",
"NI no: …", "Sozialversicherungsnummer 12 150385 M 123", `"national_id": "28671930544"`. Such a value counts when the words that name the
number come right before it, in the language people write it in, so it keeps the prompt local
(`NATIONAL_ID`). A column or key of such numbers is typed by `field_keys` with `id_value`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from privacy_gateway.detection.alternation import by_first_letter
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.title_case import lower_at_offsets

ENTITY = "NATIONAL_ID"

# What people call the number, lower-cased: the generic names in English and in the languages of
# forms, then each country's own word or acronym where it is no everyday word. A name of a card
# ("ID card", "Personalausweis") counts too: its number is the holder's.
_NAMES = r"""
    national[\s_\-]*(?:id(?:entity|entification)?|registration|identity)(?:[\s_\-]*(?:card|code|number|no))?
    |(?:identity|identification)[\s_\-]*(?:card|document|code|number|no)
    |personal[\s_\-]*(?:id(?:entity|entification)?(?:[\s_\-]*(?:card|code|number|no))?|code|number)
    |citizen(?:ship)?[\s_\-]*(?:id|card|number)|resident[\s_\-]*(?:id|card|registration)|voter[\s_\-]*id
    |residence[\s_\-]*permit|tax[\s_\-]*(?:id|identification|number|file[\s_\-]*number|reference|code)|taxpayer[\s_\-]*(?:id|number)
    |citizen[\s_\-]*service[\s_\-]*number|national[\s_\-]*register(?:[\s_\-]*number)?|personal[\s_\-]*numeric[\s_\-]*code|birth[\s_\-]*number
    |social[\s_\-]*(?:security|insurance)(?:[\s_\-]*(?:number|no|id))?|national[\s_\-]*insurance
    |ssn|itin|tfn|aadhaa?r|ppsn?[\s_\-]*(?:number|no)|ppsn|nino|nin|ird[\s_\-]*(?:number|no)|snils|снилс|инн
    |personnummer|f[øo]dselsnummer|cpr[\s_\-]*(?:nr|nummer|number)|henkil[öo]tunnus|hetu|kennitala|isikukood
    |asmens[\s_\-]*kodas|personas[\s_\-]*kods|rodn[ée][\s_\-]*[čc][íi]slo|szem[ée]lyi[\s_\-]*(?:sz[áa]m|azonos[íi]t[óo])
    |ad[óo]azonos[íi]t[óo](?:[\s_\-]*jel)?|ad[óo]sz[áa]m|taj[\s_\-]*sz[áa]m|cnp|cod[\s_\-]*numeric[\s_\-]*personal
    |egn|егн|jmbg|јмбг|матични[\s_\-]*број|em[šs]o|oib|amka|αμκα|αφμ|pesel|bsn|burgerservicenummer|sofinummer
    |rijksregister(?:nummer)?|num[ée]ro[\s_\-]*(?:national|de[\s_\-]*registre[\s_\-]*national|d'identification)|insz|niss
    |ahv[\s_\-]*(?:nr|nummer)|sozialversicherungsnummer|sv[\s_\-]*(?:nr|nummer)|svnr|steuer[\s_\-]*(?:nummer|id)
    |steueridentifikationsnummer|identifikationsnummer|dni|nif|n[úu]mero[\s_\-]*de[\s_\-]*(?:documento|identificaci[óo]n|identidad|c[ée]dula)
    |documento[\s_\-]*(?:nacional[\s_\-]*)?de[\s_\-]*identidad|c[ée]dula(?:[\s_\-]*de[\s_\-]*(?:identidad|ciudadan[íi]a))?
    |c\.[\s]?[ic]\.|tarjeta[\s_\-]*de[\s_\-]*identidad|cuil|cuit|curp|carte[\s_\-]*(?:nationale[\s_\-]*)?d['’]identit[ée]|cni
    |carta[\s_\-]*d['’]identit[àa]|carteira[\s_\-]*de[\s_\-]*identidade|cart[ãa]o[\s_\-]*de[\s_\-]*cidad[ãa]o|registro[\s_\-]*geral
    |n[úu]mero[\s_\-]*de[\s_\-]*contribuinte|dow[óo]d[\s_\-]*osobisty|(?:numer|nr)[\s_\-]*dowodu|ob[čc]ansk[ýy][\s_\-]*pr[ůu]kaz
    |szem[ée]lyi[\s_\-]*igazolv[áa]ny|personalausweis(?:nummer)?|ausweis[\s_\-]*(?:nr|nummer)|ausweisnummer|identiteitskaart
    |id[\s_\-]*kort|henkil[öo]kortti|t\.?\s?c\.?[\s_\-]*kimlik(?:[\s_\-]*(?:no|numaras[ıi]))?|kimlik(?:[\s_\-]*(?:no|numaras[ıi]))?|tckn
    |teudat[\s_\-]*zehut|emirates[\s_\-]*id|iqama|nric|hkid|mykad|philsys|umid(?:[\s_\-]*crn)?|cccd|cmnd|c[ăa]n[\s_\-]*c[ưu][ớo]c
    |s[ốo][\s_\-]*[đd][ịi]nh[\s_\-]*danh|nomor[\s_\-]*induk[\s_\-]*kependudukan|ktp|npwp|cnic|nida|huduma|ghana[\s_\-]*card|omang
    |ssnit|kitambulisho|k/p|kad[\s_\-]*pengenalan|personnr|fnr|f\.[\s]?nr\.?|pers\.[\s]?nr\.?|рнокпп|ідентифікаційний[\s_\-]*(?:код|номер)
    |идентификационный[\s_\-]*(?:код|номер)|лнч|iin|иин|ипн|іпн|ембг|матичен[\s_\-]*број|bvn|nip|nuss|utr
    |unique[\s_\-]*taxpayer[\s_\-]*reference|kra[\s_\-]*pin|clave[\s_\-]*de[\s_\-]*elector|davčna[\s_\-]*številka|psn
    |seguridad[\s_\-]*social|seguran[çc]a[\s_\-]*social
    |versicherten[\s_\-]*(?:nummer|nr)|krankenversichertennummer|krankenversicherungsnummer|kvnr|tessera[\s_\-]*sanitaria
    |renten[\s_\-]*versicherungs[\s_\-]*(?:nummer|nr)|rv[\s_\-]*(?:nummer|nr)|versicherungsnummer|kindergeld[\s_\-]*(?:nummer|nr)
    |num[ée]ro[\s_\-]*fiscal(?:[\s_\-]*de[\s_\-]*r[ée]f[ée]rence)?|num[ée]ro[\s_\-]*(?:d['’][\s_\-]*)?allocataire
    |n[úu]mero[\s_\-]*avs|αδτ|(?:αριθμός|αριθ\.|αρ\.)[\s_\-]*(?:δελτίου[\s_\-]*)?ταυτότητας|δελτίο[\s_\-]*ταυτότητας
    |share[\s_\-]*code|brp(?:[\s_\-]*(?:number|no|card))?|biometric[\s_\-]*residence[\s_\-]*(?:permit|card)|work[\s_\-]*permit
    |a[\-‐]number|a#|alien[\s_\-]*(?:registration[\s_\-]*)?(?:number|no)|uscis[\s_\-]*(?:number|no|#)|green[\s_\-]*card
    |permanent[\s_\-]*resident[\s_\-]*card|residen(?:t|ce)[\s_\-]*card|residence[\s_\-]*document|pr[\s_\-]*card|travel[\s_\-]*document
    |permesso[\s_\-]*di[\s_\-]*soggiorno|titre[\s_\-]*de[\s_\-]*s[ée]jour|aufenthalts(?:titel|erlaubnis)|tarjeta[\s_\-]*de[\s_\-]*residencia
    |t[íi]tulo[\s_\-]*de[\s_\-]*resid[êe]ncia|verblijfs(?:vergunning|document)|karta[\s_\-]*pobytu|uppeh[åa]llstillst[åa]nd|oturma[\s_\-]*izni
    |seam[ae]n['’]?s?[\s_\-]*(?:book|record[\s_\-]*book)|seafarer['’]?s?[\s_\-]*(?:book|id|identity[\s_\-]*document|record[\s_\-]*book)
    |discharge[\s_\-]*book|sirb|cdc[\s_\-]*(?:no|nr|number|नंबर)|cdc(?=[ \t]*:)|buku[\s_\-]*pelaut|posvidchenn?[iy]a[\s_\-]*moriaka
    |libreta[\s_\-]*de[\s_\-]*(?:embarque|navegaci[óo]n)|libretto[\s_\-]*di[\s_\-]*navigazione|seefahrtsbuch|livret[\s_\-]*maritime
    |philhealth(?:[\s_\-]*(?:id|pin|number|no))?|pag[\s_\-]*ibig(?:[\s_\-]*(?:mid|id|number|no))?
    |pan[\s_\-]*card|rnokpp|pasep|personal[\s_\-]*(?:customs[\s_\-]*)?clearance[\s_\-]*(?:code|number|no)|pccc
    |pan(?=[\s:#\-]*[a-z]{5}\d{4}[a-z](?![a-z0-9]))|r\.[\s]?č\.|rč
    |c\.?f\.?(?=[\s:#\-]*[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z](?![a-z0-9]))|n\.?i\.?[\s_\-]*(?:number|no|nr)
    |(?:pnr|cpr)(?=[\s:#\-]*(?:\d{2})?\d{6}[\-+]?\d{4}(?![a-z0-9]))
    |driv(?:er|ers|er['’]s|ing)[\s_\-]*licen[cs]e|(?:ontario|quebec|alberta|provincial|state)[\s_\-]*licen[cs]e
    |f[üu]hrerschein(?:[\s_\-]*(?:nr|nummer))?|f[üu]hrerscheinnr|rijbewijs(?:nummer)?|permis[\s_\-]*de[\s_\-]*conduire
    |(?:carn[ée]t?|licencia|permiso)[\s_\-]*de[\s_\-]*conduc(?:ir|ci[óo]n)|patente[\s_\-]*di[\s_\-]*guida|carta[\s_\-]*de[\s_\-]*condu[çc][ãa]o
    |carteira[\s_\-]*(?:nacional[\s_\-]*)?de[\s_\-]*habilita[çc][ãa]o|prawo[\s_\-]*jazdy|ridi[čc]sk[ýy][\s_\-]*pr[ůu]kaz|řidi[čc]sk[ýy][\s_\-]*pr[ůu]kaz|k[öo]rkort|k[øo]rekort
    |ajokortti|jogos[íi]tv[áa]ny|permis(?:ul)?[\s_\-]*de[\s_\-]*conducere|s[üu]r[üu]c[üu][\s_\-]*belgesi|ehliyet
    |surat[\s_\-]*izin[\s_\-]*mengemudi|gi[ấa]y[\s_\-]*ph[ée]p[\s_\-]*l[áa]i[\s_\-]*xe
"""
# ... and in scripts without letter case.
_UNCASED_NAMES = r"""(?:개인)?통관고유부호|מספר[\s_\-]*זהות|身[份分][证證](?:[号號]码?|字[号號]|號碼)?|الرقم[\s_\-]*القومي|رقم[\s_\-]*الهوية|الهوية[\s_\-]*الوطنية|رقم[\s_\-]*الإقامة|کد[\s_\-]*ملی|주민(?:등록)?번호|マイナンバー|個人番号|เลขประจำตัวประชาชน|תעודת[\s_\-]*זהות|ת[\.״"]ז"""
# The generic "ID number", "ID card", "ID no.": a person's only when nothing else is named before it
# ("Order ID number" is an order's), or when it is someone's ("my ID number", "his ID card").
_ID_ALONE = r"id[\s_\-]*(?:card|number|no|nr)(?:[\s_\-]*(?:number|no|nr))?"
_OWNERS = frozenset("my your his her their our its whose mein meine ihr ihre son sa mon su sus mi tu seu sua".split())
# Acronyms that are also words or other things' names ("pan", "run", "tin", "Taj", "CC:") count only
# as written, in capitals, and only before a value with many digits or many letters (`id_value`'s `strong`).
# Turkey's "T.C." (Türkiye Cumhuriyeti) before a citizen's number is written with its dots too; Malaysia's
# identity card is "IC" or "I/C" ("IC: 850101-14-5678").
_CAPITALS = r"PAN|RUN|RUT|TIN|SIN|RG|NIT|RFC|INE|DPI|BI|NID|TAJ|AFM|SSS|IRD|NHI|PPS|AHV|AVS|CPR|NIK|NIE|INN|CC|CI|TC|T\.C\.|UAN|NIS|PIS|IPN|IC|I/C"

# Between the name and the number: punctuation, a key's quotes, "no."/"N°"/"number"/"is"/"of the"
# (and "is" and "the" in the languages the names come in: "mitt personnr är …", "mon numéro de
# registre national est le …", "meine Steuer-ID ist die …").
_GAP = r"""(?:[\s:#=.\-()º°"'`>]|\b(?:n\.?o|no|nr|num|number|numbers|nummer|numero|número|n°|nº|n|pin|is|was|ist|est|es|è|é|är|er|je|jest|adalah|là|of|the|le|la|el|il|der|die|das|het|den|sz[áa]m|číslo|broj|numaras[ıi]|номер|număr|numer|nomor|numeris|numurs|số)\b|№){0,8}"""

# A value: letters and digits in groups joined by a dot, dash or slash, or by a space between
# digits ("1884 5419 1956", "756.1234.5678.97", "12.345.678-K"), with a check character in
# brackets at the end ("A123456(7)").
_BODY = (
    r"[A-Za-z0-9](?:[A-Za-z0-9]|[.\-/](?=[A-Za-z0-9])|(?<=\d)[ ](?=\d)|[ ](?=(?=[A-Za-z]*\d)[A-Za-z0-9]{3}(?![A-Za-z0-9]))"
    # A capital alone between spaced digit groups, as Germany's social insurance number has it ("12 150385 M 123").
    r"|(?<=\d)[ ](?=[A-Z][ ]\d)|(?<=\d[ ][A-Z])[ ](?=\d)){4,28}(?:\([A-Za-z0-9]\))?"
)
# Nothing of a Latin word glued on either side; a Chinese or Arabic word may be ("身分證字號J168785865").
_LATIN = r"0-9A-Za-z\u00c0-\u024f"
# ... or a document's series in capitals, a space, then its number ("AB 123456", "MUM 123456"), in
# Greek and Cyrillic capitals too (a Greek identity card's "ΑΗ 207415").
_SERIES = r"[A-ZΑ-ΩА-Я]{1,3}[ ]\d{5,10}"
_VALUE = rf"(?<![{_LATIN}_\-./])(?:{_SERIES}(?![{_LATIN}_]|[ ]\d)|{_BODY})(?![{_LATIN}_]|[\-./][{_LATIN}])"

# Names are found in the lower-cased text, the value right after in the text as written. The names
# are grouped by first letter (some 150 alternatives tried at every character cost 1.8 ms on 8 KB),
# and each ends where its word does ("cni" is not the start of "cnic"). The uncased ones are read
# only in a text that is not all ASCII, written in NFKC as the recognizers read the text (Thai's
# "ำ" is two characters there); a word of their script may stand right before them.
_NAMED = re.compile(f"(?:{by_first_letter(''.join(_NAMES.split()) + '|' + _ID_ALONE)})(?![^\\W_])")
_NAMED_UNCASED = re.compile(unicodedata.normalize("NFKC", _UNCASED_NAMES))
_ALONE = re.compile(_ID_ALONE)
_NAMED_IN_CAPITALS = re.compile(f"(?:{_CAPITALS})(?![^\\W_])")
_AFTER = re.compile(rf"(?i:{_GAP})(?P<value>{_VALUE})")
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[^\S\n]+$")
# Whose, then a country's adjective in capitals: "my South African", "her Israeli".
_OWNER_AND_COUNTRY = re.compile(r"\b(?i:my|your|his|her|their|our)[^\S\n]+(?:[A-Z][^\W\d_]+[^\S\n]+){1,2}$")
_WHOLE = re.compile(f"{_SERIES}|{_BODY}")
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")


def id_value(value: str, strong: bool = False) -> bool:
    """Whether `value` is shaped as an identity number: six to 24 letters and digits in groups (`_BODY`),
    most of them digits or a mix of letters and digits, and no date. `strong`: the looser names
    (capitals such as "PAN", "RUT", "NHI") need seven digits, or three letters and four digits
    ("HOLVO4719U", "EGR7355")."""
    if _DATE.fullmatch(value) or not _WHOLE.fullmatch(value):
        return False
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    if not 6 <= digits + letters <= 24 or digits < 4:
        return False
    if strong:
        return digits >= 7 or letters >= 3 and digits + letters >= 7
    return digits >= 5 or letters >= 3


class IdentityNumberRecognizer(ShapeRecognizer):
    """Identity, tax and social-security numbers of any country right after their name."""

    ENTITY = ENTITY

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        lower = lower_at_offsets(text)
        seen: set[int] = set()
        uncased = [] if text.isascii() else list(_NAMED_UNCASED.finditer(lower))
        for named in [*_NAMED.finditer(lower), *uncased]:
            if named.re is _NAMED and _glued(lower, named.start()):
                continue  # inside a word ("mandate", "order_id_number"); "申请人身份证号码" runs on unspaced
            if _ALONE.fullmatch(named.group()) and not _someones(lower[max(0, named.start() - 40) : named.start()], text[max(0, named.start() - 40) : named.start()]):
                continue
            yield from _value_after(text, named.end(), False, seen)
            yield from _value_before(text, named.start(), seen)
        for named in _NAMED_IN_CAPITALS.finditer(text):
            if not _glued(text, named.start()):
                yield from _value_after(text, named.end(), True, seen)
                yield from _value_before(text, named.start(), seen)

    def precheck(self, text: str) -> bool:
        digits = 0
        for c in text:
            if c.isdigit():
                digits += 1
                if digits >= 4:
                    return True
        return False


# ... or after a few words that qualify the name, then a colon: "ת.ז. לפי הטיקט: 205718349" (the ID
# number "as the ticket has it"), "NIN from the old form: …".
_QUALIFIED = re.compile(rf"\.?[^\S\n]+(?:[^\W\d_][\w'’\-]*[^\S\n]+){{0,2}}[^\W\d_][\w'’\-]*[^\S\n]*[:：][^\S\n]*(?P<value>{_VALUE})")


def _value_after(text: str, at: int, strong: bool, seen: set[int]) -> Iterator[tuple[int, int, float]]:
    """The value right after a name that ends at `at` (or after a few words qualifying it and a
    colon, `_QUALIFIED`), once (`seen`: where values were found)."""
    for pattern in (_AFTER, _QUALIFIED):
        m = pattern.match(text, at)
        if m and id_value(m.group("value"), strong):
            if m.start("value") not in seen:
                seen.add(m.start("value"))
                yield m.start("value"), m.end("value"), 0.85
            return


# A value just before its name, joined by a few words that say it is that number or by a bracket:
# "4711 0815 is my BSN", "is 042825866 a valid BSN?", "12078363272 (fødselsnummer)". Not a comma,
# after which the name starts a phrase of its own ("call 0612 345 678, BSN team").
_BEFORE_NAME = re.compile(
    rf"(?P<value>{_VALUE})(?:[^\S\n]*\([^\S\n]*|[^\S\n]+(?:(?i:is|was|a|an|the|my|his|her|their|your|our|valid|correct|real|proper)[^\S\n]+){{0,3}})$"
)


def _value_before(text: str, at: int, seen: set[int]) -> Iterator[tuple[int, int, float]]:
    """The value right before a name that starts at `at` (`_BEFORE_NAME`), once; the looser
    shape's digits (seven or more) are asked, as for the names in capitals."""
    m = _BEFORE_NAME.search(text, max(0, at - 60), at)
    if m and m.start("value") not in seen and id_value(m.group("value"), strong=True):
        seen.add(m.start("value"))
        yield m.start("value"), m.end("value"), 0.85


def _glued(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")


def _someones(before: str, written: str) -> bool:
    """Whether a bare "ID number" after `before` (lower-cased; `written`, the same as written) is a
    person's: the word before it says whose ("my", "her"), or says whose before the country's
    name in capitals ("my South African ID number"), or no word comes before it on its line (a
    form's field, a key)."""
    m = _WORD_BEFORE.search(before)
    return m is None or m.group("word") in _OWNERS or _OWNER_AND_COUNTRY.search(written) is not None
