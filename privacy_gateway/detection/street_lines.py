"""Street lines in the shapes of languages whose street type comes first or is abbreviated, in any
case: "vul. Shevchenka 21, kv. 8", "ul. Kościuszki 17 m. 4", "травесса", "Atatürk Cad. No: 21 D: 4",
"Akgündüz Mah. Çetin Sok. No: 3/5", "h.no. 4-21/b, Kothapet", "b-47, Saket Nagar", "Carrera 45A #
26-13 Sur", "Na Příkopě 12", "82 หมู่ 6 ถ.ถุงเงิน", "אל זיתון 55".

`address` reads streets by their capitals and English-shaped suffixes; these are written in chats
and on labels in lower case or capitals as often, and the abbreviation and the house number after
the name say enough. Each shape needs its street type (a word few other texts use before a name
and a number) and a house number; the flat, floor and door after it go with it ("kv. 8", "m. 4",
"D: 4", "1.º esq.").
"""

from __future__ import annotations

from typing import Iterator

import regex

from privacy_gateway.detection.starts import Branches

# A name's word in any case and script: "Shevchenka", "kościuszki", "Ленина", "Boa".
_NAME_WORD = r"(?!(?i:of|the|and|or|to|in|for|on|at|is|are|was|a|an|my|your|our|its|this|that)(?!\p{L}))\p{L}[\p{L}'’\-]*"
_CONNECT = r"(?:de|da|do|dos|das|del|di|la|le|du|des|van|von)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_NAME_WORD}){{0,3}}?"
_HOUSE = r"\d{1,5}[\p{L}]?(?:[/\-]\d{1,4}[\p{L}]?)?(?![\d\p{L}])"
# Street types written before the name, abbreviated or whole, in the Slavic languages (Latin and
# Cyrillic), Romanian, Portuguese, Spanish, Catalan, Italian, French, Indonesian and Malay. Short
# abbreviations need their full stop ("ul.", "al.", never "et al."); English words ("via", "place",
# "rue", "prospect") are left out: "I rue the day 3 times".
_LEADING = (
    r"(?:(?:vul|ul|al|pr|prosp|per|bul|bulv|pl|os|trav|av|avda|cl|str|sos|şos|bd|bdul|jl|jln|"
    r"ул|вул|пр|просп|пер|бул|пл|наб|ш|туп|алл)\.|"
    r"vulytsia|vulytsya|vulitsa|ulitsa|ulica|ulice|prospekt|pereulok|provulok|bulvar|aleja|osiedle|"
    r"travessa|travesía|rua|avenida|alameda|praça|calle|carrer|strada|bulevardul|soseaua|șoseaua|jalan|"
    r"chemin|impasse|viale|piazza|"
    r"улица|вулиця|проспект|переулок|провулок|бульвар|шоссе|шосе|набережная|набережна|площадь|площа|тупик|проезд|проїзд|узвіз|аллея|алея)"
)
# What follows a house number: a flat, a floor, a door ("kv. 8", "m. 4", "lok. 2", "apt 3",
# "D: 4", "Daire 4", "Kat: 2", "1.º esq.", "2º dto", "кв. 4"; the detector reads "º" folded to "o").
_UNIT = (
    r"(?:(?:kv|кв|m|lok|apt|ap|apto|app|fl|flat|d|daire|kat|k|к|корп|стр|et|эт|of|оф|piso|puerta|int|sc)\.?[ \t]*[:#№]?[ \t]*\d{1,4}[\p{L}]?(?:/\d{1,4})?"
    r"|\d{1,2}\.?[ºª°oa](?:[ \t]*(?:esq|dto|dta|dir|izq|izda|dcha|fte|frente|[a-d])\.?)?)(?![\p{L}\d])"
)
_TAIL = rf"(?:[ \t]*,?[ \t]*{_UNIT}){{0,3}}"
_LEADING_STREET = rf"(?<![\p{{L}}\d.])(?<!\bet[ \t])(?i:{_LEADING})(?!\p{{L}})[ \t]*{_NAME},?[ \t]+(?:(?i:no|nr|№|д|буд|дом)\.?[ \t]*)?{_HOUSE}(?i:{_TAIL})"

