"""Postal addresses as one LOCATION: house number, street, unit, city, state or region, postcode.

An address is anchored on a street: a house number and capitalised words ending in a street type
(USPS Publication 28 suffixes, their UK and European counterparts), or a European street type
leading or trailing the name ("Calle Mayor 5", "Hauptstraße 12", "12 rue de la Paix"), or a US
military address (PSC/Unit … APO/FPO/DPO). From the anchor the match runs on over what follows
an address: units, capitalised place names, state codes, postcodes of several countries, across
commas and line breaks, and stops at the first thing that is none of these. Street names without
a number count when a street word or a place preposition says what they are ("lives on Christine
Spring street", "the north side of Seth Fork").
"""

from __future__ import annotations

from typing import Callable, Iterator

import re

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.starts import Anchored
from privacy_gateway.detection.address_case import recased_lines
from privacy_gateway.detection.cjk_addresses import cjk_addresses
from privacy_gateway.detection.script_addresses import hebrew_streets, labelled_script_addresses, thai_addresses
from privacy_gateway.detection.cyrillic_places import cyrillic_divisions
from privacy_gateway.detection.spoken import says_numbers, spoken_view
from privacy_gateway.detection.street_lines import street_lines
from privacy_gateway.detection.street_types import STREET_TYPE_LIST, STREET_TYPED, TRAILING_LOWER_TYPE
from privacy_gateway.detection.street_types import COMPOUND_STREET as _COMPOUND_STREET
from privacy_gateway.detection.street_types import LEADING_TYPE as _LEADING_TYPE
from privacy_gateway.detection.street_types import NUMBERED_STREET_TYPE as _NUMBERED_STREET_TYPE
from privacy_gateway.detection.street_types import PLAIN_STREET_TYPE as _PLAIN_STREET_TYPE
from privacy_gateway.detection.street_types import STREET_TYPE as _STREET_TYPE
from privacy_gateway.detection.street_types import FLOOR_WORD, NUMBER_SIGN, UNIT_WORD

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*\p{Ll}|\d{1,3}(?i:st|nd|rd|th)|[IVX]{1,4}\b)"  # "Queen's", "O'Neil", "5th", "4TH", "V"
# A town whose name opens with a lower-case prefix, as Zulu and Xhosa names do ("eThekwini", "uMhlathuze").
_PREFIXED_TOWN = r"\p{Ll}\p{Lu}\p{Ll}{3,}"
_CONNECT = r"(?:de|del|de la|della|delle|dei|degli|dello|di|da|do|dos|das|du|des|la|le|les|l'|d'|van|von|der|den)"
# Inside a street's name after its leading type: a connecting word, French's elided article glued to
# the next word ("place de l'Église", "rue d’Alsace"), and the "and" of two names, as Spanish,
# Catalan and Portuguese streets are named after people ("C/ Ramón y Cajal", "Carrer de Pi i Margall").
_STREET_CONNECT = rf"(?:(?:{_CONNECT}|y|i|e)\s+(?:[lLdD]['’](?=\p{{Lu}}))?|[lLdD]['’](?=\p{{Lu}}))"
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?"
_UNIT = (
    r"(?:(?i:apt|apartment|appartamento|appartement|app|appt|wohnung|whg|lgh|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|box|po box|p\.o\. box|h\.\s?no|"
    r"puerta|piso|planta|piano|scala|interno|étage|bloco|apto|sala)\.?\s*#?\s*|#\s*)[A-Za-z]?\d+[A-Za-z]?"
)
# After a street, a unit in any of the languages `street_types.UNIT_WORD` knows ("Local 4", "byt 8",
# "Depto. 6014", "Ap. 704"), a floor counted with a full stop ("3. kat", "3. patro", "3. tv.", "2.
# Stock"), or a house number after its number sign ("N° 409", "Nr. 114"). Not at an address's
# start, where "no", "top" and "level" and a number are as often anything else.
_TAIL_UNIT = (
    rf"(?:{UNIT_WORD}\.?[ \t]*#?[ \t]*[A-Za-z]?\d+[A-Za-z]?(?![\p{{L}}\d])"
    rf"|\d{{1,2}}\.[ \t]?{FLOOR_WORD}\.?(?![\p{{L}}\d])"
    rf"|{NUMBER_SIGN}[ \t]*\d{{1,5}}[A-Za-z]?(?![\p{{L}}\d]))"
)
# A floor and door as Spain, Portugal and Latin America write them after the house number: "2º",
# "3º 1ª", "4.º B", "5ª izq." (the detector reads "º" and "ª" folded to "o" and "a"), Catalan "2n 1a",
# "1r 2a"; only after a street.
_FLOOR = r"\d{1,2}\.?(?:[ºªoa]|(?<=\d)(?:r|n|t|è))(?![\p{L}\d])(?:[ \t]?(?:\d{1,2}[ºªoa]?|[A-Za-z]|(?i:izq|izda|dcha|dch|der|esq|dto|dt)\.?)(?![\p{L}\d]))?"
# A comma and up to two line breaks, literal "\n" too; a new line may be quoted ("> ") or bulleted ("- ").
_BREAK = r"(?:\n|\\n)[ \t]*(?:>[ \t>]*)?(?:[\-+*•·][ \t]+)?"
# One line's parts may be set apart as letterheads and labels print them: "Hauptstraße 41 • 74589 Satteldorf".
_GAP = rf"(?:[ \t]*(?:,|[•·|]|{_BREAK})?[ \t]*(?:{_BREAK})?[ \t]*|[ \t]+[-–][ \t]+(?=\d{{6}}(?!\d)))"  # "Karnal - 118299": India's PIN after a dash

