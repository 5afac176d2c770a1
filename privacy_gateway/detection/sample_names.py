"""Sample people: names that stand for nobody in fixtures, docs and textbook examples.

Test data, API examples and lessons use a few conventional names that no real record holds:
"John Doe" and "Jane Doe", "Max Mustermann", "Joe Bloggs", "Ola Nordmann", "John Appleseed",
"Fulano de Tal", a "Foo Bar" made of metasyntactic words, and the cast of cryptography (Alice,
Bob, Eve, Mallory…) in a text about keys and messages. Masking them changes the fixture the cloud
is asked about and protects no one, so a name finding that lies wholly inside one is dropped (as
template placeholders are, `placeholders`). E-mail addresses made of a person's name are never samples,
not even at domains reserved for examples: tests and corpora write "jo.bloggs@example.org" and
"noor.h@webpost.example" for real people; only a sample's own mailbox at such a domain is no one's
("test@example.com", "max.mustermann@example.de": `emails._sample_mailbox`).

Provenance: Wikipedia's "List of placeholder names by language" (John and Jane Doe, Joe
and Fred Bloggs, Max and Erika Mustermann, Ola and Kari Nordmann, Jan Modaal, Matti Meikäläinen,
Fulano, Mengano, Zutano, Sicrano, Gipsz Jakab, John Appleseed; Sweden's tax agency's test person Tolvan
Tolvansson), "Alice and Bob" (the cast of Rivest, Shamir and Adleman's
1978 paper and Schneier's *Applied Cryptography*) and the Jargon File's metasyntactic variables.

Conventions made of real surnames (Doe, Bloggs, Nordmann, Appleseed) count only in technical text:
in a ticket or a letter "John Doe" is as often a real person whose name is unknown (an
unidentified patient, a claimant), and masking costs nothing there.
Placeholder names that are also common real names ("Mario Rossi", "Jan Kowalski", "Jean
Dupont", "John Smith", "Juan dela Cruz", in any case) count only where their own sentence offers them as a sample (an
"example", a "placeholder", "dummy" data, a "template" or "training" material; not the "for example"
of prose) or the text holds a sample address ("123 Main Street, Anytown", `sample_places`): elsewhere people carry them, and a
masked fixture costs less than a leaked customer. So do the conventions made of real surnames
outside technical text. "Doe" counts only after the first names that make the convention
(Faker's Icelandic and Polish lists hold a surname "Doe"); the cast counts only as lone first
names, two or more of them with Alice or Bob among them, in a text about keys and ciphers.
"""

from __future__ import annotations

import re
from typing import Iterator

from privacy_gateway.detection.sentences import sentence_bounds

