"""The occasions and bodies of a local community: a choir's carol service, the under-11s, the
tenants' association, the Thursday league.

Internal tools hear about club-mates and neighbours in the shape of questions about the world's
works and records ("Which hymn did … sing at the carol service?", "What position did … play for
the under-11s?", "Why did … step down as treasurer of the tenants' association?"). The world's
singers and athletes are asked about by their prizes, leagues and records, not by a parish evening
or an age band a national side is not known by; `text_kind` reads a question holding one of these
words as about the writer's own life (unless it names someone the world knows or a fame of theirs).
Words whose world sense is as common stay out: a memorial service, a charity concert, a talent
show, an open mic night (where stars began), a youth orchestra.
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Read as `dealing_words.deals` reads a word (`text_kind`): not inside a capitalised name ("the
# Harvest Festival Society"). A leaf: `text_kind` lies on the longest import chain.
LOCAL_LIFE = re.compile(
    r"\b(?:"
    # A parish's and a village's evenings and services: "the harvest supper", "the carol service".
    r"harvest (?:festival|supper)|carol (?:service|singing)|nativity play|parents['’]? evening|coffee morning|"
    r"car boot sale|tombola|ceilidh|barn dance|quiz league|karaoke night|bell-?ring(?:ers?|ing)|churchwardens?|"
    # A cause's own events: "the sponsored 10k", "the charity walk".
    r"sponsored (?:walk|run|swim|cycle|ride|silence|\d{1,3} ?k)|charity (?:walk|run|swim|ride|cycle|quiz|fun day)|"
    # Amateur stage and sport: "the am-dram panto", "the under-11s", "the five-a-side team".
    r"am-?dram\w*|amateur (?:dramatics|dramatic society|theatre|production)|under-?(?:[5-9]|1[0-6])s?|"
    r"(?:five|six|seven)-a-side|(?:village|church|community|brass|silver) (?:band|choir)|"
    # A group meeting on a weekday, after its article (`deals` reads a capitalised word mid-sentence
    # as part of a name): "the Thursday league", "our Tuesday night quiz", "Saturday's rehearsal".
    rf"(?:the|our|his|her|their) {_WEEKDAY}(?: (?:night|morning|evening|afternoon|lunchtime))? "
    r"(?:league|club|group|session|practice|rehearsals?|quiz|class)|"
    rf"(?:on|at|in|to|for|from|after|before|since|during) {_WEEKDAY}['’]s (?:rehearsal|practice|session|quiz|class|meeting)|"
    # An occasion known by its season or term: "the summer league", "the end-of-term play" (not
    # the Summer Olympics: capitalised, a name's; not a concert or a show: stars give summer ones).
    r"(?:the|our|this|last) (?:spring|summer|autumn|fall|winter|harvest|end[- ]of[- ](?:term|year)) "
    r"(?:fair|f[êe]te|league|quiz|social|play|recital|disco)|"
    # A residents' or tenants' body, an allotment site: "treasurer of the tenants' association".
    r"(?:residents|tenants|neighbours|neighbors|parents)['’]? (?:association|committee|meeting|group|forum)|"
    r"neighbou?rhood watch|allotments?|"
    # A community's own rooms and bodies: "the village hall", "the scout hut", "the food bank", "the
    # Brownies pack", "the bowls club", "the cleaning rota", "the bake sale" (a town's or a nation's are
    # named, capitalised: "the Royal Albert Hall").
    r"(?:village|church|parish|scout|guide|community|school|sports) (?:hall|hut)|community (?:centre|center)|food ?banks?|"
    r"(?:scouts?|cubs|brownies|guides|beavers|rainbows) (?:pack|troop|group|hut|leader)|"
    r"(?:bowls|darts|angling|chess|bridge|walking|running|rowing|sailing|netball|book|gardening|knitting|cycling) (?:club|group|team|night)|"
    r"(?:cleaning|flower|tea|coffee|volunteer|duty|parish|church|reading) rotas?|bake sale|jumble sale|school f[êe]te|litter pick|"
    # A school's own year groups, forms, tests and evenings, a town's own societies, a care home's,
    # a gala's and a camp's occasions, as one's own: after an article or a possessive ("the Year 10
    # revision evening", "the sixth formers", "the history mock paper", "the Rotary club", "the
    # reenactment society's summer event", "the care home's open mic", "the county swimming gala",
    # "the scouts' campfire"), not as a kind ("nursery school teaching", "a primary school teacher").
    r"(?:the|our|his|her|their|this|next|last|[^\W\d_]+['’]s?) (?:[\w-]+ ){0,2}(?:"
    r"year (?:[1-9]|1[0-3]) (?:class|classes|pupils|students|group|groups|assembly|revision|trip|play|debate|quiz|parents|mocks?|exams?|options|tutor|form)|"
    r"sixth[- ]form(?:ers?)?|(?:mock|practice) (?:exams?|papers?|tests?)|revision (?:evening|session|class|day)s?|after-school (?:club|clubs|group)|"
    r"science fair|(?:primary|secondary|junior|infant|infants|nursery) school|pta|story (?:hour|time)|book swap|leaving card|"
    r"(?:history|local history|reenactment|re-enactment|heritage|drama|debating|film|camera|photographic|choral|operatic|"
    r"gardening|allotment|horticultural|art|craft|archaeology|astronomy) (?:society|club|group)|rotary club|lions club|women['’]s institute|"
    r"(?:care|nursing|retirement) homes?|(?:swimming|school|county|club) gala|(?:scouts?|cubs|guides|brownies)['’]? (?:campfire|camp|jamboree))|"
    # A school's own day and rooms, as pupils name them: "at assembly", "in classroom 4", "over half term".
    r"at assembly|classroom \d{1,3}[a-z]?|half[- ]term"
    r")\b",
    re.IGNORECASE,
)

