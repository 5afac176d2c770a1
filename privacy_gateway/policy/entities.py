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

KNOWN_ENTITIES = PRESIDIO_ENTITIES | SECRET_ENTITIES