# Turkish: a neighbourhood (Mahallesi) and a street (Caddesi, Sokak, Bulvarı), then "No: 21" and
# the door ("D: 4", "Daire 4", "Kat 2").
# Names written as names ("Bağdat", "Şehit Ali"), or in capitals on a label: a lower-case word
# before is the sentence ("yeni adres Bağdat Cad.").
_TR_NAME = r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
_TR_TYPE = r"(?:cad(?:desi)?|cd|sok(?:ak|ağı)?|sk|bulv(?:arı)?|blv|mah(?:allesi)?|mh)\.?"
_TR_STREET = (
    rf"(?<![\p{{L}}\d])(?:{_TR_NAME}[ \t]+(?i:mah(?:allesi)?|mh)\.?,?[ \t]+)?{_TR_NAME}[ \t]+(?i:{_TR_TYPE}),?[ \t]*"
    rf"(?i:no|numara)[ \t]*[:.]?[ \t]*{_HOUSE}(?i:{_TAIL})"
)

# India: a house or flat number with its label, or a block letter and a number ("b-47"), then the
# locality ("h.no. 4-21/b, kothapet", "c-112, sector 15", "b-47, saket nagar").
_IN_LOCALITY = (
    r"(?:\p{L}+[ \t]+){0,2}(?i:\p{L}*(?:pet|peta|palli|pally|halli|wadi|pur|abad|ganj|bagh)|nagar|colony|vihar|enclave|"
    r"layout|puram|marg|road|kunj|extension|sector[ \t]+\d{1,3}|block[ \t]+\w{1,3}|phase[ \t]+\w{1,3})(?![\p{L}])"
)
# Bengaluru's and Mysuru's numbered main roads and cross roads after the house: "no. 14, 2nd main,
# jayalakshmipuram", "#221, 5th cross, 3rd block", with the locality after them.
_IN_MAIN_CROSS = (
    r"(?i:(?:no\.?|#)[ \t]*\d{1,4}[\w/\-]*,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:main|cross)(?:[ \t]+(?:road|rd))?\.?(?=[ \t]*(?:[,;)\n]|$))"
    r"(?:,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:main|cross|block|stage|phase)\.?)*(?:,[ \t]*\p{L}+(?:[ \t]+(?:layout|nagar|extension))?)?)"
)
_IN_STREET = (
    rf"(?<![\p{{L}}\d.])(?i:{_IN_MAIN_CROSS}|(?:h|house|flat|plot|door|d)\.?[ \t]?(?:no|nr|number)\.?[ \t]*[:#]?[ \t]*\d[\w/\-]*"
    rf"(?:,[ \t]*\p{{L}}+(?:[ \t]+\p{{L}}+){{0,2}}?(?=[ \t]*(?:,|$|\n)))?"
    rf"|\p{{L}}{{1,2}}-\d{{1,4}}\p{{L}}?,[ \t]*{_IN_LOCALITY})"
)

# Vietnam: a house number (with its alley's, "45/12") and the street's name, then the ward, district,
# commune, hamlet or province, each after its word ("12 Lê Lợi, Phường 4, Đà Lạt", "27/4 Lê Văn Sỹ,
# Phường 13, Quận 3, TP. Hồ Chí Minh", "Tổ 5, thôn Phú Thượng, xã Phú Vang, Thừa Thiên Huế"). Streets
# are named after people, so the number and a division after it say it is an address; a division
# alone ("quận 1 có gì ăn ngon?") is the world's. The abbreviations "P." and "Q." are left out: "2
# Results, p. 4" is a page.
_VI_NAME = r"(?:\p{Lu}{2,5}|\p{Lu}[\p{Ll}\p{M}]*)(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3}"
_VI_UNIT = (
    r"(?i:phường|quận|huyện|xã|thôn|ấp|tổ|khu[ \t]+phố|ngõ|ngách|hẻm|kiệt|thị[ \t]+trấn|thị[ \t]+xã|tỉnh|thành[ \t]+phố|tp\.)"
    rf"[ \t]*(?:\d{{1,4}}\p{{L}}?(?![\p{{L}}\d])|{_VI_NAME})"
)
# "Số 12, đường Cầu Mây": after "số" (number) a comma may part the number from the street's word.
_VI_STREET = rf"(?:(?i:số)[ \t]+\d{{1,5}}\p{{L}}?(?:/\d{{1,4}}\p{{L}}?)*,?|\d{{1,5}}\p{{L}}?(?:/\d{{1,4}}\p{{L}}?)*)[ \t]+(?:(?i:đường|phố)[ \t]+)?{_VI_NAME}"
_VI_ADDRESS = rf"(?<![\p{{L}}\d/])(?:{_VI_STREET}|{_VI_UNIT})(?:[ \t]*,[ \t]*{_VI_UNIT})+(?:[ \t]*,[ \t]*{_VI_NAME})?"

