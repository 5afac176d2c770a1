"""The words around a number that say it is a phone's: cue words in many languages, contact-list
labels, "my … number", whom to call.

Moved out of `phones`, which reads the numbers' shapes.
"""

from __future__ import annotations

import re


# The words that say a number beside them is a phone's: one table, each word with its own endings
# and the places it counts (before, the shared list, was three lists that had drifted apart):
#   N  it names a phone: a cue a few words away (`_NEAR_CUE`), and a key glued to its value ("fax=…")
#   A  right before the number, short words between ("call me back on", "Tel.: ", "joignable au")
#   C  anywhere in the window around a number whose shape is a phone's already (+CC, (555), a trunk 0)
# "call", "ring", "reach" and "text" have other senses, so they are never N; "number", "contact" and
# "vcard" only raise a phone-shaped number's score. Whole words, and never a word's inside
# ("string", "during", "dialog", "excellent" hold no cue).
_CUE_TABLE: tuple[tuple[str, str], ...] = (
    (r"phone|telephone|t[eé]l[eé]phone|telefon\w*|telefono|tel[eé]fono|tel|tél|mobile|mobil|cellphone|cellulare|celular|m[oó]vil|"
     r"fax|whatsapp|sms|landline|hotline|handy|natel|gsm|portable|puhelin|msisdn|voicemail|voicemails|voice-mail|caller[ -]?id|"
     # Mobile and phone in Dutch, Czech, Polish, Finnish, Indonesian and Swahili.
     r"mobiel|mobiele|mobiln[ií]\w*|kom[oó]rk\w*|k[aä]nnyk\w*|matkapuhelin\w*|ponsel|simu|"
     # Phone and mobile in Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) and Greek script, as
     # forms and letters abbreviate them ("тел.", "моб.", "τηλ.", "κιν.").
     r"тел|телефон\w*|моб|мобильн\w*|мобільн\w*|мобилен|сот|сотов\w*|тлф|τηλ|τηλέφωνο|κιν|κινητό|"
     # The ITU's numbering plan, which only phone numbers are written in ("normalise this to E.164: …").
     r"e\.?164", "NAC"),
    (r"cell|phoned|phoning|faxed|call|called|calling|callback|ring|rang|rung|dial|dialled|dialed|reach|mob|tlf", "AC"),
    # A verb's third person before its number: "the cron job texts 2015550123", "she dials …".
    (r"calls|rings|dials|texts|phones|faxes", "A"),
    # Classified ads and flyers: "Enquiries 0412 345 678", "Inquiries: 555-0147".
    (r"enquiries|enquiry|inquiries|inquiry", "A"),
    (r"signal|viber|text|texted|texting|fixe|joindre|joignable|appel\w*|rappel\w*|chiam\w*|llam\w*|ligar|ligue|liguem|ligando|m[aá]rca(?:me|nos|r)|anrufen|ruf|ext|"
     r"extension|switchboard|helpline|direct line|"
     # SMS spellings, and call and number in a few more languages (Polish, Turkish, Spanish, German).
     r"txt|txting|msg|ph|fone|oddzwo\w*|zadzwo\w*|numer|numara\w*|ll[aá]me\w*|ll[aá]ma\w*|r[uü]ckruf\w*|"
     # Call in Dutch, German and Swedish: "bel me op", "Anruf unter", "ring mig på".
     r"bel|bellen|gebeld|anruf\w*|rufen|ringa|"
     # Call me in the other languages forms and notes come in: Estonian, Latvian, Lithuanian,
     # Icelandic, Maltese, Swahili, Indonesian and Malay, Tagalog, Vietnamese, Greek, Russian,
     # Ukrainian, Romanian, Hungarian, Czech and Slovak, Croatian and Serbian, Slovene, Turkish,
     # Catalan, Basque, Irish and Finnish ("helista mulle", "zvaniet man", "hringdu í mig", "nipigie").
     r"helista\w*|zvan\w*|piezvan\w*|skambin\w*|hringd\w*|hringi\w*|ċempel\w*|cempel\w*|ċempil\w*|cempil\w*|nipigie|pigia|piga|"
     r"hubungi|telepon|tawag\w*|gọi|καλέσ\w*|καλέστε|τηλεφων\w*|позвон\w*|звони\w*|звоните|зателефону\w*|подзвон\w*|"
     r"дзвон\w*|sun[aă]\w*|h[ií]vj\w*|h[ií]vjon|zavolej\w*|zavolaj\w*|nazov\w*|nazovi\w*|pozovi\w*|pokli[cč]\w*|"
     r"aray[ıi]n|ara(?= beni)|truca\w*|deitu|glaoigh|soita\w*|soitt\w*", "A"),
    (r"cel|contact|number|vcard|text(?:ed)? (?:me|him|her|us)", "C"),
)


