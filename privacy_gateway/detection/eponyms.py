"""Eponyms and case names: people's names inside the name of a thing the world knows.

"Reed–Sternberg cells", "the Mohs scale", "a Pap test", "Darcy–Weisbach", "Donoghue v Stevenson":
a disease, a test, a law, an equation or a reported case carries the names of the people it was
named after, and the recognizers read those as people. Masking them changes the question a
clinician, an engineer or a lawyer asks and protects no one, so a name finding inside one of these
spans is dropped (the engine voids it, as it voids template placeholders and sample people).

- An eponym: a name, or two joined by a dash, then an eponym's head noun of WordNet
  (`data/eponym_heads.txt`, `scripts/build-eponym-heads`) or of the names module's own list
  ("algorithm", "theorem"); "Bolam test", "Mann-Whitney U test". Not after a listed given name
  or a title ("ask Ana test the build", "Ms Lopez test"), and with a possessive only before a
  disease's or a law's head: "Amara's test results" are hers. A given name's possessive only before
  "law" ("Megan's law", "Clare's law": statutes named after the person they protect), not before a
  student's or a firm's noun ("Megan's law degree", "Sarah's law firm"). Not where the head is a verb ("have
  Okafor test the build"), is itself a given name ("Dubois Constant"), or comes before results or
  a phone, nor where the name also stands alone in the text ("ask Okafor about the Okafor method").
- Names joined by an en dash with no space ("Colebrook–White", "Perry–Robertson"): typesetting's
  mark for a pair of namesakes or a route, never one person's double-barrelled name (a hyphen);
  but a couple's surnames before their wedding or family ("the Bermúdez–Østergaard wedding").
- A case name: parties either side of "v", "v." or "vs" ("Roe v. Wade", "R v Brown", "Cambridge
  Water v Eastern Counties Leather"), unless a client or a patient is named just before it ("our
  client Dana Obi v Bellway"), a party is written as a full name ("R v Tim Baird" in a court list)
  or a party's name stands again elsewhere in the text: a reported case is public and cites
  surnames; a matter in hand is someone's. Two towns or towns' clubs either side ("Real Madrid v
  Barcelona", "Leeds v Manchester United") are a fixture, whatever their shape.
"""

from __future__ import annotations

import functools
from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.alternation import Tailed
from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.eponym_lists import listed_with_eponyms
from privacy_gateway.detection.court_lists import listed_hearing
from privacy_gateway.detection.lexicon import ascii_fold, first_names, listed_family, listed_given, world_first_names
from privacy_gateway.detection.name_cues import COUPLES_DAY, RELATIONS, titled
from privacy_gateway.detection.name_spans import _IMPERATIVES
from privacy_gateway.detection.notable import listed_surname
from privacy_gateway.detection.things import public_word
from privacy_gateway.detection.title_case import title_cased

# Heads clinicians put after a namesake, beside WordNet's (a disease, a sign, a score, a manoeuvre).
_CLINICAL_HEADS = (
    "palsy angina thyroiditis spot incisor teeth triad ulcer contracture hernia cyst neuralgia encephalopathy "
    "dystrophy ataxia manoeuvre maneuver index node nodule pouch stain tremor dementia myopathy neuropathy"
)
_CLINICAL_HEAD_WORDS = frozenset(_CLINICAL_HEADS.split())
# Heads the names module's possessive eponyms already use ("Dijkstra's algorithm"), beside WordNet's.
_OWN_HEADS = (
    "algorithm theorem law principle method equation constant conjecture lemma paradox razor inequality "
    "hypothesis syndrome disease cipher triangle sequence transform radiation effect lymphoma score criteria "
    "classification coefficient correlation distribution formula integral series function curve buckling reflex "
    # Clinical eponyms' heads: "Hashimoto's thyroiditis", "Koplik spots", "Hutchinson's incisors".
    + _CLINICAL_HEADS
)
# What chemistry names after people: "Claisen condensation", "Swern oxidation", "Suzuki coupling",
# "Beckmann rearrangement" (WordNet holds "reaction" alone). Not "addition" or "reduction": "the
# Okafor addition to the team", "a Smith reduction in hours".
_REACTION_HEADS = (
    "condensation acylation alkylation oxidation rearrangement coupling olefination esterification "
    "cyclization cyclisation metathesis amination hydrogenation epoxidation dihydroxylation cycloaddition"
)
# What code and numerics name after people, read as heads in technical text only ("Huffman coding",
# "Laplace smoothing", "Jaro-Winkler similarity", "a Kalman filter"): in prose "the Okafor family
# tree" or "tell Ngozi Okafor coding club is off" are someone's.
_TECHNICAL_HEADS = frozenset(
    "smoothing coding encoding tree filter heap distance matrix norm kernel estimator bound hashing optimizer "
    "iteration interpolation decomposition quadrature similarity diagram sampling".split()
)
# After a possessive, only what no one owns: "Crohn's disease", "Boyle's law"; not "Amara's test".
_POSSESSIVE_HEADS = frozenset(
    "disease syndrome law sign constant phenomenon paralysis aphasia chorea sarcoma anaemia anemia psychosis "
    "tumour fissure gland canal fever lymphoma theorem principle conjecture lemma paradox razor algorithm".split()
) | _CLINICAL_HEAD_WORDS - {"index", "teeth"}


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(data_lines("eponym_heads")) | frozenset(_OWN_HEADS.split()) | frozenset(_REACTION_HEADS.split())


