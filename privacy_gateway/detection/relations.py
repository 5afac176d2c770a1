"""Someone the writer knows: a name tied to the writer's own life by a relation or a place in it.

"our intern Winston Churchill", "my colleague Oscar Wilde", "Ada Lovelace from accounting",
"Tim Cook in finance", "Neil Armstrong, the new volunteer", "Larry Page's leaving do". A name the
world knows is kept as written in prose (`names`), since masking a public figure changes the
answer; these shapes say the name is a private namesake's, so it stays masked. Only the words right
beside the name count: "a toast for a friend's wedding in the style of Oscar Wilde" relates the
friend, not Wilde. So does the writer beside the name: "Tim Cook and I will present", "me and Messi".
"""

from __future__ import annotations

import regex

# Relations that name a private person even without "my" or "our" before them: "intern Jo Ng",
# "the new colleague Ada Lovelace", "neighbour Tom Hanks". Not "manager", "partner" or "coach":
# "the package manager Homebrew", "the partner firm", "the coach Pep Guardiola".
_RELATIONS = (
    r"colleagues?|co-?workers?|interns?|trainees?|apprentices?|neighbou?rs?|flatmates?|roommates?|housemates?|"
    r"tenants?|landlord|landlady|classmates?|teammates?|schoolmates?|workmates?|boss|supervisor|line manager|"
    r"volunteers?|babysitter|nanny|carer|caregiver|pupils?|students?|clients?|customers?|patients?|"
    r"stepson|stepdaughter|stepmother|stepfather|brother-in-law|sister-in-law|son-in-law|daughter-in-law|"
    r"mother-in-law|father-in-law|fianc[ée]e?|girlfriend|boyfriend|wife|husband|cousin|niece|nephew|"
    r"grand(?:son|daughter|ma|pa|mother|father)"
)
# Relations that need the writer's own possessive first: "my friend", "our manager", "my coach".
_OWNED = (
    r"friends?|best friend|manager|partner|mum|mom|mother|dad|father|son|daughter|sister|brother|aunt|uncle|"
    r"coach|teacher|tutor|doctor|gp|dentist|vet|therapist|plumber|builder|electrician|accountant|lawyer|solicitor|"
    r"lead|team lead|ceo|director|head|hr person|contact|guest|host|mentor|mentee|pastor|vicar|priest|rabbi|imam"
)
_ADJECTIVES = r"(?:new|old|former|lovely|dear|late|favou?rite|elderly|younger|older|little|big|kid|baby|twin)"
_BEFORE = regex.compile(
    rf"(?i:\b(?:(?:my|our|your|his|her|their)[ \t]+(?:{_ADJECTIVES}[ \t]+)?(?:{_RELATIONS}|{_OWNED})"
    rf"|(?:(?:the|a|an)[ \t]+)?(?:{_ADJECTIVES}[ \t]+)?(?:{_RELATIONS})))[ \t]*,?[ \t]*$"
    # The writer beside the name, doing something with them: "me and Kohli", "between me and Messi".
    r"|\b(?i:me)[ \t]+(?:and|&)[ \t]+$"
)
# A team, a department or a place of one's own life after the name: "from accounting", "in HR",
# "at work", "from the Leeds office", "from next door". Acronyms only capitalised: "in it" is no team.
_UNITS = (
    r"accounting|accounts|finance|payroll|sales|marketing|legal|procurement|purchasing|support|operations|ops|"
    r"engineering|compliance|admin|reception|facilities|logistics|customer service|customer services|"
    r"human resources|research|the office|work|school|church|the gym|next door|upstairs|downstairs|"
    r"(?:across|down|up) the (?:road|street|hall|corridor)|"
    r"the (?:[\w-]+[ \t]+){0,2}(?:team|department|dept|office|branch|desk|depot|warehouse|ward|surgery|practice|choir|"
    r"book club|five-a-side|allotments?)"
)
# A company's desks, which internal traffic puts where a colleague stands as often as a colleague:
# "cc Finance", "Legal signed off", "a quick sync with Payroll". One desk's word is never one person.
DESKS = frozenset(
    "accounting accounts finance payroll sales marketing legal procurement purchasing support operations ops "
    "engineering compliance admin reception facilities logistics security billing audit hr qa".split()
)


def desk_name(value: str) -> bool:
    """Whether `value` is one word naming a company's desk ("Finance", "LEGAL"), not a person."""
    return value.lower() in DESKS


_AFTER = regex.compile(
    rf"^(?:[ \t]+(?:from|in|at|on)[ \t]+(?:(?i:{_UNITS})|(?-i:HR|IT|QA|R&D|PR|L&D|DevOps|SRE|Ops))(?![\w&-])"
    rf"|[ \t]*,[ \t]*(?i:(?:the|our|my|a|an)[ \t]+(?:{_ADJECTIVES}[ \t]+)?(?:{_RELATIONS}|{_OWNED}))\b"
    # The writer beside the name, doing something with them: "Kohli and I will present", "Messi & me".
    r"|[ \t]+(?:and|&)[ \t]+(?:I|(?i:me))\b(?![\w'’-])"
    # A life event of one's own: "Larry Page's leaving do", "a toast for Tim Cook's retirement".
    r"|['’]s?[ \t]+(?i:retirement|leaving (?:do|party|card|drinks)|farewell|hen (?:do|party)|stag (?:do|party)|"
    r"baby shower|engagement party|housewarming|promotion)\b)"
)


def related(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a name, is tied to the writer's own life by the words right beside it
    (a relation before it, a team or a relation after it, a life event of its own)."""
    return _BEFORE.search(text, max(0, start - 48), start) is not None or _AFTER.match(text[end : end + 60]) is not None
