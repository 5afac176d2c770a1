"""Names typed all in lower case or all in capitals: census names decide, ordinary words stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import english_form, english_words, first_names as census_first_names, last_names as census_last_names
from privacy_gateway.detection.uncased import acting_names, adjacent_names, capital_titled_names, initialled_names, introduced_names, positioned_names, single_names, slashed_names, slotted_names, titled_names
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("summarize: agreed to ship v2, dorian marin owns the rollout", "dorian marin", id="lower-mid-sentence"),
        pytest.param("write feedback for the candidate lupe cabrero escrivá", "lupe cabrero escrivá", id="lower-three-words"),
        pytest.param("BOBBY NISSEN STILL HAS NOT RETURNED THE LAPTOP", "BOBBY NISSEN", id="caps-at-start"),
        pytest.param("MAKE THIS LESS SHOUTY: HI ARTHUR, THE PARCEL IS HERE", "ARTHUR", id="caps-after-hi"),
        pytest.param("YOUR DRIVER CAUÊ CAVALCANTI IS OUTSIDE", "CAUÊ CAVALCANTI", id="caps-after-role"),
        pytest.param("MEETING IS CANCELLED, ASK PAULINA FOR A NEW SLOT", "PAULINA", id="caps-after-ask"),
        pytest.param("got a message from ditte lind about the refund", "ditte lind", id="lower-after-from"),
        pytest.param("cc mark and ask tanveer for the logs", "tanveer", id="lower-unknown-after-ask"),
        pytest.param("the report from leonard taylor has errors", "leonard taylor", id="frequent-names-that-are-words"),
        pytest.param("can benoît rodriguez join the call at 3?", "benoît rodriguez", id="accented-unknown-and-surname"),
        pytest.param("THE REPORT FROM ERICA TOMESCU HAS ERRORS", "ERICA TOMESCU", id="given-and-unknown"),
        pytest.param("the review from ingrid van dijk came in", "ingrid van dijk", id="particles"),
        pytest.param("the review from sanne van der meer came in", "sanne van der meer", id="two-particles"),
        # Names of the lists that are English words too, tagged a person by the recognizer.
        pytest.param("YOUR PARCEL IS AT THE DEPOT. PLEASE CONTACT SUMMER LI AT THE DEPOT.", "SUMMER LI", id="caps-words-that-are-names"),
        pytest.param("spoke to sandeep kulkarni and hope marshall, both fine with june", "hope marshall", id="lower-words-that-are-names"),
        # A relation names whom it is, as a greeting does.
        pytest.param("our neighbour micah keeps parking across our drive", "micah", id="lower-after-a-relation"),
        pytest.param("my son jack wants a bike for his birthday", "jack", id="lower-word-name-after-a-relation"),
        # A frequent given name that is a word too, opening a clause before what it said or asked.
        pytest.param("ok so peter said the account moves to emea next week, can u update the crm", "peter", id="lower-speaker-said"),
        pytest.param("i asked about the refund and grace told me to wait", "grace", id="lower-speaker-after-and"),
        pytest.param("mark mentioned the van is booked for 9", "mark", id="lower-speaker-at-start"),
    ],
)
def test_one_case_names_are_masked(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("can you pay the bill payment and grant access before may", id="census-words-as-words"),
        pytest.param("ask will kubectl apply work on the new cluster?", id="will-and-a-tool"),
        pytest.param("we hope rose garden tickets sell out in june", id="english-pairs"),
        pytest.param("PLEASE GRANT ACCESS TO THE BILLING DASHBOARD BY FRIDAY", id="caps-words"),
        pytest.param("rose gold or silver for the phone case, which looks better", id="listed-names-as-a-thing"),
        # After a relation, a given name that is a word too is the word when an object follows it.
        pytest.param("my brother drew a picture of the house", id="relation-then-a-verb"),
        pytest.param("my sister rose to the occasion at the wedding", id="relation-then-a-verb-and-particle"),
        # A noun with its article or a kin word before "said" is no name.
        pytest.param("ok so the bill said 40 quid and the doctor said its fine", id="article-before-said"),
        pytest.param("gran said the boiler is making that noise again", id="kin-before-said"),
    ],
)
def test_one_case_words_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_word_glued_to_code_is_no_name() -> None:
    text = "run dorian.marin(x) and /dorian marin_x"
    assert [text[s:e] for s, e in adjacent_names(text)] == []
    assert [text[s:e] for s, e in single_names("hi paulina.py")] == []


def test_a_name_ends_before_an_irregular_verb() -> None:
    text = "the review from sanne van der meer came in, dorian came late"
    assert [text[s:e] for s, e in adjacent_names(text)] == ["sanne van der meer"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("and how long did steve ballmer stay involved after the handover", "steve ballmer", id="verb-after-surname"),
        pytest.param("did dorian marin check the logs", "dorian marin", id="english-verb-after-unknown-surname"),
        pytest.param("ask mary ann rose about the keys", "mary ann rose", id="frequent-surname-that-is-a-word"),
        pytest.param("cc jose garcia lopez on the thread", "jose garcia lopez", id="two-surnames"),
    ],
)
def test_a_second_surname_is_no_english_word_but_a_frequent_surname(text: str, name: str) -> None:
    assert [text[s:e] for s, e in adjacent_names(text)] == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("HANDOVER: PT SHEHU BUHARI BED 4, FAMILY CHIAMAKA OKAFOR TO VISIT", ["SHEHU BUHARI", "CHIAMAKA OKAFOR"], id="caps-after-labels"),
        pytest.param("TELEPHONE NOTE: CALLER DESTINY HILL RE INVOICE 2207", ["DESTINY HILL"], id="two-word-names-after-a-label"),
        pytest.param("RECEIVED IN GOOD ORDER. SIGNED: OKSENIYA PALIY, SITE MANAGER", ["OKSENIYA PALIY"], id="caps-signed"),
        pytest.param("who do i escalate to? olaf (finance) approved it but mark (it support) says no", ["olaf", "mark"], id="lower-before-a-role"),
        pytest.param("the loading bay is closed tomorrow.\nregards,\nrainka zenginov\nwarehouse lead", ["rainka zenginov"], id="lower-under-a-valediction"),
        pytest.param("What does this mean? DA ROSA/PRANAV MR  SEQ 041  SEAT 14C", ["DA ROSA", "PRANAV"], id="airline-name-field"),
        pytest.param("TELEPHONE NOTE: CALLER VICTORY FISHER RE INVOICE 2207", ["VICTORY FISHER"], id="listed-words-after-a-label"),
        pytest.param("TICKET 4471 ANSWERED BY: IBRAHIM AL-SAYED", ["IBRAHIM AL-SAYED"], id="done-by-field"),
        pytest.param("notes: kemi and tunde will handle the vendor call", ["kemi", "tunde"], id="given-names-listed"),
        pytest.param("summarize:\nkemi: can you send the file\nme: sure, after lunch", ["kemi"], id="lower-speaker"),
        pytest.param("fyi tunde is out this week and ewa's laptop is still at the desk", ["tunde", "ewa"], id="lower-given-name-acting"),
        pytest.param("First name: luther\nDate of visit: 12/03\nReason: follow-up", ["luther"], id="lower-after-first-name"),
        pytest.param("SURNAME: OKONKWO  FORENAME: ADAEZE", ["OKONKWO", "ADAEZE"], id="caps-surname-and-forename"),
    ],
)
def test_one_case_names_in_a_names_position_are_masked(find: Find, text: str, names: list[str]) -> None:
    found = [v for _, v in find(text)]
    assert all(any(name in v for v in found) for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("PLEASE CALL BACK ABOUT THE GRACE PERIOD ON THE LOAN BEFORE FRIDAY", id="caps-english-words"),
        pytest.param("patient care plan and the driver update are due", id="labels-before-words"),
        pytest.param("name resolution fails for the pt br locale", id="label-before-a-short-word"),
        pytest.param("copy the file and remove everything from it afterwards", id="from-it"),
        pytest.param("WARNING: GRANT ACCESS PENDING, BILL PAYMENT OVERDUE", id="caps-warning"),
        pytest.param("driver: summer tyres are cheaper in march", id="a-listed-word-before-words"),
        pytest.param("the first name field is required and the surname must not be empty", id="name-labels-before-words"),
        pytest.param("FAMILY ROOM BOOKED, CUSTOMER SERVICE CLOSED, PATIENT CARE PLAN DUE", id="labels-before-english-words"),
        pytest.param("java.lang.IllegalStateException\ncaused by: kubelet eviction", id="caused-by"),
        pytest.param("we had tofu and kimchi, then pasta or rice", id="words-listed"),
        pytest.param("the bill approved yesterday is bigger; nginx is down and the kernel is old", id="words-acting"),
        pytest.param("why no run on tags?\nname: release\njobs:\n  build:\n    runs-on: ubuntu-latest\n    node-version: 20\n", id="yaml-keys-are-no-speakers"),
    ],
)
def test_one_case_words_in_a_names_position_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


# Names that are no stop word and no English word. A name after a label ends at a stop word
# ("caller will …", "aaron all"), and names made of English words count only in some pairs (the
# cases above: "DESTINY HILL"); drawn at random they still miss now and then ("signed: lloyd
# nest", "pt queen hert", about 1 in 700), which would make this property fail at random.
_GIVEN_LISTED = sorted(w for w in census_first_names() if len(w) >= 3 and w not in STOP_WORDS and not english_form(w))
_FAMILY_LISTED = sorted(w for w in census_last_names() if len(w) >= 3 and w not in STOP_WORDS and not english_form(w))
_LABELS = ["CUSTOMER: {}, ORDER 5512", "caller {} re invoice 2207", "signed: {}", "PT {} BED 4", "assignee: {}\nstatus: open"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_GIVEN_LISTED), st.sampled_from(_FAMILY_LISTED), st.sampled_from(_LABELS), st.booleans())
def test_a_listed_name_after_a_name_label_is_masked_in_any_case(find: Find, given_name: str, family: str, shape: str, upper: bool) -> None:
    name = f"{given_name} {family}"
    name = name.upper() if upper else name
    text = shape.format(name)
    text = text.upper() if upper else text.lower()
    assert any(name in v for _, v in find(text)), (text, find(text))


_COMMON_WORDS = sorted(w for w in english_words() if w.isalpha() and len(w) >= 3 and w not in census_first_names() and w not in census_last_names())


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_COMMON_WORDS), st.sampled_from(_COMMON_WORDS))
def test_two_common_words_alone_in_caps_are_no_one(first: str, second: str) -> None:
    text = f"{first} {second}".upper()
    assert [text[s:e] for s, e in (*positioned_names(text), *slashed_names(text), *adjacent_names(text))] == []


@pytest.mark.parametrize("text, name", [
    pytest.param("caller ada aaberg re invoice 2207", "ada aaberg", id="a-language"),
    pytest.param("CUSTOMER: CRYSTAL OKONKWO, ORDER 5512", "CRYSTAL OKONKWO", id="a-tool-in-capitals"),
])
def test_a_given_name_that_is_also_a_tool_is_a_name_before_a_surname(find: Find, text: str, name: str) -> None:
    assert any(name in v for _, v in find(text))


@pytest.mark.parametrize("text, names", [
    pytest.param("PAX LIST\n01  SANDVIK/SIGRID  TOREKOV  SEAT 24D\n02  MORITA/YUMIKO  KURASHIKI  SEAT 30B",
                 ["SANDVIK", "SIGRID", "MORITA", "YUMIKO"], id="passenger-list"),
    pytest.param("SMITH/JOHN,3A\nDA SILVA/ANA,4B", ["SMITH", "JOHN", "DA SILVA", "ANA"], id="csv-rows"),
    pytest.param("RP/H7X9Z1  1.1FUJITA/MIKAKO MS  2 XX 4412 Y 06JUN24 HK1", ["FUJITA", "MIKAKO"], id="booking-name-element"),
    pytest.param("3 pnrs need action:\n1) park/jihoon x2 - tp 1362 retimed\n2) tyrone - ua 901 swap\n3) watson/kirra - seg cancelled",
                 ["park", "jihoon", "watson", "kirra"], id="lower-case-queue-items"),
])
def test_surname_slash_given_in_rows_is_a_name(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in slashed_names(text)] == names


@pytest.mark.parametrize("text", [
    pytest.param("01  TCP/UDP  open\n02  AND/OR  x", id="acronyms-and-words"),
    pytest.param("LONDON/PARIS  10:00\nBERLIN/ROME  11:00", id="routes"),
    pytest.param("GET/POST  x\nREAD/WRITE  y", id="english"),
    pytest.param("01  SANDVIK/SIGRID  TOREKOV  SEAT 24D", id="one-row"),
    pytest.param("todo for the api:\n1) read/write - split the permissions\n2) input/output - log both\n3) client/server - check", id="lower-case-items"),
    pytest.param("notes:\n1) park/jihoon x2 - tp 1362 retimed", id="one-lower-case-item"),
])
def test_slashed_words_that_are_no_passenger_list_are_no_one(text: str) -> None:
    assert list(slashed_names(text)) == []


@pytest.mark.parametrize("text, name", [
    pytest.param("my manager j. lê keeps booking 1:1s at 7am", "j. lê", id="lower-accented-short"),
    pytest.param("ASK T. NGÔ ABOUT THE ROTA", "T. NGÔ", id="caps-accented-short"),
])
def test_an_initial_before_an_accented_listed_surname_is_a_name(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e in initialled_names(text)]


@pytest.mark.parametrize("text", ["e. coli in the water", "my manager j. le keeps booking", "p. s. thanks"])
def test_an_initial_before_a_word_is_no_name(text: str) -> None:
    assert list(initialled_names(text)) == []


@pytest.mark.parametrize("text, names", [
    pytest.param("rohit here at b-47, saket nagar, can u come tmrw", ["rohit"], id="lower"),
    pytest.param("ROHIT HERE, AT THE GATE", ["ROHIT"], id="caps"),
    pytest.param("click here to sign, or stay here", [], id="english-words"),
])
def test_a_given_name_saying_who_writes_is_a_name(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in acting_names(text)] == names


@pytest.mark.parametrize("text, names", [
    pytest.param("sign the card from me and ximena", ["ximena"], id="foreign-given"),
    pytest.param("it was just me and hope at the stall", ["hope"], id="given-that-is-a-word"),
    pytest.param("ME & TOMASZ ARRIVE AT NINE", ["TOMASZ"], id="caps-ampersand"),
    pytest.param("it was me and my sister, me and the kids, me and coffee", [], id="no-name-after"),
])
def test_a_given_name_beside_the_writer_is_a_name(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in acting_names(text)] == names


def test_text_with_no_line_of_plain_sentences_is_read_for_record_fields_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A log or config has no line of prose: only the record's shape (`slashed_names`) is looked
    for there, not every one-case rule's candidates, all of which `prose_line` would then drop."""
    import privacy_gateway.detection.uncased as uncased

    log = "2026-11-30 10:02:11 ERROR worker=3 retry=2\nuser: maria lopez\nname: HALL/PETER MR\nstatus=failed code=17"
    before = list(uncased.prose_names(log))
    called: list[str] = []
    for rule in ("single_names", "adjacent_names", "acting_names", "initialled_names", "titled_names", "positioned_names"):
        monkeypatch.setattr(uncased, rule, lambda text, rule=rule: called.append(rule) or iter(()))
    assert list(uncased.prose_names(log)) == before and before  # the record's field, "HALL/PETER"
    assert called == []
    list(uncased.prose_names(log + "\nI asked maria lopez and she said it was fine"))  # a line of prose: every rule reads it
    assert set(called) == {"single_names", "adjacent_names", "acting_names", "initialled_names", "titled_names", "positioned_names"}


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("why does siri read out my calendar but alexa doesn't?", [], id="contraction-after-a-given-name"),
        pytest.param("ask maria won't work, she is off", [], id="wont"),
        pytest.param("the note from alexa nowak doesn't say when", ["alexa nowak"], id="name-then-contraction"),
    ],
)
def test_a_contraction_is_no_surname(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in adjacent_names(text)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("hi, it's hope from the second-floor office, the badge reader is dead", ["hope"], id="word-name-before-from"),
        pytest.param("hey its siobhán ó briain, running 20 min late", ["siobhán ó briain"], id="irish-particle-before-comma"),
        pytest.param("THIS IS MARCUS HERE, CALL ME BACK", ["MARCUS"], id="capitals-before-here"),
        pytest.param("hi this is ngozi, the meeting moved", ["ngozi"], id="unknown-word-name-before-comma"),
        pytest.param("this is art, not a bug", [], id="word-before-comma"),
        pytest.param("it's nothing here, really", [], id="no-given-name"),
        pytest.param("this is the log from prod", [], id="article"),
        pytest.param("hi!! its priya in room 22, could we get a late checkout?", ["priya"], id="before-in-room"),
        pytest.param("hiya its ngozi again, any news on the mortgage?", ["ngozi"], id="before-again"),
        pytest.param("ugh it's summer again and the ac is broken", [], id="word-before-again"),
    ],
)
def test_someone_saying_who_they_are_is_named(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in introduced_names(text)] == names