def _head(word: str, technical: bool = False) -> str | None:
    """The eponym head `word` (lower case) is, or is the plural of ("cells" -> "cell"), else None;
    in `technical` text code's and numerics' heads too."""
    heads = _heads() | _TECHNICAL_HEADS if technical else _heads()
    return word if word in heads else word[:-1] if word.endswith("s") and word[:-1] in heads else None


def _body_or_join(word: str) -> bool:
    """Whether a word of a party (lower case) is a body's word ("ltd", "council") or a joiner ("of")."""
    return word in _BODIES or _JOINER.fullmatch(word) is not None


_NAME = r"\p{Lu}\p{Ll}+|\p{Ll}{3,}"
_DASH = "-\u2010\u2011\u2013"
# Which of a namesake's laws or theorems, between the possessive and the head: "Newton's first law",
# "Kepler's third law", "Gödel's second incompleteness theorem" (one word of its own may follow).
_ORDINALS = r"(?i:zeroth|first|second|third|fourth|fifth|last)(?:[ \t]+\p{Ll}+)??"
# Found from its head back: the head, then what stands just before it.
# A statistic's letter may open it: "Altman Z-score", "Beneish M-score", "Hirsch h-index".
_HEAD = regex.compile(r"(?<![\p{L}\p{N}_-])(?:\p{L}-)?\p{L}{3,}(?![\p{L}\p{N}_])")
_BEFORE_HEAD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_.@/])(?P<name>(?:{_NAME})(?:[{_DASH}](?:{_NAME}))?)(?P<possessive>['’]s|(?<=s)['’])?"
    rf"(?:[ \t]+(?P<ordinal>{_ORDINALS}))?[ \t]+(?:\p{{Lu}}[ \t]+)?$"
)
_WORD_BEFORE = regex.compile(r"(\p{L}+\.?)[ \t]+$")
# Words that greet the next one: "Dear Factor," is a letter to someone, not an eponym of "factor".
_SALUTATIONS = frozenset("dear hi hello hey thanks cheers morning evening greetings".split())
_OWN_AFTER = regex.compile(
    r"[ \t]+(?i:results?|dates?|appointments?|bookings?|servers?|phones?|numbers?|no\.?|firms?|schools?|degrees?|exams?|"
    r"courses?|class(?:es)?|notes|essays?|homework|practice|studies|lectures?|tutors?|modules?|assignments?|placements?)(?![\p{L}])"
)
# Heads a given name's possessive names: laws called after the person they came to protect ("Megan's
# law", "Clare's law", "Sarah's law"), where "Amara's test" or "Ana's method" are hers.
_GIVEN_POSSESSIVE_HEADS = frozenset({"law"})
_POSSESSIVE = regex.compile(r"['’][sS]?(?![\p{L}])")  # "CARDOZO'S" in capitals too
# The word after a name, a statistic's letter before it skipped as `_HEAD` skips it ("Altman Z-score").
_NEXT_WORD = regex.compile(r"[ \t]+(?:\p{Lu}[ \t]+)?(?:\p{L}-)?(?P<word>\p{L}+)")
# A head used as a verb: "have Okafor test the build", "ask Okafor sign it off".
_VERB_AFTER = regex.compile(r"[ \t]+(?i:the|a|an|it|this|that|these|those|our|my|your|his|her|their|them|whether|if|off|in|up|out|for)\b")
_EN_DASHED = regex.compile(r"(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:\u2013\p{Lu}\p{Ll}+)+(?![\p{L}\p{N}_])")
# What a couple's joined surnames come before: their wedding, their family ("the Patel–Shah wedding").
_COUPLE_AFTER = regex.compile(rf"[ \t]+(?:{COUPLES_DAY}|(?i:family|household))\b")
_WORD = r"(?:\p{Lu}[\p{L}'’.&]*(?:-\p{Lu}[\p{L}'’.&]*)?)"
_JOIN = r"(?:of|and|&|the|for|de|da|van|von|der|ex|parte|plc|ltd|Ltd|Co|Inc|LLC)"
_JOINER = regex.compile(_JOIN)  # compiled once: `regex.fullmatch(_JOIN, …)` looks it up for ~11 us a call
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'’-]+")
# A law the Latin, Romance and Nordic languages name after someone, its word before the name: "lex
# Sarah", "Lex Nokia", "legge Basaglia", "la loi Evin", "Ley Sinde", "Lei Maria da Penha".
_NAMED_LAW = regex.compile(
    r"(?<![\p{L}])(?:[Ll]ex|[Ll]egge|[Ll]oi|[Ll]ey|[Ll]ei)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:da|de|do|del|di)?[ \t]*\p{Lu}[\p{L}'’\-]+)?"
)
# Tried only where a " v. " stands (`alternation.Tailed`): the left party could start at every capital.
_CASE = Tailed(
    rf"(?<![\p{{L}}\p{{N}}])(?P<left>{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,3}})",
    rf"[ \t]+(?:v|V|vs|VS)\.?[ \t]+"
    rf"(?P<right>{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})",
    0,
)
# Words of a body's name: a party that has one is a company, a council or the Crown's office.
_BODIES = frozenset(
    "ltd co inc llc plc limited council board trust authority bank company corporation corp commissioners "
    "commissioner secretary state court health hospital homes group society association union university "
    "college school ministry department office police borough county city railway railways services "
    "insurance water leather mbc nhs crown attorney-general minister republic kingdom government".split()
)
_MATTER_BEFORE = regex.compile(
    r"(?i:\b(?:our|my|client|claimant|tenant|patient|customer|applicant|appellant|respondent|defendant)\W+(?:\w+\W+)?)$"
)


