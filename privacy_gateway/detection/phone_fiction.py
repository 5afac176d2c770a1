"""Phone numbers reserved for fiction: written in docs, samples and stories, rung by no one.

Numbering authorities keep blocks that are never assigned, so films, books, manuals and test
data can print a number without it reaching someone: North America's 555-0100 to 555-0199
(NANPA), the United Kingdom's drama numbers (Ofcom: 01632 960xxx, 020 7946 0xxx, 07700 900xxx…)
and Australia's (ACMA: (02) 5550 xxxx, (03) 7010 xxxx…). A prompt holding one is a sample or a
template ("Call +1-555-0100 for support"); masking it changes the sample and protects no one.
"""

from __future__ import annotations

from privacy_gateway.detection.phone_plans import digits_of

# Ofcom's numbers for drama purposes, national form without the last three (or four) digits.
_UK_DRAMA = (
    "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960", "01314960", "01414960",
    "01514960", "01614960", "02079460", "02896496", "02920180", "01632960", "07700900", "08081570", "09098790",
    "03069990",
)
# ACMA's numbers for creative works: (02) 5550 xxxx, (03) 7010 xxxx, (07) 5550 xxxx, (08) 7010 xxxx.
_AU_FICTION = ("025550", "037010", "075550", "087010")


def fictional_number(value: str) -> bool:
    """Whether the phone number written as `value` lies in a block reserved for fiction."""
    digits = digits_of(value)
    plus = value.lstrip().startswith(("+", "00"))
    if plus:
        digits = digits.removeprefix("00")
    # North America: [1] NXX 555 01XX, or 555 01XX alone.
    nanp = digits[1:] if len(digits) in (8, 11) and digits[0] == "1" else digits
    if len(nanp) == 10 and nanp[3:8] == "55501" or len(nanp) == 7 and nanp[:5] == "55501":
        return True
    if plus and digits.startswith("44"):
        digits = "0" + digits[2:]
    elif plus and digits.startswith("61"):
        digits = "0" + digits[2:]
    if len(digits) == 11 and digits.startswith(_UK_DRAMA):
        return True
    return len(digits) == 10 and digits.startswith(_AU_FICTION)
