"""Names in Gurmukhi and Devanagari by the family names most Sikhs and many Hindus carry: "ਭਾਈ
ਗੁਰਮੀਤ ਸਿੰਘ ਜੀ", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "विक्रम सिंह राठौर", "पूजा शर्मा", "राजेश कुमार मिश्रा".

These scripts have no capitals and the model reads them at random. Singh ("ਸਿੰਘ", "सिंह") and Kaur
("ਕੌਰ", "कौर") close or stand inside a person's name, so one or two words before them, and a
family name after "Singh" in Devanagari ("सिंह राठौर"), are someone's. The Gurus, the maharajas,
the martyrs and the saints the world knows by these names are kept as written ("ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ",
"ਮਹਾਰਾਜਾ ਰਣਜੀਤ ਸਿੰਘ", "शहीद भगत सिंह"), and so is a body named after them ("ਸਿੰਘ ਸਭਾ", the
Singh Sabha).

India's commonest family names in Devanagari ("शर्मा", "यादव", "देशपांडे", "अय्यर"), none of them a Hindi
word, close a name the same way: a given name, perhaps a second ("कुमार", "प्रसाद"), then the family
name, in a worker's list, a marriage record or a chat ("1. पूजा शर्मा – राजमिस्त्री"). The family
names that are words too are left out ("लाल" red, "राय" opinion, "सरकार" government, "निगम" a
corporation, "प्रसाद" an offering); "देवी" closes a woman's name but not a goddess's ("वैष्णो देवी").
After a courtesy title or a doctor's the family name alone is someone's ("डॉ. मिश्रा"). The world's
people asked about or named by their office keep their names ("रोहित शर्मा कौन है?", "प्रधानमंत्री …").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_WORD = regex.compile(r"[\p{Gurmukhi}\p{Devanagari}][\p{Gurmukhi}\p{Devanagari}\p{M}]*")
_FAMILY = frozenset({"ਸਿੰਘ", "ਕੌਰ", "सिंह", "कौर"})
# Titles of the world's Sikhs and Hindus of history: the Guru, a maharaja, a martyr, a saint, a baba, a king.
_HISTORY = frozenset("ਗੁਰੂ ਮਹਾਰਾਜਾ ਮਹਾਰਾਜ ਸ਼ਹੀਦ ਸੰਤ ਬਾਬਾ गुरु महाराजा महाराज शहीद संत बाबा राजा".split())
# A body named after them: the Singh Sabha, a committee, a regiment.
_BODIES = frozenset("ਸਭਾ ਕਮੇਟੀ ਰੈਜੀਮੈਂਟ सभा समिति रेजिमेंट".split())
# Words before Singh that are no given name: function words, courtesy titles ("ਭਾਈ", Bhai; "श्री",
# Shri), a form's "name" and the kin and neighbours a name follows ("नाम", "पड़ोसी", "ਪਿਤਾ").
_NOT_GIVEN = frozenset(
    "ਦੇ ਦਾ ਦੀ ਅਤੇ ਤੇ ਹੈ ਨੂੰ ਨੇ ਜੀ ਸ੍ਰੀ ਸ੍ਰੀਮਾਨ ਭਾਈ ਬੀਬੀ ਸਰਦਾਰ ਸਰਦਾਰਨੀ ਗਿਆਨੀ ਡਾ. ਨਾਮ ਪਿਤਾ ਮਾਤਾ ਪਤੀ ਪਤਨੀ ਗੁਆਂਢੀ "
    "के का की और है को ने जी श्री श्रीमान श्रीमती डॉ. कुमारी नाम पिता माता पति पत्नी पड़ोसी".split()
)
_SCRIPT = regex.compile(r"[\p{Gurmukhi}\p{Devanagari}]")

# India's commonest family names in Devanagari that are no Hindi word (the module's docstring).
_LISTED_FAMILY = frozenset(
    """शर्मा वर्मा यादव मिश्रा मिश्र गुप्ता अग्रवाल अगरवाल चौधरी तिवारी त्रिपाठी पांडे पाण्डेय पांडेय दुबे द्विवेदी चतुर्वेदी
    त्रिवेदी शुक्ला शुक्ल उपाध्याय बाजपेयी वाजपेयी अवस्थी दीक्षित पाठक भारद्वाज श्रीवास्तव सक्सेना माथुर चौहान राठौर राठौड़
    सिसोदिया तोमर परमार ठाकुर भाटी शेखावत जोशी पटेल मेहता देसाई पारेख भट्ट देशपांडे कुलकर्णी देशमुख पाटिल जाधव शिंदे पवार
    गायकवाड़ भोसले कांबले चव्हाण नायर मेनन पिल्लई अय्यर अय्यंगार रेड्डी नायडू मुखर्जी बनर्जी चटर्जी भट्टाचार्य घोष दत्ता
    चक्रवर्ती कपूर खन्ना मल्होत्रा चोपड़ा अरोड़ा भाटिया सेठी बत्रा आहूजा सहगल तनेजा बंसल गोयल मित्तल सिंघल जिंदल गर्ग
    खंडेलवाल माहेश्वरी जायसवाल कश्यप विश्वकर्मा प्रजापति कुशवाहा मौर्य पासवान रावत नेगी बिष्ट भंडारी सोलंकी चौरसिया बघेल
    अंसारी कुरैशी सिद्दीकी हुसैन मलिक कुमार देवी""".split()
)
# A second given name between a first one and the family name ("राजेश कुमार मिश्रा", "राम प्रसाद शर्मा").
_MIDDLE = frozenset("कुमार प्रसाद लाल चंद चन्द नाथ नारायण प्रकाश मोहन किशोर देव दत्त".split())
# Goddesses, before "देवी" as before a shrine's name ("वैष्णो देवी", "दुर्गा देवी की पूजा").
_GODDESSES = frozenset("वैष्णो दुर्गा काली अंबे अम्बे शीतला संतोषी चामुंडा ज्वाला मनसा नैना चिंतपूर्णी विंध्यवासिनी सरस्वती पार्वती लक्ष्मी".split())
# Courtesy titles and a doctor's, after which a family name alone is someone's ("डॉ. मिश्रा", "श्रीमती यादव").
_TITLES = frozenset("श्री श्रीमती सुश्री श्रीमान डॉ डॉक्टर प्रो प्रोफेसर मिस्टर मिसेज मैडम".split())
# Words that are no given name before a family name: function words, pronouns, common verbs, kin.
_NOT_A_NAME = frozenset(
    """के है में की से और को का हैं पर भी एक तो नहीं ने कर ही हो लिए कि इस था यह गया किया जो ये आप करने रहे साथ अपने रहा क्या अब
    कुछ कोई थे दिया तक थी बाद वो हम या न किसी वह बात आज करते रही जब जी बहुत लेकिन होता अपनी मैं वाले हुआ हुए फिर जा नाम जाता
    दिन लोग हर दो पहले कहा गए समय काम सकता ना बार अगर करना सभी होगा गई चाहिए कभी तरह दे होने उनके कई करता करें इन इसके
    होती उसके घर हुई दी द्वारा मुझे उन्होंने उस कम जैसे मे मेरे लोगों व वे सब सबसे आपको उसे उन्हें लिया अपना ले हूँ ऐसे पास एवं
    हमारे आपके ऐसा क्यों मेरी तुम बारे वाली तथा तब लेकर आगे ओर मेरा इसका करो खुद हमें केवल यही जिस मैंने लिये अन्य करे आपकी
    आया सामने हमारी उनका उसने उन बिना उसका आपका बता सर भाई बहन चाचा चाची मामा मामी दादा दादी नाना नानी बेटा बेटी पति पत्नी
    पिता माता मां माँ पड़ोसी भाभी जीजा ससुर सास दोस्त मित्र साहब बाबू""".split()
)
# The world's people: an office or a calling before the name ("प्रधानमंत्री …", "अभिनेता …"), a question
# about them or a piece on them after it ("… कौन है?", "… के बारे में", "… की जीवनी");
_WORLD_BEFORE = frozenset("महात्मा प्रधानमंत्री राष्ट्रपति मुख्यमंत्री मंत्री अभिनेता अभिनेत्री क्रिकेटर कवि कवयित्री लेखक लेखिका गायक गायिका वैज्ञानिक स्वामी".split())
# ... their career, captaincy, films, books, poems, songs or record after it ("… की कप्तानी", "… के
# करियर पर"), or a piece on them ("… पर एक छोटा लेख").
_WORLD_AFTER = regex.compile(
    r"[ \t]+(?:कौन[ \t]+(?:है|हैं|था|थे|थी|थीं)|के[ \t]+बारे[ \t]+में|की[ \t]+जीवनी|का[ \t]+जीवन|"
    r"(?:की|के|का)[ \t]+(?:कप्तानी|करियर|कैरियर|फ़िल्म|फिल्म|किताब|पुस्तक|कविता|गाने|गीत|उपन्यास|आत्मकथा|रिकॉर्ड|शतक|भाषण|सरकार)|"
    r"पर[ \t]+(?:एक[ \t]+)?(?:छोटा[ \t]+|छोटी[ \t]+)?(?:लेख|निबंध|टिप्पणी))"
)


def indic_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each Gurmukhi or Devanagari name closed or held by Singh or Kaur, or closed by a
    listed family name (see the module)."""
    if _SCRIPT.search(text) is None:
        return
    words = list(_WORD.finditer(text))
    yield from _listed_family_names(text, words)
    if not any(word in text for word in _FAMILY):
        return
    for i, word in enumerate(words):
        if word.group() not in _FAMILY:
            continue
        # The one or two words right before it, one space apart, titles and function words left out.
        first = i
        while first > max(0, i - 2) and text[words[first - 1].end() : words[first].start()] == " ":
            first -= 1
        while first < i and words[first].group() in _NOT_GIVEN:
            first += 1
        before = words[first:i]
        if not before or any(w.group() in _NOT_GIVEN for w in before):
            continue
        opening = words[first - 1].group() if first > 0 else ""
        after = words[i + 1] if i + 1 < len(words) and text[word.end() : words[i + 1].start()] == " " else None
        if opening in _HISTORY or any(w.group() in _HISTORY for w in before) or after is not None and after.group() in _BODIES:
            continue
        end = word.end()
        # A family name after Singh in Devanagari ("विक्रम सिंह राठौर"): a word of three letters or more.
        if word.group() == "सिंह" and after is not None and len(after.group()) >= 3 and after.group() not in _NOT_GIVEN and after.group() not in _FAMILY:
            end = after.end()
        yield before[0].start(), end