def _full_name_party(words: list[str]) -> bool:
    """Whether a party is written as a person's full name: two or three words with no joiner and no
    body's word. A reported case cites a person by surname ("Donoghue v Stevenson", "R v Dudley and
    Stephens"); a court list or a case file writes the whole name, and that is someone's matter."""
    words = words[1:] if len(words) > 1 and public_word(words[0]) and words[0].lower() not in first_names() else words
    return 2 <= len(words) <= 3 and not any(_body_or_join(w.lower().rstrip(".,;:")) for w in words)


def _side(words: list[str]) -> bool:
    """Whether a party is a town or a town's club: one listed place ("Barcelona"), or a name that a
    listed place closes or opens with no given name first ("Real Madrid", "Manchester United"; not
    "Sydney Jones"). The world's given names, not every list's: those hold "Real" too."""
    from privacy_gateway.detection.places import listed_place  # here: keeps this module's chain of imports short

    words = [w.rstrip(".,;:") for w in words]
    if len(words) == 1:
        return listed_place(words[0])
    return len(words) == 2 and ascii_fold(words[0].lower()) not in world_first_names() and (listed_place(words[0]) or listed_place(words[1]))


def _party_named_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether a word of a case's parties stands in `text` outside the case name: a case file names
    its parties again; a citation does not."""
    for word in _CAPITALISED.findall(text[start:end]):
        if _body_or_join(word.lower()):
            continue
        for m in regex.finditer(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(word)}(?![\p{{L}}\p{{N}}_])", text):
            if not start <= m.start() < end:
                return True
    return False


def _named_alone(text: str, name: str, technical: bool = False) -> bool:
    """Whether `name`, as written, also stands in `text` on its own (not before a possessive or a
    head): then it is someone the text talks about, and voiding would hand their name out."""
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(name)}(?![\p{{L}}\p{{N}}_])", text):
        if _POSSESSIVE.match(text, m.end()):
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is None or _head(after["word"].lower(), technical) is None:
            return True
    return False


def _given_or_titled_before(text: str, start: int) -> bool:
    """Whether a given name of the census or a title stands just before text[start]: "Ms Kepler's",
    "Ana Kepler's", "Maria Lopez test" name someone, not a namesake."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    previous = before.group(1).lower() if before is not None else ""
    return previous not in STOP_WORDS and previous in first_names() or titled(text[max(0, start - 24) : start])