# "Sample man/woman": no one's surname, a placeholder whatever the first name ("Erika Mustermann").
# In capitals too, and first with the given name after it, as registration cards write it ("MUSTERMANN, Max").
# Finland's "Meikäläinen" ("one of us") too, as Finnish declines it: "Matti Meikäläistä", "Maija Meikäläisen".
_SURNAMES = r"(?i:Mustermann|Musterfrau|Normalverbraucher|Meikäläi(?:nen|sen|stä|selle|seltä|sellä))"
# Placeholders made of real surnames, only with the first names that make the convention: "Joe
# Bloggs", "Ola Nordmann", "John Appleseed", "Jan Modaal", Britain's "A. N. Other", "John Doe" (and only
# so: people are named Nordmann, and Faker's Icelandic and Polish lists hold a surname Doe).
_PAIRED = (
    r"(?:(?:Joe|Fred|Jo)[ \t]+Bloggs|(?:Ola|Kari)[ \t]+Nordmann|(?:John|Jane|Johnny)[ \t]+Appleseed|"
    r"Jan[ \t]+Modaal|Tolvan[ \t]+Tolvansson|A\.?[ \t]?N\.?[ \t]+Other)"
)
# The US legal placeholder, in technical text only (`sample_name_spans`). Not "Richard Roe": Faker's
# Irish list holds a surname Roe, and its first names include John and Richard.
_DOE = r"(?:John|Jane|Jon|Johnny|Janie|Baby|J\.)[ \t]+(?:Q\.[ \t]+)?Doe"
# "So-and-so" in Spanish and Portuguese: no one's name (not Beltrano, a given name in the world lists).
# Vietnam's placeholders give a letter for the given name: "Nguyễn Văn A", "Trần Thị B".
_SO_AND_SO = (
    r"Fulano|Fulana|Mengano|Mengana|Zutano|Zutana|Sicrano|Sicrana|Perengano|Gipsz[ \t]+Jakab|"
    r"(?:Nguyễn|Trần|Lê|Phạm)[ \t]+(?:Văn|Thị)[ \t]+[A-Z](?![\w])"
)
_REAL_SURNAMED = re.compile(rf"{_DOE}|{_PAIRED}")
# Placeholders that are common real names (Wikipedia's list by language): English (Australia's "John
# Citizen" too), Polish, Czech,
# Italian, French, Spanish, Dutch, Russian, Swedish, Japanese, Chinese and Korean.
_COMMON = re.compile(
    r"\b(?:(?:John|Jane)[ \t]+(?:Q\.[ \t]+)?(?:Smith|Public|Citizen)|(?:Jane|Richard)[ \t]+Roe|Joe[ \t]+Public|Jan[ \t]+(?:Kowalski|Nowak|Novák|Jansen)|"
    # Poland's placeholder as its cases decline it: "dane Jana Kowalskiego", "Janowi Kowalskiemu".
    r"Jan(?:a|owi|em|ie)[ \t]+Kowalsk(?:iego|iemu|im)|Anna[ \t]+Kowalska|"
    r"Mario[ \t]+Rossi|Jean[ \t]+Dupont|Juan[ \t]+Pérez|Ivan[ \t]+Ivanov|Sven[ \t]+Svensson|Taro[ \t]+Yamada|"
    # Dutch, Turkish, Russian and Ukrainian ones, Brazil's "Beltrano" and "Ciclano" (given names in
    # the world lists), and Stripe's documented test customer: "Piet Pietersen", "Ali Veli", "Иван Иванов".
    # Russia's in full, surname first with the patronymic too, and its women ("Иванов Иван Иванович", "Мария Иванова").
    r"Иванов[ \t]+Иван(?:[ \t]+Иванович)?|(?:Мария|Анна)[ \t]+Иванова|Иванова[ \t]+(?:Мария|Анна)(?:[ \t]+Ивановна)?|Anna[ \t]+Nowak|"
    r"Piet[ \t]+Pietersen|Ali[ \t]+Veli|Иван[ \t]+Иванов(?:ич)?|Іван[ \t]+Іваненко|Іван[ \t]+Петренко|Beltrano(?:[ \t]+da[ \t]+Silva)?|Ciclano|Jenny[ \t]+Rosen|"
    r"Zhang[ \t]+San|Li[ \t]+Si|Hong[ \t]+Gil-?dong|"
    # The Philippines' and Hungary's: "Juan dela Cruz", "Kovács János" (Hungarian order, surname first).
    r"Juan[ \t]+(?:dela|de[ \t]+la)[ \t]+Cruz|Kov[áa]cs[ \t]+J[áa]nos|Jana[ \t]+Nov[áa]kov[áa])\b",
    re.IGNORECASE,
)
# A sentence that offers a name as a sample: "as the worked example", "the usual placeholder",
# "dummy data", a made-up "persona", a "fake admission" for a "test patient", "a sample handover
# note" (not the "for example" of prose, nor "e.g.", nor a blood "sample from" someone).
_OFFERED = re.compile(
    r"(?i:(?<!for )\bexamples?\b|\bsample (?:names?|data|records?|entr(?:y|ies)|customers?|users?|address(?:es)?|forms?)\b|"
    r"\bplaceholders?\b|\bpersonas?\b|\bdummy\b|\bdemo (?:users?|data|accounts?|customers?|records?)\b|\bfictitious\b|\bfictional\b|\bmade-up\b|\btest data\b|\bfake\b|\bmock\b|"
    r"\bhypothetical\b|\btest (?:patients?|clients?|customers?|users?|accounts?|records?|cases?)\b|"
    # A template or a specimen to copy, training material, "sample details only", "Sample host: …".
    r"\btemplates?\b|\bspecimens?\b|\btraining (?:packs?|versions?|examples?|scenarios?|materials?|exercises?|scripts?)\b|"
    r"\bsample (?:details|hosts?|guests?|patients?|persons?|people|members?|tenants?|clients?|employees?|students?|callers?|witness(?:es)?)\b|"
    r"\b(?:a|an|the|this|these|our) sample (?!from\b|of\b|for\b|taken\b|was\b|is\b|will\b|has\b)[\w-]+|"
    # The same offer in the languages forms and fixtures are written in: "come esempio", "danych
    # przykładowych", "testpatienten", "Beispieldaten", "dados fictícios", "de prueba".
    r"\besemp(?:io|i)\b|\bfittizi[oa]?\b|\bdi prova\b|\bbeispiel\w*|\bexemplo\b|\bfict[íi]ci[oa]s?\b|\bejemplo\b|"
    r"\bde prueba\b|\bde teste\b|\bexemple\b|\bfictif|\bfictive?\b|\bvoorbeeld\w*|\bfictie[fv]\w*|\bprzykład\w*|\btestow\w*|\bfikcyjn\w*|"
    r"\bexempel\w*|\btest(?:patient|person|kund)\w*|\beksemp[el]\w*|\börnek\w*|"
    # A form's or a letter's template: French "modèle", German "Vorlage" and "Muster…", Spanish
    # "plantilla", Italian "modello", Spanish and Portuguese "modelo", Dutch "sjabloon", Polish "szablon", Czech "šablona".
    r"\bmodèles?\b|\bvorlagen?\b|\bmuster(?!ing\b|ed\b)\w{3,}|\bplantillas?\b|\bmodell[oi]\b|\bmodelos?\b|\bsjablo(?:on|nen)\b|\bszablon\w*|\bšablon\w*|"
    # Czech and Slovak "vzor" (a form's model), Polish "wzór", Hungarian "minta", Tagalog "halimbawa".
    r"\bvzor\w*|\bwz[óo]r\w*|\bminta\w*|\bhalimbawa\b|"
    # Russian and Ukrainian "example", "specimen", "template"; Swedish "mall", Finnish "malli", Greek;
    # Japanese, Chinese and Korean ("記入例", "サンプル", "示例", "模板", "예시", "양식").
    r"\bпример\w*|\bобраз[еец]\w*|\bшаблон\w*|\bзраз(?:ок|ка|ки|ком)\b|\bприклад\w*|\bmall(?:en)?\b|\bmalli\w*|"
    r"παράδειγμα|υπόδειγμα|記入例|サンプル|見本|テンプレート|示例|样本|样例|模板|範例|範本|예시|샘플|양식)"
)
# Not the stop after an initial ("A.N. Other", "J. Smith").
_SENTENCE_END = re.compile(r"(?<![^\w][A-Z])[.!?](?=\s)|\n")
# A sample address anywhere in the text makes its record a sample: "1 Example Street, Anytown",
# "Musterstraße 1, 12345 Musterstadt".
_SAMPLE_PLACE = re.compile(r"(?i:\bany(?:town|ville)\b|\bmuster(?:stadt|hausen|dorf|stra(?:ß|ss)e)\b|\bexample (?:street|road|avenue|lane)\b)")