# The Philippines: a subdivision's block and lot, maybe its phase ("blk 7 lot 12", "Blk. 12 Lot 7,
# Phase 3"), and the purok, sitio or barangay beside another part of the address ("Purok 3, Brgy.
# Buena Suerte, El Nido"); a barangay alone is as often a team's or a hall's name.
_PH_WORDS = r"\p{L}[\p{L}.'’\-]*(?:[ \t]+\p{L}[\p{L}.'’\-]*){0,2}?"
_PH_LOT = r"(?i:blk|block)\.?[ \t]*\d{1,4}\p{L}?[ \t]*,?[ \t]*(?i:lot|lt)\.?[ \t]*\d{1,4}\p{L}?(?:[ \t]*,?[ \t]*(?i:phase|ph)\.?[ \t]*[\dA-Za-z]{1,3}(?![\p{L}\d]))?"
_PH_AREA = rf"(?i:purok|sitio|brgy|bgy|barangay)\.?[ \t]+(?:\d{{1,3}}(?![\p{{L}}\d])|{_PH_WORDS}(?=[ \t]*,))"
_PH_ADDRESS = rf"(?<![\p{{L}}\d])(?:{_PH_LOT}|{_PH_AREA}(?=[ \t]*,[ \t]*\p{{L}})|(?<=,[ \t]*){_PH_AREA})"

# Indonesia: the neighbourhood's RT and RW numbers ("RT 004/RW 002", "RT.05 RW.11"), and the
# village, ward, district and regency after a comma ("Kel. Peliatan", "Kec. Ubud", "Desa Mas").
_ID_AREA = r"(?:(?i:kel|kec|kab|ds)\.|(?i:kelurahan|kecamatan|kabupaten|desa))[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2}"
_ID_ADDRESS = rf"(?<![\p{{L}}\d])(?:(?i:rt)[ \t.]*\d{{1,3}}[ \t]*[/,]?[ \t]*(?i:rw)[ \t.]*\d{{1,3}}(?!\d)|(?<=,[ \t]*){_ID_AREA})"

# Vietnam: a house said as such ("Số 21/981 phố Nguyễn Đình Chiểu"), no division after it needed.
_VI_NUMBERED = rf"(?<![\p{{L}}\d/])(?i:số)[ \t]+\d{{1,5}}\p{{L}}?(?:/\d{{1,4}}\p{{L}}?)*[ \t]+(?:(?i:đường|phố)[ \t]+)?{_VI_NAME}"

# Colombia: the street's type and number, "#" and the crossing street's number with the house's
# after a hyphen ("Calle 8ª # 8-49 Este", "Cra. 145J # 26-1", "Cl 2 No. 60-97 Sur").
_CO_TYPE = r"(?i:calle|carrera|cra|kra|kr|cr|cll|cl|avenida|av|ak|ac|diagonal|dg|transversal|tv|tr)\.?"
_CO_STREET = (
    rf"(?<![\p{{L}}\d]){_CO_TYPE}[ \t]+\d{{1,3}}[\p{{L}}ªº°]?(?:[ \t]+(?i:bis|sur|este))?[ \t]*(?:#|(?i:no|n[º°o])\.?)[ \t]*"
    r"\d{1,3}\p{L}?[ \t]*-[ \t]*\d{1,3}(?![\d])(?:[ \t]+(?i:sur|este|norte|oeste)(?!\p{L}))?"
)

# Czech and Slovak streets named by a preposition and a place ("Na Příkopě 12", "V Celnici 5",
# "U Nádraží 3/14", "Pod Vyšehradem 2"): the name in the case the preposition takes (a Czech
# letter or its ending), then the house number.
_CZ_NAME = r"\p{Lu}\p{Ll}*(?:[áéěíóúůýčďňřšťžÁÉĚÍÓÚŮÝČĎŇŘŠŤŽ]\p{Ll}*|(?:ci|em|ou|ách|ích))"
_CZ_STREET = rf"(?<![\p{{L}}\d])(?:Na|V|Ve|U|K|Ke|Pod|Nad|Za|Před|Při|Mezi)[ \t]+(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?{_CZ_NAME}[ \t]+\d{{1,4}}(?:/\d{{1,4}})?\p{{Ll}}?(?![\p{{L}}\d])"

