"""What a record's key says about its value: the key words that make it a person's name, a phone
number, an address, and the value shapes that must agree. `structured` finds the keys in the text."""

from __future__ import annotations

import re


from privacy_gateway.detection import lines
from privacy_gateway.detection.dates import DATE as BIRTH_DATE
from privacy_gateway.detection.identity_numbers import id_value
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS, VALUE_PARTICLES
from privacy_gateway.detection.name_spans import identifier_shaped
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, first_names, last_names, world_first_names
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.key_words import key_words
from privacy_gateway.detection.text_kind import describe, has_technical_word

# The last word of a key that makes its value a person's name ("customer", "created_by" → "by").
_PERSON_HEADS = frozenset(
    """customer client author assignee reporter contact owner employee patient manager recipient sender approver
    reviewer requester requestor cardholder holder beneficiary spouse guardian kin person driver passenger guest
    tenant landlord student teacher doctor physician nurse signer signatory witness submitter creator committer
    fullname firstname lastname surname forename givenname familyname middlename maidenname nickname fname lname
    attendee participant caller callee applicant candidate member insured policyholder payee payer addressee
    consignee shipper emergencycontact nextofkin companion""".split()
    # The private parties of a loan, a consignment, a gift, an estate or a complaint: "Borrower: …",
    # "consignor", "donor_name" (not a lender, a sale's buyer and seller or a courier, as often banks and
    # firms, nor "visitors", as often a count).
    + """borrower lessor lessee consignor donor depositor bidder guarantor executor executrix heir enquirer
    claimant complainant""".split()
    # Who holds a role in a rota, an incident, a project or a team: "oncall: tudor tomescu",
    # "incident_commander", "mentor = …" (the value must still read as a name: "oncall: weekly" does not).
    # Not "lead" alone: a sales lead is a company ("lead: abercrombie & fitch"); "tech_lead" is someone.
    + """oncall supervisor mentor mentee buddy sponsor coordinator organizer organiser interviewer interviewee
    referrer responder commander scribe delegate techlead teamlead projectlead dri trainer trainee coach advisor
    adviser tutor instructor moderator facilitator chairperson treasurer nominee successor predecessor""".split()
)
# Words before "name" that make it a person's ("first_name", "contact_name"); other "*_name" keys
# (service_name, file_name, host_name) name things.
_PERSON_MODIFIERS = _PERSON_HEADS | frozenset(
    "first last full given family middle maiden display legal real birth sur fore nick user".split()
)
# "created_by", "assigned_to": the person who did or got something.
_PERSON_BY = re.compile(r"(?:created|updated|modified|deleted|assigned|reported|owned|submitted|approved|reviewed|"
                        r"requested|signed|raised|opened|closed|resolved|edited|written|authored|entered|verified)"
                        r"(?:by|to)$")
_PHONE_WORDS = frozenset("phone phonenumber mobile mobilephone cell cellphone tel telephone fax msisdn landline whatsapp".split())
# Words that make a "number" or "no" key a phone's: "contact_no", "callback number".
# A key that is only "number" or "no": a phone's in a contact sheet, an order's in a shop; the value decides.
_LOOSE_NUMBER = frozenset("number no nr num nummer numero número numer".split())
_PHONE_NUMBER_WORDS = _PHONE_WORDS | frozenset("contact call callback sms".split())
_ADDRESS_WORDS = frozenset(
    """address addr street streetaddress street1 street2 addressline addressline1 addressline2 line1 line2 city town
    zip zipcode postcode postalcode postal plz pincode village county province suburb district locality
    housenumber building apartment apt suite country state region""".split()
)
# Keys with an address word that hold no postal address ("ip_address", "remote_addr").
_NOT_POSTAL = frozenset(
    "ip mac remote server bind listen wallet host network web url email mail base memory return proxy local peer "
    "gateway ipv4 ipv6 contract broadcast multicast node pod cluster service socket internet inet".split()
)
# Keys whose value is a place only if it looks like one ("state": "running" is no region).
LOOSE_PLACE = frozenset("state region country county district".split())
# The place words before "name" in a key whose value is that place's name.
_PLACE_NAMED = frozenset("country city town village street state region province county locality district".split())
# Keys of the flat line of an address: a value only when it has a flat's, floor's or entrance's
# shape ("unit": "Apt. 4", never "unit": "ms").
_UNIT_KEYS = frozenset("unit flat".split())
# Keys nearby that make a bare "name" a package's, a service's or a CI step's. A key that starts its
# line (after indentation or a list's "- ") or follows "{" or "," may open a block; one in the middle
# of a line needs its value after it: a prose line ending in a colon ("Turn this into a markdown
# table:", "Please check the schedule:") is no key.
_MANIFEST_KEYS = r"""(?:apiVersion|kind|metadata|spec|image|containers?|replicas|version|dependencies|
    devDependencies|peerDependencies|scripts|steps|uses|run|runs-on|jobs|services|ports?|volumes|main|module|
    license|repository|namespace|labels|selector|template|hosts|tasks|become|plugins?|targets?|build|
    engines|workspaces|private|homepage|bin|exports|entrypoint|command|args|env|secrets?|resources|
    schedule|cron|queue|topic|bucket|table|schema|database|region_name|provider|chart|values|package|
    ansible\.[\w.]+|handlers|vars|roles|register|notify|loop|with_items|when|delegate_to|gather_facts)"""
_MANIFEST = re.compile(
    rf"""(?:^[ \t>]*(?:-[ \t]+)?|[{{,][ \t]*)["']?{_MANIFEST_KEYS}["']?\s*[:=]
    |[\s"']{_MANIFEST_KEYS}["']?[ \t]*[:=][ \t]*[^\s]""",
    re.VERBOSE | re.MULTILINE,
)
# Keys nearby that make a bare "name" a person's, however short.
_PERSONAL_SIBLINGS = re.compile(
    r"""(?i:(?:["'\s{,]|<)(?:e-?mail|phone|mobile|address|street|city|zip|postcode|dob|birth\w*|age|gender|ssn|
    first_?name|last_?name|surname|title|salutation|customer|patient|employee)(?:["']?\s*[:=]|>))""",
    re.VERBOSE,
)