# A compass point may lead the street's name, as North American addresses write it: "330 W 4th Ave",
# "1600 NW 14th St", "12 N. Main St".
_DIRECTION = r"(?:[NSEW]|NE|NW|SE|SW)\.?"
_US_STREET = rf"{_NUMBER},?\s+(?:{_DIRECTION}\s+)?(?:{_WORD}\s+){{1,4}}?{_NUMBERED_STREET_TYPE}(?:\s+{_STREET_TYPE})?"
# A unit, then a street with no number: "Flat 7, Williams Field", "H.No. 512, Merchant Ganj".
_UNIT_STREET = rf"{_UNIT}{_GAP}(?:{_WORD}\s+){{1,4}}?{_STREET_TYPE}"
_EU_LEADING = rf"(?:{_NUMBER},?\s+)?{_LEADING_TYPE}\s+{_STREET_CONNECT}?{_WORD}(?:\s+{_STREET_CONNECT}?(?!(?i:Nr|Nro|No)\b){_WORD}){{0,3}}(?:,?\s+(?:{NUMBER_SIGN}\s*)?{_NUMBER})?"
# The lookahead only says what the match needs anyway (a word of letters and hyphens, then a
# number): it spares each capitalised word the suffix tried at every one of its letters.
# After a street's name, a house number may take its letter after a space, as the Nordic countries
# and the Netherlands write it: "Storgatan 14 B", "Hoofdstraat 12 A".
_HOUSE_LETTER = r"(?:[ \t][A-H](?![\p{L}\d'’.]))?"
_EU_COMPOUND = rf"(?=\p{{Lu}}[\p{{L}}\-]*\.?\s+\d){_COMPOUND_STREET}\s+{_NUMBER}{_HOUSE_LETTER}"
_MILITARY = (
    r"(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USNV|USS|USCGC)\s+\p{Lu}\p{Ll}+)"
    r",?\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}"
)

_POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?"  # US ZIP, DE, FR, ES, IT
    r"|\p{Lu}{1,2}\d[\p{Lu}\d]?\s?\d\p{Lu}{2}"  # UK
    r"|\p{Lu}\d\p{Lu}\s?\d\p{Lu}\d"  # Canada
    r"|\d{4}(?:\s?\p{Lu}{2})?"  # NL, AT, CH, BE, DK, AU
    r"|\d{3}\s?\d{2}|\d{2}-\d{3}|\d{3}-\d{4}"  # SE, PL, JP
    r"|\d{6}|\d{8}|\d{5}-\d{3}|\d{4}-\d{3}"  # IN, BR, PT
    r"|[A-Z]\d[\dW]\s?[A-Z0-9]{4}"  # IE Eircode
    r"|\p{Lu}{1,2}-\d{4,5}"  # a country letter first: H-1335, D-80331, CH-8001
    r"|\p{Lu}\d{4}\p{Lu}{3})"  # Argentina's CPA: C1043AAZ
)
_TAIL_ITEM = (
    rf"(?:{_UNIT}|{_TAIL_UNIT}|{_FLOOR}|{_NUMBER}(?=,)|{_POSTCODE}(?![\w\-]|\.\d)|\p{{Lu}}{{2,3}}\b(?![.\-]\d)|\(\p{{Lu}}{{2}}\)|/\s*\p{{Lu}}{{2}}\b"
    rf"|{_WORD}(?:[ \-]+(?:{_CONNECT}\s+)?{_WORD}){{0,3}}(?:-\d{{6}})?|'t\s+{_WORD}|{_PREFIXED_TOWN})"
)
# A unit before the street may be set off by a dash, as Canada writes it: "Unit 2562 - 330 W 4th Ave".
_UNIT_GAP = rf"(?:{_GAP}|[ \t]+[-–][ \t]+(?=\d))"
# A tenement flat's position before its street, as Glasgow and Edinburgh write it: the floor, a
# slash and the door ("2/1, 47 Ashton Lane", "0/L 12 Ruthven Street"); only before a numbered street.
_FLAT_POSITION = r"(?:\d{1,2}/(?:\d{1,2}|[LRlr])(?=,?[ \t]+\d))"
_A_LETTER = regex.compile(r"\p{L}")
_ADDRESS = regex.compile(
    rf"(?<![\w\-./])(?P<street>(?P<unit>(?:{_UNIT}|{_FLAT_POSITION}){_UNIT_GAP})?(?:(?P<military>{_MILITARY})|{_US_STREET}|{_EU_COMPOUND}|{_EU_LEADING})|{_UNIT_STREET})"
    # A word before a colon is the next field's label, not the address's ("… G12 8SJ\nPrice: £215,000").
    rf"(?:{_GAP}{_TAIL_ITEM}(?![\w])(?![ \t]*:))*",
    regex.VERSION1,
)
# Where a match of it can start: its lookbehind holds and every street's shape opens with a letter,
# a digit or "#" (`starts`; a third of the scan's time went on trying it inside words).
_ADDRESS_STARTS = Anchored(_ADDRESS, r"(?<![\w\-./])[#\w]")
# Abbreviations whose full stop belongs to the address; any other final full stop ends the sentence.
_ABBREVIATIONS = frozenset("st ave av rd blvd bd apt ste dr ln ct pl sq pkwy hwy str fl rm bldg".split())
# Words just before an address that say it is one.
_ADDRESS_CUE = regex.compile(
    r"(?i:\b(?:at|on|to|in|from|address|addr|live|lives|living|located|ship|send|deliver|visit|moved|office|home"
    # Where someone waits or is met, collected or dropped: "pick up is outside 41 great oak street".
    r"|outside|opposite|behind|beside|near|by|round|around|next[ \t]+to|across[ \t]+from|c/o|care[ \t]+of"
    r"|pick[ \t-]?up|drop[ \t-]?off|collect|collection|meet|meeting|stay|staying"
    # The same in the languages whose streets `street_types` knows: "j'habite au 5 rue des Lilas",
    # "ich wohne in der Hauptstraße 12", "vivo en la calle Mayor 5", "abito in via Roma 3", "moro na
    # Rua Augusta 12", "ophalen op Markt 15", "mieszkam przy ul. Długiej 5".
    r"|au|aux|à|chez|adresse|habite|domicile|livraison|wohne|wohnt|wohnhaft|anschrift|in[ \t]+der|im|bei|abholung"
    r"|en|vivo|vive|dirección|direccion|domicilio|indirizzo|abito|presso|ritiro|moro|mora|endereço|morada|na|no|em"
    r"|woon|woont|adres|op|aan|ophalen|afhalen|mieszkam|przy|odbiór|adresa|bydlím|bor|bosatt|adressen)\b\W*)$"
    # After a town's postcode and a comma: "à Uzès (30700), 5 rue Émile Zola".
    r"|\d{4,6}\)?[ \t]*,[ \t]*$"
)
# What comes shortly before an address said aloud: "send it to", "lives at", "my address is".
_SPOKEN_CUE = regex.compile(r"(?i:\b(?:at|to|address|addr|live|lives|living|located|ship|send|deliver|moved|home|postcode|zip|code)\b)")
# A street name with no number, told apart by its street word or the preposition in front.
_NAMED_STREET = regex.compile(
    rf"(?:(?<=\b(?i:on|at|of|near|along|off|down|up|to|from|in|into|onto|via|past)\s+(?:the\s+)?)"
    rf"(?:{_WORD}\s+){{1,3}}(?!(?i:via)\b){_STREET_TYPE}"  # "to Adelaide via the coast": "via" after a name is the preposition
    rf"|(?:{_WORD}\s+){{1,3}}{_PLAIN_STREET_TYPE}\b"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}}(?=\s+(?:street|road|avenue|lane|boulevard)\b))",
    regex.VERSION1,
)