def _dealt_with_before(text: str, start: int) -> bool:
    """Whether a client, a patient or a kin word stands just before text[start]: "our client
    Kepler's barometer", "my neighbour Darwin's theory" are someone the writer deals with."""
    return _MATTER_BEFORE.search(text, max(0, start - 40), start) is not None or _KIN_BEFORE.search(text, max(0, start - 24), start) is not None


# A known surname's possessive before the thing it names: "Torricelli's barometer", "Schrödinger's
# cat", "Pearson's r", "Cohen's d", "Bayes' theorem", "FERMAT'S LAST THEOREM".
_KNOWN_POSSESSIVE = regex.compile(
    r"(?<![\p{L}\p{N}_.@/'’-])(?P<name>\p{Lu}[\p{L}\p{M}]+|\p{Ll}{3,})(?:['’][sS]|(?<=[sS])['’])[ \t]+(?P<thing>\p{L}+)(?![\p{L}\p{N}_'’-])"
)
# People and the means to reach them a possessive names: "Mendel's manager", "Kepler's email".
_KIN_OR_CONTACT = regex.compile(rf"(?i:{RELATIONS}|staff|secretary|office|email|e-mail|address|car|wife's|husband's)")
_KIN_BEFORE = regex.compile(rf"(?i:\b(?:{RELATIONS})[ \t]+)$")
# A statistic's symbol after its maker's possessive: "Pearson's r", "Cohen's kappa", "Kendall's tau".
_SYMBOLS = frozenset("r d h f u w v t q rho tau kappa alpha beta chi delta eta omega lambda phi".split())


def _known_possessive(text: str, m: regex.Match[str]) -> bool:
    """Whether a possessive names what a person the world knows left us, by the list: a surname that
    closes a listed full name (`notable.listed_surname`: "Torricelli", "Wilcoxon"), before a thing
    no one owns, where no list of the population's surnames holds it ("Torricelli", "Schrödinger",
    "Bonferroni"). A surname of the census or the world's lists, or a given name ("Pearson", "Kepler",
    "Kendall"), only before a statistic's symbol: "Pearson's report" and "Kepler's thermometer" may be
    a colleague's, however famous a Pearson or a Kepler is. Not before a person's
    thing, a site or a time ("Kepler's invoice", "Darwin's team"), not after a title or a
    given name ("Dr Planck's cat"), nor where the name also stands alone (`_named_alone`)."""
    from privacy_gateway.detection.brand_uses import persons_thing  # here: keeps this module's chain of imports short

    name, thing = m["name"], m["thing"]
    if name.islower() and not thing.islower() or name.isupper() and not thing.isupper():
        return False  # "maxwell's demon", "FERMAT'S LAST THEOREM": text typed in one case is read in it
    lowered = ascii_fold(name.lower())
    symbol = thing.lower() in _SYMBOLS
    if lowered in STOP_WORDS or lowered in first_names() and not symbol or not listed_surname(name) or name.islower() and public_word(name):
        return False  # "Kendall's tau" is a statistic; "Pascal's" anything else a given name's
    if not symbol and lowered in listed_family():
        return False  # "Kepler's", "Rocha's", "Pearson's": a surname the census or the world's lists hold is a private person's too
    if not symbol and (
        persons_thing(thing) or _KIN_OR_CONTACT.fullmatch(thing) or _OWN_AFTER.match(text, m.start("thing") - 1) or _OWN_AFTER.match(text, m.end())
    ):
        return False  # "Kepler's invoice", "Mendel's manager", "Hodgkin's test results": someone's
    if _given_or_titled_before(text, m.start()):
        return False  # "Ms Kepler's barometer", "Ana Kepler's cat": hers
    return not _dealt_with_before(text, m.start()) and not _named_alone(text, name)