_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.])*(?:-[^\W\d_][^\W\d_'’.]*)?", re.UNICODE)
_PARTICLES = VALUE_PARTICLES
# Function words never found in a name ("Set up Python", "Build and test").
_FUNCTION_WORDS = frozenset(
    """a an the and or of to in on at for with by from up down out off is are was be not no yes all any this that
    these those it its my your our their new old default true false null none test tests set get run build
    check checkout install deploy update create delete add remove start stop main master""".split()
)


# Types a field is declared with (`given_name: str`, `String lastName`): code, not a value.
_TYPE_NAMES = frozenset(
    """str string int integer bool boolean float double char varchar nvarchar text number object any list dict
    optional array uuid bytes decimal void String Integer Boolean Object Optional""".split()
)
# A lower-case word with a capital inside: a variable or a property, never how a name is written.
_CAMEL_IDENTIFIER = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")


# Keys of a date of birth (`dob`, `DateOfBirth`, `birth_date`; `Geburtsdatum`, `date de naissance`).
_BIRTH_KEYS = frozenset(
    "dob dateofbirth birthdate birthday bday geburtsdatum datedenaissance fechadenacimiento datadinascita "
    # `born_on`, `born`, `birth_dt`, `BirthDateTime`, `date_born`: the same field as code names it
    "born bornon borndate birth birthdt birthdatetime birthtimestamp dateborn dobdate "
    "geboortedatum fodelsedatum datanascimento datadenascimento "
    # Column headers of HR and crew exports in the languages `key_words` reads, short forms too.
    "fechanacimiento fechadenac fechanac fnac fnacimiento fodselsdato geburtstag gebdatum gebdat tanggallahir tgllahir "
    "dogumtarihi datanasterii dataurodzenia syntymaaika datanasc datenaissance petsangkapanganakan kapanganakan kaarawan "
    "ngaysinh janamtithi janmtithi imerominiagennisis datanarodzhennia datumrodjenja datumnarozeni szuletesidatum "
    # German's short "geb." ("geboren"), as a CSV header writes it ("name;vorname;geb;strasse"); the value
    # must read as a date, so "geb. Müller" (née) stays a name.
    "geb geboren gebam geburt".split()
)
# A format's hint in a header ("Date of birth (DD/MM/YYYY)", "Fecha nac. (dd/mm/aaaa)"): no word of the key.
_FORMAT_HINTS = frozenset("dd mm yy yyyy aaaa jjjj tt gg".split())


# Words that make a key ending in a birth word another field: `place_of_birth`, `birth_country`.
_NOT_A_BIRTH_DATE = frozenset("place city country town location weight name certificate order rank".split())


def birth_key(key: str) -> bool:
    """Whether `key` names a date of birth (`dob`, `birthDate`, `born_on`, `Geburtsdatum`), the
    words before it naming whose (`patient_dob`, `customerDateOfBirth`)."""
    words = [w for w in key_words(key) if w not in _FORMAT_HINTS]
    if "".join(words) in _DATE_AND_PLACE_OF_BIRTH:
        return True
    if not words or len(words) > 6 or any(w in _NOT_A_BIRTH_DATE for w in words):
        return False
    return any("".join(words[i:]) in _BIRTH_KEYS for i in range(len(words)))


# One column for both, as crew lists and registers print it ("Date & place of birth": "12.03.1975,
# Iloilo"): the date opens the value.
_DATE_AND_PLACE_OF_BIRTH = frozenset(
    "dateplaceofbirth dateandplaceofbirth dobplace dobandplace birthdateplace birthdateandplace placeanddateofbirth "
    # Indonesia's "TTL" (tempat, tanggal lahir: the place first, "Surabaya, 12-03-1990").
    "ttl tempattanggallahir tempattgllahir".split()
)
_BIRTH_DATE = re.compile(BIRTH_DATE)
_DATE_AFTER_PLACE = re.compile(rf"[,;/][ \t]*({BIRTH_DATE})$")
# A date written with no separators, as LDAP, fixed-width records and exports do: `19720415`.
_COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


# The words a document's name takes for "number" in a key ("seamans_book_no", "brp_number"); a
# passport's key takes more (`_NUMBER_WORDS` below).
_DOCUMENT_NUMBERS = ("", "no", "nr", "num", "number")


def _numbered(names: tuple[str, ...], numbers: tuple[str, ...] = _DOCUMENT_NUMBERS, not_alone: tuple[str, ...] = ()) -> frozenset[str]:
    """Each of a document's `names` with each word for its number after it, as keys write them
    ("drivinglicenceno"); a name `not_alone` is no key without its number."""
    return frozenset(name + number for name in names for number in numbers if number or name not in not_alone)


# Keys of an identity, tax or social-security number, whoever's record they end (`ssn`,
# `customer_national_id`, `isikukood`); the generic ones (`id_number`, `tax_id`) only alone or after a
# person's word (`employee_tax_id`; `vendor_tax_id` is a company's, `order_id_number` an order's).
_ID_KEYS = frozenset(
    """ssn socialsecuritynumber socialsecurityno socialsecurity socialinsurancenumber nationalid nationalidnumber
    nationalidentitynumber nationalidentificationnumber nationalidentity nationalidno nationalinsurancenumber nin
    nino isikukood oib jmbg egn emso cnp pesel bsn burgerservicenummer curp cuil cuit dni nif cpf rut nik ktp nric
    hkid amka afm tckn kimlikno aadhaar aadhar ahv ahvnr svnr sozialversicherungsnummer steuerid cpr cprnr hetu
    henkilotunnus kennitala ppsn ird irdnumber tfn itin personnummer fodselsnummer rodnecislo taj tajszam
    rijksregisternummer asmenskodas personaskods personnr fnr utr uniquetaxpayerreference teudatzehut inn snils rfc""".split()
) | _numbered(
    # The papers of a worker or a seafarer: a seaman's or discharge book, the Philippines' SIRB, the
    # UK's residence permit and share code, a work or residence permit, and the social numbers of the
    # Philippines, India, Brazil and Ukraine ("Seaman's Book No.", "BRP number", "PhilHealth", "UAN");
    # alone, "cdc", "pan", "pis" and "sss" are a health agency, a camera move, a Brazilian word, a sound.
    ("seamansbook", "seamanbook", "seafarersbook", "seafarerbook", "dischargebook", "sirb", "cdc", "brp", "sharecode",
     "workpermit", "residencepermit", "philhealth", "sss", "pagibig", "pagibigmid", "uan", "pan", "pancard", "pis",
     "pispasep", "rnokpp", "umid", "ninumber", "nationalinsurance",
     # Turkey's identity number by the country's initials ("tc", "TC No", "tc_kimlik"), as its forms and tables head it.
     "tc", "tckimlik"),
    not_alone=("cdc", "pan", "pis", "sss"),
) | _numbered(
    # A driving licence, the identity document of most adults in the UK, Ireland, the US and Australia:
    # "driving_licence", "Driver's License No.", "dl_number".
    ("drivinglicence", "drivinglicense", "driverslicence", "driverslicense", "driverlicence", "driverlicense", "dl"),
) | _numbered(
    # The driving licence in the languages of rental forms, and a licence's number in British spelling,
    # a rental's or a fleet's column ("licence_no"; software writes "license", and "licence" alone is
    # any licence's).
    ("licence", "fuhrerschein", "fuehrerschein", "rijbewijs", "permisdeconduire", "carnetdeconducir", "patente", "cnh",
     "prawojazdy", "korkort", "korekort", "ajokortti", "ehliyet"),
    numbers=(*_DOCUMENT_NUMBERS, "nummer", "numero"), not_alone=("licence",),
)
_GENERIC_ID_KEYS = frozenset(
    """idnumber idno idnr idcard idcardnumber idcardno identitycard identitycardnumber identitynumber
    identificationnumber personalid personalnumber personalcode personalidnumber citizenid residentid taxid
    taxnumber taxno taxpayerid tin""".split()
)


# Keys of a patient's record number in a hospital's or a practice's system.
_RECORD_KEYS = frozenset(
    key + number
    for key in ("mrn", "hospital", "hosp", "medicalrecord", "patient", "chart", "casenote", "patientrecord")
    for number in ("no", "nr", "num", "number", "id") if not (key == "patient" and number == "id")
) | {"mrn", "medicalrecord"}


# The words a key writes after a document's name for its number ("aadhaar_no", "pesel_nr", "bsn_nummer").
_NUMBER_TAILS = frozenset("no nr num number numero número nummer numer".split())


def record_tail(words: list[str]) -> bool:
    """Whether a key ends in a hospital's record number after words of its own ("donor_mrn",
    "subject_hosp_no", "legacy_medical_record"): whoever's record it is, the number is one. Not a
    chart's or a patient's number after other words ("sales_chart_id", "sort_patient_id")."""
    return any(
        "".join(words[i:]) in _RECORD_KEYS and not words[i].startswith(("chart", "patient"))
        for i in range(1, len(words))
    )


def id_key(key: str) -> bool:
    """Whether `key` names a person's identity, tax or social-security number (`_ID_KEYS`), its
    number word after it or not ("aadhaar_no", "pesel_nr", "customer_bsn_nummer")."""
    words = key_words(key)
    if not words or len(words) > 5:
        return False
    named = words[:-1] if len(words) > 1 and words[-1] in _NUMBER_TAILS else words
    for i in range(len(words)):
        tail = "".join(words[i:])
        if tail in _ID_KEYS or i < len(named) and "".join(named[i:]) in _ID_KEYS:
            return True
        if tail in _GENERIC_ID_KEYS:
            return all(w in _PERSON_HEADS or w in _SHORT_HEADS for w in words[:i])
    return False


def entity_for_key(key: str) -> str | None:
    """The entity a value under `key` is, by the key alone (the value's shape is checked later)."""
    words = key_words(key)
    if not words or len(words) > 5:
        return None
    joined = "".join(words)
    if words[0] in ("default", "fallback") and len(words) > 1:
        return None  # `DEFAULT_PHONE_REGION=GB`, `fallback_city`: a setting's default, no one's data
    if birth_key(key):
        return "DATE_OF_BIRTH"
    if id_key(key):
        return "NATIONAL_ID"
    if joined in _RECORD_KEYS or record_tail(words):
        return "MEDICAL_RECORD_NUMBER"  # "hospital_no", "MRN", "patient_number", "donor_mrn": a clinic list's column
    if words[0] in _PASSPORT_WORDS and all(w in _NUMBER_WORDS for w in words[1:]) or joined in ("traveldocument", "traveldocumentnumber", "traveldocumentno"):
        return "PASSPORT"  # "passport", "Passport No.", "pasaporte", "reisepass_nr": a column of a manifest or a booking
    head = words[-1]
    if head in ("id", "ids", "uuid", "key", "count", "type", "status", "code", "url", "uri", "hash", "format",
                "verified", "enabled", "flag", "length", "len", "at", "date", "time", "on", "token"):
        if not (head == "code" and words[-2:-1] in (["zip"], ["postal"], ["post"], ["pin"])):
            return None
    if "email" in words or "mail" in words or joined.endswith("email"):
        return "EMAIL_ADDRESS"
    if head in _PHONE_WORDS or joined in _PHONE_WORDS or (head in ("number", "no", "num", "nr") and any(w in _PHONE_NUMBER_WORDS for w in words)):
        return "PHONE_NUMBER"
    if len(words) == 1 and head in _LOOSE_NUMBER:
        return "PHONE_NUMBER"  # checked harder against the value (`typed_span`)
    if any(w in _NOT_POSTAL for w in words):
        return None
    if head in _ADDRESS_WORDS or joined in _ADDRESS_WORDS or words[-2:] in (["zip", "code"], ["postal", "code"], ["post", "code"], ["pin", "code"]):
        return "LOCATION"
    # "addr2", "address3": a numbered line of an address; "country_name", "city_name": a place's name.
    if head.rstrip("0123456789") in _ADDRESS_WORDS and head[-1].isdigit() or head == "name" and len(words) > 1 and words[-2] in _PLACE_NAMED:
        return "LOCATION"
    if joined in _UNIT_KEYS:
        return "LOCATION"  # the value must read as a flat or a floor (`typed_span`)
    if head == "name" and len(words) == 1:
        return "PERSON"
    if head in _HALF_WORDS and len(words) > 1 and all(w in _PERSON_HEADS or w in _SHORT_HEADS for w in words[:-1]):
        return "PERSON"  # "customer_last", "patient_first", "emp_given": one half of someone's name
    if head == "name":
        return "PERSON" if all(w in _PERSON_MODIFIERS for w in words[:-1]) or joined in _PERSON_HEADS else None
    if head in _PERSON_HEADS or joined in _PERSON_HEADS or _PERSON_BY.search(joined):
        return "PERSON"
    if head.endswith("s") and (head[:-1] in _PERSON_HEADS or joined[:-1] in _PERSON_HEADS):
        return "PERSON"  # "reviewers", "attendees": a list of people
    return None


# The words that open a passport's key, in the languages travel exports are written in, and the
# words after them that make it the number ("Passport No.", "passport_number", "Reisepassnummer").
_PASSPORT_WORDS = frozenset("passport passportno passportnumber passportnr pasaporte passeport reisepass reisepassnummer passaporto paspoort paszport".split())
_NUMBER_WORDS = frozenset("no nr num number numero número nummer numer id".split())


# The last word of a key for one half of a name, after whose it is ("customer_last", "cust_first").
_HALF_WORDS = frozenset("first last given family middle maiden surname forename".split())
# Short forms of the person heads that exports write: "cust_last", "emp_first", "pt_given".
_SHORT_HEADS = frozenset("cust emp user usr pt mbr stu acct".split())
# Keys that hold part of a name only inside a person's record: {"user": {"first": "Ann", "last": "Lee"}}.
_NAME_PARTS = frozenset("first last given family middle full display maiden nick surname forename name fn ln cn sn".split())
# Records that are a person's, besides the keys above: "user", "people", "members", "profile".
_PEOPLE_RECORDS = frozenset("user users person persons people member members profile individual party".split())
# Records that are a thing's: the bare `name` inside is the thing's ("notifier": {"name": "Bugsnag
# Android"}, "device": {"name": "Pixel 8"}, "package": {"name": "Left Pad"}), unless a person's field sits beside it.
_THING_RECORDS = frozenset(
    """app apps application applications device devices os sdk library libraries lib package packages pkg client
    browser platform plugin plugins runtime framework engine service services tool tools driver agent product
    products project projects repo repository module modules dependency dependencies component components
    image images container containers model models dataset datasets job jobs task tasks step steps workflow
    pipeline queue topic bucket cluster node nodes host hosts server servers database table index schema
    region zone environment release build artifact artifacts branch tag tags label labels category categories
    notifier reporter integration integrations extension extensions theme font fonts file files folder
    channel channels company organization organisation vendor manufacturer brand store team teams""".split()
)
_KEY_BEFORE = re.compile(r"""["']?(?P<key>[^\W\d][\w\-]{0,40})["']?\s*[:=]\s*$""")


def parent_key(text: str, at: int, limit: int = 4000) -> str | None:
    """The key of the object or list that the key at `at` sits in: `"owner": {"name": …}` → owner;
    for an object in a list, the list's key (`"attendees": [{…}, {"first": …}]` → attendees)."""
    depth, i, low = 0, at - 1, max(0, at - limit)
    while i >= low:
        c = text[i]
        if c in "}]":
            depth += 1
        elif c in "{[":
            if depth:
                depth -= 1
            else:
                m = _KEY_BEFORE.search(text, max(low, i - 60), i)
                if m:
                    return m.group("key")
        i -= 1
    return None


_YAML_PARENT = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?[\"']?(?P<key>[^\W\d][\w\-]{0,40})[\"']?:[ \t]*$", re.MULTILINE)


def indented_parent(text: str, at: int, limit: int = 4000) -> str | None:
    """The YAML key a line is indented under: `owner:\n  name: Ann` → owner (None at the margin)."""
    line_start = lines.line_start(text, at)
    indent = len(text[line_start:at]) - len(text[line_start:at].lstrip(" \t-"))
    if indent == 0:
        return None
    parents = [m for m in _YAML_PARENT.finditer(text, max(0, line_start - limit), line_start) if len(m.group("indent")) < indent]
    return parents[-1].group("key") if parents else None


def in_person_record(text: str, key: str, at: int) -> bool:
    """Whether the name-part `key` at `at` sits in a person's record: in JSON braces or YAML
    indentation under a person's key, beside the other half of a name (`"first"` with `"last"`),
    or in a directory's entry of a person (`_ldif_person`)."""
    if not name_part_key(key):
        return False
    return (person_record(parent_key(text, at)) or person_record(indented_parent(text, at)) or _paired_part(text, key, at)
            or _ldif_person(text, at))


# The object classes of a person's entry in a directory (LDIF, `ldapsearch` output): its `cn`
# (common name) and `sn` (surname) are that person's; a group's `cn: finance` is not.
_LDIF_PERSON = re.compile(r"(?im)^objectClass:[ \t]*(?:inetOrgPerson|organizationalPerson|person|posixAccount|shadowAccount|user)[ \t]*$")


def _ldif_person(text: str, at: int) -> bool:
    """Whether the line at `at` is in an LDIF entry (lines up to a blank one) of a person's class."""
    if "objectClass" not in text and "objectclass" not in text:
        return False
    start, end = text.rfind("\n\n", 0, at), text.find("\n\n", at)
    return _LDIF_PERSON.search(text, start + 1 if start >= 0 else 0, end if end >= 0 else len(text)) is not None


# The two halves of a name: a record holding one of each is a person's, whatever it is called
# (`{"first": …, "last": …}` at the top of a payload, `[contact]` with `first =` and `last =`).
# `fn`/`ln` (vCard's and exports' short keys) count only so paired or in a person's record.
_GIVEN_KEYS = frozenset("first given fore forename firstname givenname fn".split())
_FAMILY_KEYS = frozenset("last family sur surname lastname familyname ln".split())
# A key in any record syntax: `"last":`, `last =`, `last:`, `<last>`, `last="…"`.
# In any language's letters: "prénom", "příjmení", "soyadı".
_ANY_KEY = re.compile(r"""(?<![\w\-])(?P<key>[^\W\d][\w\-]{0,40})(?:["']?\s*[:=]|>)""")


def _half_of_name(key: str) -> bool:
    """Whether `key` holds a given or a family name (`first`, `LastName`, `given_name`), whose value
    is a name even when it is also a word ("Rose", "Will", "Devi")."""
    words = key_words(key)
    return "".join(words) in _HALF_KEYS


_HALF_KEYS = _GIVEN_KEYS | _FAMILY_KEYS | {"middlename", "maidenname"}


def _paired_part(text: str, key: str, at: int, reach: int = 300) -> bool:
    """Whether the given-name or family-name key at `at` has the other half within `reach` characters."""
    joined = "".join(key_words(key))
    # A bare `name` beside a family key is the given half (`<nome>` and `<ln>`, `name` and `surname`),
    # and, written in another language, beside a given key the family half: Romanian and French call
    # the surname's key their word for "name" (`"prenume"` and `"nume"`, `prénom` and `nom`); English
    # "name" beside "first" is as often a thing's with a flag (`name: billing`, `first: true`).
    other = (
        _FAMILY_KEYS if joined in _GIVEN_KEYS else _GIVEN_KEYS | {"name"} if joined in _FAMILY_KEYS
        else _GIVEN_KEYS if joined == "name" and key.strip("\"'").lower() != "name" else None
    )
    if other is None:
        return False
    window = text[max(0, at - reach) : at + reach]
    return any("".join(key_words(m.group("key"))) in other for m in _ANY_KEY.finditer(window))


def person_record(key: str | None) -> bool:
    """Whether the object under `key` is a person's record (its name parts are a person's)."""
    if not key:
        return False
    words = key_words(key)
    return bool(words) and (entity_for_key(key) == "PERSON" or words[-1] in _PEOPLE_RECORDS)


def name_part_key(key: str) -> bool:
    """Whether `key` names a part of a name, whose record must say whose: `first`, `given`, `name`."""
    words = key_words(key)
    return bool(words) and all(w in _NAME_PARTS for w in words)


def _hyphenated_given(word: str) -> bool:
    """A given name of two parts written with the second in lower case ("Min-seo", "Thi-lan"):
    the first part a given name of the world's lists, the two no pair of English words (a word of
    two letters is none: "ji" of "Ji-woo")."""
    first, _, rest = word.lower().partition("-")
    return "-" not in rest and ascii_fold(first) in world_first_names() and not (len(first) >= 3 and english_form(first) and english_form(rest))


def person_name(value: str) -> tuple[int, int] | None:
    """The span of a person's name in `value` (1-4 alphabetic words, any case), or None.

    `Ann Lee <ann@x.org>` → `Ann Lee`; `"Lee, Ann"` → the whole; `billing-service`, `v2`,
    `Checkout code` → None.
    """
    end = value.find("<")
    text = value[:end] if end > 0 else value
    # SQL and search wildcards around a value are no part of it: `LIKE 'mensah%'`.
    stripped = text.strip().strip("\"'").strip().strip("%*").strip()
    if not stripped:
        return None
    start = value.find(stripped)
    if any(c.isdigit() or c in "_/\\@=:#()[]{}|*+" for c in stripped) or len(stripped) > 60:
        return None
    words = [w for w in re.split(r"[\s,]+", stripped) if w]
    names = [w for w in words if w.lower() not in _PARTICLES]
    if not 1 <= len(names) <= 4 or len(words) > 6:
        return None
    for i, word in enumerate(words):
        # "An" closes Vietnamese names ("Nguyen Van An", "NGUYEN VAN AN"): a given name there, after another name word.
        given_an = word.lower() == "an" and i == len(words) - 1 and i >= 1 and not word.islower()
        if not _NAME_TOKEN.fullmatch(word) or word.lower() in _FUNCTION_WORDS and not given_an or word in _TYPE_NAMES:
            return None
        if _CAMEL_IDENTIFIER.fullmatch(word):
            return None  # `lastName`, `userId`: a variable, as in `last_name=lastName`
        # "billing-service" is a slug; "Anna-Maria" and "SMITH-JONES" are names, and so is a given
        # name of the lists before a lower-case part that makes no English pair: "Min-seo", "Ji-woo"
        # (romanised Korean), not "Mark-up" or "Read-only".
        if "-" in word and not (word[0].isupper() and (word.split("-")[1][:1].isupper() or _hyphenated_given(word))):
            return None
    if has_technical_word(stripped):
        return None
    return start, start + len(stripped)


# Keys whose value is a person or the number to reach them: "contact": "318-1234",
# "emergency_contact", and a phone system's parties to a call or a message ("caller=6289815631712").
_CONTACT_HEADS = frozenset({"contact", "caller", "callee", "sender", "recipient"})


def _phone_shaped(value: str) -> bool:
    """Seven to fifteen digits in the marks a phone is written with, not a date, a span of years,
    an IPv4 address or a decimal: "318-1234", "(0-612) 34567 ext. 12", "+44 20 7946 0958"."""
    from privacy_gateway.detection.phones import PhoneNumberRecognizer  # loaded late: keeps the import chain short
    from privacy_gateway.detection.phone_plans import EXTENSION, digits_of

    if re.search(r"[^\d\s()+.\-/]", EXTENSION.sub("", value)):
        return False
    return 7 <= len(digits_of(value)) <= 15 and PhoneNumberRecognizer.shaped(value)


def typed_span(key: str, value: str, value_start: int, text: str, in_person: bool = False) -> tuple[int, int, str] | None:
    """(start, end, entity) of `value` under `key`, if the key types it and its shape agrees;
    `in_person`: the key sits in a person's record, so a name part (`first`, `name`) is theirs."""
    entity = entity_for_key(key)
    if in_person and name_part_key(key):
        entity = "PERSON"
    if entity is None:
        stripped = value.strip().strip("\"'").strip()
        # `"hub": "Bratislava"`, `place="Drøbak"` in code or data; a label of prose ("Branch: Chester") is a shop's own.
        from privacy_gateway.detection.record_values import listed_place_value  # loaded late: keeps the import chain short

        offset = value_start + value.find(stripped)
        if listed_place_value(key, stripped) and (text[offset - 1 : offset] in ("'", '"') or describe(text).technical):
            return offset, offset + len(stripped), "LOCATION"
        return _beside_an_address(key, value, value_start, text)
    stripped = value.strip().strip("\"'").strip()
    if not stripped or stripped.lower() in ("null", "none", "n/a", "na", "-", "tbd", "unknown", "redacted", "true", "false"):
        return None
    if _declared_type(stripped) or stripped.lower() == key.lower():
        return None  # "city: String?", "fun find(city: String): …", "tenant: Tenant": a parameter and its type
    offset = value_start + value.find(stripped)
    if entity == "PERSON" and key_words(key)[-1] in _CONTACT_HEADS and _phone_shaped(stripped):
        return offset, offset + len(stripped), "PHONE_NUMBER"  # "contact": "318-1234": the way to reach them
    if entity == "PERSON":
        span = person_name(value)
        if span is None:
            return None
        start, end = value_start + span[0], value_start + span[1]
        if key_words(key) == ["name"] and not in_person and (
            _column_word(text[start:end]) or not _bare_name_is_person(text, start, text[start:end])
        ):
            return None
        # "owner": "root", "oncall": "SRE rotation": no one; but "first": "Rose" is a given name, word or
        # not, and so is a surname under `name` beside its given name ("prenume" and "nume": "Jenkins").
        # The pairing's window is read only for a value that would otherwise be no one's.
        if (_no_ones_name(text[start:end]) or _phrase(text[start:end])) and not (
            _half_of_name(key) or in_person and key_words(key) == ["name"] and _paired_part(text, key, start)
        ):
            return None
        if identifier_shaped(text[start:end]) or _PAIR_VALUE_AFTER.match(text, end):
            return None  # "WebInspector"; {"name": "Content-Type", "value": …}: a field's name
        return start, end, "PERSON"
    if entity == "PHONE_NUMBER" and len(words := key_words(key)) == 1 and words[0] in _LOOSE_NUMBER:
        # A column or key named only "number": a phone's only when the value reads as one.
        from privacy_gateway.detection.phones import national_number  # loaded late: keeps the import chain short

        return (offset, offset + len(stripped), entity) if national_number(stripped, text) else None
    if entity == "PHONE_NUMBER":
        from privacy_gateway.detection.phone_plans import EXTENSION, digits_of, short_number  # loaded late: keeps the import chain short

        # The number and its extension as the field holds them ("013 5805487 int. 133", "… x3451"):
        # the extension is read in the languages `phone_plans` knows, the digits counted without it.
        digits = len(digits_of(stripped))
        if not (6 <= digits <= 16 or short_number(digits_of(stripped))) or re.search(r"[^\d\s()+.\-/]", EXTENSION.sub("", stripped)):
            return None
        return offset, offset + len(stripped), entity
    if entity in ("NATIONAL_ID", "MEDICAL_RECORD_NUMBER"):
        return (offset, offset + len(stripped), entity) if id_value(stripped) else None
    if entity == "PASSPORT":
        from privacy_gateway.detection.labelled_ids import PASSPORT_NUMBER  # loaded late: keeps the import chain short

        return (offset, offset + len(stripped), entity) if re.fullmatch(PASSPORT_NUMBER, stripped) else None
    if entity == "DATE_OF_BIRTH":
        if _BIRTH_DATE.fullmatch(stripped) or _COMPACT_DATE.fullmatch(stripped):
            return offset, offset + len(stripped), entity
        # The date beside the birthplace, under a key for both ("12.03.1975, Iloilo", "Surabaya, 12-03-1990").
        if "".join(key_words(key)) not in _DATE_AND_PLACE_OF_BIRTH:
            return None
        if (dated := _BIRTH_DATE.match(stripped)) and stripped[dated.end() : dated.end() + 1] in (",", ";", "/", " "):
            return offset, offset + dated.end(), entity
        after_place = _DATE_AFTER_PLACE.search(stripped)
        return (offset + after_place.start(1), offset + after_place.end(1), entity) if after_place else None
    if entity == "EMAIL_ADDRESS":
        # Plain addresses are the e-mail recognizer's; here the ones it cannot see ("ann at corp dot com").
        if "@" in stripped or " " not in stripped and "." not in stripped or len(stripped) > 80:
            return None
        # ... and only when it spells an address out: "Mail: the server field is greyed out" is a sentence.
        return (offset, offset + len(stripped), entity) if _SPELLED_AT.search(stripped) else None
    # LOCATION: anything that is not a code, a flag or a number with units.
    words = key_words(key)
    if len(stripped) < 2 or len(stripped) > 160 or not any(c.isalnum() for c in stripped):
        return None
    if "".join(words) in _UNIT_KEYS:
        from privacy_gateway.detection.address_parts import unit_shaped  # loaded late: keeps the import chain short

        return (offset, offset + len(stripped), "LOCATION") if unit_shaped(stripped) else None
    place = words[-2] if words[-1] == "name" and len(words) > 1 else words[-1]
    if place in LOOSE_PLACE and (not stripped[:1].isupper() or has_technical_word(stripped) or "_" in stripped) and not (
        place == "country" and _country(stripped)
    ):
        return None
    if (
        place == "country" and (_country(stripped) or _COUNTRY_CODE.fullmatch(stripped)) and _table_row(text, offset)
        and not _ADDRESS_PART_KEY.search(_record_around(text, offset))
    ):
        return None  # a roster's or a company list's country column ("hq_country": "DE"), with no street, town or postcode in its table
    if _postcode_key(words) and not any(c.isdigit() for c in stripped):
        return None  # "cp: cannot stat 'a.txt'", "zip: dist/app.zip": every postcode has a digit
    # A hex literal is a memory address or a register ("addr=0x18" in a panic), never a postal one.
    if re.fullmatch(r"(?:https?|ftp)://\S+|[\w.\-]+\.(?:com|org|net|io)\b.*|\d+(?:\.\d+)?\s*(?:ms|s|kb|mb|gb|%)|0x[0-9a-fA-F]+", stripped):
        return None
    if _NETWORK_ADDRESS.fullmatch(stripped):
        return None  # a node's "Address" column in `consul members`, `ip addr`, `arp -a`: a host, never a home
    return offset, offset + len(stripped), "LOCATION"


# A network address as tools print it under an "Address" column or key: IPv4 with its port or prefix
# ("10.20.0.11:8301", "10.0.0.0/16"), IPv6, a MAC, a host and its port ("consul-a:8301").
_NETWORK_ADDRESS = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5}|/\d{1,2})?|\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\]?(?::\d{1,5}|/\d{1,3})?"
    r"|(?:[0-9A-Fa-f]{2}[:\-]){5}[0-9A-Fa-f]{2}|[A-Za-z][\w.\-]*:\d{2,5}"
)


