"""Names in Gurmukhi and Devanagari by the family names most Sikhs and many Hindus carry: "ਭਾਈ
ਗੁਰਮੀਤ ਸਿੰਘ ਜੀ", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "विक्रम सिंह राठौर".

These scripts have no capitals and the model reads them at random. Singh ("ਸਿੰਘ", "सिंह") and Kaur
("ਕੌਰ", "कौर") close or stand inside a person's name, so one or two words before them, and a
family name after "Singh" in Devanagari ("सिंह राठौर"), are someone's. The Gurus, the maharajas,
the martyrs and the saints the world knows by these names are kept as written ("ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ",
"ਮਹਾਰਾਜਾ ਰਣਜੀਤ ਸਿੰਘ", "शहीद भगत सिंह"), and so is a body named after them ("ਸਿੰਘ ਸਭਾ", the
Singh Sabha).
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


def indic_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each Gurmukhi or Devanagari name closed or held by Singh or Kaur (see the module)."""
    if _SCRIPT.search(text) is None or not any(word in text for word in _FAMILY):
        return
    words = list(_WORD.finditer(text))
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
