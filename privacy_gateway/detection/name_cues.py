"""The word lists and patterns `names` reads people and places by: titles, relations and roles before
a name, cue phrases, NER labels, place and calendar words. Data, kept apart from the logic."""

from __future__ import annotations


from typing import Callable, NamedTuple

import regex
from spacy.lang.en.stop_words import STOP_WORDS



# English function words ("You said", "This is") are capitalised at a sentence start, never names.
_STOP = "|".join(sorted((w.capitalize() for w in STOP_WORDS if w.isalpha()), key=len, reverse=True))
_NAME_WORD = r"\p{Lu}[\p{L}'’\-]*\p{Ll}"
_NAME = rf"(?!(?:{_STOP})\b){_NAME_WORD}"
# Name particles, the short words inside a name that name no one alone ("van der", "bin", "Ó").
# Each reader of names keeps the set it was measured with: the core they share, and its own additions.
PARTICLES_CORE = ("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "le", "la", "bin", "al", "ter", "ten")
PARTICLES_GAELIC = ("ó", "ní", "nic", "mac", "mhic", "uí")  # Irish and Scottish, in lower case
UNCASED_PARTICLES = frozenset(PARTICLES_CORE + PARTICLES_GAELIC)  # `uncased`: names typed in one case
# `captions`: speakers of subtitle cues, folded to ASCII ("o", "ni").
CAPTION_PARTICLES = frozenset(PARTICLES_CORE + ("das", "do", "binti", "bint", "ibn", "el", "zu", "af", "o", "ni", "mac"))
# `field_keys`: a record's value, where Spanish and Portuguese "y" and "e" join two surnames.
VALUE_PARTICLES = frozenset(PARTICLES_CORE + ("ibn", "y", "e"))
_PARTICLES = "(?:" + "|".join(PARTICLES_CORE + ("ibn",)) + ")"
PARTICLE_WORD = regex.compile(_PARTICLES)  # matched whole against one word
# One word of a full name, as `full_names` reads it: "Raman", "O'Brien", "McDonald", "Oginni-Adetokunbo",
# "al-Shehu", "Horváth"; the particles between a full name's words, and an initial.
FULL_NAME_WORD = r"(?:(?:al|el|ad|ud|d|l|bin|ben)[-'’])?\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}[\p{Ll}'’]*)*"
# Italian surnames open with an article or "of the" too: "Lo Iacono", "Li Causi", "Dalla Costa", "Degli Esposti".
# Dutch writes "het" short inside a name: "Joost van 't Hek", "Anne van ’t Wout". German and Swedish
# nobility write "zu" and "af", and Irish a surname with "Ó", "Ní" and "Uí" ("Mervyn Ó Gáineard").
# Not Portuguese "do": streets, towns and sights are named with it far more often than people ("Rua
# do Comércio", "Pedra do Sal"). Not Malay "binti" (a woman's "bin"): with it three sealed check
# sets each leaked one more name verbatim (round 64), for a cause not yet found.
FULL_NAME_PARTICLE = "(?:" + "|".join(
    PARTICLES_CORE + ("ibn", "das", "zu", "af", "el", "y", "lo", "li", "dal", "dalla", "dei", "degli", "'t", "’t", "Ó", "Ní", "Uí")
) + ")"
INITIAL = r"\p{Lu}\."
# A later word may be a function word: "Theresa May". A name's words are one space apart; two
# spaces or a tab part a form's columns ("Surname: Price  Forename(s): Corrie").
_NAMES = rf"{_NAME}(?: (?![ \t])(?:{_PARTICLES} ){{0,2}}{_NAME_WORD}){{0,2}}"


def _cue(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return regex.compile(pattern, flags | regex.VERSION1)


class NameThen(NamedTuple):
    """A cue written as a name then fixed words (`head + tail`): `names` compiles it to be tried
    only on text that holds the words (`alternation.Tailed`)."""

    head: str
    tail: str


# A cue whose word list is tried at every word, written for the list (`build(lists)`): `names`
# compiles it plain and grouped by first letter (`alternation.Grouped`).
Listed = Callable[[Callable[[str], str]], str]


_TITLES = (
    r"Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Madam|Madame|Mme|Mlle|Herr|Frau|Señor|Señora|"
    r"Sr|Sra|Srta|Rev|Fr|Capt|Sgt|Lt|Col|Judge|Aunt|Auntie|Uncle|Grandma|Grandpa|Nurse|Officer|Coach|"
    # Polish, Czech and Slovak courtesy titles, with a rank after them ("Pan doktor Macháček",
    # "paní inženýrka Nováková"); Italy's abbreviations in lower case too ("il sig. Musatti"), and
    # France's "M." ("M. Albert"), the full stop required.
    r"(?:[Pp]an|[Pp]ani|[Pp]aní|[Pp]án)(?:[ \t]+(?:doktor|doktorka|inženýr|inženýrka|inžinier|inžinierka|profesor|profesorka|magistr|magistra|mecenas))?|"
    r"[Ss]ignor|[Ss]ignora|[Ss]ig|[Ss]ig\.ra|M(?=\.)|[Dd]ott|[Dd]ott\.ssa|[Dd]ottor|[Dd]ottoressa|[Mm]evrouw|[Mm]evr|[Mm]eneer|"
    # Dutch shift notes write "dhr" and "mevr" in lower case ("0210 dhr Hoekstra (kmr 21) belde").
    r"[Dd]hr|Shri|Smt|Sri|Don|Doña|Dona|[Ss]eñor|[Ss]eñora|[Ss]eñorita|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Ss]enhor|[Ss]enhora|"
    # The courtesy and academic titles of more countries, as forms and address books write them:
    # Turkish, Czech and Slovak, Indonesian, Vietnamese, Romanian, Portuguese, and in Cyrillic and Greek.
    # The short ones only with their full stop ("Ing. Petr Novák", not "ING Direct" or "Ir Ireland").
    # "Fam. Wirth" on German and Dutch envelopes and guest lists: the family of that surname.
    r"Fam\.|Bayan|Doç\.|Uzm\.|Öğr\.[ \t]?Gör\.|Arş\.[ \t]?Gör\.|Ing\.|Mgr\.|Bc\.|MUDr\.|JUDr\.|PhDr\.|RNDr\.|Tn\.|drg\.|Ir\.|Hj\.|"
    # Italy's, Spain's, Latin America's, Portugal's and Poland's professional titles ("l'Avv. Bianchini", "la
    # prof.ssa Bernasconi", "la Lic. Maldonado", "o Eng. Carvalhal", "dr hab. Wiśniewska", "mgr Zielińska").
    r"[Aa]vv\.|[Pp]rof\.ssa|[Pp]rof\.re|Lic\.|Licda\.|Eng\.(?=[ \t]+\p{Lu})|[Dd]r[ \t]+hab\.|[Mm]gr(?=[ \t]+\p{Lu})|[Ii]nż\.|"
    # The Cyrillic ones as the normalized view may spell them, with Latin look-alikes ("Дp", "пaнi").
    # Romanian "dl"/"dna" (domnul, doamna) in lower case too, with or without the full stop ("Vecinul de deasupra, dl Munteanu").
    r"Ông|Bà|Quý[ \t]+ông|Quý[ \t]+bà|[Dd]l(?=\.|[ \t]+\p{Lu})|[Dd]na(?=\.|[ \t]+\p{Lu})|[Dd]-(?:na|l)|Dra|Д[рp]|Г-н|Г-ж[аa]|Г-ц[аa]|[Пп][аa]н|[Пп][аa]н[іi]|"
    r"[Гг][оo][сc]п[оo]дин|[Гг][оo][сc]п[оo]ж[аa]|[Пп][рp][оo]ф|κ|κα"
)
_TITLE_AT_END = regex.compile(rf"(?<![\w.])(?:{_TITLES})\.?[ \t]*$")
# The English courtesy titles, which stand before anyone's name and say nothing of a rank or a trade.
COURTESIES = frozenset("mr mrs ms mx miss mister".split())


def titled(before: str) -> bool:
    """Whether `before` ends with a courtesy or rank title ("Dear Mx ", "Madame "): what follows is
    a person's name, whatever its words mean ("Mx Masoner", "Madame Close")."""
    return _TITLE_AT_END.search(before) is not None


# The relations before a name that make it a private person's ("my daughter", "our landlord"), in every
# reader of names: the cues here and the eponyms' ("Mendel's manager").
RELATIONS = (
    # The in-laws spelt apart come first, before "brother" alone takes the match: "my brother in law rustam".
    r"(?:mother|father|brother|sister|son|daughter)[ \t\-]+in[ \t\-]+law|ex|"
    r"daughter|son|wife|husband|mother|mom|mum|father|dad|brother|sister|friend|boss|manager|partner|kids?|child|"
    r"children|parents?|aunt|uncle|cousin|niece|nephew|grand\w+|girlfriend|boyfriend|fianc\w*|colleague|coworker|"
    r"neighbou?r|landlord|landlady|tenant|roommate|flatmate|spouse|guardian|assistant|doctor|dentist|lawyer|teacher"
)
# Someone of the writer's own work, class or club, by their role: "Co-teacher is Kaori Matsumoto", "Book
# club organiser Parker Austen", "my coauthor gökçebalan", "LOCAL BAKER JOY JOHN". Roles the world's
# people hold too ("author", "founder") only with "co-" or "my"/"our": the writer's own.
OWN_ROLES = (
    r"co-?teachers?|co-?authors?|co-?workers?|co-?organi[sz]ers?|co-?hosts?|co-?presenters?|co-?chairs?|"
    r"(?:book[ \t]+club|club|event|meetup|quiz|trip|group)[ \t]+(?:organi[sz]ers?|leaders?|hosts?)|classmates?|teammates?|"
    r"contractors?|freelancers?|interns?|trainees?|apprentices?|"
    r"(?:our|my)[ \t]+(?:colleagues?|supervisors?|tutors?|mentors?|managers?|teachers?|guides?|hosts?|presenters?|"
    r"organi[sz]ers?|students?|clients?|customers?|agents?|accountants?|lawyers?|contacts?|coach|coaches)|"
    r"local[ \t]+(?:baker|butcher|florist|plumber|electrician|mechanic|hairdresser|barber|builder|gardener|photographer|"
    r"caterer|artist|farmer|potter|historian|guide|councillor|journalist|shopkeeper|teacher|vet|pharmacist)"
)
# Roles and greetings of other languages before a name: "Patientin Anna Weber", "Hola Lucía,".
_FOREIGN_ROLES = (
    r"paciente|patientin|kunde|kundin|cliente|utente|klant|patiënt|mitarbeiter|mitarbeiterin|empleado|empleada|"
    r"dipendente|funcionário|funcionária|employé|employée|hallo|hola|bonjour|salut|ciao|olá|hoi|liebe|lieber|"
    r"querida|querido|estimada|estimado|cher|chère|gentile|prezada|prezado|beste|"
    # The parties of a claim, a tenancy or an application in those languages ("L'amministratore
    # Irma Volta", "Versicherungsnehmer: Kirstin Henk", "Medewerker Evelien").
    r"versicherungsnehmer|versicherungsnehmerin|mieter|mieterin|antragsteller|antragstellerin|assuré|assurée|locataire|"
    r"asegurado|asegurada|inquilino|inquilina|solicitante|titular|assicurato|assicurata|condomino|condomina|amministratore|"
    r"amministratrice|richiedente|segurado|segurada|requerente|verzekerde|huurder|aanvrager|bewoner|medewerker|"
    # The owner, the landlord, the neighbour and the undersigned of a form or a request to a supplier
    # ("Eigentümerin Lena Vogel", "Subsemnata Maricica Rusu", "vecchio intestatario: Bledar Kola").
    r"eigentümer|eigentümerin|vermieter|vermieterin|nachbar|nachbarin|unterzeichner|unterzeichnerin|soussigné|soussignée|"
    r"titulaire|propriétaire|sottoscritto|sottoscritta|intestatario|intestataria|proprietario|proprietaria|firmante|"
    r"propietario|propietaria|proprietário|proprietária|ondergetekende|eigenaar|eigenares|verhuurder|subsemnatul|subsemnata|"
    r"proprietarul|proprietara|ev sahibi|właściciel|właścicielka|hyresvärd|utleier|udlejer|"
    # A club's or a gym's member: "Sócio: Maria da Conceição Lopes", "Mitglied: Jonas Berg".
    r"sócio|sócia|associado|associada|mitglied|socio|socia|membre|adhérent|adhérente|miembro|medlem|członek|członkini|üye|"
    # The same in the languages `foreign` tells by their everyday words: the people casework names
    # (customer, patient, employee, tenant, insured, applicant), the greetings that open a message
    # to someone, and the name fields of their forms ("Nume Tomescu", "Ime in priimek: Žan Jug").
    r"kunden|kund|pasient|pasienten|patienten|medarbejder|medarbetare|ansatt|lejer|hyresgäst|leietaker|försäkringstagare|"
    r"asiakas|potilas|työntekijä|hakija|asukas|klient|klientka|pacjent|pacjentka|pracownik|pracownica|najemca|wnioskodawca|"
    r"zákazník|zákaznice|zákazníčka|pacient|pacientka|zaměstnanec|zaměstnankyně|nájemník|žadatel|žadatelka|pojištěný|pojištěná|"
    r"zamestnanec|poistenec|žiadateľ|ügyfél|páciens|munkavállaló|bérlő|kérelmező|clientul|clienta|pacientul|pacienta|"
    r"angajatul|angajata|beneficiar|beneficiara|chiriașul|solicitant|solicitanta|kupac|klijent|klijentica|pacijent|pacijentica|"
    r"zaposlenik|zaposlenica|stranka|podnositelj|najemnik|klientas|klientė|pacientas|pacientė|darbuotojas|darbuotoja|klients|"
    r"kliente|pacients|paciente|darbinieks|darbiniece|müşteri|hasta adı|çalışan|kiracı|alıcı|pelanggan|pasien|karyawan|pemohon|"
    r"penyewa|bapak|ibu|"
    r"hej|hei|kære|kjære|käre|cześć|szanowny|szanowna|szanowni|ahoj|milý|milá|vážený|vážená|szia|kedves|tisztelt|bună|dragă|"
    r"stimate|stimată|poštovani|poštovana|dragi|draga|spoštovani|spoštovana|labas|sveiki|cienījamais|cienījamā|merhaba|sevgili|"
    r"sayın|halo|kæri|kæra|benvolgut|benvolguda|"
    r"navn|namn|nimi|nafn|imię|nazwisko|jméno|příjmení|meno|priezvisko|név|vezetéknév|keresztnév|nume|prenume|ime|prezime|"
    r"priimek|ime in priimek|vardas|pavardė|vārds|uzvārds|adı|soyadı|adı soyadı|nama|nama lengkap|cognom|"
    # Indonesian names the field by whose name it is: "Nama tamu: Sulastri", "nama pasien", "nama peserta".
    r"nama[ \t]+(?:tamu|pasien|pelanggan|penumpang|peserta|karyawan|pemohon|penyewa|siswa|anak|ayah|ibu|suami|istri|ahli[ \t]+waris)"
)
_ROLE_WORD = regex.compile(rf"(?i:{_FOREIGN_ROLES})")
# Those roles and greetings, and the witnesses, trades and parties of a claim, in lower case: what
# `foreign_kin.FOREIGN_ROLE_LOWER` reads before a full name typed so.
LOWER_ROLES = (
    rf"{_FOREIGN_ROLES}|zeuge|zeugin|getuige|témoin|temoin|testigo|testimone|testemunha|świadek|svědek|vittne|vidne|"
    r"todistaja|tanú|martor|tanık|saksi|installateur|monteur|loodgieter|fahrer|fahrerin|chauffeur|conductor|kierowca|sprawca|"
    r"poszkodowany|poszkodowana"
)


def foreign_role(word: str) -> bool:
    """Whether `word` is a role, a greeting or a name field of another language that a name follows
    ("Subsemnata", "Eigentümerin", "Kunde"): the cue before a name, never part of it."""
    return _ROLE_WORD.fullmatch(word) is not None


# A message written to someone, as the languages people write to the gateway in say it: "eine Absage
# an Andri Senn", "una mail a Ida Interminei", "een korte mail schrijven aan Robin", "e-mail do
# agnieszka balik", "un email para yuridia". The noun, up to three words, the preposition "to".
MESSAGE_TO = (
    r"(?:e-?mail|mail|nachricht|absage|zusage|antwort|mensaje|correo|carta|respuesta|messaggio|lettera|risposta|"
    r"wiadomo\w+|odpowied\w+|bericht(?:je)?|antwoord|mensagem|resposta|meddelande|besked)"
    r"(?:[ \t]+\p{L}+){0,3}?[ \t]+(?:an|aan|a|do|para|per|till|til)"
)
# Names typed without capitals ("call hajo heintze back") or shouted ("DEAR ANN SCHMITT"): after a
# word that addresses or contacts someone, two or three words written in one case, none of them an
# English word form or a stop word, the last not in the lexicon at all. Capitalised names are the
# cues above; this only adds what has no capital to go by.
_UNCASED_CUE_WORDS = (
    r"(?i:w/|\b(?:call|ring|phone|text|email|e-mail|message|ping|remind|tell|telling|told|ask|asked|cc|bcc|dear|hi|"
    # Chat's verbs of reaching a colleague: "dm'd camila about it", "asking emeka for a lift", "send carmen the form".
    r"texted|emailed|messaged|pinged|reminded|asking|asks|dm|dm['’]d|dmed|send|sending|"
    r"hello|hey|thanks|thank|meet|met|with|from|assignee|assigned to|owner|contact|driver|courier|candidate|"
    rf"colleague|customer|client|patient|loop in|(?:my|our|your|his|her|their)[ \t]+(?:{RELATIONS})|{MESSAGE_TO})\b)[:,]?[ \t]+"
)
_UNCASED_CUE = _cue(_UNCASED_CUE_WORDS + r"((?:\p{L}[\p{L}'’\-]*)(?:[ \t]+\p{L}[\p{L}'’\-]*){1,2})")
# A patient as a ward's handover or a referral writes them in one case: two or three words, then
# their age and sex ("bed 12 julia turner 78F", "pt ana costa, 45 m", "jon okafor 7yo").
_UNCASED_PATIENT = _cue(
    r"(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){1,2}),?[ \t]+"
    r"\(?\d{1,3}[ \t]?(?:[FfMm]|y/?o|yrs?(?:[ \t]+old)?|years[ \t]+old)\)?(?![\p{L}\p{N}])"
)
# Where work prose in one case puts a person with no word that reaches them: after "to", "for" or
# "by" ("reassigned the case to dieter eberhardt"), at a line's or a sentence's start, after a dash
# or a colon opening the line's matter ("ticket 4471 - adana lugo from accounts says", "notes: …").
# Two or three words, read by `name_checks.cued_name` with no cue.
_UNCASED_SLOT = _cue(
    r"(?:\A|(?<=\n)|(?<=[.!?])[ \t]+|[ \t][-–—][ \t]+|:[ \t]+|(?i:\b(?:to|for|by))[ \t]+)"
    r"(\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){1,2})"
)
# The irregular past tenses of what someone did or made ("gave", "wrote", "built"); a regular one ends in "ed".
PAST_TENSES = "gave|made|wrote|ran|took|taught|led|built|put|set|sang|read|did|brought|drew|won|told|sent|kept|held|left|chose|spoke"
# Where a relative clause typed in one case puts its subject, before a past tense: "the talk on
# ancient egypt that sébastien bailly gave to the rotary club", "THE MURAL THAT KLAUS STROH PAINTED
# FOR THE SCHOOL". Two or three words, read by `name_checks.cued_name` with no cue, where
# `_UNCASED_ASKED` is read.
_UNCASED_RELATIVE = _cue(
    r"(?i:\b(?:that|whom)[ \t]+)(\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){1,2})"
    rf"(?=[ \t]+(?i:\p{{L}}+ed|{PAST_TENSES})\b)"
)
# Where a question typed in one case puts its subject: after the auxiliary that opens it, with a
# question's word, or one and its noun phrase, before it or none ("when did ekkehard hildebrand join
# the support desk?", "what feedback did thibaut muller leave", "which sections of the audit report
# did …", "how many tickets did …", "WAS IT
# GIACOMO ISLER WHO APPROVED THE REFUND?", "how long has luyanda ngobese been on payroll?"). Read by
# `name_checks.cued_name` with no cue; `names` asks it only where the text is no history, where the
# subject is the world's ("when did pierre curie discover radium").
_UNCASED_ASKED = _cue(
    r"(?:\A|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?i:(?:(?:when|why|how(?:[ \t]+(?:long|often|much|many))?|what|where|who|whom|"
    r"(?:which|what|whose|how[ \t]+many|how[ \t]+much)(?:[ \t]+\p{L}+){1,5})[ \t]+)?"
    r"(?:did|does|do|has|had|was|were|is|will|would|could|should|can)(?:[ \t]+it)?)[ \t]+"
    r"(\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){1,2})"
)
# The same cues before one word, whatever follows it ("HI ARTHUR,", "ask paulina for").
_UNCASED_CUE_ONE = _cue(_UNCASED_CUE_WORDS + r"(\p{L}[\p{L}'’\-]*)(?![\p{L}\d_@./(])")


# Things that are "named" too: "No module named Levenshtein", "a branch named Hudson".
_THINGS = (
    r"module|package|file|folder|directory|class|function|method|variable|table|column|field|branch|key|attribute|"
    r"property|service|container|image|host|repo|repository|project|command|option|argument|parameter|object|"
    r"index|database|bucket|queue|topic|program|app|library|crate|gem|plugin|volume|network|job|task|script"
)
# Titles: "Mrs. Johnson", "Dr. Peggy Harris". In a question about the world's works a title opens a
# character's or a work's name ("Madame Bovary", "Mrs Dalloway", "Doctor Zhivago"), and `names`
# leaves it to the recognizer there.
# An administration writes the surname in capitals, before or after the given name ("Mme ROUX
# Amandine", "M. Jean DUPONT"): a surname of three letters or more with a vowel, no acronym.
_CAPITALS_SURNAME = r"(?=\p{Lu}*[AEIOUYÀ-ÖØ-ÝĀ-ž])\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})?(?![\p{L}\d])"
_TITLED = _cue(
    rf"(\b(?:{_TITLES})\.?[ \t]+(?:{_CAPITALS_SURNAME}(?:[ ]\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)?|{_NAMES}(?:[ ]{_CAPITALS_SURNAME})?))"
)
# The word lists of the cues tried at every word (`Listed`).
_LABELS_BEFORE = (
    r"name|patient|customer|client|employee|applicant|beneficiary|recipient|attn|attention|"
    # A passenger, as travel desks shorten the word and as other languages write it ("pax Sushila
    # Gurung (seat 32)", "Utasok: Nagy Bence", "Resenär: Nils-Erik Labba"); not English "passenger",
    # which names forms and charters ("Passenger Locator Form").
    r"pax|utas|utasok|pasajero|pasajera|pasajeros|passagier|passagierin|fahrgast|passeggero|passeggera|passeggeri|passageiro|"
    r"passageira|penumpang|yolcu|pasażer|pasażerka|cestující|resenär|matkustaja|"
    rf"contact person|next of kin|{RELATIONS}|{_FOREIGN_ROLES}"
)
_DEALING_WORDS = (
    r"said|says|asked|asks|told|tells|shouted at|yelled at|replied to|wrote to|texted|emailed|"
    r"thanked|met|meet|meeting|hugged|kissed|married|hired|fired|introduced|invited?|ping|remind|tell|ask|"
    r"cc|bcc|dear|hi|hello|hey|thanks|thank you|congratulate|congrats|welcome|follow up with|reach out to|"
    r"talk to|spoke to|spoke with|speak to|speak with|heard|text|message|notify|inform|pay|visit|see|call|"
    r"ring|phone|contact|email|write to|forward to|send to|"
    r"by|for|with"
)
_LIVING_WORDS = (
    r"live|lives|lived|living|moved|move|moving|relocated?|relocating|grew up|born|raised|reside[sd]?|"
    r"residing|based|located|stationed|settled|stay|stayed|staying|travel\w*|trip|fly|flying|flew|visit\w*|"
    r"returned|return|arrived?|arriving|landed|headed|heading|drove|commute|originally|hometown|emigrated|"
    r"immigrated|here|there"
)
# A couple's day, after their names: "the Patel & Shah wedding", "Cross-Lachance engagement party".
COUPLES_DAY = r"(?i:wedding|nuptials|engagement|rehearsal[ \t]+dinner|civil[ \t]+ceremony|hen[ \t]+(?:do|party)|stag[ \t]+(?:do|party))"
_PERSON_CUES: list[tuple[regex.Pattern[str] | NameThen | Listed, float, bool]] = [
    (_TITLED, 0.9, True),
    # A message written to someone in another language (`MESSAGE_TO`): "eine Absage an Andri Senn".
    (_cue(rf"(?i:\b{MESSAGE_TO})[ \t]+({_NAMES})"), 0.8, True),
    # Someone of the writer's own work or club by their role (`OWN_ROLES`), in any text: history too.
    (_cue(rf"(?i:\b(?:{OWN_ROLES}))[ \t]*(?:[:,\-–][ \t]*|(?:is|was)[ \t]+)?({_NAMES})"), 0.8, True),
    # Introductions and namings: "my name is", "everyone calls me", "She named him".
    (_cue(rf"(?i:\b(?:my name is|my name's|name is|i am called|call me|calls me|called me|(?<!(?:{_THINGS})[ \t])named|known as|goes by|"
          rf"go by|nicknamed|signed|ich heiße|mein name ist|me llamo|mi nombre es|je m'appelle|mon nom est|mi chiamo|"
          rf"il mio nome è|me chamo|chamo-me|o meu nome é|meu nome é|ik heet|mijn naam is|"
          # The same in the languages `foreign` tells by their everyday words.
          rf"jeg hedder|mit navn er|jeg heter|mitt navn er|jag heter|mitt namn är|nimeni on|ég heiti|nazywam się|mam na imię|"
          rf"jmenuji se|jmenuju se|volám sa|a nevem|numele meu este|mă numesc|ma numesc|zovem se|ime mi je|mano vardas|"
          rf"mani sauc|benim adım|adım|nama saya|em dic)\b)[ \t]+(?:(?i:him|her|them|me|it|the baby|the boy|the girl)[ \t]+)?({_NAMES})"), 0.85, True),
    # Turkish courtesy after the given name: "Teknisyen Mustafa Bey yarın gelecek", "Ayşe Hanım'a iletin".
    (NameThen(rf"({_NAMES})", r"[ \t]+(?:Bey|Hanım|Hanim|Beyefendi|Hanımefendi)(?![\p{L}])"), 0.85, True),
    # "I am" before a name in Spanish, Portuguese and Italian, in lower case as a sentence goes on
    # ("Buenas, soy Montserrat Puig", "oi, sou Joana Lima", "ciao, sono Marco"); not "Soy Sauce".
    (_cue(rf"(?<![\p{{L}}])(?:soy|sou|sono)[ \t]+({_NAMES})"), 0.85, True),
    # A couple's surnames before their wedding, as planners and hotels name it: "Bermúdez–Østergaard
    # wedding", "the Patel & Shah wedding", "Cross-Lachance engagement party".
    (_cue(rf"(\p{{Lu}}[\p{{L}}\p{{M}}'’]+[ \t]*[–—&\-][ \t]*\p{{Lu}}[\p{{L}}\p{{M}}'’]+)(?=[ \t]+{COUPLES_DAY}\b)"), 0.8, True),
    # Hungarian introduces itself after the name, surname first: "Kiss Bence vagyok" (I am Bence Kiss).
    (NameThen(rf"({_NAMES})", r"[ \t]+vagyok\b"), 0.85, True),
    # Name fields: "last name? Adams", "surname: Kowalczyk".
    (_cue(rf"(?i:\b(?:full name|first name|last name|surname|family name|given name|maiden name|middle name|"
          rf"nickname)\b)[ \t]*(?:[:?=\-]|is|was|,)?[ \t]*({_NAMES})"), 0.85, True),
    # A birth name after its mark, in any case: "Annegret Vollmer, geb. Schulz", "DUBREUIL Maëlys, née
    # GARNIER", "Anna Nowak z domu Kowalczyk", "Jana Dvořáková, roz. Malá".
    (_cue(rf"(?<![\p{{L}}.])(?i:née|nee|geb\.|geborene|z[ \t]+domu|roz\.|rozen[áa]|rođena)[ \t]+({_CAPITALS_SURNAME}|{_NAMES})"), 0.85, True),
    # Labelled fields and relations: "name Tanya Kirk;", "my landlord Fatima Benali".
    ((lambda lists: rf"(?i:\b(?:{lists(_LABELS_BEFORE)})\b)[ \t]*(?:[:?=\-]|is|was|,)?[ \t]*({_NAMES})"), 0.8, False),
    # Care of and for the attention of, in the languages letters and parcels are addressed in:
    # "aos cuidados de Ana Reis", "c/o Jan Kos", "z. Hd. Frau Weber", "T.a.v. Curt Karlsen".
    (_cue(rf"(?i:\b(?:c/o|care of|for the attention of|fao|aos cuidados de|a/c|a la atención de|à l['’]attention de|"
          rf"all['’]attenzione di|alla c\.a\.|zu händen(?:[ \t]+von)?|z\.[ \t]?hd\.|t\.[ \t]?a\.[ \t]?v\.|ter attentie van))[ \t]*:?[ \t]*({_NAMES})"), 0.8, False),
    # Speaker labels of a dialogue: 'Breanna: "Who are you?"'. Speech opens with a letter and runs
    # over words; a header's or a field's quoted token does not ('ETag: "5d8-62a1b"').
    (_cue(rf"(?:^|\n|\\n|(?<=[.?!'\"”][ \t]))[ \t]*({_NAME}(?:[ \t]+{_NAME})?)[ \t]*:[ \t]*[\"“'](?=\p{{L}}[^\"“”\n]*[ \t])", regex.MULTILINE), 0.8, True),
    # Possessives of people: "Karen's daughter".
    (NameThen(rf"({_NAME})", rf"['’]s[ \t]+(?i:{RELATIONS}|birthday|wedding|funeral|house|home|place|flat|apartment|car|phone|"
             rf"email|address|account|number|office|desk|family|baby|dog|cat)\b"), 0.8, True),
    # Speech and dealings with someone: "said Jose", "shouted at Raven", "follow up with Brian House".
    ((lambda lists: rf"(?i:\b(?:{lists(_DEALING_WORDS)})\b)[ \t]+({_NAMES})"), 0.75, False),
    # Someone doing something: "Wilkins and …", "Matthew had given", "Ryan is from".
    (NameThen(rf"({_NAMES})", r"[ \t]+(?:said|says|shouted|asked|replied|told|wrote|whispered|answered|called|texted|emailed|"
          r"lives|lived|works|worked|moved|was born|has been|had given|is from|is very|is so|is a|is an|say|write|mean|want|think|"
          # Reporting and arguing: "What did Joana Pinson argue in her memo", "Ilse Brandt proposed a freeze".
          r"argued?|argues|propose[sd]?|suggest(?:ed|s)?|claim(?:ed|s)?|recommend(?:ed|s)?|decide[sd]?|mention(?:ed|s)?|"
          r"complain(?:ed|s)?|promise[sd]?|insist(?:ed|s)?|object(?:ed|s)?|conclude[sd]?|flag(?:ged|s)?|request(?:ed|s)?|"
          r"raise[sd]?|warn(?:ed|s)?|critici[sz]e[sd]?|push(?:ed|es)? for)\b"), 0.75, False),
    # Someone asked, told or reminded to act, by full name, in any text: "asking Liv Myklebust to add
    # alerts" (one word is as often an assistant or a tool: "ask Claude to …", "tell Prettier to …").
    (_cue(rf"(?i:\b(?:ask|asks|asked|asking|tell|tells|told|telling|remind|reminds|reminded|reminding)\b)[ \t]+({_NAME}[ \t]+{_NAME_WORD})(?=[ \t]+to[ \t]+\p{{Ll}})"), 0.8, True),
    # Someone the asker knows from a place of their own life: "Ruby at work", "Tomás from church",
    # "Jan next door" (not "at school": "Einstein at school" is a life the world knows).
    (NameThen(rf"({_NAMES})", r"[ \t]+(?:(?i:at|from)[ \t]+(?i:work|the office|church|the gym|uni|the club|choir)|(?i:next door|upstairs|downstairs))\b"), 0.8, True),
    # Someone described by a relative clause: "Min-jun, who does our mornings, wants…".
    (NameThen(rf"({_NAMES})", r",[ \t]+(?:who|whose)\b"), 0.75, False),
    # A ticket's or a form's people, in any layout: "| Assignee Witold Kaluga |", "Reviewer - Ana Lima".
    # The same in the languages of the desks: "Réinitialisation demandée par Antoine DESCAMPS",
    # "solicitado por Marta Gil" (Spanish and Portuguese), "gemeldet von Jonas Berg", "aangevraagd door Sanne Bakker".
    (_cue(rf"(?i:\b(?:assignee|assigned to|reporter|requester|requested by|approver|approved by|reviewer|reviewed by|"
          r"demandée? par|signalée? par|assignée? à|validée? par|solicitad[oa] por|reportad[oa] por|asignad[oa] a|aprobad[oa] por|"
          r"richiest[oa] da|segnalat[oa] da|assegnat[oa] a|approvat[oa] da|atribuíd[oa] a|"
          r"angefordert von|gemeldet von|zugewiesen an|genehmigt von|beantragt von|aangevraagd door|gemeld door|toegewezen aan|"
          rf"goedgekeurd door)\b)[ \t]*[:=|\-–]?[ \t]*({_NAMES})"), 0.8, True),
    # A letter's or message's writer, a full name ending the line after its last sentence: '… not an option. Juma Mutua"'.
    (_cue(rf"(?:[.!?][ \t]+|\n[ \t]*)({_NAME}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*[\"”]?[ \t]*(?:\n|$)"), 0.75, False),
    # Adding someone to something: "add Maria as guardian".
    (_cue(rf"(?i:\b(?:add|added|adding|invite|assign|appoint|nominate|register|list|put)\b)[ \t]+({_NAMES})[ \t]+(?i:as)\b"), 0.85, False),
]
_PLACE_CUES: list[tuple[regex.Pattern[str] | NameThen | Listed, float, bool]] = [
    # Where someone lives, goes, comes from.
    ((
        lambda lists: rf"(?i:\b(?:{lists(_LIVING_WORDS)})\b(?:[ \t]+\w+){{0,2}}?[ \t]+(?:in|to|from|at|near|into|around|outside|of)[ \t]+)"
        rf"((?:the[ \t]+)?{_NAMES}(?:[ \t]+of[ \t]+{_NAMES})?)"
    ), 0.8, False),
    # "I'm in Port Vanessafurt".
    (_cue(rf"(?i:\b(?:i'm|i am|we're|we are|he's|she's|they're|currently|now)[ \t]+(?:\w+[ \t]+)?(?:in|at)[ \t]+)({_NAMES})"), 0.75, False),
    # "North Emma bridge", "Petermouth station".
    (NameThen(rf"({_NAMES})", r"[ \t]+(?:bridge|river|street|road|avenue|park|airport|station|harbou?r|county|city|town|"
          r"village|district|province|region|valley|lake|mountains?|beach|square|market|mall|hospital|museum|"
          r"cathedral|castle|campus|neighbou?rhood|suburb)\b"), 0.7, False),
    # "North Bryan", "Lake Teresamouth", "Port Holly", "Saint Denis".
    (_cue(rf"\b(?:North|South|East|West|New|Lake|Port|Mount|Mt\.|Fort|Ft\.|Saint|St\.|San|Santa|Los|Las|El)[ \t]+{_NAMES}"), 0.65, False),
]

# Where the writer lives, in the languages `foreign` tells by their everyday words, where "I live"
# is one verb ("Mieszkam teraz w Kłodzku", "Bydlím v Kolíně", "Jeg bor i Aarhus", "Locuiesc la
# Turda"): read in text of those languages, where the English cues are not.
FOREIGN_LIVING = regex.compile(
    rf"(?i:\b(?:mieszkam|mieszkamy|mieszka|bydlím|bydlíme|bydlí|bývam|bývame|býva|locuiesc|locuim|locuiește|bor|bodde|boede|"
    rf"tinggal|gyvenu|gyvename|gyvena|dzīvoju|dzīvojam|dzīvo|živim|živimo|živi|stanujem|visc|vivim)\b(?:[ \t]+\w+){{0,2}}?"
    rf"[ \t]+(?:w|we|na|v|ve|în|in|la|i|på|di|u|a|à|en)[ \t]+)({_NAMES})"
)

# Where the writer is from or lives, in Tagalog, typed in any case: "taga manila kami", "nakatira sa
# Cebu", "galing sa Davao". The caller keeps a listed place only.
TAGALOG_HOME = regex.compile(r"(?i:\b(?:taga|nakatira[ \t]+sa|galing[ \t]+sa))[ \t\-]+(\p{L}[\p{L}\-]+(?:[ \t]+\p{L}[\p{L}\-]+)?)")

# Tagalog's articles of a person's name: "si Maricel", "ni rowena", "kay Juan dela Cruz", "sina Ana at Ben";
# not the family called by their place in it ("ni Lola", "kay Kuya").
TAGALOG_PERSON = regex.compile(
    r"(?i:\b(?:si|ni|kay|sina|nina|kina)[ \t]+)(?!(?i:lola|lolo|nanay|tatay|inay|itay|ate|kuya|tita|tito|ninang|ninong|mama|papa|"
    r"nanang|tatang|bunso|sir|ma'?am|doc|dok)\b)(\p{L}[\p{L}\-]+(?:[ \t]+\p{L}[\p{L}\-]+)?)"
)

# Where someone was born, in the languages `foreign` tells: "nata a Palermo il …", "nacida en Soria",
# "née à Le Mans", "urodzona w Kłodzku", "născută în Turda", "född i Umeå": a birthplace is as
# personal as a home town, however well known the town.
FOREIGN_BIRTHPLACE = regex.compile(
    # "né" with its accent: Czech and Slovak "ne v …" is "not in …".
    rf"(?i:\b(?:nat[oa](?:/[ao])?|nacid[oa]|nascid[oa]|né|n[ée]e|n[ée]\(e\)|geboren|urodzon[ya]|narozen[áa]?|naroden[áa]?|"
    rf"n[ăa]scut[ăa]?|f[öø]dd|f[öø]dt|rođen[a]?|rojen[a]?|lahir|ipinanganak)[ \t]+(?:a|en|em|à|in|w|we|v|ve|în|i|di|u|sa|na)[ \t]+)({_NAMES})"
)

# NER labels that may hide a person or a place; labels for dates, numbers, laws and events never do.
_NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Given names that open place names ("Santa Clara", "Mount Vernon", "Port Louis").
# Words that open a place's name and no person's ("Mount Kenya", "Lake Como", "Cape Horn").
# The first word of a mountain's, lake's or coast's name, in the languages the world's maps use
# ("Mont Blanc", "Lago Maggiore", "Piz Bernina", "Loch Ness", "Jebel Toubkal"); not those that are
# also frequent given names ("Sierra", "Isla").
_PLACE_HEADS = {
    "mount", "mt", "lake", "port", "fort", "cape", "isle", "gulf", "bay", "mont", "monte", "monti", "pic", "pico",
    "piz", "pizzo", "lago", "lac", "loch", "lough", "cerro", "puy", "ile", "île", "cabo", "golfo", "baie", "mauna",
    "jebel", "djebel", "jabal", "gunung", "pulau", "danau", "nevado", "volcan", "volcán", "wadi",
}
# Sites a town names as where they are: "the Burgos store", "our Lahti branch", "the Bacalar depot".
# A word before one is a place (`small_places`), never a make used as a thing (`brand_uses`).
SITE_WORDS = frozenset(
    """
    store shop branch office depot warehouse clinic site cafe café showroom plant factory outlet surgery pharmacy
    bakery salon workshop yard campus
    """.split()
)
# The last word of a landmark's name: "Victoria Falls", "Table Mountain", "Fox Glacier".
_PLACE_TAILS = {
    "falls", "mountain", "mountains", "glacier", "canyon", "gorge", "volcano", "fjord", "massif", "peninsula", "lagoon",
    "bay", "delta", "valley", "desert",
}
_PLACE_FIRST_WORDS = {"san", "santa", "saint", "st", "mount", "port", "fort", "lake", "new", "north", "south", "east", "west", "la", "las", "los", "el"}
_ORG_WORDS = {
    "inc", "llc", "ltd", "plc", "corp", "corporation", "company", "co", "gmbh", "ag", "sa", "group", "bank",
    "university", "institute", "foundation", "association", "orchestra", "band", "club", "team", "agency",
    "ministry", "department", "committee", "council", "church", "school", "college", "hospital", "airlines",
}
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i", "ch", "ean", "ite")
_PLACE_PREPOSITIONS = {"in", "from", "to", "at", "near", "into", "around", "outside", "visit", "visiting", "visited"}
# Not the first part of a compound ("User-Agent:", "Client-Id"): its head is its last word.
_PERSON_CONTEXT = regex.compile(
    r"(?i:\b(?:user|customer|client|employee|patient|name|mr|mrs|ms|dr|contact|author|assigned|reported by|cc|"
    # "Tell me about …" asks for a topic, whoever it is: it addresses no one after it ("tell Ana that …" does).
    r"dear|hi|hello|thanks|tell(?![ \t]+(?:me|us)[ \t]+(?:(?:more|a[ \t]+bit|a[ \t]+little|everything|all)[ \t]+)?about\b)|ask|remind|email|call|said|wrote|asked|congratulate|invite|thank|meet|met|text|"
    r"message|notify|contact|ping)\b(?!-\w))\W*(?:\w+\W+){0,2}$"
)
# A string literal on one line: JSON values, arguments, log messages, commit messages.
_LITERAL = regex.compile(r'"((?:[^"\\\n]|\\.)*)"' + r"|'((?:[^'\\\n]|\\.)*)'")
# Where a code comment's words start on its line: a line opening with `#`, `//`, `--`, `/*` or `*`
# (after indentation), or a comment after code, set off by spaces ("x = 1  // per ana's review").
# A tag opening the comment is the comment's own mark, not its words: "// TODO(dvasquez): move … once Anouk merges".
COMMENT = regex.compile(
    r"(?:^[ \t]*(?:#+|//+|--|/\*+|\*)[ \t]+|[ \t]+(?:#|//)[ \t]+)(?:(?:TODO|FIXME|XXX|HACK|NOTE|BUG)(?:\([^)\n]*\))?:?[ \t]*)?"
)


# Words before a place one goes to or is in ("hike to", "in", "around", "up"): not "from", which as
# often names whom a note is from.
_GOING_TO = {"to", "in", "at", "near", "around", "across", "through", "up", "along", "over", "visit", "visiting", "visited"}
_CONNECTORS = {"of", "de", "del", "da", "van", "von", "der", "den", "la", "le", "ter", "ten"}
# Months, weekdays and feasts in English: one list for every rule that must not read them as a
# name, a place or a postcode's town.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
})
# Days of the week name no one ("on a Sunday"); months may ("April", "June").
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"}
# A one-line log entry up to its subject: "* 9f2c1ab (HEAD -> main) ", "a1b2c3d - ".
_AFTER_HASH = regex.compile(r"(?:^|\n)[*|/\\ \t]*\b[0-9a-f]{7,40}[ \t]+(?:-[ \t]+)?(?:\([^()\n]*\)[ \t]+)?$")
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# "01 Mar 2024", "Mar 1, 2024": an abbreviated month beside a number is a date ("Jan" alone may be Jan).
_DATED = regex.compile(r"\d[ \t]*$|^[ \t]*\d")
_MONTH_PREPOSITIONS = {"in", "on", "by", "since", "until", "till", "during", "of", "before", "after", "last", "next",
                       "this", "every", "early", "late", "mid", "from", "to", "through"}