# Keys that name a place only in an address's record, since alone they also say other things: the
# short postcode keys (Italy's `CAP`, the `CP` of French and Spanish forms, India's `PIN`; a rate's
# cap, a copy, a card's PIN), and the region's and town's words that are also a status, a span or a
# setting (`estado`, `stato`, `prov`, `area`, `loc`, `dest`). The value must be shaped as that part.
_SHORT_POSTCODE_KEYS = frozenset("cap cp pin".split())
_SIBLING_PLACE_KEYS = frozenset("estado stato etat prov area loc dest muni".split())
_STATUS_OR_STATE = frozenset("estado stato etat".split())
# The shapes of the world's postcodes a short key holds: digits (a country's letters first, "DK-8823"),
# Poland's and Brazil's with a dash, the Netherlands', Canada's and the UK's letters.
_POSTCODE_SHAPE = re.compile(
    r"(?:[A-Za-z]{1,2}-)?(?:\d{3}[ \-]?\d{2,3}|\d{4})|\d{2}-\d{3}|\d{5}-\d{3}|\d{4} ?[A-Za-z]{2}"
    r"|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}"
)


# Keys whose words name where someone is, goes or is met, though no address word heads them:
# `"location": "12 Rue Oberkampf, Paris"`, `shipTo`, `pickup_location`, `birthplace`.
_PLACE_KEYS = frozenset(
    """location destination venue pickup dropoff shipto deliverto sendto hometown residence birthplace placeofbirth
    whereabouts meetingpoint""".split()
)
# A cloud region or zone (`us-east-1`, `europe-west4-a`), a path or a URL: a setting, never a place of someone's.
_SETTING_SHAPE = re.compile(r"(?i:[a-z]+(?:-[a-z]+)+-?\d+[a-z]?)|[\w.\-]*[/\\:][^\s]*|\S+\.\S+")
# A cloud region's display name: compass words and a country, a continent or a code ("West Europe",
# "East US 2", "UK South", "Germany West Central", "Southeast Asia").
_COMPASS = frozenset("north south east west central northeast northwest southeast southwest north-east north-west south-east south-west".split())


