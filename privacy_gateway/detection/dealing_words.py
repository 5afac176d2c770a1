"""Words of someone's own dealings: sending, meeting, paying, booking, schooling, work and clubs.

`text_kind` reads a question holding one of these as about someone, not about the world's works,
history or places ("Which chapters did Ana review before the manuscript went to the printer?").
"""

from __future__ import annotations

import re

import regex


# French dealings: sending, calling, meeting, billing, records, days ("rappeler", "facture", "demain").
DEALING_FR = (
    r"envoi\w*|envoy\w*|appel\w*|rappel\w*|téléphon\w*|courriel\w*|sms|réunion|rendez-vous|factur\w*|"
    r"commande\w*|client\w*|patient\w*|collègue\w*|dossier|demain|hier|aujourd'hui|lettre|rédige\w*|relance\w*|"
    r"remerci\w*|invit\w*|réserv\w*"
)


# Arranging something for someone, as a verb: "Book a table for …", "reserve two rooms", "cancel my
# flight". Followed by an article, a pronoun or a count, "book" is the verb, not the work.
BOOKING = (
    r"(?:(?:re)?book(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|(?:re)?schedul(?:e|es|ed|ing)|cancel(?:s|l?ed|l?ing)?|"
    r"arrang(?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)|rent(?:s|ed|ing)?)"
    r"(?= (?:a|an|the|me|us|him|her|them|my|our|his|their|your|it|this|that|two|three|four|five|\d+)\b)"
)


# A private matter of schooling, work, health or money: "the hiring committee", "her coursework", "a
# referral". Among the chores below, and anywhere in its sentence it makes a famous name beside it
# someone's (`text_kind.dealt_near`).
PRIVATE_MATTERS = (
    r"exams?|homework|assignments?|coursework|tutor|tutors|tutoring|tutored|hiring|recruit\w*|candidates?|shortlist\w*|"
    r"vacanc(?:y|ies)|promotion|appraisal|onboarding|payroll|salar(?:y|ies)|payslips?|(?:sick|annual|parental|"
    r"maternity|paternity) leave|off sick|timesheets?|rota|symptoms?|diagnos\w*|medications?|prescri\w*|referral|"
    r"loans?|mortgage|debts?|overdue"
)


# Someone's own schooling, work, club, health and money: "a lower mark", "the hiring committee",
# "uploaded", "borrowed", "on Friday", "is writing". Lower case only where the word is also a name
# or a feast ("Mark", "Grace", "Lent", "Mardi Gras").
CHORES = (
    r"(?-i:marks?|marked|grades?(?![ \t]*\d)|graded|grading|lent|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    + PRIVATE_MATTERS
    + r"|roster|dosage|allerg\w*|owes|owed|loaned|lend|lends|lending|payments?|expenses|reimburs\w*|"
    r"upload\w*|submit\w*|proofread\w*|reviewed|reviews|borrow\w*|callers?|callbacks?|performance review\w*|"
    r"(?:this|last|next) quarter|"
    # A group or place of one's own life: "the club record", "the parish archive", "the school play".
    # (Not a room there where a thing is put up: "a poster for our office kitchen".)
    r"(?:the|our|their|his|her) (?:club|school|parish|pub|choir|staff|office|department|charity|community)"
    r"(?! (?:kitchen|wall|walls|noticeboard|notice board|corridor|lobby|fridge|door|window|foyer)\b)|"
    r"(?:on|next|last|this|every) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|term|semester|season)|"
    r"(?:is|are) (?:writing|drafting|editing|translating|preparing|compiling)|"
    r"jury|relu\w*|soumis|déposé\w*|(?:bonne|mauvaise|meilleure) note|club de lecture|ciné-club|salaire|congés?"
)