def placeholder_name(value: str) -> bool:
    """Whether `value` is a placeholder convention ("John Doe", "Mario Rossi"): whether it stands for
    nobody is this module's to judge, never a list of the world's people."""
    return _REAL_SURNAMED.fullmatch(value) is not None or _COMMON.fullmatch(value) is not None or _NAMED.fullmatch(value) is not None


# A quotation opening a sentence: what the sentence before it asks about ("Is this consent form's
# wording right? „Ja, Jan Kowalski, wyrażam zgodę …”").
_QUOTE_OPENING = re.compile(r"\s*[\"“„«‹'‘]")


def _offered(text: str, start: int, end: int, records: bool = False) -> bool:
    """Whether the sentence holding text[start:end] offers it as a sample (for a name in a quotation
    that opens its sentence, the sentence before it may; with `records`, for one in a record's row,
    the text before the records may), or the text holds a sample address."""
    if _SAMPLE_PLACE.search(text):
        return True
    # A record's row ("A. N. Other,AB 12 34 56 C,groundworker") is no sentence: what the text says
    # of its records before them offers them ("Using this dummy CSV, …"), for `records` (the
    # conventions no one is really called, not "Mario Rossi", whom a real customer list may hold).
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if records and sum(line.count(d) for d in ",;\t|") >= 2 and _OFFERED.search(text, 0, line_start) is not None:
        return True
    first, last = sentence_bounds(text, start, end, _SENTENCE_END)
    if _QUOTE_OPENING.match(text, first) and first > 0:
        first = sentence_bounds(text, first - 1, first - 1, _SENTENCE_END)[0]
    return _OFFERED.search(text, first, last) is not None