def test_a_contraction_after_a_greeting_is_no_name(find: Find) -> None:
    assert find("hi, it's about the flat viewing, call me back after six") == []



@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("summarise the chapters che-wei lin sent back with edits before the typesetter gets them", "che-wei lin", id="lower"),
        pytest.param("Hi team,\n\nHSIN-HUNG CHEN joins us on Monday as a support engineer.", "HSIN-HUNG CHEN", id="upper"),
        pytest.param("sort these by surname please: sione taufa, park ji-won", "park ji-won", id="surname-first"),
    ],
)
def test_a_syllabic_given_name_beside_a_listed_surname_is_a_name(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("we need a re-run lee said, then a follow-up chen will do", id="english-prefix"),
        pytest.param("the ping-pong lee table and the co-op chen store", id="english-compounds"),
    ],
)
def test_english_hyphenated_words_beside_a_surname_stay(find: Find, text: str) -> None:
    assert all("-" not in v for v in people(find(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("who replaced shih-chang lin as account manager for the northern region?", "shih-chang lin", id="wade-giles-shih"),
        pytest.param("can you ask chih-wei yeh about the invoice", "chih-wei yeh", id="after-ask"),
        pytest.param("ping jae-won park about the outage", "jae-won park", id="after-ping"),
    ],
)
def test_a_syllabic_given_name_is_masked_without_the_word_addressing_its_bearer(find: Find, text: str, name: str) -> None:
    assert people(find(text)) == [name]


@pytest.mark.parametrize("word", ["che-wei", "yu-hsuan", "ji-won", "ming-hung", "shu-ching", "shih-chang", "chih-wei"])
def test_syllabic_given_names(word: str) -> None:
    from privacy_gateway.detection.uncased import syllabic_given

    assert syllabic_given(word) and syllabic_given(word.upper())


@pytest.mark.parametrize("word", ["re-run", "co-op", "ping-pong", "follow-up", "so-so", "e-mail", "log-in"])
def test_english_hyphenated_words_are_no_syllabic_given_names(word: str) -> None:
    from privacy_gateway.detection.uncased import syllabic_given

    assert not syllabic_given(word)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param('def export_ledger():\n    """Monthly ledger export. Maintainer: oksana hrytsenko. Runs monthly."""', "oksana hrytsenko", id="maintainer"),
        pytest.param("happy 40th birthday njenga ali! love from everyone at the depot", "njenga ali", id="birthday-banner"),
        pytest.param("Thanks for your patience with this one.\n\nBest,\nmaría cisternas\nSupport Lead, Northwind", "maría cisternas", id="signature-stemmed-word"),
    ],
)
def test_a_name_where_a_name_stands_whatever_word_stems_it_resembles(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("welcome to the team! present: the treasurer and two volunteers", id="present-roles"),
        pytest.param("# maintainer: platform team, runs on the first of the month", id="maintainer-team"),
        pytest.param("happy birthday to you, have a great day", id="birthday-song"),
    ],
)
def test_a_name_position_holding_words_names_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Payroll batch 2026-11: 1 rejected (employee LOUISE Ó COMHRAÍ: bank details missing).", "LOUISE Ó COMHRAÍ", id="upper-o"),
        pytest.param("oncall:\n  primary: CECIL Ó GEARABHÁIN\n  escalation: platform-leads", "CECIL Ó GEARABHÁIN", id="yaml-upper-o"),
    ],
)
def test_irish_particles_stay_inside_a_one_case_name(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


def test_a_lone_inflected_word_after_a_label_word_stays(find: Find) -> None:
    text = "The generated client points at the wrong host:\nservers:\n  - url: https://api.example.com/v2"
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Hi team,\n\nMAHMOUD YAWER joins us on Monday as a support engineer.", "MAHMOUD YAWER", id="upper-joins"),
        pytest.param("quick one: hsin-hung chen said the invoice is wrong", "hsin-hung chen", id="lower-said"),
    ],
)
def test_a_full_name_before_what_a_person_does(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("HI TEAM, THE SUPPORT ENGINEER JOINS US ON MONDAY", id="role"),
        pytest.param("our new build system joins the pipeline and the cache said nothing", id="things"),
        pytest.param("the grace period starts monday and nginx will reload", id="setting"),
    ],
)
def test_words_before_a_verb_name_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Chat's verbs of reaching a colleague address someone as "ask" and "ping" do.
        pytest.param("can you help me word a message asking maria for a lift on the 14th?", "maria", id="asking-a-word-name"),
        pytest.param("dm'd camila about the outage, no reply yet", "camila", id="dmd"),
        pytest.param("pinged zenta twice, she must be on leave", "zenta", id="pinged"),
        pytest.param("can you send carmen the access request form?", "carmen", id="send-a-listed-name"),
        # What a colleague did or won't do.
        pytest.param("long day. elmar came round with soup", "elmar", id="came"),
        pytest.param("smilla won't eat anything green at the moment", "smilla", id="wont"),
        pytest.param("wout pushed the hotfix before lunch", "wout", id="pushed"),
        # A surname after a title that only looks like an English word's inflection.
        pytest.param("mr. torres called again about the refund", "torres", id="title-plural-looking"),
        pytest.param("mrs canales wants the keys back by thursday", "canales", id="title-plural-looking-no-dot"),
    ],
)
def test_a_lone_name_in_a_persons_slot_of_chat_is_masked(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("asking around for a charger, anyone?", id="asking-around"),
        pytest.param("asking legal for a review of the contract", id="asking-a-desk"),
        pytest.param("dm'd support about the outage, no reply yet", id="dmd-a-desk"),
        pytest.param("send grafana the new datasource config", id="send-a-tool"),
        pytest.param("send jenkins the webhook url", id="send-a-ci-server"),
        pytest.param("the build won't start and nobody pushed since friday", id="wont-after-a-word"),
        pytest.param("summer came early this year", id="came-after-a-word-name"),
        pytest.param("is dr. strange worth watching before the new one?", id="title-before-an-english-word"),
    ],
)
def test_words_in_a_persons_slot_of_chat_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("the export still times out after the patch - oksana at the warehouse", "oksana", id="after-a-dash-before-at"),
        pytest.param("THANKS FOR THE QUICK TURNAROUND — TOMASZ, SHOUT IF THE NUMBERS LOOK OFF", "TOMASZ", id="caps-sign-off-after-a-dash"),
        pytest.param("owner: ngozi and the platform team, due end of sprint", "ngozi", id="owner-after-a-colon"),
        pytest.param("- kemal to send the deck before friday", "kemal", id="bullet-before-a-task"),
        pytest.param("refund approved — halina (billing) signed it off", "halina", id="dash-before-a-bracket"),
        # WordNet holds these only as a queen and a goddess: the word is the given name.
        pytest.param("the export still times out after the patch - elizabeth at the warehouse", "elizabeth", id="a-given-name-wordnet-holds-as-a-proper-noun"),
        pytest.param("FLAGGED THE DUPLICATE CHARGE AGAIN – CYNTHIA ON THE SUPPORT DESK CONFIRMED IT", "CYNTHIA", id="caps-proper-noun-given-name"),
    ],
)
def test_a_lone_given_name_after_a_dash_or_colon_is_masked(find: Find, text: str, name: str) -> None:
    assert [text[a:b] for a, b in slotted_names(text)] == [name]
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the banner is wrong - mark at the top is misaligned", id="english-given-name"),
        pytest.param("status: open and waiting on the vendor", id="a-word-after-a-label"),
        pytest.param("deps: kafka and redis, both pinned", id="tools-after-a-colon"),
        pytest.param("- python to 3.12 in the base image", id="a-tool-in-a-bullet"),
        pytest.param("meeting at 10:30 with the team, then lunch", id="a-time-is-no-label"),
        pytest.param("blocked - waiting on legal and finance", id="english-words-after-a-dash"),
        pytest.param("eu-west-1 failover to us-east at 02:00", id="a-hyphen-in-a-word"),
        pytest.param("NOTES: TOSHIBA AND THE VENDOR AGREED TO PUSH THE CUTOVER", id="a-make-listed-as-a-given-name"),
        pytest.param("the release slips - grace at the end of the sprint is two days", id="a-given-name-that-is-a-word"),
        pytest.param("release window - april at the earliest", id="a-month"),
    ],
)
def test_words_after_a_dash_or_colon_stay(find: Find, text: str) -> None:
    assert list(slotted_names(text)) == []
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("can you ask the plumber if he's free", id="after-a-subject"),
        pytest.param("please meet the landlord at noon", id="after-please"),
        pytest.param("I'll ring the plumber back", id="after-a-contracted-modal"),
        pytest.param("we should add the intern to the channel", id="after-a-modal"),
    ],
)
def test_a_verb_before_a_role_is_no_name(find: Find, text: str) -> None:
    # "ask", "meet", "ring", "add": English verbs that a world list also holds as given names.
    assert not list(positioned_names(text))
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("cc comfort our driver", "comfort", id="after-a-cue"),
        pytest.param("talked to gift our receptionist", "gift", id="after-to"),
        pytest.param("thanks mark the plumber was great", "mark", id="after-thanks"),
    ],
)
def test_a_name_that_is_a_verb_before_a_role_stays_a_name(find: Find, text: str, name: str) -> None:
    assert any(value.lower() == name for _, value in find(text))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("there's a siobhan in accounts who can help with the invoice", "siobhan", id="lower-counted-then-who"),
        pytest.param("we had a priya from legal who signed it off", "priya", id="lower-counted-from-team-who"),
        pytest.param("There's an Aoife on the night shift who trained me", "Aoife", id="mixed-counted-on-shift-who"),
    ],
)
def test_a_given_name_counted_with_a_before_who_is_someone(find: Find, text: str, name: str) -> None:
    assert name in people(find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "is there a manager on site who can sign for the parcel",
        "there's a guy in accounts who can help with the invoice",
        "there's a will who can help, it is in the drawer",
    ],
)
def test_a_thing_or_a_word_counted_before_who_or_that_is_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize("text, names", [
    pytest.param("i need write to my vermieter herr schulze about the heating", ["schulze"], id="herr"),
    pytest.param("la señora ramírez from upstairs says the water comes from my flat", ["ramírez"], id="senora"),
    pytest.param("MISS ADEYEMI WANTS A MEETING", ["ADEYEMI"], id="miss-caps"),
    pytest.param("write to mrs van der berg, our new neighbour", ["van der berg"], id="particles-then-a-word"),
    pytest.param("i miss grandma so much, miss the old days too", [], id="words-after-titles"),
    # A surname that is an English word too, after a courtesy title; after "dr" only a frequent one.
    pytest.param("previous landlord mr khan says the rent was always late", ["khan"], id="courtesy-title-english-surname"),
    pytest.param("please call mrs baker about the deposit", ["baker"], id="courtesy-title-trade-surname"),
    pytest.param("book a dr appointment, or watch dr strange", [], id="doctor-before-a-word"),
])
def test_a_surname_after_a_title_of_any_language_in_one_case(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in titled_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "my son doesnt get long division, any tips",
        "my husband didnt call back about the boiler",
        "my landlord hasnt fixed the heating in 3 weeks what can i do",
        "our neighbour couldnt park because of the bins, is that legal",
        "my son dosent listen to me",
        "my teacher said theyre changing the exam dates",
    ],
)
def test_a_contraction_typed_without_its_apostrophe_is_no_name_after_a_relation(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my son wiremu doesnt want to go to school", "wiremu"),
        ("my daughter zeynep isnt eating much lately", "zeynep"),
        ("tell aroha i wont make it tonight", "aroha"),
    ],
)
def test_a_name_before_a_contraction_typed_so_ends_before_it(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("RESULTS: KOBELT, BERTOLD 72  BAUM, HEIMO 65  SALZ, MARC 81", ["KOBELT, BERTOLD", "BAUM, HEIMO", "SALZ, MARC"], id="caps-results"),
        pytest.param("PATIENT: VOLK, SONJA  WARD 12  BED 104", ["VOLK, SONJA"], id="caps-ward"),
        pytest.param("COURT 3  10:00  R V SCANLAN, LISA-MARIE; R V O'RAFFERTY, EDEL - SENTENCE", ["SCANLAN, LISA-MARIE"], id="caps-court-list"),
    ],
)
def test_a_surname_a_comma_and_a_given_name_ending_a_field(find: Find, text: str, names: list[str]) -> None:
    found = " | ".join(people(find(text)))
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("SHIP TO: PARIS, FRANCE 75001", id="city-country"),
        pytest.param("APPLES, PEARS 2KG", id="words"),
        pytest.param("sales, marketing - q3 budget", id="departments"),
    ],
)
def test_pairs_that_are_no_surname_and_given_name_stay(text: str) -> None:
    from privacy_gateway.detection.uncased import comma_names

    assert list(comma_names(text)) == []


