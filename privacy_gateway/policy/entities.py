"""Entity type names the gateway knows: Presidio's own plus the gateway's recognizers."""

from __future__ import annotations

PRESIDIO_ENTITIES = frozenset(
    {
        "PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME", "AGE",
        "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "MAC_ADDRESS", "UUID",
        "CREDIT_CARD", "CRYPTO", "IBAN_CODE", "US_BANK_NUMBER", "US_SSN", "US_ITIN",
        "US_PASSPORT", "US_DRIVER_LICENSE", "MEDICAL_LICENSE", "UK_NHS",
    }
)

# Credentials and secrets, detected by the gateway's own recognizers (local-only by default).
SECRET_ENTITIES = frozenset(
    {"CLOUD_ACCESS_KEY", "ACCESS_TOKEN", "PRIVATE_KEY", "JWT", "PASSWORD", "API_KEY"}
)

# National, bank, travel and health identifiers (detection/national_ids.py, labelled_ids.py) and
# Presidio's country recognizers run for English too (detection/country_ids.py); any other
# country's identity, tax or social-security number after its name (detection/identity_numbers.py).
ID_ENTITIES = frozenset(
    {
        "UK_NHS", "UK_NINO", "UK_BANK_ACCOUNT", "CA_SIN", "IN_AADHAAR", "ES_NIF", "ES_NIE", "FR_NIR",
        "DE_TAX_ID", "IT_FISCAL_CODE", "PT_NIF", "BR_CPF", "ABA_ROUTING_NUMBER", "PASSPORT",
        "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH",
        "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE", "SG_NRIC_FIN", "AU_TFN", "AU_MEDICARE", "KR_RRN",
        "TR_NATIONAL_ID", "SE_PERSONNUMMER", "NATIONAL_ID", "TH_TNIN", "DE_ID_CARD", "DE_SOCIAL_SECURITY", "US_MBI", "US_NPI",
    }
)

KNOWN_ENTITIES = PRESIDIO_ENTITIES | SECRET_ENTITIES | ID_ENTITIES