# The same with no number in other languages: a street type after the name, lower case as they
# write it ("lives on Somogyi utca", "Kossuth tér", "Atatürk caddesi"), or a capitalised type
# before it ("lives on Rua das Flores", "works at Calle Mayor"), after a preposition of place.
_NAMED_FOREIGN_STREET = regex.compile(
    rf"(?<=\b(?i:on|at|of|near|along|off|in|into|onto|via|past|to|from|lives|live|living)\s+(?:the\s+)?)"
    rf"(?:(?:{_WORD}\s+){{1,3}}{TRAILING_LOWER_TYPE}(?!\p{{L}})"
    rf"|(?=\p{{Lu}}){_LEADING_TYPE}\s+(?:{_CONNECT}\s+)?{_WORD}(?:\s+(?:{_CONNECT}\s+)?{_WORD}){{0,3}})",
    regex.VERSION1,
)


_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
).split()
# "Springfield, IL 62704": a town, a state and a ZIP, with or without a street before them.
_TOWN_STATE_ZIP = regex.compile(
    rf"(?<![\w\-])(?:{_WORD}[ \t]+){{0,2}}{_WORD},?[ \t]+(?:{'|'.join(_US_STATES)})[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w\-])",
    regex.VERSION1,
)
# Australia's town, state and four-digit postcode ending the field, and the numbered street before it
# ("4/19 Esplanade, Yeppoon QLD 4703", "Sandgate QLD 4017"): the state's code and the postcode say
# what the line is, whatever the street's words are.
_AU_STATES = "NSW|VIC|QLD|SA|WA|TAS|NT|ACT"
_AU_TOWN_STATE_POSTCODE = regex.compile(
    rf"(?<![\w\-/])(?:(?:\d{{1,4}}[A-Za-z]?/)?\d{{1,5}}[A-Za-z]?[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}},[ \t]*)?"
    rf"(?:{_WORD}[ \t]+){{0,2}}{_WORD},?[ \t]+(?:{_AU_STATES})[ \t]+\d{{4}}(?![\w\-])"
    # The postcode ends the address's field: "Windows NT 4000 users", "Perth WA 6000 or Hobart" are no addresses.
    r"(?=[ \t]*(?:[,.;:)\]|\n]|$)|[ \t]+(?i:ph|tel|phone|mob|mobile|australia|au)\b)",
    regex.VERSION1,
)
_AU_STATE_POSTCODE = re.compile(rf"\b(?:{_AU_STATES})[ \t]+\d{{4}}\b")
# A statute is "the … Act" and its year ("THE CHILDREN ACT 1989"); a town in the Australian Capital
# Territory follows no "the" (`_AU_TOWN_STATE_POSTCODE`).
_STATUTE_BEFORE = re.compile(r"(?i:\bthe)[ \t]+$")
_ACT_YEAR = re.compile(r"\bACT[ \t]+(?:1[89]|20)\d\d$")
# A postcode after words that say it is one: "my zip code is 60614", "PLZ 80331", "post code m5v 3l9".
_POSTCODE_AFTER_CUE = regex.compile(
    # The first letters the cues below start with: lets the scan skip every other position cheaply.
    r"(?=[zZpPcCeEkKiInNtTmMτΤпПиИіІ〒郵우邮รמ])"
    rf"(?:(?i:\b(?:(?:zip(?=[ \t]*(?:[:#=]|is\b))|zip\s*code|zipcode|postcode|post\s*code|postal\s*code|postal|"
    rf"post-?code|code\s+postal|c[oó]digo\s+postal|eircode|codice\s+postale|postnr|"
    # India's PIN code, and the abbreviations of forms ("P/code", "P/C", "Pcode").
    rf"pin\s*code|pincode|pin(?=[ \t]*[:#=\-]|[ \t]+\d{{6}}\b)|p/\s?code|pcode|p/c(?=[ \t]*[:#=\-]))\b|"
    # Words that take endings ("postinumeroani", "Posta kodum", "kodu pocztowego", "Postleitzahlen"),
    # in German, the Nordic languages, Finnish, Polish, Hungarian, Turkish, Czech and Slovak,
    # the South Slavic languages, Romanian, Indonesian and Malay, Afrikaans, Greek, Russian.
    rf"postleitzahl|postnummer|postinumero|kod\w*[ \t]+pocztow|irányítószám|posta[ \t]+kod|po[sš]tovn\w*[ \t]+sm\w*[ \t]+[čc]|"
    rf"po[sš]tansk\w*[ \t]+broj|po[sš]tn\w*[ \t]+[sš]tevilk|cod[ \t]+po[sșş]tal|kode[ \t]+pos|poskod|ταχυδρομικ\w*[ \t]+κώδικ|"
    # Russian and Ukrainian, as the text's normalizing may have written them in Latin look-alikes
    # where the rest of the text is English ("индeкc", "iндекс").
    rf"почтов\w*[ \t]+[иіi]нд[еe]к[сc]|[иіi]нд[еe]к[сc]|po[cç]t[ \t]+indeks)\p{{L}}{{0,6}}(?!\p{{L}})|"
    # "ZIP+4 46008-2238", and "zip" right before a ZIP ("zip 60614", never "zip file 1").
    # "zip" right before a code whose separator makes it one too ("zip 3784-224", "zip 990 56").
    rf"\b(?:zip\s*\+\s*4|zip(?=[ \t]+(?:\d{{5}}(?:-\d{{4}})?|\d{{4,5}}-\d{{3}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{3}}-\d{{4}})\b))\b)"
    # Abbreviations: in capitals, or as chats type them ("mi cp es 28013", "plz 80331").
    # The abbreviations with full stops end in one, where no word boundary follows ("C.P. 03940").
    rf"|\b(?:PLZ|CP|C\.P\.|CAP|NPA|CEP|PSČ|PSC|TK|T\.K\.|Τ\.?Κ\.?|(?i:cp|c\.p\.|plz|cep|psč))(?![\p{{L}}\d])"
    # Where words end without a space: Japanese, Korean, Chinese, Thai, Vietnamese.
    rf"|〒|郵便番号|우편번호|邮编|邮政编码|郵遞區號|郵政編碼|รหัสไปรษณีย์|מיקוד|(?i:mã[ \t]+bưu[ \t]+(?:chính|điện)))"
    # "is", "ist", "est", ": " or another short word between: "PLZ ist 04109", "zip is 73301".
    rf"(?:['’]s)?[ \t]*(?:(?i:will be|should be)[ \t]+|\p{{L}}{{1,4}}\.?[ \t]+|[:#=\-][ \t]*)?"  # "postcode's SW1A 1AA"
    # A country's letters may lead the code: "H-1335", "D-80331", "CH-8001".
    # After a postcode word, seven digits too (Chile, Israel), and Azerbaijan's "AZ 1000".
    rf"(?P<code>(?:\p{{Lu}}{{1,2}}-|AZ[ \t]?)?(?i:{_POSTCODE}|\d{{7}}))(?![\w\-]|\.\d)",
    regex.VERSION1,
)