@pytest.mark.parametrize(
    "text, halves",
    [
        pytest.param("Passenger name as on passport: DAVENPORT/HUNTER", ("DAVENPORT", "HUNTER"), id="label-and-a-town-s-name"),
        pytest.param("PAX: HARRISON/ART", ("HARRISON", "ART"), id="pax"),
    ],
)
def test_a_slashed_name_after_a_name_s_label(find: Find, text: str, halves: tuple[str, str]) -> None:
    assert set(halves) <= set(people(find(text)))


def test_a_slashed_route_or_protocol_after_another_label_stays(find: Find) -> None:
    assert people(find("Route: LONDON/PARIS\nProtocol: TCP/UDP")) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("zoé carried us again, mvp", "zoé", id="regular-past-tense"),
        pytest.param("can bram come over after school? the car is free", "bram", id="asked-about-in-chat"),
        pytest.param("TABLE FOR 4 UNDER PARMITANO 19:30 WINDOW SEAT", "PARMITANO", id="table-booked-under"),
        pytest.param("BORROWER: M. SUBRAMANIAM  DUE BACK FRIDAY", "M. SUBRAMANIAM", id="borrower-with-an-initial"),
        pytest.param("IN LOVING MEMORY OF PASCAL MAC AN ULTAIGH", "PASCAL", id="in-memory-of"),
        pytest.param("[08:40] reception: sure, i'll note it under raghunathan\n[08:41] guest: thanks", "raghunathan", id="noted-under"),
        pytest.param("hi is my mums perscription ready, its under sudipta chakraborty", "sudipta chakraborty", id="its-under"),
    ],
)
def test_one_case_names_by_what_they_do_or_the_label_before_them(find: Find, text: str, name: str) -> None:
    assert any(name in v for v in people(find(text))), people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("can paris be reached by train in a day", id="asked-place"),
        pytest.param("did kafka get restarted after the deploy", id="asked-tool"),
        pytest.param("in memory of the victims of the flood", id="memory-of-no-one"),
        pytest.param("booking under the new system takes longer", id="booking-under-a-thing"),
        pytest.param("the ticket is listed under settings and the bug is filed under review, its under the hedge", id="kept-under-things"),
    ],
)
def test_places_tools_and_things_in_those_positions_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("ADAEZE NWANKWO PEACEFULLY ON 2 MAY, AGED 91. BELOVED WIFE OF THE LATE CHUKWUEMEKA AND MOTHER OF IFEOMA AND OBINNA.", ["CHUKWUEMEKA", "IFEOMA", "OBINNA"], id="death-notice"),
        pytest.param("make a chore chart for yatan (12), jasmit (9) and kavya (7), dishes and bins", ["yatan", "jasmit", "kavya"], id="ages-in-brackets"),
    ],
)
def test_a_death_notice_s_family_and_children_with_their_ages(find: Find, text: str, names: list[str]) -> None:
    found = people(find(text))
    assert all(any(name in value for value in found) for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("how many calories in apples (3) and bananas (2)?", id="counted-things"),
        pytest.param("list: python (3), rust (2), go (1)", id="counted-tools"),
        pytest.param("what happened to prices in the late 1990s?", id="a-decade"),
    ],
)
def test_things_counted_in_brackets_and_a_late_decade_are_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A boarding pass's barcode: the name field of twenty characters, padded or cut short.
        pytest.param("decode this:\n\nM1YILDIRIM/ELIF       EE39HZ9 ATHLHRA3 0601 123Y015C0012 100", ["YILDIRIM", "ELIF"], id="bcbp-padded"),
        pytest.param("what is this?\nM1KAMARUDDIN/NURULAISYEG2T4SJ WAWCDGLO 0333 142Y015C", ["KAMARUDDIN", "NURULAISY"], id="bcbp-cut"),
        # A teletype's name element with its seat count glued before it.
        pytest.param("PSM\nIB3167/14APR MAD PART1\n1PETROSYAN/ARMEN MR WCHC 3C\n1DANJUMA/AMINU MSTR UMNR 11A", ["PETROSYAN", "ARMEN", "DANJUMA", "AMINU"], id="psm"),
    ],
)
def test_names_in_the_airlines_own_formats(find: Find, text: str, names: list[str]) -> None:
    people = [value for kind, value in find(text) if kind == "PERSON"]
    assert all(name in people for name in names), people