# A framework of management, psychology or teaching after its maker's possessive, a few plain words
# between: "Maslow's hierarchy of needs", "Herzberg's two-factor theory", "Porter's five forces",
# "Kolb's experiential learning cycle". What no colleague's possessive names (not "model", "plan").
_FRAMEWORK = regex.compile(
    r"(?<![\p{L}\p{N}_.@/'’-])(?P<name>\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)['’][sS]?"
    r"(?P<between>(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}-]*){0,3}?)[ \t]+"
    r"(?P<head>(?i:hierarchy|taxonomy|theory|theories|stages|pyramid|forces|quadrants?|dimensions|ladder|paradigm|"
    r"cycle|iceberg|triangle|typology|continuum|curve))(?![\p{L}\p{N}_'’-])"
)
# A colleague's hunch is a theory too: "Okafor's theory is that the cron job overlaps".
_HUNCH_AFTER = regex.compile(r"[ \t]*(?::|(?i:(?:is|was)[ \t]+that|about|on)\b)")


def _framework_possessive(text: str, m: regex.Match[str]) -> bool:
    """Whether a possessive names a framework after its maker: a surname that closes a full name the
    world knows (`notable.listed_surname`: "Maslow", "Herzberg", "Kolb"), no given name, before a
    framework's head with up to three plain words between. Not after a title, a given name, a
    client or a kin word, not a colleague's theory of the day, nor where the name also stands alone."""
    name, rest = m["name"], m.group()[len(m["name"]) + 2 :]
    if not (name.isupper() and rest.isupper() or name.istitle() and (rest.islower() or rest.istitle())):
        return False  # "Maslow's hierarchy", "MASLOW'S HIERARCHY": text typed in one case is read in it
    if ascii_fold(name.lower()) in first_names() or not listed_surname(name):
        return False
    if m["head"] in ("theory", "theories") and _HUNCH_AFTER.match(text, m.end()):
        return False
    if _given_or_titled_before(text, m.start()) or _dealt_with_before(text, m.start()):
        return False
    return not _named_alone(text, name)


# Conditions called by their namesake's possessive alone ("early signs of Parkinson's", "raynaud's is
# killing me", "Dupuytren's contracture"): WordNet 3.0's eponymous states (noun.state, "Crohn's
# disease", "Tourette's syndrome"), less those named after a given name or a frequent census
# surname (Wilson, Turner, Still, Down, Bright), and the ones clinics name most beside them.
_CONDITIONS = frozenset(
    """
    alzheimer asperger crohn cushing hashimoto hirschsprung hodgkin huntington marfan meniere parkinson raynaud
    tourette kaposi klinefelter korsakoff korsakov munchausen noonan paget dupuytren sjogren kawasaki perthes
    peyronie behcet wernicke duchenne friedreich gaucher fanconi takayasu reye horner addison graves
    """.split()
)
_CONDITION = regex.compile(
    r"(?<![\p{L}\p{N}_.@/'’-])(?P<name>\p{L}[\p{L}\p{M}]+)(?:['’][sS]|(?<=[sS])['’])(?![\p{L}\p{N}_'’-])"
)
# What stands after a condition's possessive used as its name: nothing it owns ("Parkinson's vs
# normal ageing"), or a clinic's head ("Dupuytren's contracture").
_CONDITION_AFTER = regex.compile(
    r"[ \t]*(?:$|[.,;:!?)\]\n—–-]|(?i:is|was|are|were|and|or|vs\.?|versus|the|a|an|in|at|for|since|with|without|can|could|"
    r"may|does|do|did|has|have|had|runs?|patients?|symptoms?|signs?|disease|syndrome|contracture|palsy|sarcoma|lymphoma|"
    r"phenomenon|dementia|flare(?:s|-ups?)?|diagnosis|triad|ulcer|chorea|dystrophy|sign|anaemia|anemia)\b)"
)
# A clinic's words: where a census surname's possessive is the condition ("Parkinson's … tremor").
_CLINICAL = regex.compile(
    r"(?i:\b(?:diagnos\w*|symptoms?|signs?|disease|syndrome|condition|treatment|tremor|hereditary|inherited|medication|"
    r"doctor|gp|neurolog\w*|flare|thyroid|hypothyroidism|remission|dementia|patients?|clinic|therapy|cure|prognosis|"
    r"early[ -]onset|chronic|autoimmune|biopsy|scan|blood|fingers|joints?|pain)\b)"
)


