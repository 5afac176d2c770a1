"""The gateway's own recognizers, and the Presidio defaults they replace."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from privacy_gateway.detection.address import StreetAddressRecognizer
from privacy_gateway.detection.account_lines import passwd_names
from privacy_gateway.detection.address_parts import AddressStructureRecognizer
from privacy_gateway.detection.clinical import ClinicalRecordRecognizer
from privacy_gateway.detection.edi import EdiRecordRecognizer
from privacy_gateway.detection.pnr import BookingRecordRecognizer
from privacy_gateway.detection.country_ids import country_recognizers
from privacy_gateway.detection.handles import HandleRecognizer
from privacy_gateway.detection.identity_numbers import IdentityNumberRecognizer
from privacy_gateway.detection.labelled_ids import LabelledIdRecognizer
from privacy_gateway.detection.mailbox_names import mailbox_names
from privacy_gateway.detection.login_positions import LoginPositionRecognizer
from privacy_gateway.detection.language_cues import LanguageCueRecognizer
from privacy_gateway.detection.languages import LanguageSupport
from privacy_gateway.detection.national_ids import NationalIdRecognizer
from privacy_gateway.detection.text_kind import describe, is_guarded
from privacy_gateway.detection.names import PeopleAndPlacesRecognizer
from privacy_gateway.detection.numbers import (
    DriverLicenceRecognizer,
    IbanChecksumRecognizer,
    GatewayIpRecognizer,
    PaymentCardRecognizer,
    SocialSecurityNumberRecognizer,
)
from privacy_gateway.detection.emails import EmailAddressRecognizer
from privacy_gateway.detection.phones import PhoneNumberRecognizer
from privacy_gateway.detection.postcodes import PostcodeRecognizer
from privacy_gateway.detection.secrets import SecretRecognizer
from privacy_gateway.detection.small_places import SmallPlaceRecognizer
from privacy_gateway.detection.gedcom import gedcom_values
from privacy_gateway.detection.speakers import speaker_labels
from privacy_gateway.detection.dash_speakers import dash_speaker_labels
from privacy_gateway.detection.captions import caption_speaker_labels
from privacy_gateway.detection.structured import StructuredValueRecognizer, key_values
from privacy_gateway.detection.tables import table_values, typed_by_header
from privacy_gateway.detection.vcs import VersionControlRecognizer
from privacy_gateway.detection.websites import PersonalWebsiteRecognizer

# Presidio recognizers the gateway's own do better: the phone one is slow and matches versions,
# the licence one matches hashes and "A1", the card one misses 2-series and grouped numbers,
# the SSN one misses undashed numbers with context, the IP one masks 127.0.0.1, the email one
# misses addresses glued to "user=", the URL one cannot tell a personal website from a docs link,
# the NHS one scores any mod-11-valid ten digits 1.0 (one phone number in eleven).
REPLACED_PRESIDIO_RECOGNIZERS = frozenset(
    {"PhoneRecognizer", "UsLicenseRecognizer", "CreditCardRecognizer", "UsSsnRecognizer", "IpRecognizer",
     "EmailRecognizer", "UrlRecognizer", "NhsRecognizer"}
)


# Class names must differ from Presidio's: its registry loader looks recognizers up by class name
# among all subclasses of EntityRecognizer, and removes them by name.


def gateway_recognizers() -> list[EntityRecognizer]:
    """Recognizers the gateway adds to every analyzer."""
    return [
        PaymentCardRecognizer(),
        SocialSecurityNumberRecognizer(),
        PhoneNumberRecognizer(),
        DriverLicenceRecognizer(),
        EmailAddressRecognizer(),
        IbanChecksumRecognizer(),
        GatewayIpRecognizer(),
        StreetAddressRecognizer(guarded=is_guarded, public=lambda text: describe(text).public_places),
        PostcodeRecognizer(),
        AddressStructureRecognizer(guarded=is_guarded, headed=typed_by_header),
        PeopleAndPlacesRecognizer(),
        SmallPlaceRecognizer(),
        HandleRecognizer(),
        LoginPositionRecognizer(),
        StructuredValueRecognizer(readers=(key_values, table_values, speaker_labels, dash_speaker_labels, caption_speaker_labels, passwd_names, gedcom_values, mailbox_names)),
        VersionControlRecognizer(),
        SecretRecognizer(),
        PersonalWebsiteRecognizer(),
        NationalIdRecognizer(),
        LabelledIdRecognizer(),
        IdentityNumberRecognizer(),
        ClinicalRecordRecognizer(),
        EdiRecordRecognizer(),
        BookingRecordRecognizer(),
        *country_recognizers(),
    ]


def language_recognizers(support: LanguageSupport) -> list[EntityRecognizer]:
    """Recognizers one language's table entry adds (its titles, cue words and street types)."""
    cues = LanguageCueRecognizer(support)
    return [cues] if cues.has_patterns else []