def test_a_flight_and_its_date_is_no_name(find: Find) -> None:
    text = "PSM\nIB3167/14APR MAD PART1\nTOTAL 3 ENDPSM"
    assert [value for kind, value in find(text) if kind == "PERSON"] == []


@pytest.mark.parametrize("text, names", [
    pytest.param("ask for cover:\nfront desk - gethin + freja\nshop - nobody yet!!", ["gethin", "freja"], id="rota-plus"),
    pytest.param("rota wk 32: mon jaskaran+chiamaka close, tues off", ["jaskaran", "chiamaka"], id="glued-plus"),
])
def test_given_names_joined_by_a_rotas_plus_are_people(find: Find, text: str, names: list[str]) -> None:
    found = people(find(text))
    assert all(name in found for name in names), found


def test_things_joined_by_a_plus_or_and_stay(find: Find) -> None:
    assert people(find("shopping: salt + pepper, bread and brie, grace and will come later")) == []


def test_a_word_name_after_a_label_before_what_people_say_is_a_name(find: Find) -> None:
    text = "hi mate can u go round to 3 heol y dwr tmrw am, tenant maria says the extractor fan is dead"
    assert "maria" in people(find(text))


def test_a_word_after_a_label_before_other_words_stays(find: Find) -> None:
    assert people(find("driver: summer tyres are fitted, customer says ok")) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Aktenvermerk:\nTelefonat mit Frau von Thaden am 25.05., 13:19 Uhr", "von Thaden", id="german-particle"),
        pytest.param("Verhuurder: de heer van den Berg\nKwestie: de servicekosten over 2024", "van den Berg", id="dutch-two-particles"),
        pytest.param("Graag contact met mevrouw van der Linden over de huur.", "van der Linden", id="dutch-mevrouw"),
        pytest.param("Pani Kowalska dzwoniła w sprawie umowy najmu.", "Kowalska", id="polish-pani"),
    ],
)
def test_a_surname_after_another_language_s_title_is_masked_with_its_particles(find: Find, text: str, name: str) -> None:
    assert any(name in value for value in people(find(text))), find(text)


def test_a_noun_s_article_before_the_title_makes_it_a_noun() -> None:
    text = "Der Herr der Ringe ist lang, die Frau Ministerin auch"
    assert [text[s:e] for s, e in capital_titled_names(text)] == []


@pytest.mark.parametrize("text", ["Résume Madame Bovary de Gustave Flaubert.", "Pan Atlantic v Pine Top, Pan Am and Pane Carasau"])
def test_titles_that_name_works_and_brands_as_often_are_not_read(text: str) -> None:
    assert list(capital_titled_names(text)) == []


def test_a_memorial_line_names_the_person_on_the_line_below(find: Find) -> None:
    text = "Check this headstone inscription:\n\nIN LOVING MEMORY OF\nNIKHIL MEHTA\n12.5.1936 – 21.1.2025"
    assert ("PERSON", "NIKHIL MEHTA") in find(text), find(text)