def _condition_alone(text: str, m: regex.Match[str]) -> bool:
    """Whether a possessive names a condition after its namesake (`_CONDITIONS`): nothing it owns
    after it. A name the census or the world's lists also hold ("Parkinson", "Hashimoto") only in
    a text that speaks of health ("Hashimoto's is open late" may be a restaurant)."""
    name = m["name"]
    folded = ascii_fold(name.lower())
    if folded not in _CONDITIONS or name.isupper() and len(name) > 1 and not text[m.end() : m.end() + 40].isupper():
        return False
    if _CONDITION_AFTER.match(text, m.end()) is None:
        return False
    after = _NEXT_WORD.match(text, m.end())
    if after is not None and _head(after["word"].lower()) is not None:
        return False  # "Crohn's disease": the eponym with its head, read whole by the heads
    if folded in listed_family() and not _CLINICAL.search(text):
        return False
    return not titled(text[max(0, m.start() - 24) : m.start()])


# Two or three surnames joined by a hyphen, as methods are named after their makers: "Bellman-Ford",
# "Newton-Raphson", "Knuth-Morris-Pratt".
_HYPHENED = regex.compile(r"(?<![\p{L}\p{N}_@./'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){1,2}(?![\p{L}\p{N}_@'’-])")
# Words that put a person after them: "reviewed by Smith-Jones", "cc Smith-Jones", "Dr Smith-Jones".
_PERSON_BEFORE = regex.compile(r"(?i:\b(?:by|to|from|cc|thanks|thank|ask|ping|tell|with|and|dear|hi|hey|mr|mrs|ms|dr|prof)\.?[ \t:,]*|[@:][ \t]*)$")


# What people do or own after their name: "Smith-Jones approved", "Smith-Jones's branch", "Smith-Jones (QA)".
_PERSON_AFTER = regex.compile(
    r"(?:['’]s?\b|[ \t]*\(|[ \t]+(?i:approved|merged|fixed|wrote|said|says|asked|asks|reviewed|pushed|broke|owns|owned|"
    r"is|was|will|has|had|left|joined|reported|signed|sent|called|emailed|commented|replied|deployed|needs|wants|thinks|"
    r"mentioned|suggested|opened|closed|assigned|raised|created|updated|changed|added|removed|and|or|from|at|on[ \t]+call)\b)"
)
# Words that make a hyphened name a place's: "Baie-Saint-Paul", "Saint-Étienne", "Port-Gentil".
_PLACE_PARTS = frozenset("saint sainte san santa st ste port fort mont bad bois val les sur baie lac cap".split())
# What opens or closes a value in code and data: quotes, a call's or a list's bracket, a key's sign.
_VALUE_OPENERS = frozenset("\"'`([{=:,>")
_VALUE_CLOSERS = frozenset("\"'`)]}<")