def _cloud_region(value: str) -> bool:
    from privacy_gateway.detection.countries import country_names  # loaded late: keeps the import chain short
    from privacy_gateway.detection.record_values import CONTINENTS

    words = value.lower().split()
    return any(w in _COMPASS for w in words) and all(
        w in _COMPASS or w.isdigit() or w in country_names() or w in CONTINENTS or len(w) <= 3 for w in words
    )


def _place_under_key(value: str, value_start: int) -> tuple[int, int, str] | None:
    """The value of a key that names a place: written as one (a capital or a digit), and no setting, code,
    country or continent, and no English word alone ("location": "Remote", "destination": "Production")."""
    from privacy_gateway.detection.countries import country_names  # loaded late: keeps the import chain short
    from privacy_gateway.detection.record_values import CONTINENTS

    stripped = value.strip().strip("\"'").strip()
    if not (2 <= len(stripped) <= 160) or not any(c.isupper() or c.isdigit() for c in stripped) or _SETTING_SHAPE.fullmatch(stripped):
        return None
    if "_" in stripped or identifier_shaped(stripped) or has_technical_word(stripped) or is_software(stripped):
        return None
    if stripped.lower() in country_names() or stripped.lower() in CONTINENTS or stripped.isupper() and len(stripped) <= 3 or _cloud_region(stripped):
        return None
    if " " not in stripped and common_word(stripped):
        return None
    offset = value_start + value.find(stripped)
    return offset, offset + len(stripped), "LOCATION"