def _cue_words(role: str) -> str:
    return "|".join(words for words, roles in _CUE_TABLE if role in roles)


# A cue word and "number" as one compound ("mobilnummer", "Handynummer", "puhelinnumero", "phone-no").
_COMPOUND = r"(?:-?(?:nummer|numero|numer|number|nr|no|nro|num|nummeret|numeroni|numeroa))?"
_CUE_WORDS = _cue_words("A")
# Short words that may stand between the cue and the number ("call me back on", "sms.send to=", "joignable au").
_FILLERS = (
    r"me|him|her|us|them|it|back|on|at|is|was|no\.?|nr\.?|number|num[eé]ro|n[uú]mero|nummer|#|to|for|via|send|sent|"
    r"message|messages|from|au|le|la|al|am|unter|op|sur|du|de|il|el|mi|mon|ma|my|his|our|their|your|new|line|"
    r"mij|mich|uns|an|mig|oss|på|sie|ihn|"
    # "ligar-me para o", "llámame al", "chiamami al", "zadzwoń pod", "ring til", "soita numeroon".
    r"para|o|a|ao|à|pour|per|por|pod|til|os|nos|numeroon|číslo|na"
)
# Phone words of scripts written without spaces (Japanese, Chinese, Korean) and of Arabic and
# Hebrew, with their "number" ("電話番号", "전화번호"): a label there is glued to its number
# ("手机：139…", the full-width colon read as ":"), so they are no words to find by `\b`.
UNSPACED_PHONE_WORDS = r"(?:電話|携帯|手机|手機|电话|連絡先|联系电话|연락처|전화|휴대폰|핸드폰|هاتف|جوال|טלפון|נייד)(?:番号|号码|號碼|번호)?"
# Up to four marks after a word: a key in JSON ("mobile": "…") or a label ("Tel.: ").
# A cue may end a snake_case name in code, as a function or field names it ("send_sms(to=…",
# "customer_phone = …"): an underscore before it is a word's boundary, one after it is not ("phone_bill").
_ADJACENT_CUE = re.compile(rf"(?:\b|(?<=_))(?:{_CUE_WORDS}){_COMPOUND}\b\W{{0,4}}(?:(?:{_FILLERS})\W{{1,4}}){{0,3}}$")
# After a verb of calling, up to three short words of any language ("helista mulle", "hringdu í
# mig í", "nazovite me na"): a pronoun and a preposition. Not after a phone's noun ("phone bill went from").
_CALL_VERB_WORDS = re.compile(
    rf"\b(?:{'|'.join(words for words, roles in _CUE_TABLE if 'A' in roles and 'N' not in roles)})\b\W{{0,4}}(?:[^\W\d_]{{1,5}}\W{{1,4}}){{1,3}}$"
)
# Within a few words, only words that name a phone.
_NEAR_CUE = re.compile(rf"\b(?:{_cue_words('N')}){_COMPOUND}\b")
# In the window around a number shaped like a phone already.
_CONTEXT = re.compile(rf"\b(?:{_cue_words('C')})(?:s|ed|ing|er)?\b")  # "phones", "contacted", "caller"
# Contact-list labels right before a number: "home 0115 496 0426", "- mobile 89/915-3502", "M: 0470 12 34 56".
_LABEL = re.compile(
    r"(?:^|[\s,;(|•*\-])(?:(?:home|work|office|direct|private|personal|mobile|cell|fax|gsm|handy|natel|daytime|evening|"
    r"emergency|reception|desk|"
    # A contact field in the languages forms come in: "Contact: …", "Kontakt: …", "Contatto: …".
    r"contact|kontakt|kontakta|contacto|contato|contatto|kontaktnummer)\b[ \t]*(?:(?:no|nr|tel|number)\b\.?[ \t]*)?[:=\-]?"
    # A one-letter or short label with its full stop and no colon: "T. …", "Puh. …", "Mob. …".
    r"|[mtphwof]\.?[ \t]*:|(?:t|m|tel|tlf|puh|mob|ph|tfn|tf)\.)[ \t]*$"
    # Handphone and telepon as Malaysia, Singapore and Indonesia label them: "HP: …", "Telp. …".
    r"|(?:^|[\s,;(|])(?:hp|h/p|telp|tlp)\.?[ \t]*[:.][ \t]*$"
    # The words of `UNSPACED_PHONE_WORDS`, with or without a colon: "携帯 090-…", "연락처: 010-…", "נייד 052-…".
    rf"|(?:{UNSPACED_PHONE_WORDS})[ \t]*[:：]?[ \t]*$"
    # A telephone sign: "☎ …", "📞 …".
    r"|[☎📞📱✆℡][ \t]*:?[ \t]*$"
)
# "my registered number is", "her new no.", "the driver's number:", "our office line is": someone's own number, whatever the digits.
_OWN_NUMBER = re.compile(
    r"(?:\b(?:my|your|his|her|our|their)\b|\b(?P<owner>[a-z]{2,})['’]s?(?<=['’]|s))(?P<words>(?:[ \t]+[\w\-]+){0,2})[ \t]+(?:number|no\.?|nr\.?|num[eé]ro|nummer|line)"
    r"[ \t]*(?:is|was|:|=|-)?[ \t]*$"
)
# A cue verb, whom to call, then the number: "Text Anna Kowalska on 39435657", "ring Mr Ode at …" (original case).
_ADDRESSEE = re.compile(
    r"\b(?i:call|ring|text|phone|sms|whatsapp|reach|contact|fax)\s+(?:[A-Z][\w'’\-]*\.?\s+){1,3}(?i:on|at)\s*$"
)
_NOT_PHONE_WORDS = re.compile(
    r"order|invoice|ticket|case|reference|tracking|serial|part|model|build|version|account|card|policy|customer|"
    r"member|employee|staff|student|passport|licen[cs]e|tax|vat|registration|membership|booking|flight|room|house"
)