def _method_pair(text: str, m: regex.Match[str]) -> bool:
    """Whether a hyphened pair of capitalised words in technical text is a method's name: one part a
    surname of a full name the world knows (`notable.listed_surname`: "Ford", "Newton", "Mead"); not
    a value in code or data, a given name of two, a town, nor after a given name, a title or a
    person's cue, nor before a verb people do; and no part standing alone in the text ("ask Nelder
    about the Nelder-Mead fit" is a colleague's)."""
    parts = m.group().split("-")
    if text[m.start() - 1 : m.start()] in _VALUE_OPENERS or text[m.end() : m.end() + 1] in _VALUE_CLOSERS:
        return False  # '.lastName("Ferreira-Lima")', "name: Adeyemi-Bakare": a value given in code or data is someone's
    if not any(listed_surname(p) for p in parts) or _PERSON_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if all(ascii_fold(p.lower()) in world_first_names() for p in parts):
        return False  # "Lili-Rose", "Anne-Marie", "Jean-Luc": a given name of two
    if _PERSON_AFTER.match(text, m.end()):
        return False  # "Smith-Jones approved the PR", "Smith-Jones's branch": someone acting or owning
    from privacy_gateway.detection.places import listed_place  # here: keeps this module's chain of imports short

    if listed_place(m.group()) or any(p.lower() in _PLACE_PARTS for p in parts):
        return False  # "Baie-Saint-Paul", "Port-Gentil": a town's name is hyphened too
    before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is not None and before.group(1).lower() not in STOP_WORDS and before.group(1).lower() in first_names():
        return False  # "Anna Smith-Jones": a double-barrelled surname after her given name
    return not any(regex.search(rf"(?<![\p{{L}}\p{{N}}_-]){regex.escape(p)}(?![\p{{L}}\p{{N}}_-])", text) for p in parts)


# A full name credited with a year in technical text, as code and docs credit an algorithm's maker:
# "(Vladimir Levenshtein, 1965)", "Edsger W. Dijkstra 1959", "(Hans Peter Luhn, IBM, 1954)": two to
# four capitalised words (initials and particles allowed), then within the same clause a year.
_CREDIT = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]+|van|von|de|der|da|di|le)){1,3})"
    r"(?=[ \t]*[,;(]?[ \t]*(?:[\p{L}&.\- ]{1,30}[,;][ \t]*)?(?:c\.[ \t]*|ca\.[ \t]*)?(?:1[6-9]\d\d|20[0-2]\d)(?!\d)[ \t]*(?:[).;,]|$))",
    regex.MULTILINE,
)
_IDENTIFIER_WORD = regex.compile(r"[\p{L}\p{M}]+")


def credited_namesakes(text: str) -> Iterator[tuple[int, int]]:
    """In technical text, the makers an algorithm or a method is named after, credited with a year,
    and every mention of the name it gives ("Levenshtein distance (Vladimir Levenshtein, 1965)",
    `def levenshtein(`, `KRUSKAL = "kruskal"`): a credit names the namesake, not a colleague, when
    its surname names a thing elsewhere in the text."""
    credited: dict[str, list[tuple[int, int]]] = {}
    for m in _CREDIT.finditer(text):
        if _PERSON_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "ask Anna Dijkstra, 2019 intern, …": someone reached, not a credit
        surname = ascii_fold(m["name"].split()[-1].lower())
        credited.setdefault(surname, []).append(m.span("name"))
    if not credited:
        return
    words = [(w.start(), w.end(), ascii_fold(w.group().lower())) for w in _IDENTIFIER_WORD.finditer(text)]
    named = {folded for start, end, folded in words if folded in credited and not any(s <= start and end <= e for s, e in credited[folded])}
    for surname in named:
        yield from credited[surname]
    for start, end, folded in words:
        if folded in named:
            yield start, end