_FIRST = r"(?:[A-ZÀ-Þ][a-zà-ÿ]+|[A-Z]\.?)"
_NAMED = re.compile(
    rf"\b(?:{_DOE}|{_PAIRED}|(?:{_FIRST}[ \t]+){{0,2}}(?:{_SURNAMES})(?:,[ \t]*{_FIRST})?|(?:{_SO_AND_SO})(?:\s+de\s+Tal)?)\b"
)
# Metasyntactic words: a "name" made only of these, one of them not also a surname ("Foo Bar").
_METASYNTACTIC = frozenset("foo bar baz qux quux foobar corge grault garply xyzzy plugh".split())
_META_ONLY = frozenset(_METASYNTACTIC - {"bar"})
_META_RUN = re.compile(r"\b(?:[Ff]oo|[Bb]ar|[Bb]az|[Qq]uux?|[Ff]oobar|[Cc]orge|[Gg]rault|[Gg]arply|[Xx]yzzy|[Pp]lugh)(?:[\s._-]+(?:[Ff]oo|[Bb]ar|[Bb]az|[Qq]uux?|[Cc]orge|[Gg]rault|[Gg]arply))*\b")
# The cast of cryptography and protocol examples.
CAST = frozenset(
    """alice bob carol charlie chuck craig dave erin eve faythe frank grace heidi ivan judy mallory mallet niaj
    olivia oscar peggy rupert sybil trent trudy victor walter wendy""".split()
)
_CAST_WORD = re.compile(r"(?<![\w.@'’-])(" + "|".join(w.capitalize() for w in sorted(CAST)) + r")(?:['’]s)?(?![\w@-])")
# A text about keys and ciphers: where the cast plays its roles. Only cryptography's own words
# ("a certificate", "the protocol", "an attacker" are as often a course, a meeting, a match).
_CRYPTO = re.compile(
    r"(?i:\b(?:(?:public|private|shared|session|secret|symmetric) keys?|key exchange|key pairs?|encrypt\w*|decrypt\w*|"
    r"ciphertexts?|ciphers?|plaintexts?|digital signatures?|signs? (?:the|a|her|his|their) message|diffie|hellman|rsa|"
    r"ecdh|ecdsa|elgamal|tls|nonces?|eavesdrop\w*|man-in-the-middle|mitm|zero-knowledge|oblivious transfer|"
    r"secret sharing|byzantine|pgp|gpg)\b)"
)
# The pairs every such example opens with: Alice or Bob, or the prover Peggy and the verifier Victor.
_LEADS = (frozenset({"alice"}), frozenset({"bob"}), frozenset({"peggy", "victor"}))
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Miss)\.?[ \t]+$")
_SURNAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,}")
# Logins docs and runbooks make of the conventions, and the "fill in yours" ones: `ssh jdoe@host`,
# "/home/john.doe/", "useradd your_username". The conventions' own first names only ("jdoe" from
# a Polish "Jan Doe" too, so in technical text only, as "John Doe"; "johndoe" anywhere); "your_…" logins anywhere.
_SAMPLE_LOGIN = re.compile(r"(?<![\w.\-])(?:j[._]?doe|doe[._]?j|mmustermann|jbloggs)(?![\w\-]|\.\w)")
# With the convention's first name whole ("johndoe", "jane.doe", "max_mustermann"), anywhere.
_SAMPLE_FULL_LOGIN = re.compile(r"(?<![\w.\-])(?:(?:john|jane)[._\-]?doe|max[._\-]?mustermann|joe[._\-]?bloggs)(?![\w\-]|\.\w)")
_YOUR_LOGIN = re.compile(r"(?<![\w.\-])your[._\-]?(?:user(?:[._\-]?name)?|login|name|account|handle|id)(?![\w\-]|\.\w)", re.IGNORECASE)