# Someone's own groups, venues, trades, fellow students and occasions. Read only where no other
# dealing or personal word has already made a prompt about someone (`text_kind`).
_OWN_LIFE = re.compile(
    r"\b(?:"
    # A manuscript under review, a group or venue of one's own, a department, a trade one hires, a
    # fellow student or worker: "the book club pick", "from accounting", "the plumber", "our intern".
    # Someone's, not any: "Nadia's manuscript", "the book club" (not "a book club", "medieval manuscripts").
    r"(?:['’]s|the|our|his|her|their) (?:[a-z]+ )?(?:manuscript|(?:book|reading|film|novel|chess|running|walking|"
    r"cycling|golf|tennis|football|rugby|cricket|swimming|drama|art|knitting|gardening|photography|quiz|poetry|"
    r"writing|supper|library) (?:club|group|circle|night|evening))|edits|"
    r"(?-i:(?:the|our|their|his|her) (?:library|village hall|town hall|community cent(?:re|er)|church hall|"
    r"leisure cent(?:re|er)|care home|staff room|break room|canteen|committee|league))|"
    r"(?:from|in) (?:the )?(?:accounting|accounts|finance|hr|legal|marketing|sales|procurement|compliance|"
    r"facilities|reception|admin|customer service)(?: (?:team|department|dept))?|"
    # (Singular where the plural is also a field or a pattern: "quantum mechanics", "Python decorators".)
    r"plumbers?|electricians?|cleaner|nann(?:y|ies)|babysitt\w+|childminders?|carers?|caretakers?|"
    r"handyman|mechanic(?!s)|locksmiths?|interns?|trainees?|apprentices?|receptionists?|volunteer|"
    # "her student", "a classmate": someone's; "every student", "for students" is anyone.
    r"(?:his|her|their) (?:students?|pupils?)|(?<!['’]s )(?:classmates?|teammates?|flatmates?|roommates?|housemates?|"
    r"co-?workers?|mentees?)|"
    r"étudiante?s?|élèves?|stagiaires?|bénévoles?|plombiers?|manuscrit (?:de|d['’])|"
    # The occasions of a local life: "took the baking trophy at the summer fête", "the open day quiz".
    r"newsletters?|f[êe]tes?|summer fair|bake sale|raffle|open day|fun run|sports day|prize-giving|jumble sale|"
    r"(?:flower|county|village) show"
    r")\b",
    re.IGNORECASE,
)
# Words written for an occasion: "Write a short toast: … took the baking trophy", "An obituary for
# … (1931–2024)" (not "his premature obituary", a fact about the world's figure). Apart from the
# groups above: "a toast in the style of Winston Churchill" names no one of the writer's life.
_WRITTEN_FOR = re.compile(r"\b(?:a|an) (?:short |brief |quick |two-line )?(?:toast|eulogy|obituary|tribute)\b", re.IGNORECASE)


# A task to carry out, in the imperative: "Print the papers for …", "Update the playlist for …",
# "Find the chapter … edited". Work words in it ("papers", "music", "chapter") are things to act
# on, not a question about the world's works.
TASK = re.compile(
    r"(?:^|[.!:;\n]\s*)(?:Please\s+)?(?i:print|update|find|prepare|copy|file|archive|upload|download|scan|sort|"
    r"check|add|remove|delete|move|return|renew|buy|fetch|collect|pick up|drop off|bring|sign|share|assign|lend|"
    r"borrow|post|attach|mark|flag|log|record|register|enrol|enroll|notify|contact|submit|approve|reject|"
    r"process|refund|charge|transfer|grant|revoke|reset|hand|look up|pull up|order|hold|keep|set aside|reserve)\b"
    r"(?!\s+(?:a|an|the)\s+(?:list|overview|summary|timeline)\b)"
)


# Someone's own dealings, without the pronouns: sending, meeting, paying, booking, records and
# business. A question about a book or a country holds none of these; "Send the books to Anna
# Kowalska" and "Ask Maria Lopez about the poems" do, and are about someone, not about history.
# Hiring a car or a boat is renting one ("the hire car" too); someone's "own account" of events is a narrative.
# An order one puts things in ("in an order that builds up", "in alphabetical order") is a sequence,
# and so is ordering a list's things or ordering by something ("order names like …", "order by date").
# "Which team did Michael Jordan play for?" asks about a side in sport, no one's own team.
DEALING = re.compile(
    r"\b(?:e-?mail\w*|mail|message\w*|text|texted|call(?! (?:every|some|any|no)(?:one|body) an? )|called(?! (?:the|a|an) \w+ of\b)|calling|phone\w*|meeting|meet|met|reply|replied|"
    r"invoice\w*|(?<!reading )(?<!running )(?<!word )(?<!in )(?<!in an )(?<!in the )(?<!what )(?<!which )(?<!right )(?<!correct )(?<!alphabetical )(?<!chronological )(?<!reverse )orders?(?!\s+(?:(?:the|these|those|them|this|my|our)\s+)?(?:names|words|items|rows|columns|lists?|entries|paragraphs|sections|slides|steps|results|chapters|questions|points|tasks|files)\b|\s+by\b)|(?<!own )account(?! of\b)|ticket|appointment|booking|booked|reservation|hotel|"
    # A flight booked, not one flown into the record: "John Glenn's orbital flight", "the Wrights' first flight".
    r"(?<!orbital )(?<!space )(?<!maiden )(?<!solo )(?<!first )(?<!test )(?<!historic )(?<!record )(?<!transatlantic )flight|(?<!which )(?<!what )team|manager|"
    r"colleague|client|customer|patient|guest|send|sent|ship|shipped|deliver\w*|forward|invite\w*|remind\w*|"
    r"ask|asked|tell|told|pay|paid|hire(?! (?:(?:a|an|the) (?:\w+ )?)?(?:cars?|bikes?|bicycles?|boats?|vans?|kayaks?|canoes?|scooters?)\b)|hired|note|letter|draft(?!\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:profile|explainer|biography|obituary|essay|article|piece|feature|column|timeline|outline|overview|backgrounder|briefing|lesson|quiz|history)\b)|feedback|review|complaint|report|request|"
    r"interview|application|birthday|wedding|congratulat\w*|condolences?|today|yesterday|tomorrow|tonight|"
    # A present bought for someone, a send-off held for them: "a leaving present for …", "birthday gift for …".
    r"(?:a|leaving|birthday|wedding|retirement|farewell|christmas|thank-you|housewarming|graduation) (?:present|gift)s? for|"
    r"leaving (?:card|do|party|drinks)|"
    r"last week|this week|next week|" + BOOKING + r"|" + CHORES + r"|" + DEALING_FR + r")\b",
    re.IGNORECASE,
)