def eponym_spans(text: str, technical: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of every eponym and case name in `text`: what the engine voids name findings
    inside; in `technical` text a method named by a hyphened pair of surnames too (`_method_pair`);
    and the bare names listed among eponyms (`eponym_lists`: "Pearson, Spearman, Cohen's kappa")."""
    found = list(_eponyms(text, technical))
    yield from found
    yield from listed_with_eponyms(text, found)


def _eponyms(text: str, technical: bool) -> Iterator[tuple[int, int]]:
    alone: dict[str, bool] = {}  # a name read once a text: "Smith test" a thousand times is one scan
    for h in _HEAD.finditer(text):
        word = h.group().lower().rpartition("-")[2]
        head = _head(word, technical)
        if head is None:
            continue
        m = _BEFORE_HEAD.search(text, max(0, h.start() - 48), h.start())
        if m is None or m["name"].islower() and not h.group().islower():
            continue
        if m["name"].lower() in STOP_WORDS or m["name"].islower() and public_word(m["name"]):
            continue  # "our test", "this sign", "the po number": a word of the sentence, not a namesake
        if m["name"].lower() in _SALUTATIONS:
            continue  # "Dear Factor,", "Hi Sign": a salutation greets someone by the head's word, a name
        if not m["possessive"] and h.group().istitle() and word in listed_given():
            continue  # "Hélène Constant", "Ada Law": a capitalised head that is a given name ends someone's name
        if not m["possessive"] and not word.endswith("ing") and _VERB_AFTER.match(text, h.end()):
            continue  # "have Okafor test the build": the head is a verb, and Okafor does it ("Clare's law the …" is a noun's)
        if m["possessive"] and head not in _POSSESSIVE_HEADS:
            continue
        if m["ordinal"] and not m["possessive"]:
            continue  # "Okafor first test": an ordinal counts only after a namesake's possessive
        if m["possessive"] and head in _CLINICAL_HEAD_WORDS and ascii_fold(m["name"].lower()) in world_first_names():
            continue  # "Amara's palsy has improved": a given name's own condition, whoever it is
        if (
            not any(c in m["name"] for c in _DASH) and m["name"].lower() in first_names() and not (m["possessive"] and head in _GIVEN_POSSESSIVE_HEADS)
            and not (h.group().istitle() and m["name"].istitle() and not m["possessive"] and not title_cased(text, m.start()))
        ):
            # "ask Ana test the build": a given name, a verb; "Megan's law" is a statute. A capitalised
            # head names a thing ("the Bradford Factor"), on a line not typed in title case.
            continue
        if _given_or_titled_before(text, m.start()):
            continue  # "Ms Lopez test", "Maria Lopez test results": her surname, not a namesake
        if _OWN_AFTER.match(text, h.end()):
            continue  # "the Patel test results", "a Smith process server", "Nguyen cell phone": someone's
        if m["name"] not in alone:
            alone[m["name"]] = _named_alone(text, m["name"], technical)
        if alone[m["name"]]:
            continue  # "ask Okafor about the Okafor method": the namesake is a colleague
        yield m.start(), h.end()
    for m in _KNOWN_POSSESSIVE.finditer(text):
        if _known_possessive(text, m):
            yield m.start(), m.end()
    if "'" in text or "’" in text:
        for m in _CONDITION.finditer(text):
            if _condition_alone(text, m):
                yield m.start(), m.end()
        for m in _FRAMEWORK.finditer(text):
            if _framework_possessive(text, m):
                yield m.start(), m.end()
    for m in _EN_DASHED.finditer(text):
        if _COUPLE_AFTER.match(text, m.end()) is None:  # "the Bermúdez–Østergaard wedding": a couple's surnames
            yield m.start(), m.end()
    for m in _NAMED_LAW.finditer(text):  # "lex Sarah", "legge Merlin", "la loi Evin", "Ley Sinde": a law named after someone
        yield m.span()
    if technical and "-" in text:
        for m in _HYPHENED.finditer(text):
            if _method_pair(text, m):
                yield m.start(), m.end()
    if technical:
        yield from credited_namesakes(text)
    for m in _CASE.on(text).finditer(text, overlapped=True):
        words = m["left"].split()
        while len(words) > 1 and words[0].lower() in _IMPERATIVES:
            words = words[1:]  # "Compare Carlill v Carbolic …": the verb is no party
        end = m.end()
        if m.group().isupper():  # in capitals every word looks like a party's: two words each side at most
            words = words[-2:]
            end = m.start("right") + len(" ".join(m["right"].split()[:3])) if len(m["right"].split()) > 3 else end
        start = m.start("left") + m["left"].rindex(" ".join(words)) if words else m.start()
        if _MATTER_BEFORE.search(text, max(0, start - 40), start):
            continue  # "our client Dana Obi v Bellway": a matter in hand, someone's
        if listed_hearing(text, start, words[0] if words else ""):
            continue  # "COURT 3  10:00  R V ANDRESEN": a hearing on today's list, its parties people (`court_lists`)
        right = text[m.start("right") : end].split()
        if (_full_name_party(words) or _full_name_party(right)) and not (_side(words) and _side(right)):
            continue  # "R v Tim Baird", "Thandeka Mkhize v Brightwell Ltd": a court list, a live matter; "Real Madrid v Barcelona" a fixture
        if _party_named_elsewhere(text, start, end):
            continue  # "Tavita Leaupepe slipped … Leaupepe v Popescu": the parties are people in the text
        yield start, end