def _spaced(text: str, left: regex.Match[str], right: regex.Match[str]) -> bool:
    return text[left.end() : right.start()] == " "


def _listed_family_names(text: str, words: list[regex.Match[str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each Devanagari name closed by a listed family name (see the module)."""
    for i, word in enumerate(words):
        if word.group() not in _LISTED_FAMILY or i == 0:
            continue
        if i + 1 < len(words) and _spaced(text, word, words[i + 1]) and words[i + 1].group() in _LISTED_FAMILY:
            continue  # "राजेश कुमार मिश्रा": the name goes on to the family name after
        before = words[i - 1].group()
        if before in _TITLES and text[words[i - 1].end() : word.start()] in (" ", ". "):
            yield word.span()  # "डॉ. मिश्रा": the family name alone after a title
            continue
        if not _spaced(text, words[i - 1], word) or len(before) < 2 or before in _NOT_A_NAME or before in _FAMILY:
            continue  # a function word, or a name Singh or Kaur holds (read above)
        if before in _LISTED_FAMILY and before not in _MIDDLE:
            continue
        if word.group() == "देवी" and before in _GODDESSES:
            continue
        first = i - 1
        # A second given name between: "राजेश कुमार मिश्रा"; never a word that is no name.
        if before in _MIDDLE and first > 0 and _spaced(text, words[first - 1], words[first]):
            if words[first - 1].group() not in _NOT_A_NAME and words[first - 1].group() not in _TITLES:
                first -= 1
        opening = words[first - 1].group() if first > 0 and _spaced(text, words[first - 1], words[first]) else ""
        if opening in _WORLD_BEFORE or opening in _HISTORY or _WORLD_AFTER.match(text, word.end()):
            continue
        yield words[first].start(), word.end()
