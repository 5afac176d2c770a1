"""Feasts, faiths and months: the calendar's and belief's own words, which no one is called by there.

"Why do Orthodox Christians celebrate Easter on a different Sunday?", "my kid asked after Diwali",
"the difference between Sunni and Shia Islam", "Amsterdam in April": the model tags a feast, a
faith or a month as a person or a place, and the lists hold "easter", "islam" and "april" as
names too. A finding that is one of these words alone, not after a title or a word that reaches
someone ("ask April", "Dear Easter"), is dropped; a month only where a date's preposition or a
day's number says it is the month.

Provenance: written by hand from general knowledge for privacy-gateway (issue 18): public holidays
and religious festivals of the world's calendars, the world's religions and their branches in
English, and the deities of myth that no name list has as a given name.
"""

from __future__ import annotations

import regex

_FEASTS = frozenset(
    w.strip()
    for w in """
    christmas|christmas eve|christmas day|easter|easter sunday|easter monday|good friday|ash wednesday|lent|advent|
    pentecost|epiphany|whitsun|diwali|deepavali|holi|navratri|durga puja|onam|pongal|vaisakhi|baisakhi|eid|eid al-fitr|
    eid al-adha|eid ul-fitr|ramadan|ramadhan|hanukkah|chanukah|passover|pesach|yom kippur|rosh hashanah|sukkot|purim|
    thanksgiving|halloween|mardi gras|carnival|carnaval|lunar new year|chinese new year|songkran|vesak|nowruz|kwanzaa|
    juneteenth|oktoberfest|hogmanay|boxing day|bonfire night|st patrick's day|saint patrick's day|valentine's day|
    mother's day|father's day|new year's eve|new year's day|labor day|labour day|memorial day|independence day|
    bastille day|día de los muertos|dia de los muertos|day of the dead|black friday|cyber monday|all saints' day|
    all souls' day|corpus christi|ascension day|midsummer|sinterklaas|koningsdag|king's day|australia day|anzac day|
    canada day|guy fawkes night|shrove tuesday|pancake day|maundy thursday|palm sunday|whit monday|holy week
    """.split("|")
)
_FAITHS = frozenset(
    w.strip()
    for w in """
    hindu|hindus|hinduism|muslim|muslims|islam|islamic|sunni|sunnis|sunni islam|shia|shias|shiite|shiites|shia islam|
    sikh|sikhs|sikhism|jain|jains|jainism|buddhist|buddhists|buddhism|christian|christians|christianity|catholic|
    catholics|catholicism|roman catholic|protestant|protestants|protestantism|orthodox|eastern orthodox|orthodox christians|
    jewish|jews|judaism|taoism|taoist|shinto|confucianism|zoroastrian|zoroastrianism|bahai|baha'i|mormon|mormons|
    quaker|quakers|anglican|anglicans|lutheran|lutherans|methodist|methodists|baptist|baptists|evangelical|evangelicals|
    pentecostal|pentecostals|calvinist|calvinism|presbyterian|presbyterians|amish|rastafarian|rastafarianism|wicca|sufi|sufism
    """.split("|")
)
_DEITIES = frozenset("ganesha ganesh hanuman brahma buddha anubis poseidon quetzalcoatl amaterasu yahweh jehovah".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_POSSESSIVE = regex.compile(r"['’]s?$")
# Words that reach someone or title them, just before the word: "ask April", "Dear Easter", "Ms May".
_SOMEONE_BEFORE = regex.compile(
    r"(?i:\b(?:ask|tell|ping|cc|call|email|text|thank|thanks|dear|hi|hello|hey|mr|mrs|ms|miss|dr|prof)\.?[ \t]*,?[ \t]*)$"
)
# A date's preposition before a month, or a day's number or a year after it: "in April", "by Feb",
# "April 12", "12 April 2025".
_MONTH_BEFORE = regex.compile(r"(?i:\b(?:in|since|until|till|through|during|next|last|this|early|late|mid|end of|start of|beginning of|each|every)[ \t-]*)$")
_MONTH_AFTER = regex.compile(r"[ \t]*(?:\d|,[ \t]*\d)")
_DAY_BEFORE = regex.compile(r"\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$")


def observance(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a feast, a faith or a deity no one is called by ("Easter",
    "Diwali", "Shia Islam", "Ganesha's"), or a month where a date says so ("in April", "April 12"),
    and no word that reaches or titles someone stands just before it."""
    value = _POSSESSIVE.sub("", text[start:end].strip())
    key = " ".join(value.lower().replace("’", "'").split())
    if key.startswith("the "):
        key = key[4:]
    before = text[max(0, start - 16) : start]
    if _SOMEONE_BEFORE.search(before) is not None:
        return False  # "Dear April, 3 things", "ask May": someone called so
    if key in _MONTHS:
        return _MONTH_BEFORE.search(before) is not None or _MONTH_AFTER.match(text, end) is not None or _DAY_BEFORE.search(before) is not None
    return key in _FEASTS or key in _FAITHS or key in _DEITIES