def sample_login_spans(text: str, technical: bool) -> Iterator[tuple[int, int]]:
    """Logins made of a sample person ("jdoe", "john.doe") in technical text, and "your_username"
    wherever it stands: a runbook's account, which no one holds."""
    if technical:
        for m in _SAMPLE_LOGIN.finditer(text):
            yield m.start(), m.end()
    for m in (*_SAMPLE_FULL_LOGIN.finditer(text), *_YOUR_LOGIN.finditer(text)):
        yield m.start(), m.end()


def sample_name_spans(text: str, technical: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of every sample person in `text`: a placeholder name, a metasyntactic "name",
    or the cast of a crypto example. Conventions
    made of real surnames ("John Doe", "Joe Bloggs") count only in technical text (code, fixtures,
    API examples): elsewhere "John Doe" is as often a real person whose name is unknown (an
    unidentified patient, a claimant), and test suites write "Jo Bloggs" for someone."""
    yield from _cast(text)
    yield from sample_login_spans(text, technical)
    # A record's cells read as one line of words too ("John,Doe,john@…", "Juan;Pérez"): a given name
    # and a surname in neighbouring columns are the convention as much as written together.
    found: dict[tuple[int, int], None] = {}
    for read in (text, _cells_joined(text)) if _CELL_JOINT.search(text) else (text,):
        for m in _NAMED.finditer(read):
            if technical or not _REAL_SURNAMED.fullmatch(m.group()) or _offered(text, m.start(), m.end(), records=True):
                found[m.span()] = None
        for m in _COMMON.finditer(read):
            if _offered(text, m.start(), m.end()):
                found[m.span()] = None
    yield from found
    if technical:
        yield from _split_fields(text)
    for m in _META_RUN.finditer(text):
        if any(w.lower() in _META_ONLY for w in re.split(r"[\s._-]+", m.group())):
            yield m.start(), m.end()


# A delimiter between two words of a record's row, its quotes and spaces with it: `John,Doe`, `"Jane";"Doe"`.
_CELL_JOINT = re.compile(r"(?<=[\w.])[\"']?[ \t]*[,;\t|][ \t]*[\"']?(?=\w)")


def _cells_joined(text: str) -> str:
    """`text` with each delimiter between two cells' words (and their quotes) written as spaces, so
    offsets stay those of `text`."""
    return _CELL_JOINT.sub(lambda m: " " * len(m.group()), text)


# The same people split over a record's fields ("first_name = \"John\"", "last_name = \"Doe\""): a
# sample surname and, within a few lines, a first name of its convention.
_SPLIT = {
    "doe": ("john", "jane", "johnny", "janie"), "bloggs": ("joe", "fred"), "nordmann": ("ola", "kari"),
    "appleseed": ("john", "jane", "johnny"), "mustermann": ("max", "erika", "maxi"), "musterfrau": ("erika", "maxi"),
}
_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w.'’-]*[ \t]+$")
_SPLIT_SURNAME = re.compile(r"\b(Doe|Bloggs|Nordmann|Appleseed|Mustermann|Musterfrau)\b")


def _split_fields(text: str) -> Iterator[tuple[int, int]]:
    """A sample surname standing alone in technical text and a first name of its convention standing
    alone within 120 characters of it: both halves of a sample person."""
    for m in _SPLIT_SURNAME.finditer(text):
        if _NAME_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Anna Doe": a surname with its own first name, not a field
        firsts = "|".join(f.capitalize() for f in _SPLIT[m.group(1).lower()])
        lo, hi = max(0, m.start() - 120), min(len(text), m.end() + 120)
        partner = [f for f in re.finditer(rf"\b(?:{firsts})\b(?![ \t]+[A-Z])", text[lo:hi])]
        if partner:
            yield m.start(), m.end()
            yield from ((lo + f.start(), lo + f.end()) for f in partner)


def _cast(text: str) -> Iterator[tuple[int, int]]:
    """The lone first names of a crypto example's cast, where two or more of them, Alice or Bob (or
    Peggy and Victor) among them, play in a text about keys and ciphers."""
    lone = [
        m for m in _CAST_WORD.finditer(text)
        if not _TITLE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) and not _SURNAME_AFTER.match(text, m.end())
    ]
    cast = {m.group(1).lower() for m in lone}
    if len(cast) < 2 or not any(lead <= cast for lead in _LEADS) or not _CRYPTO.search(text):
        return
    for m in lone:
        yield m.start(), m.end()
