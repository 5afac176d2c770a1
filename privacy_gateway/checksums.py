"""Check digits of the numbers the gateway keeps local: one place for every checksum.

Luhn, IBAN mod 97 and ABA are a few lines each and run on every card-shaped candidate, so they
are written here; national IDs use `python-stdnum`, which is well kept and tracks each country's
rules (NHS mod 11, Aadhaar Verhoeff, DNI letter, NIR key, Steuer-ID, codice fiscale…).
Every function takes the candidate as written (separators ignored) and answers True or False.
"""

from __future__ import annotations

import datetime
import re
from types import ModuleType
from typing import Callable

from stdnum import verhoeff
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.exceptions import ValidationError
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.pt import nif
from stdnum.za import idnr as za_idnr

_SEPARATORS = re.compile(r"[\s\-./]")


def compact(text: str) -> str:
    """The candidate without separators, upper-cased."""
    return _SEPARATORS.sub("", text).upper()


def luhn(text: str) -> bool:
    """The Luhn (mod 10) check digit of payment cards, Canadian SINs, IMEIs and many accounts."""
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def iban_mod97(text: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN, whatever its length (separators ignored)."""
    value = compact(text)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", value):
        return False
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def aba(text: str) -> bool:
    """The check digit of a US bank routing (ABA) number: weights 3, 7, 1 over nine digits."""
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    return sum(d * w for d, w in zip(digits, (3, 7, 1) * 3)) % 10 == 0


def _stdnum(module: ModuleType) -> Callable[[str], bool]:
    validate = module.validate

    def check(text: str) -> bool:
        try:
            validate(compact(text))
        except (ValidationError, ValueError, KeyError, IndexError):
            return False
        return True

    check.__doc__ = f"python-stdnum's {getattr(module, '__name__', '')} check."
    return check


def aadhaar(text: str) -> bool:
    """Twelve digits, not starting 0 or 1, Verhoeff-valid (stdnum's own check also refuses palindromes)."""
    value = compact(text)
    return bool(re.fullmatch(r"[2-9]\d{11}", value)) and verhoeff.is_valid(value)


def china_ric(text: str) -> bool:
    """China's resident identity number: six digits of the place of registration, the birth date
    (YYYYMMDD, a real day), three of sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
    The place's code is not looked up: python-stdnum's table lags the country's redrawn districts."""
    value = compact(text).upper()
    if not re.fullmatch(r"[1-8]\d{16}[\dX]", value):
        return False
    try:
        datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return ric.calc_check_digit(value) == value[-1]


nhs_mod11 = _stdnum(nhs)
canada_sin = _stdnum(sin)
spain_dni = _stdnum(dni)
spain_nie = _stdnum(nie)
france_nir = _stdnum(nir)
germany_tax_id = _stdnum(idnr)
italy_fiscal_code = _stdnum(codicefiscale)
portugal_nif = _stdnum(nif)
brazil_cpf = _stdnum(cpf)
south_africa_id = _stdnum(za_idnr)

# The names a policy's own recognizers may give as `validate:`.
VALIDATORS: dict[str, Callable[[str], bool]] = {"luhn": luhn, "iban": iban_mod97, "aba": aba}