def _listed_region(value: str) -> bool:
    from privacy_gateway.detection.places import any_place  # loaded late: keeps the import chain short

    return any_place(value)


def _beside_an_address(key: str, value: str, value_start: int, text: str, reach: int = 300) -> tuple[int, int, str] | None:
    """`"cap": "38212"`, `"estado": "Plzeňský"` beside `"ort": …`: a short or loose key's value in
    an address's record (another key within `reach` types an address's part)."""
    words = key_words(key)
    if words and ("".join(words) in _PLACE_KEYS or words[-1] in _PLACE_KEYS):
        return _place_under_key(value, value_start)
    if len(words) != 1 or words[0] not in _SHORT_POSTCODE_KEYS | _SIBLING_PLACE_KEYS:
        return None
    from privacy_gateway.detection.record_values import PLACE_SHAPE  # loaded late: keeps the import chain short

    stripped = value.strip().strip("\"'").strip()
    if words[0] in _SHORT_POSTCODE_KEYS:
        if not _POSTCODE_SHAPE.fullmatch(stripped):
            return None
    elif not PLACE_SHAPE.fullmatch(stripped) or is_software(stripped) or has_technical_word(stripped) or (
        " " not in stripped and not (stripped.isupper() and len(stripped) <= 3) and common_word(stripped)
    ):
        return None  # "area": "Backend": a team
    elif words[0] in _STATUS_OR_STATE and not (stripped.isupper() and len(stripped) <= 3 or _listed_region(stripped)):
        return None  # "estado": "Pendiente": Spanish and Italian say "status" so too; a state there is a listed one or its code
    window = text[max(0, value_start - reach) : value_start + reach].replace('\\"', '"')
    if not any(k != key and entity_for_key(k) == "LOCATION" for k in (m.group("key") for m in _ANY_KEY.finditer(window))):
        return None
    offset = value_start + value.find(stripped)
    return offset, offset + len(stripped), "LOCATION"