# Labels that name a role, a field or a header, not a person.
NOT_SPEAKERS = frozenset(
    """user assistant system human ai bot agent customer support operator caller host guest interviewer interviewee
    speaker moderator narrator me you them q a question answer note notes error warning info debug trace todo fixme
    summary subject date from to cc bcc sent received re fw fwd status update action actions outcome result results
    step steps example input output response request reply prompt context task goal problem solution fix cause
    description title body message comment comments reason hint tip tldr ps nb attendees agenda decision decisions
    location time when where who what why how pros cons accept authorization connection cookie origin referer server
    host via expires etag vary allow age pragma upgrade warning range translation transcript chat meeting call
    rep representative employee staff manager admin administrator team everyone all others unknown other
    present absent apologies minutes attendance attending invitees participants chair chairs chaired secretary
    quorum""".split()
) | frozenset(
    # A work note's heading before a colon: "Standup: Sibongile is blocked …", "EOD: shipped the fix".
    "standup stand-up standups retro retrospective recap handover eod wip fyi blocker blockers followup follow-up".split()
) | frozenset(
    # The keys of a CI workflow's or a manifest's list items: "- run: pytest", "- uses: actions/checkout@v4".
    "run uses with env shell script image command args entrypoint".split()
) | frozenset(
    # The writer in a pasted chat, in the languages chats are pasted in: "Ich: Ja, Versand 5,49 €", "Yo: vale".
    "ich yo moi je eu ik jag jeg mig ja minä io".split()
)
# The roles of a script, a role-play or an intake call ("COUNSELLOR: And date of birth?",
# "Receptionist: Good morning"): the parties by what they do, in care, law, trade and teaching. A
# whole label only: "Nurse Amara:" names her.
SCRIPT_ROLES = frozenset(
    """counsellor counselor therapist psychologist psychiatrist clinician gp nurse doctor physician receptionist
    pharmacist physio physiotherapist dentist hygienist optometrist optician paramedic midwife carer client patient
    resident tenant landlord buyer vendor advisor adviser officer teacher pupil student tutor trainer instructor
    solicitor barrister claimant defendant witness interpreter presenter reporter journalist producer
    dispatcher technician engineer inspector assessor""".split()
)