# Before "called" that names rather than phones: "is called", "why is she called", "so-called".
_NAMED_SO = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|isn't|wasn't|aren't|weren't)\s+(?:[a-z]+\s+){0,2}|\bso-)$", re.IGNORECASE)

# A thing named: "a pub quiz round called Firsts", "the village called Ely" — an article, a thing's
# words, "called" and a capitalised name. Not after a person's noun: "the customer called Maria".
_THING_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$", re.IGNORECASE)
_PERSON_NOUN = re.compile(
    r"\b(?:customer|client|patient|tenant|guest|caller|person|someone|man|woman|guy|lady|girl|boy|bloke|friend|"
    r"colleague|neighbou?r|manager|boss|agent|courier|driver|engineer|rep|representative|bank|office|school|"
    r"doctor|nurse|landlord|plumber|mum|mom|dad|son|daughter|wife|husband|partner)s?\s+$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+[A-Z]")

# After a "called" that phones, even in the passive: "was called by the bank", "is called back".
_PHONED_AFTER = re.compile(r"\s+(?:by|back|in|about|on|at|to|over|up|out|off|yesterday|today|tonight|twice|again)\b", re.IGNORECASE)


# "The text" as the passage read, not a message: "arguments from the text", "evidence in the text",
# "quotes from the text for both sides". Not one sent or from someone ("the text she sent", "in the text from Ana").
_READ_TEXT = re.compile(r"\b(?:from|in|within|throughout|across|of)\s+the\s+$", re.IGNORECASE)
_SENT_AFTER = re.compile(r"\s+(?:from|message|messages|she|he|they|i|you|we|that|which|who|sent|thread|chain|back)\b|['’]s\b", re.IGNORECASE)


# A question of what one named person did to another: "How did Ada Lovelace meet Charles Babbage?",
# "What did Abraham Lincoln ask Ulysses S. Grant to do?", "How much did Pope Julius II pay
# Michelangelo?". The dealing verb is the first person's, between two names, not the writer's.
# Not after a modal: "Can Anna Berg send Tom the file?" asks a favour of someone the writer deals with.
# The auxiliary that asks and the adverb that may stand before the verb are the same in both asked forms.
_ASKED_AUXILIARY = r"\b(?i:did|does|do|didn['’]t|doesn['’]t|has|have|had)[ \t]+"
_ASKED_ADVERB = r"(?:(?i:ever|never|once|first|later|also|actually|really|finally|not)[ \t]+)?"
NAMED_PAIR = regex.compile(
    _ASKED_AUXILIARY
    + r"(?:\p{Lu}[\p{L}'’.\-]*[ \t]+(?:(?:de|da|di|del|van|von|der|du|le|la|of)[ \t]+)?){1,4}"
    + _ASKED_ADVERB
    + r"(?P<verb>(?i:meet|tell|ask|pay|send|invite|hire|e-?mail|call|text|message|remind|reply|forward))"
    r"(?P<object>[ \t]+(?:(?i:to|with)[ \t]+)?)(?=\p{Lu})"
    # Told, not asked: "a story about Narendra Modi meeting Luiz Inácio Lula da Silva", "the day
    # Ada Lovelace met Charles Babbage" (a full name, then the verb, then the other's name).
    r"|(?<![\p{L}'’])\p{Lu}[\p{L}'’.\-]*(?:[ \t]+(?:(?:de|da|di|del|van|von|der|du|le|la|of)[ \t]+)?\p{Lu}[\p{L}'’.\-]*){1,3}[ \t]+"
    r"(?P<verb>(?i:meeting|met|calling|called|visiting|visited|inviting|invited|hiring|hired|paying|paid|telling|told|"
    r"interviewing|interviewed|marrying|married|debating|debated))"
    r"(?P<object>[ \t]+(?:(?i:with)[ \t]+)?)(?=\p{Lu})"
    # The same asked of a named person again by pronoun, of another by pronoun or name: "How did
    # Catherine the Great write to Voltaire, and did she ever meet them?" (third persons only: "did
    # you meet them" is the writer's; "did she meet her new manager" her own life).
    r"|" + _ASKED_AUXILIARY + r"(?i:he|she|they)[ \t]+"
    + _ASKED_ADVERB
    + r"(?P<verb>(?i:meet|tell|ask|pay|send|invite|hire|call|text|message|remind|reply))"
    r"(?P<object>[ \t]+(?:(?i:to|with)[ \t]+)?)(?=(?i:them|him)\b|(?i:her)\b(?![ \t]+\p{Ll})|\p{Lu})"
)