# A postcode alone where a delivery is asked about: "can you deliver a sofa to 1857 on Saturday?",
# "Is 14460 covered by the same-day courier?". A year is no postcode where coverage is asked ("Is
# 2024 covered by the warranty?"); after "deliver … to" it would be a strange one.
_DELIVERY_CODE = regex.compile(
    r"(?i:\b(?:deliver|delivers|delivering|delivery|ship|ships|shipping|courier)\b[^\n.?!]{0,30}?\bto[ \t]+)"
    r"(?P<code>\d{4,5})(?=[ \t]*(?:[?.!,;]|$)|[ \t]+(?i:on|by|before|this|next|today|tomorrow|tonight)\b)"
    r"|(?i:\b(?:is|are)[ \t]+)(?P<code>(?!19\d\d\b|20\d\d\b)\d{4,5})[ \t]+"
    r"(?i:covered|served|serviceable|eligible|in[ \t]+(?:the|your)[ \t]+(?:delivery|service|catchment)[ \t]+(?:area|zone|radius))\b",
    regex.VERSION1 | regex.MULTILINE,
)


def postcode_cue_at(text: str, start: int) -> bool:
    """Whether a postcode's cue and its code start at text[start] ("מיקוד 9503451", "PLZ 80331")."""
    return _POSTCODE_AFTER_CUE.match(text, start) is not None