# A country's ISO code as a record writes it ("US", "GBR"), and the keys of an address's other
# parts: a country is someone's place only as the last part of an address.
_COUNTRY_CODE = re.compile(r"[A-Z]{2,3}")
_ADDRESS_PART_KEY = re.compile(
    r"(?i)(?:street|straße|strasse|calle|\brue\b|\bvia\b|road|addr|line_?[12]|city|town|ville|ciudad|stadt|\bort\b|plaats|"
    r"post|zip|plz|\bcap\b|\bcp\b|suburb|district|county|province|locality|municipality)"
)


def _table_row(text: str, at: int) -> bool:
    """Whether `at` stands in a row of a delimited table: its line and the one above or below it
    split by the same number (two or more) of one delimiter. A country alone in a person's record
    ("passport country: Germany", a JSON object) is theirs, as labels give it."""
    start, end = lines.line_start(text, at), lines.line_end(text, at)
    line = text[start:end]
    above = text[lines.line_start(text, start - 1) : start - 1] if start > 1 else ""
    below = text[end + 1 : lines.line_end(text, end + 1)] if end < len(text) else ""
    for delimiter in (",", ";", "\t", "|"):
        count = line.count(delimiter)
        if count >= 2 and count in (above.count(delimiter), below.count(delimiter)):
            return True
    return False