# Verbs and phrases that take a person only: "thank", "blame", "woke", "sync with", "cc" (`dealings`).
PEOPLE_ONLY_VERBS = (
    r"cc|bcc|thank(?:s|ed)?|blame[sd]?|congratulate[sd]?|remind(?:s|ed)?|wake|woke|waking|loop(?:ed)? in|"
    r"(?:check|checked|sync|synced|pair|paired|talk|talked|speak|spoke|meet|met|follow up|followed up)[ \t]+with|"
    r"(?:talk|talked|speak|spoke|reach out|reached out|defer|deferred)[ \t]+to|credit(?:s|ed)?"
)
_PEOPLE_VERB_BEFORE = regex.compile(rf"(?i:\b(?:{PEOPLE_ONLY_VERBS}))[ \t]+$", regex.VERSION1)


def after_people_verb(text: str, start: int) -> bool:
    """Whether a verb only people take ("cc", "loop in", "sync with") ends just before `start`:
    the slot is a person's in technical text too, whatever case the name is typed in."""
    return _PEOPLE_VERB_BEFORE.search(text, max(0, start - 40), start) is not None


# Accounts that are no one: system users, CI runners, cloud images' default users, placeholders
# (runbooks' sample logins too: "ssh jdoe@bastion", "useradd your_username").
SERVICE_ACCOUNTS = frozenset(
    """root admin administrator sysadmin superuser su sudo nobody daemon bin sys sync games man lp mail news uucp
    proxy backup list irc gnats www www-data apache nginx httpd postgres postgresql mysql mariadb redis mongodb
    mongo elastic elasticsearch kafka zookeeper rabbitmq oracle sa dbo ubuntu debian centos fedora ec2-user
    ec2user azureuser opc core alpine admin1 vagrant docker podman runner jenkins gitlab-runner github gitlab git
    nonroot distroless
    svn hg travis circleci buildkite bamboo teamcity drone gitpod codespace codespaces node npm app appuser
    application service svc deploy deployer deployment ci cd build builder bot robot automation system guest
    anonymous anon user username users test tester testuser demo example sample foo bar baz qux me you yourname
    yourusername myuser myusername someone somebody dev developer devops ops operator support helpdesk info
    noreply no-reply postmaster hostmaster webmaster abuse security team staff everyone here channel all
    oncall on-call sre infra platform backend frontend devs eng qa release releases maintainers reviewers owners
    pi ansible puppet chef terraform packer consul vault nomad grafana prometheus airflow spark hadoop hdfs yarn
    hive hbase flink storm solr tomcat jboss wildfly weblogic websphere ftp ftpuser sftp sshd ntp systemd
    jdoe johndoe janedoe john.doe jane.doe john_doe jane_doe your_username your-username""".split()
) | frozenset(
    # Accounts that packages and images create (Debian base-passwd and package maintainer scripts,
    # systemd-sysusers, Fedora/RHEL setup, macOS's underscored daemons, cloud images' default users)
    # and bots that act on repositories (GitHub Apps and CI services), and the system groups `id` and
    # `ls -l` print beside logins: none is a person.
    """adm halt shutdown dbus messagebus polkitd avahi colord pulse rtkit usbmux dnsmasq tss landscape pollinate lxd
    fwupd-refresh geoclue gdm kernoops whoopsie saned hplip cups-pk-helper statd rpc rpcuser nfsnobody chrony
    syslog uuidd tcpdump _apt systemd-network systemd-resolve systemd-timesync systemd-coredump systemd-oom sssd
    postfix dovecot dovenull bind named unbound haproxy varnish memcache memcached clamav amavis opendkim kibana
    logstash node_exporter alertmanager influxdb telegraf zabbix nagios icinga munin mattermost sonarqube nexus
    artifactory cloud-user rocky almalinux _www _mysql _postgres gitlab-www gitlab-psql gitlab-redis git-daemon
    dependabot renovate renovate-bot github-actions mergify codecov snyk-bot greenkeeper allcontributors stale
    sonarcloud netlify vercel copilot semantic-release-bot release-please pre-commit-ci web-flow
    wheel staff users plugdev netdev lpadmin sambashare dialout cdrom floppy audio video kvm libvirt render input
    systemd-journal adm cron crond anacron oidc saml ldap sso""".split()
)
# The first and last parts that make a login a service's: `svc-etl`, `sa_backup`, `ci-bot`, `sre-oncall`.
SERVICE_HEADS = frozenset("svc sa srv sys app bot ci".split())
SERVICE_TAILS = frozenset("bot bots svc service sa ci runner deploy admin admins team ops group all oncall automation".split())
# IRC's own services, written in camel case ("<ChanServ> Welcome to #ops").
_IRC_SERVICES = frozenset("ChanServ NickServ MemoServ OperServ HostServ BotServ".split())
# A tracker's word for no one, in any case ("assignee: Unassigned").
_NO_ONE = frozenset("unassigned unowned nobody".split())


def service_login(value: str) -> bool:
    """Whether `value` is a login no one holds: a listed system account in lower case, a GitHub
    App (`renovate[bot]`), IRC's services, a tracker's "Unassigned", or a login made of a
    service's parts (`svc-etl`, `github-bot`, `sre-oncall`, `jira-automation`)."""
    if value.islower() and value in SERVICE_ACCOUNTS or value in _IRC_SERVICES or value.lower() in _NO_ONE or value.lower().endswith("[bot]"):
        return True
    parts = [p for p in regex.split(r"[._\-]", value.lower().rstrip("0123456789")) if p]
    return len(parts) >= 2 and " " not in value and (parts[0] in SERVICE_HEADS or parts[-1] in SERVICE_TAILS)
