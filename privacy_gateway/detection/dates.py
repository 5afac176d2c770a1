"""Dates as people write them in English and other languages: the value after a date-of-birth
label or under a date-of-birth key. A leaf module, so key typing can use it without importing
the recognizers."""

from __future__ import annotations

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# Japanese and Chinese: "1983年7月19日"; Japanese by its era too, as its forms write a birth date
# ("昭和58年4月2日", "平成元年5月1日"). Its own name: `labelled_ids` reads it before "生" (born).
CJK_DATE = r"(?:(?:19|20)\d{2}|(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2}))年\d{1,2}月\d{1,2}日"
DATE = (
    r"(?i:\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}"
    # Central Europe's spaced form: "01. 06. 1984", "1. 6. 1984"; Hungary's, the year first: "1944. 09. 17.".
    r"|\d{1,2}\.[ \t]\d{1,2}\.[ \t](?:19|20)\d{2}|(?:19|20)\d{2}\.[ \t]\d{1,2}\.[ \t]\d{1,2}\.?"
    # Japanese and Chinese (`CJK_DATE`); Korean: "1999년 10월 5일".
    rf"|{CJK_DATE}"
    r"|(?:19|20)\d{2}년[ \t]?\d{1,2}월[ \t]?\d{1,2}일"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS},?\s+(?:19|20)\d{{2}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    # A month's English name between dashes, or before a year of two digits: "12-May-1995", "12 Sept 95".
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[\s\-]{MONTHS}[\s\-]'?(?:(?:19|20)\d{{2}}|\d{{2}})(?!\d)"
    # Glued to a month's three letters, as airline records, SAS and mainframe files write it: "14MAR1961", "02nov79".
    r"|\d{2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)?\d{2}(?!\d)"
    # Other languages' months ("14 mars 1962", "14. März 1962", "14 de marzo de 1962"): any word,
    # since only a date-of-birth label comes before.
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}"
    # ... or the month first, as American English and Tagalog write it ("Mayo 12, 1995").
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})"
)