# Thailand: the house number (and its village's, "หมู่ 6") before the road or lane ("9/2 ถนนนิลเสนา",
# "82 หมู่ 6 ถ.ถุงเงิน", "15 ซอยสุขุมวิท 11").
_TH_STREET = r"(?<![\d/])\d{1,4}(?:/\d{1,4})?(?:[ \t]+หมู่(?:ที่)?[ \t]*\d{1,3})?[ \t]+(?:ถนน|ถ\.|ซอย|ซ\.)[ \t]*\p{Thai}+(?:[ \t]*\d{1,3}(?![\d]))?"

# Hebrew, Arabic and the Indian scripts write the street's name and its house number with no type
# between: "הרב חכם שמעון 69", "53/663 जेटली". The number ends its field (a comma, a bar, a bracket,
# the line's end), or opens one before the name, and the name is one to three words of the script.
_SCRIPT_LETTERS = r"\p{Hebrew}\p{Arabic}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}"
_SCRIPT_WORD = rf"[{_SCRIPT_LETTERS}][\p{{L}}\p{{M}}\"״׳']*"
_SCRIPT_RUN = rf"{_SCRIPT_WORD}(?:[ \t]+{_SCRIPT_WORD}){{0,2}}"
_SCRIPT_STREET = (
    rf"(?<![\p{{L}}\p{{M}}\d/])(?:{_SCRIPT_RUN}[ \t]+\d{{1,4}}(?:/\d{{1,4}})?(?=[ \t]*(?:[,;|)\n]|$))"
    rf"|(?<=(?:^|[,;:|(\n])[ \t]*|(?i:\bfrom|\bto|\bat)[ \t]+)\d{{1,4}}(?:/\d{{1,4}})?[ \t]+{_SCRIPT_RUN}(?![\p{{L}}\p{{M}}]))"
)

_STREET_LINE = regex.compile(
    rf"{_LEADING_STREET}|{_TR_STREET}|{_IN_STREET}|{_VI_ADDRESS}|{_PH_ADDRESS}|{_ID_ADDRESS}|{_VI_NUMBERED}|{_CO_STREET}|{_CZ_STREET}|{_TH_STREET}|{_SCRIPT_STREET}",
    regex.VERSION1 | regex.MULTILINE,
)
# Each shape scanned for apart (`starts.Branches`): half the time of the eleven tried at every position.
_STREET_LINES = Branches(
    _STREET_LINE, [_LEADING_STREET, _TR_STREET, _IN_STREET, _VI_ADDRESS, _PH_ADDRESS, _ID_ADDRESS, _VI_NUMBERED, _CO_STREET, _CZ_STREET, _TH_STREET, _SCRIPT_STREET]
)
# Cheap test before the scan: a full stop, a colon or a hyphen beside a digit or a leading word.
_PRECHECK = regex.compile(
    r"(?i:\d[ \t]*[,/\-]|no[ \t]*[:.]|\.[ \t]*\p{L}|\b(?:rua|calle|travessa|ulica|jalan|strada|aleja|carrer|số)\b)"
    r"|(?<![\p{L}\d])(?:Na|V|Ve|U|K|Ke|Pod|Nad|Za|Před|Při|Mezi)[ \t]+\p{Lu}|(?<!\p{L})(?:д|буд|дом)\.[ \t]*\d|ถนน|ซอย"
    rf"|[{_SCRIPT_LETTERS}][ \t]+\d|\d[ \t]+[{_SCRIPT_LETTERS}]"
)


_SCRIPT_LETTER = regex.compile(f"[{_SCRIPT_LETTERS}]")
_LATIN_LETTER = regex.compile(r"\p{Latin}")


def street_lines(text: str) -> Iterator[tuple[int, int]]:
    """The street lines of the shapes above in `text`, from the street type to the last unit. A
    street in Hebrew, Arabic or an Indian script counts only in text mostly in Latin letters (an
    address quoted in an English prompt): in its own language a word and a number are as often a
    page, a count or a verse."""
    if not any(c.isdigit() for c in text) or _PRECHECK.search(text) is None:
        return
    latin: list[bool] = []
    for m in _STREET_LINES.finditer(text):
        if _SCRIPT_LETTER.search(m.group()) is not None:
            if not latin:
                latin.append(2 * len(_LATIN_LETTER.findall(text)) >= len(_SCRIPT_LETTER.findall(text)))
            if not latin[0]:
                continue
        end = m.end()
        while end > m.start() and text[end - 1] in " \t,":
            end -= 1
        yield m.start(), end