# The cue after the code: "Is W4 4US a valid UK postcode?", "60614 is my zip code".
_POSTCODE_BEFORE_CUE = regex.compile(
    rf"(?<![\w\-.])(?P<code>(?:\p{{Lu}}{{1,2}}-)?{_POSTCODE})[ \t]+(?:is[ \t]+)?(?i:a|an|the|my|our|this|that)[ \t]+"
    rf"(?:[\p{{L}}.\-]+[ \t]+){{0,2}}?(?i:zip[ \t]*code|zip|post[ \t]*code|postal[ \t]+code|postcode|plz|cap|cep)(?![\w\-])",
    regex.VERSION1,
)
# The code opens with a capital or a digit (no case-insensitive part before it): tried only there.
_POSTCODES_BEFORE_CUE = Anchored(_POSTCODE_BEFORE_CUE, r"(?<![\w\-.])[\d\p{Lu}]")


# Address blocks: short lines, one with a house number, one with a postcode ("Iasi,  277148",
# "Miashire, TAS 2927", "- 02759"), whatever the street is called.
# A line's quoting and list marker: "> ", "- ", "* ", "1. ", "2) ".
_LINE_PREFIX = regex.compile(r"[ \t]*(?:>[ \t>]*)?(?:[\-+*•·][ \t]+|\d{1,2}[.)][ \t]+)?")
_TOWN = rf"{_WORD}(?:[ \-]+(?:{_CONNECT}[ \t]+)?{_WORD}){{0,3}}"  # "Caldeira de Marques", "Saint-Denis"
_POSTCODE_LINE = regex.compile(
    rf"(?:{_TOWN},?[ \t]+)?(?:\p{{Lu}}{{2,3}}[ \t]+)?(?:{_POSTCODE}|\d{{4}}\p{{Lu}}{{2}})"
    rf"(?:,?[ \t]+{_TOWN})?",
    regex.VERSION1,
)
_STREET_LINE = regex.compile(r"(?=.*\d)(?=.*\p{L}{3})(?!.*\d[:.]\d\d\b)[^?!=:;{}<>@]{4,70}", regex.VERSION1)
# Where a cue word may start: a word's start, or a camelCase hump ("shipTo", "billingAddress"),
# never inside a word ("postgres", "email", "resend").
CUE_START = r"(?:(?<![\p{L}\d])|(?<=\p{Ll})(?=\p{Lu}))"
# "post" and "mail" as words of their own or with their suffixes, never "postgres" or "e-mail".
POST_MAIL = r"post(?:al|code|s|ed|ing|age|box|man)?(?!\p{L})|(?<!e-)mail(?:s|ed|ing|box|room)?(?!\p{L})"
_BLOCK_CUE = regex.compile(
    rf"{CUE_START}(?i:address|label|ship|deliver|{POST_MAIL}|send|billing|invoice to|recipient|residence|lives|office|"
    r"anschrift|adresse|empfänger|versand|lieferung|direcci[oó]n|env[ií]o|indirizzo|spedizione|endere[cç]o|livraison|colis)"
)


def _block_line(body: str) -> bool:
    """A short line that may belong to an address block: no question, label or sentence's end
    ("Arany János utca 70." ends in a house number's full stop, as Hungarian writes it)."""
    if not 0 < len(body) <= 70 or len(body.split()) > 8 or body.endswith(("?", ":")):
        return False
    return not body.endswith(".") or body[-2:-1].isdigit()