def _record_around(text: str, at: int) -> str:
    """The lines of the record holding `at`: its paragraph, at most 12 lines up (a CSV's header, a
    JSON object's opening keys) and 6 down."""
    start = end = at
    for _ in range(12):
        up = text.rfind("\n", 0, max(0, start - 1))
        if up < 0:
            start = 0
            break
        if not text[up + 1 : start].strip():
            break
        start = up + 1
    for _ in range(6):
        down = text.find("\n", end + 1)
        if down < 0:
            end = len(text)
            break
        if not text[end:down].strip():
            break
        end = down
    return text[start:end]


def _country(value: str) -> bool:
    """Whether a value is a country's name in any case ("country": "danmark"); not a code such as
    "us", which a locale setting holds as often."""
    from privacy_gateway.detection.countries import country_names  # loaded late: keeps the import chain short

    return len(value) > 3 and value.lower() in country_names()


def _postcode_key(words: list[str]) -> bool:
    """India's PIN code is a postcode key with "code" after it only: `pin_code`, `pincode`, never a card's `pin`."""
    return words[-1] in ("zip", "zipcode", "postcode", "postalcode", "plz", "pincode") or words[-2:] in (
        ["zip", "code"], ["postal", "code"], ["post", "code"], ["pin", "code"]
    )