# People a number may belong to, whose "number" is their phone's: "the customer's number".
_PERSON_ROLE = re.compile(r"customer|member|employee|staff|student|client|patient|tenant|guest|caller|driver")

# "you can get me on", "catch us at", "get hold of her on": how to reach someone, with no phone word.
# "any problems I'm on", "we're on": where someone is to be reached, said of themselves.
# The idioms of asking to be called or texted: "give me a buzz on", "drop me a line at", "hit me up
# at", "ping me on".
_GET_ME = re.compile(
    r"\b(?:(?:get|catch|get hold of|find)[ \t]+(?:me|us|him|her|them)[ \t]+(?:on|at)"
    r"|(?:give|gimme)[ \t]+(?:me|us)[ \t]+a[ \t]+(?:buzz|bell|call|ring|shout|text|tinkle)[ \t]+(?:on|at)"
    r"|drop[ \t]+(?:me|us)[ \t]+a[ \t]+(?:line|text|message|msg)[ \t]+(?:on|at)"
    r"|(?:hit|ring)[ \t]+(?:me|us)[ \t]+up[ \t]+(?:on|at)|(?:ping|buzz|bell)[ \t]+(?:me|us)[ \t]+(?:on|at)"
    r"|(?:i['’]?m|i[ \t]+am|we['’]?re|we[ \t]+are)[ \t]+on)[ \t]*:?[ \t]*$"
)


