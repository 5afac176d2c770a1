"""People asked about at work, at school, in a community and in technical prompts (rounds 33 and
34): the probe of `scripts/probe_asked.py`.

Four families of templates, each in two halves that share no template and no locale: `tune`, what
the round's rules were written from, and `check`, written with it and never tuned on.

- `records`: questions about someone's work or school records ("Which modules did … fail in the
  second semester?", "Explain why …'s expense claim was rejected by finance.").
- `professions`: questions shaped like the world's about someone's work in a profession ("Which
  witnesses did … interview before the deposition?", "Which clauses did … redline …?").
- `technical`: someone in a technical prompt, by a full name or a given name alone ("The nginx config
  was last touched by … in March", "Escalate to … if the Postgres replica lag goes above 30s.").
- `community` (round 34): questions in history's words about someone at a school's, a club's or a
  care home's own occasion ("How many slides on the Cold War did … prepare for the Year 10 revision
  evening?", "Which myths about Zeus did … retell at the scouts' campfire?").

Names are Faker's, men and women in turn; `records` and `professions` are written as typed, in lower
case and in capitals, `technical` as typed and in lower case. A person leaks when any word of their
name is left outside the spans the cloud would see masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from tests.detection.name_probe import faker_names

# `{p}` is the person asked about; `{q}` a second one.
FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "records": {
        "tune": (
            "Which sections of the audit report did {p} sign off before it went to the board?",
            "Summarise {p}'s dissertation on coastal erosion in three bullet points for the panel.",
            "Why did {p} score lower on the probation review than {q}?",
            "What feedback did {p} leave on the Q3 roadmap draft?",
            "How many tickets did {p} close during the March sprint?",
            "Draft a reply to {p}'s complaint about the late delivery of order 4471.",
            "Did {p} submit the grant application before the deadline?",
            "Rank {p} and {q} for the team-lead vacancy based on their appraisals.",
            "Which modules did {p} fail in the second semester?",
            "Explain why {p}'s expense claim was rejected by finance.",
        ),
        "check": (
            "Which pages of the lease did {p} initial before the viewing?",
            "Condense {p}'s research proposal on urban beekeeping into a tweet for the department.",
            "Why was {p} ranked below {q} in the sales league table?",
            "What comments did {p} add to the style guide revision?",
            "How many shifts did {p} swap with {q} last month?",
            "Write an apology to {p} about the billing mistake on invoice 2231.",
            "Has {p} returned the signed consent form for the school trip?",
            "Compare {p}'s and {q}'s interview scores for the warehouse supervisor post.",
            "Which exams did {p} resit in the summer?",
            "Tell me why {p}'s holiday request got declined by HR.",
        ),
    },
    "professions": {
        "tune": (
            "Which witnesses did {p} interview before the deposition?",
            "What did {p} argue in the closing submission for the Harlow case?",
            "How many patients did {p} see on the Tuesday clinic?",
            "Why was {p} left off the rota for the bank holiday weekend?",
            "Which stories did {p} file from the council meeting?",
            "What samples did {p} run on the mass spectrometer last week?",
            "Which suppliers did {p} onboard for the Leeds store?",
            "Why did {p} miss the site inspection on Thursday?",
            "What did {p} promise the donors at the spring gala?",
            "Which pupils did {p} put forward for the maths olympiad?",
            "Rewrite {p}'s handover notes so the night team can follow them.",
            "Who approved {p}'s overtime for the stocktake?",
        ),
        "check": (
            "Which clauses did {p} redline in the supplier contract?",
            "What did {p} say at the tenants' tribunal hearing?",
            "How many calls did {p} take on the Monday helpline shift?",
            "Why was {p} moved off the Henderson account?",
            "Which photos did {p} submit for the Sunday edition?",
            "What results did {p} get from the second batch of cultures?",
            "Which vendors did {p} shortlist for the canteen refit?",
            "Why did {p} skip the safety briefing before the pour?",
            "What did {p} tell the trustees about the funding gap?",
            "Which students did {p} nominate for the debating prize?",
            "Tidy up {p}'s shift log before the morning huddle.",
            "Who signed off {p}'s mileage for the regional visits?",
        ),
    },
    "technical": {
        "tune": (
            "The flaky test was quarantined by {p} last night; how do I re-enable it in pytest?",
            "Escalate to {p} if the Postgres replica lag goes above 30s. Write the alert rule.",
            "{p} approved the PR but CI is red on the lint job, what does E501 mean?",
            "Can you explain this stack trace {p} sent me? NullPointerException at OrderService.java:88",
            "Reviewer: {p}\nStatus: changes requested\nSummarise the review for the channel.",
            "Pair with {p} on the Terraform state migration tomorrow; list the steps.",
            "The nginx config was last touched by {p} in March, why does it return 502?",
            "Hand the on-call pager to {p} at 18:00 and post the runbook link.",
        ),
        "check": (
            "The cron job was disabled by {p} yesterday; how do I turn it back on in systemd?",
            "Page {p} if the Kafka consumer lag passes 10k. Draft the Prometheus rule.",
            "{p} merged the branch but the Docker build fails at step 7, why?",
            "What does this error {p} forwarded mean? ECONNRESET in the Node worker",
            "Owner: {p}\nPriority: P2\nTurn this into a Jira description.",
            "Sit with {p} on the Helm upgrade on Friday; write a checklist.",
            "The Redis config was changed by {p} last sprint, why does eviction happen?",
            "Swap the weekend rota with {p} and update PagerDuty.",
        ),
    },
    "community": {
        "tune": (
            "Which paintings from the Renaissance did {p} hang in the hallway of the surgery?",
            "What did {p} write in the quiz round about the Tudors for the pub on Thursday?",
            "How many slides on the Cold War did {p} prepare for the Year 10 revision evening?",
            "Why did {p} choose the Battle of Hastings for the reenactment society's summer event?",
            "Summarise the talk on Ancient Egypt that {p} gave to the Rotary club.",
            "Which Shakespeare sonnet did {p} recite at the care home's open mic?",
            "Explain the timeline of the Industrial Revolution {p} pinned up in classroom 4.",
            "What did {p} find in the loft about the family's wartime evacuation?",
            "How did {p} score on the history mock paper about the Weimar Republic?",
            "Which novel by Dickens did {p} pick for the staff reading group?",
            "Tell me about the podcast episode on the Silk Road that {p} recorded with the sixth formers.",
            "Who helped {p} restore the Victorian clock for the village museum?",
            "What sources on the Ottoman Empire did {p} cite in the coursework draft?",
            "Why did {p} get the highest mark for the presentation on the Berlin Wall?",
            "Compare the essays on the Suffragettes that {p} and {q} handed in last term.",
            "Which poems by Neruda did {p} translate for the library's language café?",
            "What did {p} say about the Treaty of Versailles during the Year 9 parents' evening?",
            "How many medals did {p} win at the county swimming gala in 2019?",
            "Describe the mural of the moon landing that {p} painted for the primary school.",
            "Which myths about Zeus did {p} retell at the scouts' campfire?",
        ),
        "check": (
            "Which Beatles songs did {p} play at the nursing home's Sunday singalong?",
            "How long did {p} take to read War and Peace for the office book swap?",
            "What did {p} cook from the Roman cookbook for the history club's banquet?",
            "Why did {p} pick Napoleon's retreat from Moscow for the Year 8 debate?",
            "Summarise the lesson on the Aztec Empire that {p} taught to 7C on Monday.",
            "Which Greek tragedy did {p} direct for the sixth-form drama showcase?",
            "Explain the family tree {p} traced back to the Irish famine for the heritage project.",
            "What grade did {p} get in the A-level essay on the French Revolution?",
            "How many visitors did {p} guide around the Viking exhibition during half term?",
            "Tell me about the speech on the civil rights movement that {p} gave at assembly.",
            "Who marked {p}'s dissertation on the Habsburg monarchy?",
            "Which Mozart piece did {p} perform at the church's harvest festival?",
            "What questions about the Second World War did {p} set for the team quiz?",
            "Compare the posters about the Space Race that {p} and {q} made for the science fair.",
            "Describe the model of the Colosseum {p} built with the after-school club.",
            "Which Picasso prints did {p} lend to the village art trail?",
            "What did {p} learn about the Great Depression from grandad's letters?",
            "How did {p} do in the Olympic-themed fun run the PTA organised?",
            "Why did {p} quote Churchill in the leaving card for the caretaker?",
            "Which chapters of the Odyssey did {p} read aloud at the library's story hour?",
        ),
    },
}
# Each half its own locales: a name source the rules were tuned on never reaches the check half.
LOCALES = {
    "tune": ("en_US", "de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL", "sv_SE", "tr_TR", "pt_BR", "es_ES", "fi_FI", "cs_CZ"),
    "check": ("en_GB", "de_AT", "fr_CA", "ro_RO", "hu_HU", "da_DK", "no_NO", "hr_HR", "pt_PT", "es_MX", "en_IN", "en_NG"),
}
SETS = ("tune", "check")
CASES = ("title", "lower", "upper")
_SEEDS = {("records", "tune"): 330, ("records", "check"): 770, ("professions", "tune"): 331,
          ("professions", "check"): 771, ("technical", "tune"): 332, ("technical", "check"): 772,
          ("community", "tune"): 334, ("community", "check"): 774}


@dataclass(frozen=True)
class Case:
    family: str
    half: str  # "tune" or "check"
    locale: str
    template: int
    case: str  # "title", "lower" or "upper"
    people: tuple[str, ...]  # as written in the text
    text: str


def _cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


def cases(family: str, half: str, locales: Sequence[str] | None = None) -> list[Case]:
    """Every template of the family's half filled once per locale; in `technical` every other
    template takes a given name alone ("Escalate to Daniel if …")."""
    templates = FAMILIES[family][half]
    out: list[Case] = []
    for n, locale in enumerate(locales or LOCALES[half]):
        drawn = faker_names(locale, 2 * len(templates), _SEEDS[(family, half)] + n)
        for i, template in enumerate(templates):
            p, q = drawn[2 * i], drawn[2 * i + 1]
            if family == "technical" and i % 2:
                p = p.split()[0]
            for case in CASES if family != "technical" else CASES[:2]:
                people = (_cased(p, case), *((_cased(q, case),) if "{q}" in template else ()))
                out.append(Case(family, half, locale, i, case, people, _cased(template.format(p=p, q=q), case)))
    return out


def leaked(case: Case, person: str, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether a word of `person` is left outside every masked span."""
    start = case.text.index(person)
    at = start
    for word in person.split():
        at = case.text.index(word, at)
        if not any(a <= at and at + len(word) <= b for a, b in masked):
            return True
        at += len(word)
    return False