def address_blocks(text: str, technical: bool = False) -> Iterator[tuple[int, int]]:
    """Each line of a postal address block from its street line on: a run of short lines holding a
    street line (a house number) above or beside a postcode line. In technical text only after a
    line that says it is an address."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        prefix = _LINE_PREFIX.match(raw).end()
        body = raw[prefix:].rstrip(" \t,")
        lines.append((pos + prefix, body))
        pos += len(raw) + 1
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _block_line(lines[j][1]):
            j += 1
        if j - i >= 2:
            run = lines[i:j]
            first = _block_start([body for _, body in run], lines[i - 1][1] if i > 0 else "", technical)
            for start, body in run[first:] if first is not None else ():
                yield start, start + len(body)
        i = max(j, i + 1)


def _block_start(run: list[str], before: str, technical: bool) -> int | None:
    """Where the address in a run of short lines starts: its street line, above a postcode line.

    A street line has a house number. A street named without one ("Bulevardul Iolanda
    Stănescu") counts only right above a postcode and town line, in a block a line says is an
    address ("Send the samples to:", "**Shipping address**")."""
    streets = [k for k, body in enumerate(run) if _STREET_LINE.fullmatch(body) and not _POSTCODE_LINE.fullmatch(body)]
    codes = [k for k, body in enumerate(run) if _POSTCODE_LINE.fullmatch(body)]
    cued = bool(_BLOCK_CUE.search(before)) or bool(_BLOCK_CUE.search(run[0])) and not any(c.isdigit() for c in run[0])
    # Without a cue the postcode must look like one: a town beside it, or letters in it.
    shaped = any(_A_LETTER.search(run[k]) for k in codes)
    if streets and codes and codes[-1] > streets[0] and (cued or shaped and not technical):
        return streets[0]
    if not streets and codes and cued and shaped and codes[0] >= 1 and _UNNUMBERED_STREET.fullmatch(run[codes[0] - 1]):
        return codes[0] - 1
    return None



# One line, street first and the town after a comma, as most of Europe, Indonesia and Australia
# write it: "Salamakuja 01, 21621 Pornainen", "Dunaújvárosi utca 216., H-7491 Miskolc",
# "Jl. Gardujati No. 2, Banda Aceh 51978", "3/192 Campos Byway, Bradshawview ACT 2949". The street
# may be any words with a house number; the postcode and town after the comma say it is a street.
# Lower-case words of a street name ("utca", "bulevardi"), never English function words ("send it to").
_LOWER_STREET_WORD = rf"(?!(?:{'|'.join(sorted((w for w in STOP_WORDS if w.isalpha()), key=len, reverse=True))})\b)\p{{Ll}}{{2,}}\.?"
_STREET_WORDS = rf"(?:{_WORD}|{_LOWER_STREET_WORD}|(?i:No|Nr|Nro|Núm)\.?|\p{{Lu}}{{1,3}}\.)"
# A street line without a number (`address_blocks`): a capitalised word, then street words.
_UNNUMBERED_STREET = regex.compile(rf"{_WORD}(?:[ \t]+(?:{_CONNECT}[ \t]+){{0,2}}{_STREET_WORDS}){{1,5}}", regex.VERSION1)
# A four-digit postcode that reads as a year ("Chapter 3, 1999 Edition") is left out.
_INLINE_POSTCODE = rf"(?!(?:19|20)\d\d\b){_POSTCODE}"
_INLINE_ADDRESS = regex.compile(
    rf"(?<![\w\-./])(?:{_NUMBER}[ \t]+)?\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+{_STREET_WORDS}){{0,5}}?[ \t]+{_NUMBER}\.?"
    rf"(?:[ \t]+{_UNIT})?,[ \t]+(?:\p{{Lu}}-)?"
    rf"(?:{_INLINE_POSTCODE}[ \t]+{_WORD}(?:[ \-]+(?:{_CONNECT}[ \t]+)?{_WORD}){{0,2}}"
    rf"|{_WORD}(?:[ \-]+{_WORD}){{0,2}}[ \t]+(?:\p{{Lu}}{{2,3}}[ \t]+)?{_INLINE_POSTCODE})(?![\w\-])",
    regex.VERSION1,
)
# Brazil and Portugal put the house number after the street, between commas, then the CEP or
# código postal and the town: "Passarela de Abreu, 49, 69471-031 Rocha", "Rua Augusta, 12, 1100-053 Lisboa".
_LUSO_ADDRESS = regex.compile(
    rf"(?<![\w\-./])\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+{_STREET_WORDS}){{0,5}}?,[ \t]+{_NUMBER}\.?,[ \t]+"
    # The neighbourhood (bairro) may stand before the CEP, the state after the town ("Rezende / PI").
    rf"(?:{_TOWN},[ \t]+)?(?:\d{{5}}-?\d{{3}}|\d{{4}}-\d{{3}})[ \t]+{_WORD}(?:[ \-]+(?:{_CONNECT}[ \t]+)?{_WORD}){{0,2}}"
    rf"(?:[ \t]*/[ \t]*\p{{Lu}}{{2}}\b)?(?![\w\-])",
    regex.VERSION1,
)
# Brazil's one line: street, number, the bairro after a dash, the town and its state after a dash
# or a slash, then the CEP: "Rua das Flores, 123 - Jardim América, São Paulo - SP, CEP 01234-567";
# the town may follow the number after a dash: "Rua das Flores, 120 – Tiradentes - MG, 36325-000".
_BR_ADDRESS = regex.compile(
    rf"(?<![\w\-./])\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+{_STREET_WORDS}){{0,5}}?,[ \t]+{_NUMBER}(?:(?:[ \t]+-[ \t]+{_TOWN})?,[ \t]+|[ \t]+[–—-][ \t]+)"
    rf"{_TOWN}[ \t]*[-/][ \t]*\p{{Lu}}{{2}}(?![\w\-])(?:,?[ \t]+(?:CEP:?[ \t]*)?\d{{5}}-?\d{{3}}(?![\w\-]))?",
    regex.VERSION1,
)
# Hungary writes the postcode and the town first, then the street and its number: "1055 Budapest,
# Kossuth Lajos utca 12.", "H-3705 Hátháza, Arany jános utca 242.". The street ends in its type
# (`STREET_TYPED`), so "12345 Shipped, Tracking Number 5" is no address.
_TOWN_FIRST = regex.compile(
    rf"(?<![\w\-./]){_INLINE_POSTCODE}[ \t]+{_TOWN},[ \t]+"
    rf"(?P<street>\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+{_STREET_WORDS}){{0,5}}?)[ \t]+{_NUMBER}(?![\w\-])"
    # The flat after the house number, as Hungary writes it: the floor in Roman numerals and the door
    # ("22. III/14."), the ground floor ("9. fsz. 2."), a floor and door in words ("4. em. 12.").
    rf"(?:\.?[ \t]+(?:[IVX]{{1,4}}\.?/\d{{1,3}}|(?i:fsz)\.?(?:[ \t]*\d{{1,3}})?|\d{{1,2}}\.[ \t]?(?i:em)\.?(?:[ \t]*\d{{1,3}})?)(?![\w\-/]))?",
    regex.VERSION1,
)
_STATE_AFTER_DASH = re.compile(r"[ \t][-/][ \t]?[A-Z]{2}\b")
_TOWN_WORD = rf"(?:{_WORD}|{_PREFIXED_TOWN})"
# "3/192 Campos Byway, Bradshawview ACT 2949": a number first, any street words, then the town.
_NUMBER_FIRST = regex.compile(
    rf"(?<![\w\-./]){_NUMBER}[ \t]+(?:{_WORD}[ \t]+){{1,4}}?{_WORD},[ \t]+{_TOWN_WORD}(?:[ \-]+{_WORD}){{0,2}},?[ \t]+"
    # The state and the postcode may each follow a comma: "Lawsontown, WA, 2839", "Musina, 2743".
    rf"(?:\p{{Lu}}{{2,3}},?[ \t]+)?{_POSTCODE}(?![\w\-])",
    regex.VERSION1,
)


# A street's type, a unit's word or a postcode's, anywhere: what an address said in words needs before its copy is made.
_STREET_WORD = regex.compile(
    rf"(?i:\b(?:{STREET_TYPE_LIST}|flat|unit|apartment|rua|calle|avenida|carrer|ulica|zip|postcode|post[ \t]+code|postal[ \t]+code)\b|\p{{L}}(?:straße|strasse|straat|weg|gasse|laan|gatan|vägen|gade|vej)\b)",
    regex.VERSION1,
)
_NUMBER_COMMA = re.compile(r"\d[A-Za-z]?\.?,[ \t]")
_STATE_ZIP = re.compile(r"\b[A-Z]{2}[ \t]+\d{5}\b")
_TOWN_COMMA = regex.compile(r"\d[ \t]+\p{Lu}[\p{L}\- ]*,[ \t]+\p{Lu}")  # `_TOWN_FIRST`'s cheap test


# A blank line, quoted or not: where a block of address lines ends.
_BLANK_LINE = regex.compile(r"\n[ \t>]*\n")


class StreetAddressRecognizer(ShapeRecognizer):
    """Whole postal addresses, and street names that context marks as streets."""

    ENTITY = "LOCATION"

    def __init__(self, guarded: Callable[[str], bool] | None = None, public: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        # Tells technical and history texts apart, where "Event Loop" or "Bunker Hill" is no one's address.
        self._guarded = guarded
        # Tells questions about the world apart, where "Via Veneto" is everyone's street.
        self._public = public

    def precheck(self, text: str) -> bool:
        return True

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        found: list[tuple[int, int]] = []  # the street addresses yielded so far
        if any(c.isdigit() for c in text):
            yield from self._numbered(text, found)
            yield from self._one_case(text, found)
        yield from self._spoken(text, found)
        if self._guarded is not None and self._guarded(text):
            return
        # A street named without its number in a question about the world's places ("via the Great
        # Ocean Road", "Via Veneto") is everyone's.
        if self._public is not None and self._public(text):
            return
        for pattern in (_NAMED_STREET, _NAMED_FOREIGN_STREET):
            for m in pattern.finditer(text):
                if any(s <= m.start() < e for s, e in found):
                    continue
                end = _trim(text, m.start(), m.end())
                if "'" in text[m.start() : end] or "’" in text[m.start() : end]:
                    from privacy_gateway.detection.notable import famous_owners_work  # here: keeps the import chain short

                    if famous_owners_work(text, m.start(), end):
                        continue  # "a programme note on Tchaikovsky's Swan Lake": a work, named like a street
                yield m.start(), end, 0.7

    def _one_case(self, text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
        """Addresses on lines typed in one case, read on a copy cased as addresses are printed
        (`address_case`)."""
        recased = recased_lines(text)
        if recased is None:
            return
        copy, lines = recased
        # Only the patterns that read a street by its words: the block and town-after-a-comma
        # readings lean on capitals alone, and re-cased they take any list ("- build 10234").
        for start, end, score in self._numbered(copy, found, technical=True):
            if any(start < e and s < end for s, e in lines):
                # A block ends at a blank line before a line that is not typed in one case: the next
                # paragraph's capitalised word ("…\nUNITED KINGDOM\n\nAdd a border") is no part of the
                # address its re-cased lines hold.
                for blank in _BLANK_LINE.finditer(text, start, end):
                    if not any(s <= blank.end() < e for s, e in lines):
                        end = _trim(text, start, blank.start())
                        break
                yield start, end, score

    def _spoken(self, text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
        """Addresses whose numbers are said in words ("fourteen orchard way ledbury h r eight two b
        q"), read on a copy with the numbers in digits (`spoken`), cased as `_one_case` reads them."""
        view = spoken_view(text) if says_numbers(text) else None
        if view is None:
            return
        # A street's, a unit's or a postcode's word near a number said: looked for only there.
        near = [(max(0, s - 60), min(len(view.text), e + 60)) for s, e in view.rewritten(0, len(view.text))]
        if not any(_STREET_WORD.search(view.text, s, e) for s, e in near):
            return
        recased = recased_lines(view.text)
        copy = recased[0] if recased is not None else view.text
        for start, end, score in self._numbered(copy, [], technical=True):
            if not view.rewritten(start, end):
                continue  # a span that says no number in words was read in the text itself
            if not _SPOKEN_CUE.search(copy, max(0, start - 30), start):
                continue  # "we need three new road bikes": said aloud, an address has a cue before it
            # A postcode said last ends the address: "... h g two four q t comma thanks" stops at "t".
            code = [e for s, e in view.rewritten(start, end) if s > start and sum(c.isalnum() for c in copy[s:e]) >= 4]
            if code and any(c in ",.\n" for c in copy[code[-1] : end]):
                end = code[-1]
            start, end = view.span(start, end)
            if not any(s <= start and end <= e for s, e in found):
                found.append((start, end))
                yield start, end, score

    def _numbered(self, text: str, found: list[tuple[int, int]], technical: bool | None = None) -> Iterator[tuple[int, int, float]]:
        """Addresses with a house number, ZIP or postcode; each street address is noted in `found`."""
        cued: list[tuple[int, int]] = []  # bare streets a cue alone vouches for, yielded last
        for m in _ADDRESS_STARTS.finditer(text):
            end = _trim(text, m.start(), m.end())
            # A bare "3 Crash Course" needs more than its shape: something after the street, a unit before
            # it ("flat 10\n180 cavendish avenue"), or a cue before.
            if end <= m.end("street") and not m.group("military") and not m.group("unit"):
                if _ADDRESS_CUE.search(text[max(0, m.start() - 24) : m.start()]):
                    cued.append((m.start(), end))  # a longer reading below wins ("Rua Cel. Domingues de Castro, 118")
                continue
            found.append((m.start(), end))
            yield m.start(), end, 0.85
        # "vul. Shevchenka 21, kv. 8", "東京都新宿区西新宿2-8-1", "عنواني: شارع الملك طلال 14، مادبا", "רחוב הגפן 8, מטולה"
        for start, end in (*street_lines(text), *cjk_addresses(text), *labelled_script_addresses(text), *thai_addresses(text), *hebrew_streets(text), *cyrillic_divisions(text)):
            if not any(s <= start and end <= e for s, e in found):
                found.append((start, end))
                yield start, end, 0.85
        # Both need a house number then a comma, and the state/ZIP form two capitals and five digits:
        # cheap tests that spare most texts the longer scans.
        inline = (_INLINE_ADDRESS, _NUMBER_FIRST, _LUSO_ADDRESS) if _NUMBER_COMMA.search(text) else ()
        inline += (_BR_ADDRESS,) if _STATE_AFTER_DASH.search(text) else ()
        for pattern in inline:
            for m in pattern.finditer(text):
                # Where a street match stopped short ("Strada Dinu Nr"), the longer reading wins too.
                if not any(s <= m.start() and m.end() <= e for s, e in found):
                    found.append((m.start(), m.end()))
                    yield m.start(), m.end(), 0.8
        for m in _TOWN_FIRST.finditer(text) if _TOWN_COMMA.search(text) else ():
            if STREET_TYPED.search(m.group("street")) and not any(s <= m.start() and m.end() <= e for s, e in found):
                found.append((m.start(), m.end()))
                yield m.start(), m.end(), 0.8
        for m in _TOWN_STATE_ZIP.finditer(text) if _STATE_ZIP.search(text) else ():
            if not any(s <= m.start() < e for s, e in found):
                yield m.start(), m.end(), 0.85
        for m in _AU_TOWN_STATE_POSTCODE.finditer(text) if _AU_STATE_POSTCODE.search(text) else ():
            if _STATUTE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _ACT_YEAR.search(m.group()):
                continue  # "UNDER THE HOUSING ACT 1988": a statute and its year, in capitals, not Canberra's postcode
            if not any(s <= m.start() < e for s, e in found):
                yield m.start(), m.end(), 0.85
        for pattern in (_POSTCODE_AFTER_CUE, _POSTCODES_BEFORE_CUE, _DELIVERY_CODE):
            for m in pattern.finditer(text):
                if not any(s <= m.start("code") < e for s, e in found):
                    yield m.start("code"), m.end("code"), 0.85
        if technical is None:
            technical = self._guarded is not None and self._guarded(text)
        later: list[tuple[int, int]] = []  # address blocks and towns, which no later reading here overlaps
        if "\n" in text:
            for start, end in address_blocks(text, technical):
                if not any(start < e and s < end for s, e in found):
                    later.append((start, end))
                    yield start, end, 0.8
        for start, end in () if technical else towns_after_a_comma(text):
            if not any(start < e and s < end for s, e in found):
                later.append((start, end))
                yield start, end, 0.8
        for start, end in cued:
            if not any(start < e and s < end for s, e in (*found, *later)):
                found.append((start, end))
                yield start, end, 0.85


def _trim(text: str, start: int, end: int) -> int:
    """End of a match without trailing separators or a sentence's full stop."""
    while end > start and text[end - 1] in " \t,\n":
        end -= 1
    if text[end - 1] == ".":
        last_word = text[start : end - 1].split()[-1].lower()
        if last_word not in _ABBREVIATIONS:
            end -= 1
    return end


# ", 953903 Jimbolia", ", 51337 Zaragoza": a postcode and its town after a comma, the end of an
# address whose street no pattern knew ("Drumul Niță", "Pátio Pinto, 98").
_TOWN_AFTER_COMMA = regex.compile(rf"(?<=,[ \t]{{1,2}})(?:\p{{Lu}}-)?{_INLINE_POSTCODE}[ \t]+{_TOWN}(?![\w\-])", regex.VERSION1)
_POSTAL_WORDS = regex.compile(
    r"(?i:\b(?:deliver\w*|ship\w*|address\w*|moved?|lives?|living|send|post|mail|courier|parcel|package|label|return|"
    # Delivering, sending and the address in the languages whose addresses end so: German, Dutch,
    # the Nordic languages, French, Italian, Spanish, Portuguese, Polish, Czech, Finnish, Romanian.
    r"liefer\w*|anschrift|adres\w*|bezorg\w*|lever\w*|livr\w*|exp[ée]di\w*|spedi\w*|consegn\w*|indirizz\w*|"
    r"env[ií]\w*|entreg\w*|direcci[oó]n\w*|endere[cç]\w*|dostaw\w*|wysy[lł]\w*|doru[cč]\w*|toimit\w*|osoit\w*|livrar\w*)\b)"
)


def towns_after_a_comma(text: str) -> Iterator[tuple[int, int]]:
    """A postcode and town after a comma, in a text about where someone lives or what is sent."""
    if "," not in text or not _POSTAL_WORDS.search(text):
        return
    for m in _TOWN_AFTER_COMMA.finditer(text):
        yield m.start(), m.end()