# A message's sender at the start of its line, after its time: "> 08:40 from 98450 91905: on my way",
# "[18:02] from +49 …", "von 0151 …", "de 06 12 …": an SMS inbox or a call log names the number it came from.
_SENDER = re.compile(
    r"(?:^|\n)[ \t>*\-•]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\]?[ \t,\-–]*)?"
    r"(?:from|von|van|de|da|od|från|fra|desde)[ \t]*:?[ \t]*$"
)


# A camelCase name in code that ends in a phone word, before its argument or value ("sendSms(\"…",
# "customerMobileNo = …"): read in the text's own case, since a lowered one joins the words.
CAMEL_CUE = re.compile(
    r"[a-z0-9](?:Phone|Mobile|Tel|Telephone|Fax|Sms|SMS|Cell|Whatsapp|WhatsApp|Msisdn|MSISDN|Landline|Hotline)"
    r"(?:Number|No|Nr|Num)?\W{0,4}(?:to\W{1,4})?$"
)


# A one-letter label that is a measure's as often as a phone's: "w: 19200 h: 10800".
_MEASURE_LABEL = re.compile(r"(?:^|[\s,;(|])[phwof]\.?[ \t]*:[ \t]*$")


# When to call, as ads and notes write it right before a number: "Abends 612345678", "evenings 0412 …";
# and "my registered 34412345": the number an account is registered to is a phone's.
_CALL_TIME = re.compile(
    r"(?i)\b(?:evenings?|weekdays|weeknights|abends|nachmittags|vormittags|tagsüber|le[ \t]+soir|en[ \t]+soirée|"
    r"por[ \t]+las?[ \t]+tardes?|(?:my|your|his|her|our|their)[ \t]+registered)[ \t]*(?:is[ \t]+)?:?[ \t]*$"
)
# The same after the number, or on the line below it: "512345678 evenings only", "0612345678 after 6",
# "ab 18 Uhr", a signature's "(weekdays 8-5)".
CALL_TIME_AFTER = re.compile(
    r"(?i)[ \t]*\n?[ \t]*[,(]?[ \t]*(?:evenings?|weekdays|weeknights|abends|nachmittags|vormittags|tagsüber|le[ \t]+soir|"
    r"(?:after|before|from)[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?![ \t]*(?:months?|years?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|%|\d))|"
    r"ab[ \t]+\d{1,2}(?:[:.]\d\d)?[ \t]*uhr)\b"
)


def _cued_before(before: str, short: bool = False) -> bool:
    """A phone cue, a contact label, a message's sender or "my … number" right before a number.
    `short`: the number has five digits only, so a verb of calling followed by any words ("Text
    HELP to 88022") or a one-letter label of a measure is not cue enough."""
    if _ADJACENT_CUE.search(before) or _GET_ME.search(before) or _SENDER.search(before):
        return True
    if not short and (_CALL_VERB_WORDS.search(before) or _CALL_TIME.search(before)):
        return True
    if _LABEL.search(before) and not (short and _MEASURE_LABEL.search(before)):
        return True
    own = _OWN_NUMBER.search(before)
    if own is None or _NOT_PHONE_WORDS.search(own.group("words")):
        return False
    # A person's number is their phone's ("the customer's number:"); a thing's is its own ("the order's number").
    owner = own.group("owner") or ""
    return _PERSON_ROLE.fullmatch(owner) is not None or not _NOT_PHONE_WORDS.search(owner)