# Words a form's label is made of besides the key words above: "Address line 1", "Date of birth",
# "E-mail address", "Ship to", "Town/City", "Billing address", "Mobile number".
_LABEL_FILLERS = frozenset(
    """line of to and or the your e mail date birth code post pin number no nr home work billing shipping delivery
    mailing postal primary secondary alternative alternate main other business personal""".split()
)


# Every word a form's label may be made of: the key words above and the fillers.
_LABEL_WORDS = (
    _ADDRESS_WORDS | _PHONE_NUMBER_WORDS | _PERSON_MODIFIERS | _PLACE_NAMED | _PLACE_KEYS | _LABEL_FILLERS | _LOOSE_NUMBER
    | {"name", "email"}
)


def form_label(key: str) -> bool:
    """Whether every word of a label written in words ("Postal code", "Full name", "Town/City") is
    a word fields are named by, so the line is a form's label and not a value typed by its last word:
    "High Street" and "Station Road" are a street's name, "Carol Driver" someone's."""
    words = key_words(key)
    return bool(words) and all(w in _LABEL_WORDS or w.isdigit() for w in words)


def postcode_key(key: str) -> bool:
    """Whether `key` names a postcode field (`zip`, `postal_code`, `PLZ`, `pin_code`)."""
    words = key_words(key)
    return bool(words) and _postcode_key(words)


# The "at" of an address spelled out: "ann at corp dot com", "ann(at)corp.com", "ann [at] corp", "ann＠corp".
_SPELLED_AT = re.compile(r"(?i)(?:\bat\b|[(\[{<]\s*at\s*[)\]}>]|＠)")


# `{"name": "Referer", "value": "…"}`: the name of a name/value pair (HAR headers, cookies, form
# fields) is a field's name, whoever's value follows it.
_PAIR_VALUE_AFTER = re.compile(r'"?\s*,\s*"value"\s*:')


# A type name opening a value, then code's punctuation or nothing: "String?", "String): List<…>".
_DECLARED_TYPE = re.compile(r"([A-Za-z]+)[?!]?(?=[ \t]*(?:[,);>\]=|{]|$))")


def _declared_type(value: str) -> bool:
    """Whether `value` opens with a built-in type name, as a parameter's or a field's type does."""
    m = _DECLARED_TYPE.match(value)
    return m is not None and m.group(1) in _TYPE_NAMES


def _column_word(value: str) -> bool:
    """One lower-case English word under a bare `name` key (`@Column(name = "city")`, `name:
    surname`): a column's, a field's or a thing's name, even where the census has it ("city")."""
    return value.islower() and " " not in value and english_form(value)


# How often, not who: "oncall": "weekly" (census lists hold "Weekly" and "Daily" as surnames).
_FREQUENCIES = frozenset("hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annually".split())


def _no_ones_name(value: str) -> bool:
    """One word that names a role, a team, an account or a schedule, not a person: "owner": "root",
    "contact": "support", "members": "admin", "oncall": "weekly" (census names that are words,
    "Grant", still count)."""
    word = value.strip().lower()
    return " " not in word and (common_word(word) or word in SERVICE_ACCOUNTS or word in _FREQUENCIES)


def _phrase(value: str) -> bool:
    """Words written in two cases, a capitalised word beside a lower-case one that is no particle:
    a phrase ("SRE rotation", "Platform team", "Data eng"), since a name is typed in one case
    ("Ana Vrabie", "ana vrabie", "ANA VRABIE"; "Ana de Souza", "Priya d'Souza")."""
    words = [w for w in value.split() if w.lower() not in _PARTICLES]
    cased = [w[:1].isupper() or len(w) > 2 and w[1] in "'’" and w[2].isupper() for w in words]
    return any(cased) and not all(cased)


def listed_person(value: str) -> bool:
    """An item of a list of people: a full name, or one capitalised word that is no English word
    ("members": ["admin", "readers"] lists roles; a lone lower-case login is the handles' to judge)."""
    words = value.split()
    if len(words) >= 2:
        return True
    return value[:1].isupper() and not value.isupper() and not english_form(value.lower())


# `<?xml version="1.0"?>` opens any XML document, a customer's record too: its `version=` is no manifest's key.
_XML_DECLARATION = re.compile(r"<\?xml[^<>]*\?>")
_NAME_LINE = re.compile(r"[ \t]*(?:-[ \t]+)?[\"']?name[\"']?[ \t]*:[^\n]*$")


def manifest_name(text: str, start: int) -> bool:
    """Whether text[start:] sits on a bare `name:` line of a manifest: an Ansible task's title
    ("- name: Ensure Jenkins is running"), a workflow step, a Kubernetes object, a package."""
    line_start = lines.line_start(text, start)
    if not _NAME_LINE.match(text, line_start, start):
        return False
    window = _XML_DECLARATION.sub("", text[max(0, start - 400) : start + 400])
    return _MANIFEST.search(window) is not None and not _PERSONAL_SIBLINGS.search(window)


def _bare_name_is_person(text: str, start: int, value: str) -> bool:
    """A value under a bare `name` key: a person's unless the object around reads like a manifest."""
    window = _XML_DECLARATION.sub("", text[max(0, start - 400) : start + 400])
    if _PERSONAL_SIBLINGS.search(window):
        return True
    if _MANIFEST.search(window) or is_software(value):
        return False
    parent = parent_key(text, start) or indented_parent(text, start)
    if parent and (parent_words := key_words(parent)) and parent_words[-1] in _THING_RECORDS:
        return False  # "notifier": {"name": "Bugsnag Android"}: the thing's name
    words = value.split()
    last = words[-1].strip(".,").lower() if words else ""
    if 2 <= len(words) <= 3 and english_form(last) and last not in last_names() and last not in first_names():
        return False  # "Hermes Gateway", "Atlas Scheduler": a thing's kind closes its name, a word no census lists as a name
    # One lower-case word ("name": "api") names a thing more often than a person; a script without
    # capitals ("王丽娟", "윤서연") says nothing by its case.
    return " " in value.strip() or value[:1].isupper() or value[:1].isalpha() and not value[:1].islower()