def without_named_pairs(text: str) -> str:
    """`text` with the dealing verb of each `NAMED_PAIR` blanked out (same length): the dealing of
    one named person with another, which `deals` should not read as the writer's."""
    return NAMED_PAIR.sub(lambda m: m.group()[: m.start("verb") - m.start()] + " " * len(m.group("verb")) + m.group("object"), text)


def named_pair_object(text: str, start: int) -> bool:
    """Whether text[start:] is the second name of a `NAMED_PAIR` ("Charles Babbage" in "How did Ada
    Lovelace meet Charles Babbage?"): the verb before it is another named person's, no cue of the writer's."""
    return any(m.end() == start for m in NAMED_PAIR.finditer(text, max(0, start - 160), start + 1))


def deals(text: str, pattern: re.Pattern[str] = DEALING) -> bool:
    """Whether `text` holds a dealing word as a word: in lower case or capitals, or capitalised where
    it opens a sentence ("Email Ann …"), not inside a capitalised name ("Main Street Manager")."""
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].rstrip(" \t")
        word = m.group()
        if word.lower() == "called" and _NAMED_SO.search(text, max(0, m.start() - 40), m.start()) is not None and _PHONED_AFTER.match(text, m.end()) is None:
            continue  # "why is she called the first programmer", "the so-called …": a naming, not a phone call
        if word.lower() == "called" and _NAME_AFTER.match(text, m.end()) and _PHONED_AFTER.match(text, m.end()) is None:
            before_words = text[max(0, m.start() - 50) : m.start()]
            if _THING_BEFORE.search(before_words) and not _PERSON_NOUN.search(before_words):
                continue  # "a pub quiz round called Firsts": a thing's name
        if word.lower() == "text" and _READ_TEXT.search(text, max(0, m.start() - 20), m.start()) and not _SENT_AFTER.match(text, m.end()):
            continue  # "Give arguments from the text for both sides": the passage read, no message
        if word.lower() == "today" and nowadays(text, m.start(), m.end()):
            continue  # "Why is Darwin still controversial today?": the present age, not a day's errand
        if not word[0].isupper() or word.isupper() or not before or before[-1] in ".!?:;\n\"'“(*>-":
            return True
    return False


# "Today" as the present age, not a day's errands: "still … today" or "even today" in one sentence,
# "the world today", "engineers today", "remembered today", "today's world".
_SENTENCE_END = re.compile(r"[.!?\n]")
_STILL = re.compile(r"\b(?:still|even)\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:world|society|people|we|readers|students|engineers|scientists|scholars|historians|critics|fans|audiences|"
    r"economists|artists|writers|leaders|voters|remembered|seen|viewed|regarded|read|taught|known|celebrated|relevant|"
    r"studied|performed|admired|considered|popular|controversial|influential|important)[ \t]+$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"['’]s[ \t]+(?:world|society|standards|terms|eyes|audiences?|readers|culture|politics)\b", re.IGNORECASE)


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether the "today" at text[start:end] is the present age ("Why is Darwin still controversial
    today?", "What would Gandhi make of the world today?"), not the day of a dealing ("Can Ana cover today?")."""
    from privacy_gateway.detection.sentences import sentence_bounds  # here: keeps the import chain short

    sentence = text[sentence_bounds(text, start, end, _SENTENCE_END)[0] : start]
    return _STILL.search(sentence) is not None or _AGE_BEFORE.search(sentence) is not None or _AGE_AFTER.match(text, end) is not None


def own_life(text: str, written_for: bool = True) -> bool:
    """Whether `text` names a group, venue, trade, fellow student or occasion of someone's own life
    ("the book club", "from accounting", "the plumber", "a short toast"), as `deals` reads words;
    `written_for`: words written for an occasion ("a short toast") count too."""
    return deals(text, _OWN_LIFE) or written_for and deals(text, _WRITTEN_FOR)
