"""People and places: spaCy's NER, cleaned up, plus the cues spaCy's small model misses.

The small English model tags many names with the wrong label (a surname as ORG, a first name as
GPE or NORP, a country as ORG), misses names it has not seen, and glues neighbours onto them
("Kathryn:"I'm Karen's"). This recognizer

- cuts every NER span into runs of capitalised words and keeps the person- or place-shaped ones,
  whatever their label (a wrong label still means "someone's name or some place");
- adds what words around a name make plain: titles (Mr., Dr.), introductions ("my name is",
  "named him"), labelled fields ("last name?", "guardian"), speaker labels in dialogue,
  possessives ("Karen's daughter"), speech and action verbs, "add Maria as …", places after
  "moved to", "I'm in", before "bridge", behind "North"/"Lake"/"Port";
- takes the remaining mid-sentence proper nouns of a conversational prompt, and the partner of a
  name in "X and Y".

In technical or public-history prompts (see `context`) only spaCy's own PERSON and place labels
with a personal cue nearby, and the strong cues, count: "Cloud Run" and "Napoleon" stay.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from itertools import islice

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from privacy_gateway.detection import lines
from privacy_gateway.detection.alternation import Grouped, Tailed
from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.brands import brand_model, listed_brand
from privacy_gateway.detection.brand_uses import counted, counted_in_lower_case, governed_plural_kind, used_as_thing, variety, venue
from privacy_gateway.detection.chinese_names import chinese_names
from privacy_gateway.detection.circle import circle_names
from privacy_gateway.detection.code_spans import code_position
from privacy_gateway.detection.dealing_words import named_pair_object
from privacy_gateway.detection.court_lists import court_list_parties
from privacy_gateway.detection.dealings import configured, dealt_with, one_case_dealt_with, one_case_informed, tagged_given_name
from privacy_gateway.detection.field_keys import manifest_name
from privacy_gateway.detection.full_names import AND_WORDS, asked_full_names, foreign_full_names, lower_case_copy, full_names as full_name_spans, listed_full_name, notable_around, VIETNAMESE_FAMILY, VIETNAMESE_PLACE_BEFORE, greek_names, greek_surname, vietnamese_names, whole_full_names, whole_run
from privacy_gateway.detection.dishes import dish
from privacy_gateway.detection.doc_tokens import token_ending, token_starting
from privacy_gateway.detection.establishments import establishment
from privacy_gateway.detection.cyrillic import after_opening_words, everyday_cyrillic_run, opening_verb
from privacy_gateway.detection.lone_names import lone_lower_names
from privacy_gateway.detection.pets import animal_named, breed
from privacy_gateway.detection.slavic_names import slavic_full_names, slavic_given, titled_surnames
from privacy_gateway.detection.foreign import EVERYDAY_ONLY, foreign_everyday, foreign_language, function_word, own_word, personal, stop_word
from privacy_gateway.detection.foreign_kin import BARE_KIN_GIVEN, FOREIGN_KIN, FOREIGN_KIN_LOWER, FOREIGN_ROLE_LOWER
from privacy_gateway.detection.arabic_names import arabic_names
from privacy_gateway.detection.balinese_names import balinese_names
from privacy_gateway.detection.hebrew_names import hebrew_names
from privacy_gateway.detection.indic_names import indic_names
from privacy_gateway.detection.korean_names import korean_names
from privacy_gateway.detection.japanese_names import japanese_names
from privacy_gateway.detection.language_names import language_named
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_adjectives, english_form, everyday_word, first_names, frequent_pair, irregular_forms, listed_family, listed_given, listed_names, nameless_word, proper_nouns, world_first_names, world_list_family
from privacy_gateway.detection.list_heads import list_heads
from privacy_gateway.detection.places import (
    any_place, copy_place, district_of, fold_place, jurisdiction, known_place, landmark, landmark_named, listed_sight, origin_place, public_place, route_stop, small_places, trip_sight, worded_place,
)
from privacy_gateway.detection.plain_spans import thing_name
from privacy_gateway.detection.public_figures import sporting_record
from privacy_gateway.detection.public_frames import world_framed
from privacy_gateway.detection.works_world import character_in_work, classical_author, quoted_title, saying_opener
from privacy_gateway.detection.relations import desk_name, related
from privacy_gateway.detection.sample_names import placeholder_name
from privacy_gateway.detection.script_kin import introduced_names
from privacy_gateway.detection.sentences import sentence_bounds
from privacy_gateway.detection.street_types import UNIT_WORD
from privacy_gateway.detection.styles import styled, styled_manner
from privacy_gateway.detection.other_scripts import cased_script_names, honorific_names, labelled_names, name_end, script_names
from privacy_gateway.detection.patronymics import patronymic_names
from privacy_gateway.detection.notable import famous_owners_work, famous_surnames_together, listed_surname, names_notable, notable_person, notable_surname, single_name, without_possessive
from privacy_gateway.detection.registers import register_rows
from privacy_gateway.detection.rosters import roster_names, rota_names
from privacy_gateway.detection.recased import prose_recognizer, recased_names, tool_given_name
from privacy_gateway.detection.record_values import placed_in_literal, record_entity
from privacy_gateway.detection.software import (
    assistant,
    is_software,
    software_context,
    technology,
    technology_used,
    tool_alternative,
    unambiguous_software,
    vendor_product,
)
from privacy_gateway.detection.sign_offs import closing_names, signed_names
from privacy_gateway.detection.spelled import spelled_names
from privacy_gateway.detection.title_case import lowered_title_lines, shouted, shouted_lines_lowered, title_cased, titled_copy
from privacy_gateway.detection.text_kind import TextKind, dealt_in_sentence, dealt_near, describe
from privacy_gateway.detection.thai_names import thai_names
from privacy_gateway.detection.title_names import title_names
from privacy_gateway.detection.things import medicine, public_word
from privacy_gateway.detection.tool_output import reporting_tools
from privacy_gateway.detection.uncased import capital_titled_names, one_case_names, prose_line, prose_names
from privacy_gateway.detection.name_cues import (
    _AFTER_HASH,
    CALENDAR_WORDS,
    COUPLES_DAY,
    FOREIGN_BIRTHPLACE,
    FOREIGN_LIVING,
    TAGALOG_HOME,
    TAGALOG_PERSON,
    foreign_role,
    PARTICLE_WORD,
    PARTICLES_CORE,
    Listed,
    NameThen,
    _CONNECTORS,
    _DATED,
    _GOING_TO,
    _MONTH_ABBREVIATIONS,
    _MONTH_PREPOSITIONS,
    _NAME_LABELS,
    _ORG_WORDS,
    _PERSON_CUES,
    _PLACE_CUES,
    _PLACE_FIRST_WORDS,
    _PLACE_HEADS,
    _PLACE_TAILS,
    _PLACE_LABELS,
    _PLACE_PREPOSITIONS,
    _TITLED,
    _UNCASED_ASKED,
    _UNCASED_CUE,
    _UNCASED_PATIENT,
    _UNCASED_RELATIVE,
    _UNCASED_SLOT,
    _WEEKDAYS,
    titled,
)
from privacy_gateway.detection.name_checks import (
    REACHING,
    cued_name,
    foreign_name,
    foreign_noun,
    given_name,
    unnamed_date_word,
    in_prose_literal,
    persons_role,
    role_in_brackets,
    plain_word,
    in_work_title,
    owning_or_addressed,
    work_titles,
    placed_in_team,
    placed_subject,
    accompanied_subject,
    signed_or_tasked,
    uncased_name,
    work_title,
)
from privacy_gateway.detection.namesakes import named_after
from privacy_gateway.detection.name_spans import (
    _demonym,
    _dotted_name,
    _EPONYM,
    _IMPERATIVES,
    _field_label,
    _name_shaped,
    identifier_shaped,
    initialled,
    lone_lower,
    product_shaped,
    person_context,
    _ordinary,
    _proper_noun_like,
    _role_label,
    _runs,
    _starts_line,
    _uncased,
    _without_imperative,
)


_VOWELS = regex.compile(r"[aeiouy]", regex.IGNORECASE)


def _name_like(word: str) -> bool:
    """Whether a word typed in one case may be part of a name: no stop word, no acronym of three
    letters or more with no vowel ("CRF", "NHS"), and no common English word or irregular verb form
    unless a given name of the lists ("grace", "nielsen"; not "win", "speech" or "gave")."""
    plain = without_possessive(word)
    if len(plain) >= 3 and not _VOWELS.search(ascii_fold(plain)):
        return False
    return plain not in STOP_WORDS and (not common_word(plain) and plain not in irregular_forms() or plain in listed_given())


_SPACED = regex.compile(r"\S+")


def _inside_notable(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], with up to two words more on either side, is a full name the world
    knows: on a copy where every word is capitalised, the lists' window may be part of a longer name."""
    words = [m.span() for m in _SPACED.finditer(text, max(0, start - 60), min(len(text), end + 60))]
    inside = [i for i, (a, b) in enumerate(words) if a < end and b > start]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    return any(
        notable_person(text[words[i][0] : words[j][1]].strip(",.;:!?\"'()"))
        for i in range(max(0, first - 2), first + 1)
        for j in range(last, min(len(words), last + 3))
    )


def _cited(text: str, start: int, end: int) -> bool:
    """Whether the surname at text[start:end] is cited with a year: right before "(1965)", or inside
    brackets before ", 2014)" ("(Creswell, 2014)")."""
    match = _CITED_AFTER.match(text, end)
    if match is None:
        return False
    return match.group().lstrip().startswith(("(", "et")) or _CITED_BEFORE.search(text, max(0, start - 6), start) is not None


def _someones_in_question(doc: Doc, first: Token, last: Token) -> bool:
    """In a plain question, whether an unclaimed run of capitalised words is still someone's: a full
    name with no "of" in it (not a listed town of two words or more opened by no given name), a
    given name alone, or an unlisted place after "from", "in", "to" ("How far is it from Robertville?")."""
    # A joined given name is one word of a name, a surname after it ("Does Ferenc-Anna Papp not
    # want …?"); a joined pair alone is as often a region's ("Alsace-Lorraine").
    # A particle between a name's words is part of it after a given name ("Did Ágatha da Rocha pass
    # …?"); after another word it joins a firm's or a place's name ("Caixa Geral de Depósitos").
    particled = any(first.i < t.i < last.i and not t.is_title and PARTICLE_WORD.fullmatch(t.text) for t in doc[first.i : last.i + 1])
    if particled and not given_name(ascii_fold(first.lower_)):
        return False
    if not all(
        t.is_title or t.text == "-" and t.i < last.i - 1 or first.i < t.i < last.i and PARTICLE_WORD.fullmatch(t.text)
        for t in doc[first.i : last.i + 1]
    ):
        return False
    # The world lists are ASCII-folded: "Joaquín Herrera" opens with a given name, whatever town shares it.
    if first.i < last.i and not given_name(ascii_fold(first.lower_)) and fold_place(doc[first.i : last.i + 1].text) in small_places():
        return False  # "How busy does Český Krumlov get?": a listed town of two words, no one's full name
    if first.i < last.i or given_name(first.lower_):
        return True
    placed = first.i > 0 and doc[first.i - 1].lower_ in _PLACE_PREPOSITIONS
    return placed and not known_place(first.text)


# The metadata key naming the reading that found a span: "ner", "cues", "spelled", "recased",
# "proper nouns", "partners", "second mentions" or "list heads".
SOURCE_KEY = "gateway_source"

# What follows a surname in a firm's name: "Climpson & Sons", "Lock & Co.", "Baker & Partners".
_FIRM_WORDS = frozenset({"Son", "Sons", "Co", "Company", "Partners", "Associates", "Daughters", "Brothers", "Bros"})
_FIRM_AFTER = regex.compile(r"[ \t]*&[ \t]*(?:" + "|".join(sorted(_FIRM_WORDS)) + r")(?![\p{L}\d])")
_AMPERSAND_BEFORE = regex.compile(r"&[ \t]*$")
# The words a firm's name ends in with no "&" ("Lehman Brothers", "YG Entertainment", "Caparo Industries
# plc"), and those that end a law's, a treaty's or a doctrine's ("the Magnitsky Act", "the Monroe
# Doctrine", "the Plaza Accord"): none is a surname, so the name they end is a thing's.
_THING_TAILS = frozenset(
    """Brothers Bros Entertainment Industries Holdings Pharmaceuticals Motors Records Studios Pictures Airlines
    Airways Securities Investments Ventures Enterprises Corporation Corp Inc Ltd LLC plc PLC GmbH AG
    Act Acts Amendment Doctrine Accord Accords Treaty Directive Regulation Convention Protocol Declaration
    Cup Trophy Championship Championships League Prize Award Awards Medal Olympiad Tournament""".split()
)
# A contest its own language names head first: "Copa Libertadores", "Coupe de France", "Coppa Italia", "Taça de Portugal".
_CONTEST_HEAD = regex.compile(r"(?:Copa|Coupe|Coppa|Taça|Taca)[ \t]+(?:(?:de|del|da|do|di)[ \t]+)?\p{Lu}")
# A ruler's, a saint's or a sage's epithet after their given name: "Catherine the Great", "William
# the Conqueror", "Pliny the Elder", "Ivan the Terrible". Private people are not styled so; the
# epithet is an English adjective or one of the nouns epithets are made of.
_EPITHET_AFTER = regex.compile(r"[ \t]+the[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\d'’])")
_EPITHET_NOUNS = frozenset(
    "conqueror confessor lionheart navigator liberator unready elder younger apostate apostle baptist evangelist "
    "venerable lawgiver builder hammer saint martyr magnificent".split()
)
_THING_TAIL_AFTER = regex.compile(r"[ \t]+(?:" + "|".join(sorted(_THING_TAILS)) + r")\.?(?![\p{L}\d])")
# Units named after people, as written after a count: "300 Kelvin", "12 Newtons", "50 Hertz".
_UNITS = frozenset(
    """kelvin kelvins newton newtons joule joules watt watts volt volts ampere amperes amp amps ohm ohms hertz pascal
    pascals coulomb coulombs tesla teslas henry henries weber webers siemens farad farads becquerel becquerels gray grays
    sievert sieverts celsius fahrenheit rankine gauss""".split()
)
_COUNT_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:°[ \t]*|(?i:degrees?)[ \t]+|(?i:k|m|g|milli|kilo|mega|giga|micro)[ \t]*)?$")
# The planets, their best-known moons and the brightest stars and constellations, named like people
# ("Venus", "Titan", "Vega", "Orion") and the sky's in a question about the world.
_SKY = frozenset(
    """mercury venus mars jupiter saturn uranus neptune pluto ceres eris titan europa io ganymede callisto
    enceladus triton phobos deimos charon sirius betelgeuse polaris vega rigel arcturus antares aldebaran
    andromeda orion cassiopeia""".split()
)
# Scholarly work in hand, being written, checked, presented or marked (`_known_in_history`: "Paul
# Jones wrote a chapter …", "the conclusion of the essay Valentino Martinez …"): not the works a
# famous author is known by ("James Baldwin's essays" stays; "essays" is no word of this list).
_SCHOLARS_WORK = regex.compile(
    r"(?i)\b(?:thesis|theses|dissertations?|drafts?|translation|sources|footnotes?|bibliograph(?:y|ies)|citations?|"
    r"cite|cited|grades?|marks?|syllabus|coursework|assignments?|essay|chapters?|manuscripts?|abstracts?|"
    r"posters?|slides|slide deck|proposals?|portfolios?|homework|exams?|submissions?|submitted|co-(?:wrote|written|authored)|"
    r"peer review|reviewer|feedback|lab notebook|conclusion)\b"
)
# The word of a comparison inside a span the recognizer ran over it: "freud vs jung", "VS HERCULE POIROT".
_VERSUS = regex.compile(r"(?i:(?:^|[ \t]+)(?:vs\.?|versus)(?:[ \t]+|$))")
# A given name (and a surname) from a place: "Anna from Leeds", "Anna Kowalska from Leeds" (`_from_places`).
_FROM_PLACE = regex.compile(
    # Not the end of a longer name ("the Camino de Santiago from Porto", "Mount Anna"): no capitalised
    # word or particle right before it.
    r"(?<![\p{L}\p{N}])(?<!\p{Lu}\p{L}*[ \t]|(?i:\b(?:de|del|da|di|du|do|dos|das|of|la|le|los|las|el|the|san|santa|saint|st\.?))[ \t])"
    r"(?P<name>(?P<given>\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+from[ \t]+"
    r"(?P<place>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}])"
)
_LINE_END = regex.compile(r"\n")
# "Band C Vs D", "cf. Smith": the marks of a comparison or a reference, which a title-case line capitalises.
_COMPARING_MARKS = frozenset({"vs", "v", "versus", "cf", "viz"})
# A chat tool's channel after its name: "cc Slack #infra", "post in Teams #general".
_CHANNEL_AFTER = regex.compile(r"[ \t]+#[a-z][a-z0-9_\-]*(?![\w#])")
# "non-Hodgkin", "non-Newtonian": a word negated as a term somewhere in the text (`add`).
_NEGATED_TERM = regex.compile(r"(?i)(?<!\w)non[-‐]\p{L}")
# A citation of a work by its author's surname and year: "Levenshtein (1965)", "Smith et al. (2019a)",
# "(Creswell, 2014)", "(Tashakkori & Teddlie 2010; …)". A private person is listed by full name, not cited.
_CITED_AFTER = regex.compile(r"(?:[ \t]+et[ \t]+al\.?)?(?:[ \t]*\((?:1[5-9]|20)\d\d[a-z]?\)|,?[ \t]+(?:1[5-9]|20)\d\d[a-z]?[);])")
_CITED_BEFORE = regex.compile(r"(?:\(|;[ \t]*|(?:&|and)[ \t]+)$")
# An extension header's field name opening a line: "X-Jenkins-Job: hermes-main", "x-gitlab-event:".
_EXTENSION_HEADER = regex.compile(r"[ \t>]*(?i:x-[a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*:")
# The verbs that copy in or alert, right before a tool they reach as they reach people: "cc Okta", "ping Zerotier".
_TOOL_REACHED = regex.compile(r"(?i:\b(?:cc|bcc|ping|notify)[ \t:]+)$")
# A model code, letters and digits in one word ("V15", "S23", "30i"), right before a word.
_MODEL_BEFORE = regex.compile(r"(?<![\p{L}\d\-])(?=[\p{L}\-]*\d)(?=[\d\-]*\p{L})[\p{L}\d\-]{2,}[ \t]+$")


# What code is written in or turned into: "implement quicksort in Rust", "port this to Julia", "how
# do I rewrite the parser in Crystal?". A verb of writing code opens the clause (at the text's or a
# sentence's start, or after "please", "can you", "how do I", "want to"…), then up to five words, no
# comma, then "in", "into" or "using", or "to" after the verbs that turn code from one language into
# another ("port", "transpile", "rewrite"). The language is a listed tool (`is_software`), named
# right there: "write a letter to Julia" takes no "to", "send the port list to Julia" has no port
# at the clause's start; "build", "convert" and "migrate" take offices and towns too.
_CODE_VERB_LEAD = r"(?:^|[.!?\n][ \t]*|\b(?:please|pls|can you|could you|would you|help me|how (?:do|can|would|should) (?:i|we|you)|want to|need to|trying to|try to|is it possible to|let's|lets|to)[ \t]+)"
_WRITTEN_IN = regex.compile(
    rf"(?i:{_CODE_VERB_LEAD}(?:(?:re)?implement|(?:re)?write)(?:[ \t]+[\w'’\-]+){{0,5}}[ \t]+(?:in|into|using)"
    rf"|{_CODE_VERB_LEAD}(?:port|transpile|rewrite)(?:[ \t]+[\w'’\-]+){{0,5}}[ \t]+(?:to|into|in))[ \t]+$"
)


# One to three initials and a capitalised word or two after them: "K. G. Baert", "A.Oparinde".
_INITIALLED = regex.compile(
    r"(?<![\p{L}\d.@/_-])((?:\p{Lu}\.[ \t]?){1,3})[ \t]?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d@._/-])"
)


def _compiled(cues: list[tuple[regex.Pattern[str] | NameThen | Listed, float, bool]]) -> list[tuple[regex.Pattern[str] | Tailed | Grouped, float, bool]]:
    """The cues with each word list tried at every word compiled plain and grouped by first letter
    (`alternation.Grouped`: a third to a half of their time); a name before fixed words is tried
    only where the words are (`alternation.Tailed`)."""
    return [(_one_cue(cue), score, strong) for cue, score, strong in cues]


def _one_cue(cue: regex.Pattern[str] | NameThen | Listed) -> regex.Pattern[str] | Tailed | Grouped:
    if isinstance(cue, regex.Pattern):
        return cue
    if isinstance(cue, NameThen):
        return Tailed(cue.head, cue.tail, regex.VERSION1)
    return Grouped(cue, regex.VERSION1)


PERSON_CUES = _compiled(_PERSON_CUES)
PLACE_CUES = _compiled(_PLACE_CUES)


class PeopleAndPlacesRecognizer(GatewayRecognizer):
    """PERSON and LOCATION from spaCy's parse of the text, NER labels and cues around names."""

    ENTITIES = ["PERSON", "LOCATION"]

    def load(self) -> None:
        prose_recognizer()  # loaded with the analyzer, not on the first prompt typed in one case

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc: Doc = nlp_artifacts.tokens
        kind = describe(text)
        language = foreign_language(text)  # the English capitalisation rules do not read other languages
        found: dict[tuple[int, int], tuple[str, float]] = {}
        # Which reading found each span (`SOURCE_KEY` in its metadata): the evaluation counts masked
        # spans by it (`eval_leak.py --causes`), so an over-masking rule can be told from the model.
        stage = ["ner"]
        stages: dict[tuple[int, int], str] = {}
        kept: list[tuple[int, int]] = []  # names left as the world's ("Karl Marx"), see `_one_person`
        negating = _NEGATED_TERM.search(text) is not None  # "non-Hodgkin" somewhere: asked once, not per span

        def add(start: int, end: int, entity: str, score: float) -> None:
            if entity == "PERSON":
                start, end = _dotted_name(text, start, end)
                end = name_end(text, start, end)
            value = text[start:end]
            if end - start < 2 or any(c.isdigit() for c in value) or value.lower() in _WEEKDAYS:
                return
            if everyday_cyrillic_run(text, start, end):
                return  # "Напиши", "Адрес регистрации", "будь ласка": Russian, Ukrainian or Bulgarian words, no one
            if opening_verb(text, start, end, slavic_given):
                return  # "Составь шаблон …": a request's verb the word list lacks
            if (cut := after_opening_words(text, start, end, slavic_given)) > start:
                add(cut, end, entity, score)  # "Это Ольга Морозова": the sentence's opening word is no part of the name
                return
            if (versus := _VERSUS.search(value)) is not None:
                # "freud vs jung", "SHERLOCK HOLMES VS HERCULE POIROT": a comparison's word is no part
                # of a name; each side is read on its own.
                if versus.start() > 0:
                    add(start, start + versus.start(), entity, score)
                if versus.end() < len(value):
                    add(start + versus.end(), end, entity, score)
                return
            words = value.lower().split()
            if any(w in _WEEKDAYS for w in words) and all(w in _WEEKDAYS or w in _MONTH_ABBREVIATIONS or w in CALENDAR_WORDS for w in words):
                return  # "Date:   Mon Nov 30 14:02 2026": a weekday and a month, a date's words
            if entity == "PERSON" and " " not in value and (desk_name(value) or unnamed_date_word(value.lower())):
                return  # "cc Finance", "per March's note": a desk, or a month or feast no one is called by, is no one
            if language is None and title_cased(text, start):
                if _words_alone(value, entity) and not person_context(text, start, end):
                    return  # "Games Ideas For Kids At Home": on a line typed in title case, a capital says no name
                if (cut := _small_word_after(text, start, end)) < end:
                    add(start, cut, entity, score)  # "Email Grace Bishop About The Rent": the name ends before "About"
                    return
            if " " not in value and value.lower() in _UNITS and _COUNT_BEFORE.search(text, max(0, start - 16), start):
                return  # "300 Kelvin", "5 Newtons", "230 Volts": a unit named after its finder, after a number
            if value.lower() in _MONTH_ABBREVIATIONS and (_DATED.search(text[max(0, start - 3) : start]) or _DATED.search(text[end : end + 3])):
                return
            if entity == "LOCATION" and value.lower() in CALENDAR_WORDS:
                return  # "travelling in April": a month or a feast is a time, never a place (April may be a person)
            if entity in ("PERSON", "LOCATION") and medicine(value):
                return  # "Ozempic, Wegovy or Mounjaro?", "IS METFORMIN SAFE": a listed medicine is no one and nowhere
            if entity == "PERSON" and (animal_named(text, start, end) or breed(value)):
                return  # "my dog Max", "Bella (Labrador, 4y)", "Labrador": an animal and its breed are no one (`pets`)
            if end - start <= 3 and text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
                return  # the first part of a word ("Co-authored-by", "Re-run"), not a name
            if value.islower() and text[start - 1 : start] == "-" and text[max(0, start - 2) : start - 1].isalnum():
                return  # the tail of a hyphenated word or flag ("--legacy-peer-deps"), not a name
            if (
                value.lower() in _SKY and kind.guarded and not kind.dealt and not kind.contact
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                return  # "Why does Venus rotate backwards?": a planet, a moon or a star, in a question about the world
            if " " not in value and negating and regex.search(rf"(?i)(?<!\w)non[-‐]{regex.escape(value)}(?!\w)", text):
                return  # "Hodgkin and non-Hodgkin lymphoma": a word the text also negates is a term, no one
            if entity == "PERSON" and " " not in value.strip() and _cited(text, start, end) and not person_context(text, start, end):
                return  # "Edit distance after Levenshtein (1965)": an author cited by surname and year
            if (header := _EXTENSION_HEADER.match(text, lines.line_start(text, start))) is not None and end <= header.end():
                return  # "X-Jenkins-Job: hermes-main": a header's field name, no one and nowhere
            if (_FIRM_AFTER.match(text, end) or value in _FIRM_WORDS and _AMPERSAND_BEFORE.search(text, max(0, start - 4), start)):
                return  # "Climpson & Sons", "Dombey & Son": a firm's name, the surname in it no one's in the prompt
            if value.lower() == "let" and text[end : end + 2] in ("'s", "’s"):
                return  # "from Let's Encrypt": "let us", the one English contraction that is no stop word, no one and nowhere
            if " " not in value.strip() and (epithet := _EPITHET_AFTER.match(text, end)) and _epithet(epithet.group(1)) and not kind.contact and not person_context(text, start, end) and not (
                kind.dealt and dealt_in_sentence(text, start, end, groups=False)
            ):
                return  # "Catherine the Great", "William the Conqueror": a ruler styled by an epithet, no one's colleague
            if " " in value.strip() and value.split()[-1].rstrip(".") in _THING_TAILS or _THING_TAIL_AFTER.match(text, end) or _CONTEST_HEAD.match(value):
                return  # "Lehman Brothers", "the Magnitsky Act", "the European Cup": a firm's, a law's or a contest's name (`_THING_TAILS`)
            if " " not in value and common_word(value) and _MODEL_BEFORE.search(text, max(0, start - 24), start):
                return  # "the Dyson V15 Detect", "a Galaxy S23 Ultra": an English word after a model code names the model
            if " " not in value and _AFTER_HASH.search(text[max(0, start - 120) : start]):
                return  # "9f2c1ab Fix login redirect": a commit subject's first word, a sentence start
            if " " not in value and (is_software(value.lower()) or english_form(value.lower()) and value.lower() not in listed_given()) and _CHANNEL_AFTER.match(text, end):
                return  # "cc Slack #infra": a chat tool and its channel, not someone copied in
            if " " not in value and is_software(value.lower()) and _WRITTEN_IN.search(text, max(0, start - 120), start):
                return  # "implement quicksort in Rust", "port this to Julia": the language the code is in (`_WRITTEN_IN`)
            # "a programme note on Tchaikovsky's Swan Lake", "Verdi's Aida", "Haruki Murakami's Kafka on
            # the Shore": a title after the possessive of a name the world knows is their work.
            if entity in ("PERSON", "LOCATION") and not kind.contact and famous_owners_work(text, start, end):
                kept.append((start, end))
                return
            # "Is Karl Marx still read?", "a toast in the style of Winston Churchill", "1. First woman in
            # space: Valentina Tereshkova", "a quote attributed to Charles Darwin" (a place only as
            # guessed from "to"): in prose a full name the world knows is the world's (or a part
            # of it: "Ada Lovelace's father"), unless the text holds contact details or deals with someone
            # ("Can Karl Marx cover my shift?"), someone is addressed or named so, or the name is tied to
            # the writer's life ("our intern …", "… from accounting"). Outside a question about the world
            # a placeholder ("Jane Doe") is `sample_names`' to judge.
            if (
                (
                    entity == "PERSON" or stage[0] == "proper nouns" and (notable_person(value) or single_name(value)) and not known_place(value)
                    # "how it differs from Steve Ballmer's era": a listed full name the model took for a place
                    or entity == "LOCATION" and " " in value.strip() and notable_person(value) and not known_place(value)
                )
                and not kind.coded and not kind.contact
                and (notable_around(text, start, end) or single_name(value) or _titled_namesake(value) or _peer_or_judge(value) or _titled_notable(value))
                # A dealing in the sentence makes the name someone's; for a full name the lists of the famous
                # hold whose surname the world's name lists do not ("Claudia Sheinbaum", not "Rui Costa"),
                # only a dealing right by it (`dealt_near`): "Send the invoice to Claudia Sheinbaum".
                and not (
                    kind.dealt and not _TOPIC_BEFORE.search(text, max(0, start - 40), start)
                    and (dealt_near(text, start, end, kind.copy) if kind.copy or _rarely_shared(value) else dealt_in_sentence(text, start, end, groups=False))
                )
                and (kind.guarded or not placeholder_name(value))
                # "How did Ada Lovelace meet Charles Babbage?": a verb between two names is the first's, no cue of the writer's
                and (not person_context(text, start, end) or named_pair_object(text, start)) and not related(text, start, end)
            ):
                kept.append((start, end))
                return
            # "For my seminar: how did Karl Marx read Hegel, and why did Marx break with him?": a surname
            # alone, where the full name the world knows stands elsewhere in the text, is the same
            # person's second mention, on the same terms (whatever label the model gave it: "CARDOZO'S").
            if (
                not kind.coded and not kind.contact and notable_surname(text, start, end) and not (kind.dealt and dealt_in_sentence(text, start, end, groups=False))
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                return
            # "Pavlov's dogs vs Skinner's box", "Keynes vs Hayek": two surnames of the world's famous
            # that few people share, in one sentence of prose that deals with no one.
            if (
                entity in ("PERSON", "LOCATION") and not kind.coded and not kind.contact and not kind.dealt and famous_surnames_together(text, start, end)
                and not known_place(value)
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                kept.append((start, end))
                return
            # "a toast in the style of Gordon Ramsay", "some Bon Iver" in a playlist: a style or a sound
            # the reader is meant to know, in prose that deals with no one (`styles`); a manner named
            # so is a style in a dealing too ("a toast for a friend's wedding in the style of Oscar Wilde").
            if (
                entity == "PERSON" and not kind.coded and not kind.contact and (styled_manner(text, start, end) or not kind.dealt and styled(text, start, end))
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                kept.append((start, end))
                return
            # "a short biography of Miriam Makeba", "quotes by Usain Bolt", "What is Fela Kuti famous
            # for?", "Was Frida Kahlo a better artist than Orhan Pamuk?": a frame that asks what the world
            # knows of the person (`public_frames`), or an athlete's record ("How many Test wickets did
            # … take?", `public_figures`), in prose that deals with no one.
            if (
                not kind.coded and not kind.contact and not kind.dealt
                and (world_framed(text, start, end) or entity == "PERSON" and sporting_record(text, start, end))
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                kept.append((start, end))
                return
            # "How does Walter White change over the course of Breaking Bad?", '"Chance favours the
            # prepared mind" — who said it?', "Did Ovid or Dante write more about friendship?": a
            # character placed in a titled work, a saying's first word, a one-name classical author
            # (`works_world`), in prose that deals with no one.
            if (
                not kind.coded and not kind.contact and not kind.dealt
                and (
                    entity == "PERSON" and kind.guarded and character_in_work(text, start, end, known_place)
                    or saying_opener(text, start, end) or quoted_title(text, start, end) or classical_author(text, start, end)
                )
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                kept.append((start, end))
                return
            if kind.public_places and public_place(text, start, end, kind.trip) or kind.copy and copy_place(text, start, end):
                return  # "Is Lagos bigger than Cairo?": the world's cities, not anyone's
            if entity == "LOCATION" and not kind.contact and jurisdiction(text, start, end):
                return  # "Is it legal in Germany to ask …": the reach of a law, no one's home
            if not kind.contact and not kind.coded and landmark_named(text, start, end) and not related(text, start, end):
                return  # "do i need to book the inca trail to machu picchu": a landmark is no one's, whatever the dealing
            if kind.trip and (trip_sight(text, start, end) or listed_sight(text, start, end)) and not person_context(text, start, end) and not related(text, start, end):
                return  # "Neuschwanstein or Linderhof if we only have one day in Bavaria?": a trip's sights
            if kind.trip and route_stop(text, start, end) and not person_context(text, start, end) and not related(text, start, end):
                return  # "Driving from Kandy to Ella then Galle": a route's stops, one of them a listed place
            # "is Testaccio market worth the walk?", "tapas in the Triana area of Seville": named by its kind of place.
            if kind.public_places and (worded_place(text, start, end) or district_of(text, start, end)) and not person_context(text, start, end) and not related(text, start, end):
                return  # "cheap eats around Condesa in Mexico City": a part of a listed city
            # "Kalamata olives", "single-origin beans from Huila", "a Lyon-style salad", "florists' prices in
            # Leeds": a product's origin, a style or a market, whoever speaks, in text with no contact data.
            if language is None and not kind.contact and origin_place(text, start, end) and not person_context(text, start, end):
                return
            # "a table at Kavárna Nad Vápenkou", "tickets for the Chorzów Jazz Festival", "AS Dieppe": a
            # venue's, an event's or a club's name by the word for its kind (`establishments`), in any
            # language: the heads are each language's own ("Musée Fabre", "Sprengel Museum" in a German table).
            if (
                not kind.contact and establishment(text, start, end)
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                return
            if language_named(text, start, end):
                return  # "into Polish", "in plain English", "Hindi, Tamil and Bengali": a language, no one and nowhere
            if manifest_name(text, start):
                return  # "- name: Install Traefik" among `hosts:` and `tasks:`: a task's title
            from privacy_gateway.detection.tables import firm_cell  # loaded late: keeps the import chain short

            if firm_cell(text, start, end):
                return  # "company,category,hq_country" over "Ted Baker,fashion,GB": a firm named after someone, nowhere
            if kind.technical and (identifier_shaped(value) or code_position(text, start, end)) or entity == "PERSON" and any(product_shaped(w) for w in value.split()):
                return  # "KeyError: 'x'", "getFullName", "class Reader {": code's identifiers, not anyone's name
            if entity == "LOCATION" and " " not in value and product_shaped(value) and _SPEC_BEFORE.search(text, max(0, start - 12), start):
                return  # "a 2016 Ford Focus 1.0 EcoBoost": a product's CamelCase name after its size, nowhere
            # "the Jenkins job", "install Celery", "Grafana": a tool named like a person or a word,
            # unless someone is addressed. A tool no name list shares is configured, not addressed,
            # when it is told what to do or that something is so ("How do I tell Webpack that the
            # alias points to src?").
            # "to Dynamics 365", "on Office 2019": a product's edition number after the word found.
            if (edition := _EDITION_AFTER.match(text, end)) is not None and unambiguous_software(text[start : edition.end()]):
                value, end = text[start : edition.end()], edition.end()
            tool_told = configured(text, start, end) and (unambiguous_software(value) or technology(value) is False and not is_software(value))
            if is_software(value) and (
                kind.technical or unambiguous_software(value) or software_context(text, start, end)
            ) and (not person_context(text, start, end) or tool_told):
                return
            if (
                kind.technical and " " in value and unambiguous_software(value.split()[0])
                and not any(ascii_fold(w.lower()) in listed_given() for w in value.split()[1:])
            ):
                return  # '"name": "Bugsnag Android"', "the Sentry Python SDK": a tool's edition or part, named even under a name key
            # "learn Elm", "Okta" in a question about SSO: a language or tool of the generated list.
            if technology_used(text, start, end, kind.technical) and not person_context(text, start, end):
                return
            # "escalate to Opsgenie", "from HubSpot to Airtable": one word of the generated list that no
            # name list has (no ` *`) and no place list has ("Braintree", "Oshkosh" are towns too) is a
            # product in prose as well, where no tool's word stands beside it. The verbs that copy in or
            # alert a person reach a tool too, right before it ("cc Okta", "ping Zerotier", "notify
            # Datadog"), and one told what to do is configured ("Remind Dependabot to skip majors");
            # asked, thanked or greeted it is someone ("ask Gatsby whether …", "Hi Zilliz").
            if (
                " " not in value and technology(value) is False and not known_place(value)
                and (not person_context(text, start, end) or _TOOL_REACHED.search(text, max(0, start - 12), start) is not None or tool_told)
            ):
                return
            # "compare cerave and nivea", "the copy on Ben & Jerry's tubs", "Queen Anne's lace", "dinner at
            # Dishoom": a listed brand, show, chain, venue or plant (`brands`), the span alone or with the
            # words beside it, unless a person is addressed or tied to the writer.
            if (listed_brand(text, start, end) or brand_model(text, start, end)) and not person_context(text, start, end) and not related(text, start, end):
                return
            # "My son loves Minecraft", "switched from Spotify to Tidal": a word English writes often
            # that no name or place list holds is a brand, a product or a work (`things`), unless a
            # person is addressed or tied to the writer. A place only as guessed from a capital after
            # "from" or "to": an address's words ("Blk 10") are the address's, whatever English makes of them.
            if (
                (entity == "PERSON" or stage[0] == "proper nouns") and public_word(value, place=entity == "LOCATION")
                and not person_context(text, start, end) and not related(text, start, end)
            ):
                return
            # "a Unox", "the Makita drill": a make or a brand, used as a thing. For the guesses from
            # capitals, and for tagged names that are no listed given name or place ("Honeywell
            # valves"; "Dawn Braun rang …" and "the Tønsberg warehouse" stay). Counted with "a", a
            # make is a thing after a cue for a person too ("Customer has a Worcester Bosch Greenstar 30i").
            if (
                entity == "PERSON" and language is None and (stage[0] in ("proper nouns", "partners", "full names") or _unlisted_tag(value))
                and used_as_thing(doc, start, end)
                and (counted(doc, start) or not person_context(text, start, end) and not _titled_at_work(text, value, end) and not _COUPLES_DAY.match(text, end))
            ):
                return
            # "should i get a dyson", "is a refurbished miele worth it": a word typed in lower case and
            # counted with "a" is a make, unless it is a given name of the lists ("there's a maria in accounts").
            if (
                entity == "PERSON" and language is None and value.islower() and " " not in value and counted_in_lower_case(doc, start)
                and ascii_fold(value.split()[0]) not in world_first_names() and not person_context(text, start, end)
            ):
                return
            # "for Sony headphones": a make before a plural kind, even one lists have as a given name.
            if entity == "PERSON" and language is None and governed_plural_kind(doc, start, end) and not person_context(text, start, end):
                return
            # "bouquets with David Austin Juliet roses": a variety named after someone (`brand_uses.variety`).
            if entity == "PERSON" and language is None and variety(doc, start, end) and not person_context(text, start, end):
                return
            # "one blow-out dinner at Bob Bob Ricard", "dinner at Harry's Bar": a restaurant (`brand_uses.venue`).
            if language is None and venue(text, start, end) and not person_context(text, start, end):
                return
            # "a recipe for Kaalilaatikko", "Halušky and Svíčková are back on the menu": a dish (`dishes`).
            if language is None and dish(text, start, end) and not person_context(text, start, end) and not related(text, start, end):
                return
            # "a 2012 Toyota Hilux": no place is counted with "a" and a year.
            if entity == "LOCATION" and language is None and counted(doc, start, number=True):
                return
            # "ask Copilot", "Gemini says": an assistant, addressed like a person.
            if entity == "PERSON" and " " not in value and assistant(text, start, end):
                return
            # "Microsoft Orleans", "JetBrains Rider", "EF Core": a product named with its maker's name,
            # also where a place would stand ("set one up in Microsoft Planner"). Not a tool's name
            # that is a given name too before a surname ("SPRING RAUZMAN").
            if entity in ("PERSON", "LOCATION") and vendor_product(value) and not tool_given_name(value) and not person_context(text, start, end):
                return
            # "Rocket or Axum for a Rust web service?": in a question about tools, a word no one is named.
            # Not a full name acting ("Fərid Kəngərli set up the Redis replica …", "… owns the Vault
            # unseal keys"): the subject of a verb, or someone things are handed to, is a person; nor
            # someone told a clause or kept informed ("Can you let Krivec know that the Jenkins agents
            # are back?"), whom `dealt_with` has already told from a tool.
            if (
                kind.about_tools and entity == "PERSON" and thing_name(value) and not person_context(text, start, end)
                and not _acting(doc, text, start, end) and (start, end) not in dealt_with(text, addressed=True)
            ):
                return
            # "Buildkite or Woodpecker for …": weighed against a tool, a word is a tool too.
            if " " not in value and tool_alternative(text, start, end) and not person_context(text, start, end):
                return
            if " " in value and (value.split()[0].lower() in _PLACE_HEADS or value.split()[-1].lower() in _PLACE_TAILS) and not _head_given(value):
                # "compared with Mount Stanley": a place, in a question about the world; "• Lake
                # Titicaca • the Colca Canyon" among a trip's must-sees: the world's sights.
                if (entity == "PERSON" and kind.guarded or kind.public_places) and not person_context(text, start, end):
                    return
                entity = "LOCATION"
            if entity == "PERSON":
                if (bare := _without_imperative(text, start, end)) != (start, end):
                    # "Tell Prettier to ignore the folder": the model's span held the verb; the name
                    # alone is read again, by every test above ("Prettier" is a tool told what to do).
                    if bare[0] < bare[1]:
                        add(*bare, entity, score)
                    return
                # "Dijkstra's algorithm", "Occam's razor": a named idea, not a person in the prompt.
                if _EPONYM.match(text, end) or named_after(text, start, end):
                    return  # "Victoria sponge", "the Eiffel Tower … Gustave Eiffel": a thing's name, its namesake
            if found.get((start, end), ("", 0.0))[1] < score:
                found[(start, end)] = (entity, score)
                stages[(start, end)] = stage[0]

        # Text analysed by its own language's pipeline (`detection.languages`) has NER labels made
        # for it: they are read as they come; only the guesses from capitals stay off.
        native = language is not None and language == kind.language
        self._from_ner(doc, text, kind, None if native else language, add)
        titles = work_titles(doc)  # "the man in Crime and Punishment": a work's title
        stage[0] = "cues"

        def add_cued(start: int, end: int, entity: str, score: float) -> None:
            # "IN ACCORDANCE WITH STCW A-VIII/1": on a line in capitals every word after a cue is
            # capitalised; there an acronym with no vowel or a code's piece ("A-VIII") is no one's,
            # unless a word the name lists hold is in the span ("1.BERIDZE/NINO MS" is someone).
            words = regex.findall(r"[\p{L}\d\-]+", text[start:end])
            if (
                entity == "PERSON" and _on_shouted_line(text, start) and any(_CODE_WORD.fullmatch(w) for w in words)
                and not any(ascii_fold(w.lower()) in listed_names() for w in words)
            ):
                return
            add(start, end, entity, score)

        self._from_cues(doc, text, kind, language, add_cued, titles)
        stage[0] = "spelled"
        for start, end in spelled_names(text):  # "my surname is k o w a l c z y k", in any language
            add(start, end, "PERSON", 0.75)
        stage[0] = "sign-offs"
        for start, end in signed_names(text, known_place):  # "… up to 2 hrs. – Hüseyin, Tier 2": who wrote the note
            add(start, end, "PERSON", 0.75)
        for start, end in closing_names(text):  # "… cheers cauã", "Cordialement,\nJean-Baptiste": who wrote the message
            add(start, end, "PERSON", 0.75)
        if not kind.coded:  # "Minutes — present: Isa, Lorenz, Luca.": each item of a roster (`rosters`); code's `hosts:` are machines
            stage[0] = "rosters"
            for start, end in [*roster_names(text), *rota_names(text)]:  # "mon tyrone + agnieszka lunch, bence dinner": a rota's people
                add(start, end, "PERSON", 0.75)
        # "COURT 3  10:00  R V ANDRESEN": the parties of a court's list, whatever kind the text reads as (`court_lists`).
        stage[0] = "court lists"
        for start, end in court_list_parties(text):
            add(start, end, "PERSON", 0.75)
        # "DURMUŞ, BEKBAY  /", "ISAH SAFIYA .... B": a register's rows, in any language and kind of text (`registers`).
        stage[0] = "registers"
        for start, end in register_rows(text):
            add(start, end, "PERSON", 0.75)
        if language is None:  # "talked to maria gonzalez", "HI ARTHUR": names typed in one case (`recased`)
            stage[0] = "recased"
            for start, end in recased_names(text, history=kind.history, technical=kind.coded):
                add(start, end, "PERSON", 0.6)
            # "Write A Reference For Our Babysitter Ingrid Solberg": a line in title case is read as
            # one typed in one case, where capitals no longer run the name into the words around it.
            if (lowered := lowered_title_lines(text)) is not None:
                for start, end in recased_names(lowered, history=kind.history, technical=kind.coded):
                    add(start, end, "PERSON", 0.6)
            # "front desk - rowan + freja": a given name alone on a line typed in lower case (`lone_names`).
            stage[0] = "lone names"
            for start, end in lone_lower_names(text):
                if not known_place(text[start:end]) and (not kind.coded or prose_line(text, start)):
                    add(start, end, "PERSON", 0.6)
        if language is not None and not native:
            # "1. ishaan aur ananya – …", "dari tim cs (dimas saputra)": a given name alone on a line typed
            # in lower case, read as in English (`lone_names`), when it is no word of the text's language either.
            stage[0] = "lone names"
            for start, end in lone_lower_names(text):
                word = text[start:end]
                if not own_word(language, word) and not known_place(word) and (not kind.coded or prose_line(text, start)):
                    add(start, end, "PERSON", 0.6)
            # "Mi amigo Lucas Torres quiere …", "Schrijf een mail naar Joost van Noort": in another
            # language the English model tags few names and no name is guessed from a capital alone,
            # so a whole run of capitalised words the lists read as a full name is someone's, unless
            # a word of it is that language's own (a stop word or an everyday word: "Clube da
            # Esquina") or the world knows the name (Frida Kahlo).
            stage[0] = "full names"
            own = partial(own_word, language)
            runs = [(text, span) for span in foreign_full_names(text, own)]
            # Its lines typed in lower case are read on a copy where the words the name lists hold are capitalised.
            if (copy := lower_case_copy(text, own)) is not None:
                runs += [(copy, span) for span in foreign_full_names(copy, own, copied=True)]
            # A notice in capitals ("AB MONTAG IST ANNELIESE BRÜCKNER FÜR DIE SCHLÜSSELAUSGABE ZUSTÄNDIG")
            # capitalises every word: its lines are read on a lower-case copy at the same offsets, as a
            # text with capitals is (a given name that is no English word counts before a listed surname).
            if (lowered := shouted_lines_lowered(text)) is not None and (copy := lower_case_copy(lowered, own)) is not None:
                runs += [(copy, span) for span in foreign_full_names(copy, own)]
            if language == "vi":  # "KH Lê Văn Phúc": a family name opens it, whatever the lists hold of the rest
                runs += [(text, span) for span in vietnamese_names(text)]
            if language == "el":  # "Γιώργος Παπαδόπουλος": a listed given name, then a surname by its ending
                runs += [(text, span) for span in greek_names(text)]
            for source, (start, end) in runs:
                words = source[start:end].split()
                if _holds_own_word(language, words):
                    # "me llamo xosé manuel lourido y vivo en …": a run that goes on past a name by "and"
                    # into the sentence (a verb the name lists hold) is read up to the joining word.
                    joining = _JOINING_WORD.search(source, start, end)
                    head = source[start : joining.start()].split() if joining is not None else []
                    if len(head) < 2 or _holds_own_word(language, head) or not listed_full_name(head):
                        continue
                    end, words = start + len(source[start : joining.start()].rstrip()), head
                if language == "vi" and VIETNAMESE_PLACE_BEFORE.search(source, max(0, start - 16), start):
                    continue  # "vịnh Hạ Long", "sân bay Nội Bài": a bay's, an airport's name
                if _place_shaped([w.lower() for w in words]) or known_place(source[start:end]) or notable_around(source, start, end):
                    continue
                if establishment(source, start, end):
                    continue  # "Muzeum Fryderyka Chopina": a museum's, a hotel's or a club's name by its kind's word
                if _MODEL_AFTER.match(source, end) and not _PHONE_AFTER.match(source, end):
                    continue
                if frequent_pair(words[0], without_possessive(words[-1])) and not personal(language, text):
                    continue  # "Spreekbeurt over Anne Frank": the commonest names, no one speaking of their own life
                add(start, end, "PERSON", 0.7)
            if language in EVERYDAY_ONLY or language in _NO_CAPITAL_NOUNS:
                # "att Joakim och Ebba ska hämta", "dzwoniła Grażyna z działu kadr", "il matrimonio di
                # Gianluca e Selamawit": these languages capitalise no common noun, so inside a
                # sentence a capitalised word the lists hold as a given name, and that is no word of
                # the language, no place, tool, brand, dish or famous name, is someone's, as in English.
                stage[0] = "given names"
                for m in _INNER_CAPITAL.finditer(text):
                    word = m.group()
                    if ascii_fold(word.lower()) not in world_first_names() or own_word(language, word):
                        continue
                    if _CAPITAL_NEXT.match(text, m.end()):
                        continue  # the first word of a longer name, the full names' to judge
                    if language in _NO_CAPITAL_NOUNS and _OF_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                        continue  # what "of" names, in these languages
                    if language in _THING_ARTICLES and _THING_ARTICLES[language].search(text, max(0, m.start() - 4), m.start()):
                        continue  # "con il Vesuvio", "sur le Léman": a masculine article names a thing, no one
                    if known_place(word) or is_software(word) or notable_around(text, m.start(), m.end()) or listed_brand(text, m.start(), m.end()):
                        continue
                    add(m.start(), m.end(), "PERSON", 0.6)
            # "Mi hija Rebeca …", "mijn zoon Seth", "Mein Vater Leopold Salz": the writer's kin, friend,
            # neighbour or colleague, then the name they are called by.
            if (kin := FOREIGN_KIN.get(language)) is not None:
                stage[0] = "kin"
                for m in kin.finditer(text):
                    words = m.group("name").split()
                    # "meine Tochter Lena Hausaufgaben …": the noun after the name is not it, in German,
                    # whose nouns take capitals; elsewhere a capitalised word there is the surname,
                    # whatever it also means ("fosta soție, Roxana Ciobanu": a shepherd's word).
                    while words and (language == "de" or len(words) == 1) and own_word(language, words[-1]):
                        words.pop()
                    # A given name that is a word of the language too counts before a surname
                    # ("teman saya Wulan Prameswari"); alone it may be that word.
                    if words and (len(words) > 1 or not own_word(language, words[0])):
                        add(m.start("name"), m.start("name") + len(" ".join(words)), "PERSON", 0.75)
                # "Dochter Lieselot belt terug": a kin word without a possessive, then a given name of the lists.
                bare = BARE_KIN_GIVEN.get(language)
                for m in bare.finditer(text) if bare is not None else ():
                    if ascii_fold(m.group("name").lower()) in listed_given() and not own_word(language, m.group("name")):
                        add(m.start("name"), m.end("name"), "PERSON", 0.7)
                # "mi vecina ariadna mora me pidió …": the same, typed in lower case, where only a
                # listed given name and a listed surname say where the name is.
                for m in FOREIGN_KIN_LOWER[language].finditer(text):
                    if (span := _lower_full_name(language, m)) is not None:
                        add(*span, "PERSON", 0.7)
            # "ich bin waldemar, erreichbar unter …", "hola soy jordi puigdevall,": the writer saying who
            # they are in lower case, a listed given name that is no word of the language ending the clause.
            stage[0] = "introductions"
            for m in _LOWER_INTRODUCTION.finditer(text):
                words = m.group("name").split()
                if ascii_fold(words[0]) in listed_given() and not any(own_word(language, w) or english_form(w) for w in words):
                    add(m.start("name"), m.end("name"), "PERSON", 0.7)
            # "Wir sind Annika und Matthias und heiraten …", "Somos Lucía y Mateo", "Ich bin Annika Vogel": the
            # writer, or a couple, saying who they are with capitals, as German capitalises every noun too
            # ("Ich bin Lehrerin"): each name a listed given name that is no word of the language, with
            # the capitalised word after it that is none either.
            for m in _CASED_INTRODUCTION.finditer(text):
                for group in ("a", "b"):
                    if m.group(group) is None:
                        continue
                    words = m.group(group).split()
                    if ascii_fold(words[0].lower()) not in listed_given() or own_word(language, words[0]) or known_place(words[0]):
                        break
                    if len(words) > 1 and (own_word(language, words[1]) or known_place(words[1])):
                        words = words[:1]
                    add(m.start(group), m.start(group) + len(" ".join(words)), "PERSON", 0.7)
            # "zeugin war leonie fuchs, die hat alles gesehen", "de installateur rakesh ramdin is geweest": a
            # role, a witness or a greeting before a full name typed in lower case, read as the writer's kin are.
            stage[0] = "roles"
            for m in FOREIGN_ROLE_LOWER.finditer(text):
                if (span := _lower_full_name(language, m)) is not None:
                    add(*span, "PERSON", 0.7)
            # "il pacco di maura abate è stato lasciato", "paczkę dla artur matyjaszek": a given name and a
            # surname typed in lower case after a word that places a person, neither a word of the
            # language nor a common English one (`_lower_pairs`). Not in Vietnamese, whose syllables
            # are each a word and a name's.
            stage[0] = "lower-case full names"
            for start, end in _lower_pairs(language, text) if language != "vi" else ():
                add(start, end, "PERSON", 0.65)
        if kind.guarded and language is None and not kind.coded and " from " in text:
            # "Write a poem about Anna from Leeds": in text about the world or a work, where the model's
            # tags are read as its characters and places, a given name from a listed place is someone,
            # and the place theirs.
            stage[0] = "from places"
            for m in _FROM_PLACE.finditer(text):
                if ascii_fold(m.group("given").lower()) in listed_given() and known_place(m.group("place")):
                    (who_start, who_end), (where_start, where_end) = m.span("name"), m.span("place")
                    add(who_start, who_end, "PERSON", 0.7)
                    add(where_start, where_end, "LOCATION", 0.7)
        # A notice typed wholly in capitals reads its full names by the lists the same way, whatever
        # its kind: "NIGHT SHIFT - … LEFT AT 2AM, KEYS WITH DESTINY HILL" has no capitals to go by.
        if (_unknown_public(kind) or not kind.guarded and text.isupper()) and language is None:
            # "Did Kacper Feret win the regional poetry prize?", "Why did Pepijn Sitters leave the
            # rowing club committee?": in a question shaped like one about history or the world, a
            # whole run of capitalised words that the lists read as a full name is someone's unless the
            # world knows it (`notable`: "Why did Angela Merkel open the borders?"). The words of
            # history and fame say what is asked, not who is asked about: private people are asked
            # about in them too, and the lists of the famous are what tells the two apart.
            stage[0] = "full names"
            # Typed in one case ("WHAT DID KIRSTIN NIELSEN SAY IN HER SPEECH?"), the text is read the
            # same way on a copy where the words that may be names are capitalised (`_name_like`).
            one_case = text.isupper() or text.islower()
            source = titled_copy(text, _name_like) if one_case else text
            spans = full_name_spans(source) if one_case else {*full_name_spans(text), *asked_full_names(text)}
            for start, end in sorted(spans):
                words = text[start:end].lower().split()
                if _place_shaped(words):
                    continue
                if any(without_possessive(w) != w for w in words[:-1]) or known_place(source[start:end]):
                    continue  # "Terry Pratchett's Discworld": a name and its work, not one name
                if _MODEL_AFTER.match(source, end) or notable_around(source, start, end) or _known_in_history(source, start, end, words):
                    continue
                if one_case and _inside_notable(source, start, end):
                    continue  # "HOW DID LUCIUS LICINIUS LUCULLUS BECOME SO FAMOUS?": a window of a longer famous name
                if not one_case and not whole_run(text, start, end):
                    continue
                add(start, end, "PERSON", 0.7)
        if not kind.guarded and language is None:
            # "…; Ingrid Larsson in Tromsø signs them off": a whole run of capitalised words that the
            # lists read as a full name is someone's in prose, where the model tagged nothing over it
            # and no verb follows it. Not a model's or a place's name: a model number after it ("Serie
            # 4"), a place's first or last word ("Ha Long Bay"), a possessive before it ("My Smeg").
            stage[0] = "full names"
            for start, end in whole_full_names(text):
                words = text[start:end].lower().split()
                if _place_shaped(words):
                    continue
                if _MODEL_AFTER.match(text, end) and not _PHONE_AFTER.match(text, end):
                    continue
                add(start, end, "PERSON", 0.7)
            covered = {i for s, e in found for i in range(s, e)}
            stage[0] = "proper nouns"
            self._proper_nouns(doc, covered, add, titles)
            stage[0] = "partners"
            self._partners(doc, dict(found), add)
        elif kind.question and language is None:
            # A question about the world with no history in it ("Which aria did Sara Greene sing?"):
            # single capitalised words are its characters and places, a full name is still someone's.
            covered = {i for s, e in found for i in range(s, e)}
            stage[0] = "proper nouns"
            self._proper_nouns(doc, covered, add, titles, full_names=True)
        if language is None:
            # "I asked 王芳 about the invoice": a name in a script without capitals, by where it stands;
            # in code, logs and tickets only on a line of plain sentences ("return request from רות
            # בוזגלו (order 55120) - item arrived damaged").
            stage[0] = "other scripts"
            people = [(s, e) for (s, e), (entity, _) in found.items() if entity == "PERSON"]
            for start, end, entity in script_names(doc, people, world=kind.public_places):
                if not kind.coded or prose_line(text, start):
                    add(start, end, entity, 0.6)
            for start, end in cased_script_names(text):  # "Employee: Гаврилов Сергей, …": the model tags Cyrillic at random
                if not kind.coded or prose_line(text, start):
                    add(start, end, "PERSON", 0.6)
            for start, end in slavic_full_names(text):  # "Это Ольга Морозова из бухгалтерии": a given name and a surname by its ending
                if not kind.coded or prose_line(text, start):
                    add(start, end, "PERSON", 0.6)
            for start, end in titled_surnames(text):  # "Бригадир Лебедев не берёт трубку": a role, then a surname by its ending
                if not kind.coded or prose_line(text, start):
                    add(start, end, "PERSON", 0.6)
        # "伊藤 美咲 様", "田中さん": a name before an honorific; "契約者：佐藤 美咲": after a form's label;
        # "Тарас Іванович Мельничук": a name by its patronymic; "de heer van den Berg": a surname after
        # another language's title, its particles with it; "اسمي عمر السويدي", "मेरे चाचा विनायक देशपांडे": the
        # writer's own name and their kin's in Arabic, Persian, Urdu, Hebrew and Hindi; in text of any language or script. A name
        # found inside one ("Berg") and a place the model read over one ("Frau von Thaden") give way to it.
        # "ถึงคุณธนากร วงศ์ไทย", "สมศรี แก้วมณี": a Thai name after its title, or given and family name by the lists
        # (`thai_names`); "我是周雨桐，", "1. 王浩然，…电话": a Chinese name where Chinese puts a person (`chinese_names`);
        # "家族（山口さくら）", "渡辺健一（当館学芸員）": a Japanese name in brackets or before a role in them (`japanese_names`);
        # "ਗੁਰਮੀਤ ਸਿੰਘ", "विक्रम सिंह राठौर", "पूजा शर्मा": a Gurmukhi or Devanagari name held by Singh or Kaur
        # or closed by one of India's commonest family names (`indic_names`);
        # "pak Bambang", "bu dewi", "sharma ji ne bola": a name beside an Indonesian, Malay or Hindi title (`title_names`);
        # "I Made Sudarsana", "Putu Ardana": a Balinese name by its birth-order word (`balinese_names`);
        # "- يوسف الحداد، مشرف إنتاج": an Arabic or Persian given name and family name by the lists (`arabic_names`);
        # "איתי כהן: סיימתי …": a Hebrew given name and family name by the lists (`hebrew_names`);
        # "남편: 박준호", "연락은 김서연 010-…": a Korean family syllable and a listed given name as one word (`korean_names`).
        for start, end in [
            *honorific_names(text), *labelled_names(text), *patronymic_names(text), *capital_titled_names(text), *introduced_names(text),
            *thai_names(text), *chinese_names(text), *japanese_names(text), *indic_names(text), *title_names(text, language),
            *balinese_names(text), *arabic_names(text), *hebrew_names(text), *korean_names(text),
        ]:
            inside = [
                (s, e) for s, e in found if (s, e) != (start, end)
                and (found[(s, e)][0] == "PERSON" and start <= s and e <= end or found[(s, e)][0] == "LOCATION" and s < end and start < e)
            ]
            for key in inside:
                del found[key]
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = ("PERSON", 0.7)
                stages[(start, end)] = "honorifics"
        # "Sir Wyn Williams" kept whole under its honour: the model's tag on the name inside it goes with it.
        for start, end in kept:
            if _peer_or_judge(text[start:end]):
                for key in [k for k, (entity, _) in found.items() if entity == "PERSON" and start <= k[0] and k[1] <= end]:
                    del found[key]
        for start, end in _one_person(text, kept, found):
            found[(start, end)] = ("PERSON", 0.6)
            stages[(start, end)] = "second mentions"
        if language is None:
            people = [(s, e) for (s, e), (entity, _) in found.items() if entity == "PERSON"]
            for start, end in list_heads(text, people, [(s, e) for (s, e), (entity, _) in found.items() if entity == "LOCATION"]):
                found[(start, end)] = ("PERSON", 0.6)
                stages[(start, end)] = "list heads"
        return [
            RecognizerResult(entity, s, e, score, recognition_metadata={**self._metadata(), SOURCE_KEY: stages[(s, e)]})
            for (s, e), (entity, score) in found.items()
            if entity in entities
        ]

    def _from_ner(self, doc: Doc, text: str, kind: TextKind, language: str | None, add) -> None:  # noqa: ANN001
        guarded = kind.guarded
        # A lone word in lower case only in English prose of a sentence or more: in code and one-case
        # lists of tools it is as often a command or a package, a string of a word or two (a JSON
        # key, "enum") has no sentence to read, and "no English word" says nothing in French.
        # Asked once per text, and the count stops at four words.
        lone = not guarded and language is None and kind.language == "en" and len(list(islice((t for t in doc if t.is_alpha), 4))) == 4
        for ent in doc.ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            if ent.label_ == "FAC" and not any(t.like_num for t in ent) or work_title(ent):
                if ent.label_ == "FAC" and (acting := _name_acting(ent, text)) is not None:
                    add(*acting, "PERSON", 0.85)  # "Zoé Breton takes the Helm chart cleanup": the FAC opens with its subject
                continue  # the shipped recognizer's FAC is a street line with its number; a long run of nouns without one is prose; "Kind of Blue" a title
            for first, last in list(_runs(ent)) or _uncased(ent) or (_lone_name(ent, text) if lone else []):
                prev = doc[first.i - 1] if first.i > 0 else None
                starts_line = prev is None or first.is_sent_start or "\n" in prev.whitespace_ or prev.text in ".!?:\n"
                if first.i < last.i and ((starts_line or first.pos_ == "VERB") and common_word(first.text) or first.lower_ in REACHING):
                    # "Text Raj at noon", "Ask Maria", "ping jae-won park": the verb is no part of the name
                    first = doc[first.i + 1]
                # "BITTE FREUNDLICHER FORMULIEREN:" opening a notice in capitals: read as a lower-case run is.
                if language is not None and ent.label_ == "PERSON" and (ent.text.islower() or ent.text.isupper() and _on_shouted_line(text, ent.start_char)):
                    kept = _lower_case_run(doc, first, last, language)
                    if kept is None:
                        continue
                    first, last = kept
                words = [t.lower_ for t in doc[first.i : last.i + 1]]
                start, end = first.idx, last.idx + len(last.text)
                # "a piece on Kenya", "Peru's economy": a country the recognizer called a person is read as the place it is.
                # "Los Glaciares", "Las Vegas": a name that opens with Spanish's plural article is a place's, never a person's.
                label = "GPE" if ent.label_ == "PERSON" and (_country_named(text, start, end) or words[0] in ("los", "las") and len(words) >= 2) else ent.label_
                if _not_a_name(doc, label, first, last, words, text, kind, language):
                    continue
                if label in ("PERSON", *_PLACE_LABELS):
                    # A full name in a plain question ("Summarise the note from Maria Gonzalez") is
                    # still someone's; only code and history make a tagged name a public one.
                    # In a plain question a given name alone is someone's too ("Why is Teresa so
                    # impulsive?"); other single words are its characters and places ("Claudius", "Hamlet").
                    named = len(words) >= 2 or kind.question and given_name(words[0]) or initialled(text, start)
                    # In code, a sentence in a string or a comment is prose; so is a line of plain sentences
                    # among the code, where a full name acting ("Ibrahim Buhari wrote the cron job that
                    # rotates the nginx logs") is someone's, unless the world knows it or a tool is named after
                    # it (names there in one case are `prose_names`' to judge: "sudo -iu marenbh fails").
                    full_name = label == "PERSON" and named and not kind.history and (
                        not kind.coded or in_prose_literal(text, start, end)
                        or len(words) >= 2 and all(_capitalised(t.text) for t in doc[first.i : last.i + 1]) and prose_line(text, start)
                        and persons_role(doc, text, first, last)
                        and not notable_around(text, start, end) and not any(is_software(w) for w in words)
                    ) or len(words) >= 2 and kind.technical and in_prose_literal(text, start, end)  # a name the recognizer called a place
                    # "Priya Raman wrote the cron job": in technical text a full name by the lists is someone's,
                    # and so it is in a question about history or the world ("Is Tabea Plath's novel any good?").
                    # Not a name the world knows ("Who wrote logrotate, and what did Claude Monet paint?").
                    full_name = full_name or (kind.technical or _unknown_public(kind) and not _known_in_history(text, start, end, words)) and language is None and (
                        listed_full_name(text[start:end].split(), tagged=True) and not notable_around(text, start, end)
                    )
                    # "Kirsi restarted the database", "Reply to Oyelaran": in technical prose (work notes and
                    # tickets mention servers and apps) a tagged given name that is no tool is someone's too.
                    # So is the owner of something or someone addressed in ops chat ("Linh's dashboards look
                    # fine", "approved. Asami merge when green"; `owning_or_addressed`).
                    given_alone = not full_name and _technical_prose(kind) and language is None and (
                        persons_role(doc, text, first, last) or owning_or_addressed(doc, text, first, last)
                    ) and (
                        tagged_given_name(text, start, end) and not (label in _PLACE_LABELS and known_place(text[start:end]))
                    )
                    # "Chibuzo Obi (network lead)": a tagged full name with a role in brackets after it is someone's.
                    full_name = full_name or given_alone or label == "PERSON" and len(words) >= 2 and language is None and role_in_brackets(text, end)
                    # "hike to Machu Picchu" in a question about the world: a place the model mislabels.
                    # "How tall is Mount Kenya?": a place the recognizer called a person.
                    place_head = words[0] in _PLACE_HEADS or len(words) >= 2 and words[-1] in _PLACE_TAILS
                    if full_name and not kind.technical and (place_head or first.i > 0 and doc[first.i - 1].lower_ in _GOING_TO):
                        full_name = False
                    # In a plain question an unlisted place is as likely someone's own town ("How far
                    # is it from Robertville?"); listed ones are the world's (`places`).
                    own_place = kind.question and label in _PLACE_LABELS and not known_place(text[start:end])
                    # "the Bydgoszcz shop" in a note about price lists: a listed town, where brands are the
                    # other capitalised words ("Bosch", "Lavazza") and stay.
                    own_place = own_place or kind.wordy and label in _PLACE_LABELS and known_place(text[start:end])
                    # "Find me a plumber in Ski" as a message in an API call, a search tool's query: a request's place.
                    # "… dispatched to Graz" in a log call or a log line, "# routed via Linz": a record's place.
                    own_place = own_place or kind.technical and label in _PLACE_LABELS and placed_in_literal(text, start, end)
                    # `"dest": "Friesoythe"`, `agent='Kristofer Stanić'`: a record's whole value under a key no
                    # rule types is data; the tag and the lists say whether it is a place or someone (`record_values`).
                    typed = record_entity(text, start, end, label == "PERSON") if kind.technical and not full_name else None
                    if typed is not None:
                        add(start, end, typed, 0.85)
                        continue
                    if guarded and not full_name and not own_place and not person_context(text, start, end):
                        continue
                    entity = "LOCATION" if label in _PLACE_LABELS or place_head else "PERSON"
                    if entity == "LOCATION" and len(words) >= 2 and ascii_fold(words[0]) in world_first_names() and words[0] not in _PLACE_FIRST_WORDS and not place_head:
                        # "loop in Eleanor Whitfield", "Guðrún Sigurðardóttir presented": a given name first (the lists
                        # hold it folded) is a person the recognizer called a place.
                        entity = "PERSON"
                    if given_alone:
                        entity = "PERSON"  # "Kübra's dashboards": a listed name in a person's place, whatever the label
                    add(start, end, entity, 0.85)
                elif not guarded:
                    before = doc[first.i - 1].lower_ if first.i > 0 else ""
                    if label == "NORP" and _demonym(first, last):
                        continue  # "American", "Brazilian": nationalities, not places
                    if _role_label(doc, first, last):
                        continue
                    add(start, end, "LOCATION" if before in _PLACE_PREPOSITIONS else "PERSON", 0.6)

    def _from_cues(self, doc: Doc, text: str, kind: TextKind, language: str | None, add, titles: list[tuple[int, int]]) -> None:  # noqa: ANN001
        guarded, technical = kind.guarded, kind.technical
        # In a general question a full name the recognizer missed still counts ("What did Maria
        # Lopez say…"), as a tagged one does; in code and history only strong cues do.
        full_names_only = guarded and not technical and not kind.history
        for cue, score, strong in PERSON_CUES:
            if guarded and not strong and not full_names_only or kind.history and cue is _TITLED:
                continue
            pattern = cue.on(text) if isinstance(cue, (Grouped, Tailed)) else cue
            for m in pattern.finditer(text):
                if guarded and not strong and len(m.group(1).split()) < 2:
                    continue
                first = token_starting(doc, m.start(1))
                # A weak cue needs the parser's agreement: "Patient is a 26-year-old" is no one's name.
                if not strong and first is not None and not _proper_noun_like(first):
                    continue
                if first is not None and _listed_field(text, m, first):
                    continue
                add(m.start(1), m.end(1), "PERSON", score)
        if guarded and not technical and language is None:
            # "How old was Orhan Pamuk when he died? Dana Kowalczyk reckons forty.": beside a question
            # about the world, someone the asker argues, bets or works with (`circle`), by a full
            # name or a listed given name; a name the world knows stays (`add`).
            for start, end in circle_names(text):
                words = text[start:end].split()
                if len(words) >= 2 or given_name(words[0].lower()):
                    add(start, end, "PERSON", 0.8)
        if not kind.history and language is None:
            # "Which objections did K. G. Baert raise?", "ask A.Oparinde": initials before a word no
            # dictionary or tool list holds are how people sign and are named, never a product.
            for m in _INITIALLED.finditer(text):
                words = m.group(2).split()
                if any(is_software(w) or w.lower() in STOP_WORDS for w in words):
                    continue  # "Plan A. Then …": a sentence ends after a letter
                # An English word after one initial or glued ones is as often a sentence's next word
                # or an abbreviation's noun ("Option B. Costs", "U.S. Army"); after spaced ones
                # ("K. G. Smith") it is a surname.
                spaced = m.group(1).count(". ") >= 2
                if spaced or not any(english_form(w.lower()) for w in words):
                    add(m.start(1), m.end(2), "PERSON", 0.75)
        if language is None and (technical or not kind.history):
            # "call Janet back about the Postgres migration"; outside technical text, where the cues
            # know no "let … know", someone told or kept informed: "Can you let Vestergaard know that
            # the Jenkins agents are back?"
            for start, end in dealt_with(text, addressed=not technical):
                add(start, end, "PERSON", 0.75)
            for start, end in one_case_informed(text):  # "can you let priya know the build is green"
                add(start, end, "PERSON", 0.75)
        if technical and language is None:
            for start, end in one_case_dealt_with(text):  # "credit ferenc for spotting the missing index"
                add(start, end, "PERSON", 0.7)
            # "# Dalibor Polák: temporary hack", "| search | Rahul Deshpande |" (not in questions about
            # the world: full names there are its people, "Bong Joon-ho's Parasite").
            for start, end in full_name_spans(text):
                add(start, end, "PERSON", 0.75)
            # "Summarise: Ursel migrated the Jenkins jobs", "// move to a builder once Anouk merges the
            # DTO refactor": a given name the recognizer left untagged, acting or owning in a sentence.
            if not kind.history:
                for start, end in _acting_given(doc, text):
                    add(start, end, "PERSON", 0.7)
        if not technical and language is None:  # "not an English word" says nothing in another language
            for m in _UNCASED_CUE.finditer(text, overlapped=True):  # "remind me to call hajo …": both cues
                value = m.group(1)
                # Trailing ordinary words ("call hajo heintze back") are not part of the name.
                words = value.split()
                while len(words) > 2 and (words[-1].lower() in STOP_WORDS or _ordinary(words[-1].lower())):
                    words.pop()
                name = " ".join(words)
                cue = " ".join(text[m.start() : m.start(1)].lower().strip(" \t:,").split())
                if uncased_name(name) or cue in REACHING and cued_name(words, cue):
                    add(m.start(1), m.start(1) + len(name), "PERSON", 0.6)
            # "fantasy league chat: me, ronke, abeni and amope": the others in a list with the writer
            # are people, their names typed in lower case (`_listed_with_me`).
            for start, end in _listed_with_me(text):
                add(start, end, "PERSON", 0.6)
            # "bed 12 julia turner 78F": a patient before their age and sex (`_patient_name`), the
            # leading words the name cannot hold dropped ("pt", "bed").
            for m in _UNCASED_PATIENT.finditer(text, overlapped=True):
                words = m.group(1).split()
                while len(words) > 2 and (words[0].lower() in STOP_WORDS or _ordinary(words[0].lower())):
                    words.pop(0)
                start = m.end(1) - len(" ".join(words))
                if text[start : m.end(1)] == " ".join(words) and _patient_name(words):
                    add(start, m.end(1), "PERSON", 0.6)
            # The subject of a question typed in one case (`_UNCASED_ASKED`) is someone's unless the
            # question is about the world's past or names someone the world knows ("WAS HARLAN FISK
            # STONE THE FIRST …": three words of a name may run past the slot).
            # So is the subject of a relative clause before a past tense ("the talk that sébastien
            # bailly gave"), on the same terms.
            slots = () if kind.history else [slot for slot in (_UNCASED_ASKED, _UNCASED_RELATIVE) if slot.search(text)]
            subjects = [m for slot in slots for m in slot.finditer(text)] if slots and not names_notable(text) else []
            for m in [*_UNCASED_SLOT.finditer(text, overlapped=True), *subjects]:
                words = m.group(1).split()
                while len(words) > 2 and (words[-1].lower() in STOP_WORDS or _ordinary(words[-1].lower())):
                    words.pop()
                # A question's subject is no verb: "why does siri read out my calendar" asks of a tool.
                # Only its last word can be the question's verb (a name's first word in one case is
                # often tagged one: "did albano costa close …"); after two words it is dropped ("…
                # DID ENZO SOPRANO ONBOARD", a verb no word list has), before them the slot is no name.
                span = doc.char_span(m.start(1), m.start(1) + len(" ".join(words)), alignment_mode="expand") if m.re is _UNCASED_ASKED else None
                while span is not None and len(words) > 2 and len(span) > 2 and span[-1].pos_ in ("VERB", "AUX") and span[-1].text == words[-1]:
                    words.pop()
                    span = span[:-1]
                name = " ".join(words)
                # A word no dictionary has is no verb, whatever the tagger says of words in capitals
                # ("WHY DID ROWAN BEOURGEOIS SCORE …").
                if span is not None and len(span) > 0 and span[-1].pos_ in ("VERB", "AUX") and english_form(words[-1].lower()):
                    continue
                if cued_name(words, subject=m.re is _UNCASED_ASKED) and not known_place(name):
                    add(m.start(1), m.start(1) + len(name), "PERSON", 0.6)
            # Words in one case guessed to be a name are no one's in a question about the world's
            # works ("what did napoleon want", "De quoi parle …" read as English), typed in capitals
            # too when it asks ("WHEN DID HAILE GEBRSELASSIE SET HIS WORLD RECORD?"; not a shift note
            # in capitals that holds a "BOOK"); cues still count.
            asked = kind.history and text.rstrip().endswith("?")
            for start, end in one_case_names(text):
                value = text[start:end]
                if not (kind.history and value.islower() or asked and value.isupper()):
                    add(start, end, "PERSON", 0.6)
        elif technical and language is None and not kind.history:
            # A stand-up note or an SMS in a prompt about apps and tables: its lines of plain
            # sentences name people as any prose does ("paired w jörg hülsmann on the flaky test").
            for start, end in prose_names(text):
                add(start, end, "PERSON", 0.6)
        if language in EVERYDAY_ONLY and not technical:
            for m in FOREIGN_LIVING.finditer(text):  # "Mieszkam teraz w Kłodzku": where the writer lives
                add(m.start(1), m.end(1), "LOCATION", 0.8)
        if language == "tl" and not technical:
            for m in TAGALOG_PERSON.finditer(text):  # "yung sim ni rowena": the article says a person's name follows
                words = m.group(1).split()
                if not (ascii_fold(words[0].lower()) in listed_given() or words[0][0].isupper()) or own_word("tl", words[0]):
                    continue
                # The family name after it: one the lists hold, or a word no list of English or Tagalog holds
                # ("asawa ni arnel sumalinog"); not a verb Taglish builds with a hyphen ("na-deactivate").
                second = words[1].lower() if len(words) > 1 else ""
                whole = bool(second) and not own_word("tl", second) and (
                    ascii_fold(second) in listed_family()
                    or len(second) >= 4 and "-" not in second and not english_form(second) and not common_word(second) and not function_word(second)
                )
                add(m.start(1), m.start(1) + len(" ".join(words if whole else words[:1])), "PERSON", 0.75)
            for m in TAGALOG_HOME.finditer(text):  # "taga manila kami": where the writer is from
                words = m.group(1).split()
                while words and not known_place(" ".join(words)):
                    words.pop()  # "taga bauang kami": the place, not the pronoun after it
                if words:
                    add(m.start(1), m.start(1) + len(" ".join(words)), "LOCATION", 0.8)
        if language is not None:
            for m in FOREIGN_BIRTHPLACE.finditer(text):  # "nata a Palermo il 07/09/1965": where someone was born
                # A record's technical words (a meter's POD, an IBAN) still hold a birthplace before its date.
                if not technical or _DATE_AFTER_PLACE.match(text, m.end(1)) is not None:
                    add(m.start(1), m.end(1), "LOCATION", 0.8)
        if technical or language is not None:
            return
        for cue, score, _ in PLACE_CUES:
            if guarded and not kind.question:
                continue
            pattern = cue.on(text) if isinstance(cue, (Grouped, Tailed)) else cue
            for m in pattern.finditer(text):
                group = 1 if pattern.groups else 0
                start = m.start(group)
                if text.startswith("the ", start):
                    start += 4
                # In a plain question a listed place is the world's; an unlisted one ("How far is it
                # from Robertville?") as likely someone's own town.
                if kind.question and known_place(text[start : m.end(group)]) or in_work_title(titles, start):
                    continue  # "the man in Crime and Punishment": a title after "in"
                add(start, m.end(group), "LOCATION", score)

    def _proper_nouns(self, doc: Doc, covered: set[int], add, titles: list[tuple[int, int]], full_names: bool = False) -> None:  # noqa: ANN001
        """Mid-sentence proper nouns nobody claimed, in a conversational prompt: most are names
        (with `full_names`, only what `_someones_in_question` keeps)."""
        text = doc.text  # built from every token each time it is asked: asked once
        for first, last in _runs(doc):
            if full_names and not _someones_in_question(doc, first, last) or in_work_title(titles, first.idx):
                continue  # "the man in Crime and Punishment": a work's title
            # "Summarise Ingrid Larsson's thesis": the opening verb is no part of the name.
            while first.i < last.i and first.is_sent_start and (
                first.tag_ not in ("NNP", "NNPS") or first.lower_ in _IMPERATIVES
            ):
                first = doc[first.i + 1]
            tokens = doc[first.i : last.i + 1]
            # Four capitalised words are a headline; particles between a name's words are not counted ("Davi Miguel da Rocha").
            if sum(_name_shaped(t) for t in tokens) >= 4 or first.idx in covered or plain_word(first, last, technical=_starts_line(first)):
                continue  # a headline in title case, already found, or a capitalised word ("Closed;Feature")
            if first.i == last.i and (_numbered_heading(doc, first) or _numbered_noun(doc, first, last)):
                continue  # "- Day 2: Museo de Arte": a schedule's heading; "from Terminal 4": what the number counts
            if first.i == last.i and titled(first.text + " "):
                continue  # "Mrs A N Other": a title alone, its name a placeholder (`sample_names`) or not written
            # A cell of a delimited row ("Open;Bug") starts like a sentence: its capital says nothing.
            sentence_start = first.is_sent_start or first.i == 0 or doc[first.i - 1].text in (".", "!", "?", "\n", ":", '"', "'", "“", ";", "|", "\t")
            tasked = sentence_start and (
                signed_or_tasked(doc, first, last) or _named_subject(doc, first, last) or placed_subject(doc, first, last) and (not known_place(first.text) or placed_in_team(doc, first, last))
                or accompanied_subject(doc, first, last) and not known_place(first.text)
            )
            if sentence_start and not tasked and not all(t.tag_ in ("NNP", "NNPS") for t in tokens if t.is_alpha and t.lower_ not in _CONNECTORS):
                continue  # a capital at a sentence start says nothing; mid-sentence it says "proper noun", whatever the tag
            if first.i == last.i and first.lower_ in _SIGN_OFFS and last.i + 1 < len(doc) and doc[last.i + 1].text in (",", "!", "\n"):
                continue  # "Best,", "Cheers!" above a signature: a sign-off, whoever signs below it
            if first.is_sent_start and not tasked and first.i == last.i and _plain_english(first):
                continue  # "? Budget is about £450": one English word opening a sentence, no one's given name, whatever the tag
            label = first.ent_type_
            if label in ("EVENT", "LAW", "LANGUAGE", "ORDINAL", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "TIME"):
                continue
            before = doc[first.i - 1] if first.i > 0 else None
            if first.lower_ in CALENDAR_WORDS and (
                label == "DATE" and (len(tokens) > 1 or before is None or (last.i + 1 < len(doc) and doc[last.i + 1].like_num))
                or before is not None and before.lower_ in _MONTH_PREPOSITIONS
            ):
                continue  # "in April", "late July", "May 5": a date, whatever the recognizer labelled it
            if _role_label(doc, first, last) or _field_label(doc, last):
                continue
            if first.is_sent_start or before is None or before.is_punct and before.text in ".!?\n;|":
                following = doc[last.i + 1] if last.i + 1 < len(doc) else None
                if following is None or following.pos_ not in ("AUX", "VERB", "CCONJ") and following.text not in (",", ":") and not tasked:
                    continue
            if first.ent_type_ == "NORP" and _demonym(first, last):
                continue
            entity = "LOCATION" if before is not None and before.lower_ in _PLACE_PREPOSITIONS else "PERSON"
            country = _country_named(text, first.idx, last.idx + len(last.text))
            if country and full_names:
                continue  # "Why is India's monsoon so important?": in a question about the world, its country
            if first.i == last.i and first.lower_.rstrip(".") in _COMPARING_MARKS:
                continue  # "Council Tax Band C Vs D": a comparison's mark, capitalised in a title-case line
            if entity == "PERSON" and first.i == last.i and _plain_english(first):
                continue  # "our Starter, Team and Enterprise plans": a capitalised English word no one is named ("Mozambique" is a proper noun)
            if country:
                entity = "LOCATION"  # "our talk on Vietnam's coffee exports": a country, not someone
            add(first.idx, last.idx + len(last.text), entity, 0.6)

    def _partners(self, doc: Doc, found: dict[tuple[int, int], tuple[str, float]], add) -> None:  # noqa: ANN001
        """ "Wilkins and Collins": the other side of "and" from a name, if a proper noun, is a name too."""
        for (start, end), (entity, _) in found.items():
            if entity != "PERSON":
                continue
            last, first = token_ending(doc, end), token_starting(doc, start)
            if last is not None and last.i + 2 < len(doc) and doc[last.i + 1].lower_ in ("and", "&", "or"):
                partner = doc[last.i + 2]
                if partner.pos_ in ("PROPN", "NOUN") and _name_shaped(partner):
                    add(partner.idx, partner.idx + len(partner.text), "PERSON", 0.6)
            if first is not None and first.i >= 2 and doc[first.i - 1].lower_ in ("and", "&", "or"):
                partner = doc[first.i - 2]
                if partner.pos_ in ("PROPN", "NOUN") and _name_shaped(partner):
                    add(partner.idx, partner.idx + len(partner.text), "PERSON", 0.6)


def _one_person(text: str, kept: list[tuple[int, int]], found: dict[tuple[int, int], tuple[str, float]]) -> list[tuple[int, int]]:
    """The full names left as the world's whose surname or given name is masked alone elsewhere:
    one person is masked in every mention or none, or the mention left whole gives away what the
    masked one hid ("a short biography of Irene Murphy …; Murphy joined as a partner in 2019": the
    frame reads the world's, the second mention someone's, and "Irene" would go out alone)."""
    masked = {without_possessive(text[s:e]).casefold() for (s, e), (entity, _) in found.items() if entity == "PERSON" and " " not in text[s:e].strip()}
    out = []
    for start, end in kept:
        words = without_possessive(text[start:end]).split()
        if len(words) < 2 or (start, end) in found:
            continue
        if words[-1].casefold() in masked or words[0].casefold() in masked:
            out.append((start, end))
    return out


# A preposition of place right before a span, in the languages `foreign` tells: "in", "nach", "à", "w", "till".
_PLACE_PREPOSITION = regex.compile(
    r"(?i:\b(?:in|im|nach|aus|bei|von|zu|zum|zur|à|a|au|aux|en|de|du|des|dans|près de|em|no|na|nos|nas|do|da|w|we|z|ze|"
    r"i|på|från|till|fra|til|uit|naar|te|op|bij|desde|para|nel|nella|al|alla|dal|dalla|di|della|v|ve|vo|u|iz|ke)[ \t]+)$"
)
# A postcode's digits just before a town ("911 44 Oborín"), and a house number just after a street ("Budatínska 5").
_ADDRESS_NUMBER = regex.compile(r"(?:^|[\s,])\d[\d \-]{2,8}\d[ \t]+$")
_HOUSE_NUMBER_AFTER = regex.compile(r"[ \t]+\d{1,4}[a-zA-Z]?\b(?![.:,]\d)")


# A piece of work whose topic a famous name is, just before it: "a homework project on Marie
# Curie", "10 facts about Nelson Mandela", "a poem about Frida Kahlo". The writer's own life around
# it ("My daughter has …") deals with the homework, not with the name.
_TOPIC_BEFORE = regex.compile(
    r"(?i:\b(?:project|essay|report|presentation|talk|lesson|lesson plan|poem|song|story|biography|facts|fact sheet|"
    r"homework|assignment|quiz|worksheet|timeline|article|speech|assembly|display|"
    # The pieces a club's, a school's or a firm's writers make of the world's people: "a 'Legends corner' piece on …".
    r"piece|feature|profile|tribute|post|blurb|write-up|writeup|column|spotlight|bio|caption|segment|podcast episode|thread|"
    # What explains someone the world knows to readers: "a short intro to …", "an overview of …", "a primer on …".
    r"intro|introduction|overview|primer|explainer|guide|summary|retrospective|obituary)"
    r"[ \t]+(?:on|about|of|to)[ \t]+)$"
)

# The languages of `foreign._LANGUAGES` that capitalise no common noun (German does): a given name
# inside their sentences reads as it does in English and in `foreign.EVERYDAY_ONLY`.
_NO_CAPITAL_NOUNS = frozenset("fr es it pt nl".split())

# A capitalised word inside a sentence: after a lower-case word or a comma, not a heading's or a quote's first.
# The word before starts in lower case: "Frank" of "over Anne Frank" is a full name's second word.
_INNER_CAPITAL = regex.compile(r"(?<=(?:(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*|,)[ \t]+)\p{Lu}\p{Ll}+(?![\p{L}\p{M}'’\-])")

# After it, a capitalised word, or one after a particle: the first word of a longer name, the full
# names' to judge ("over Anne Frank", "Pão de Açúcar").
_CAPITAL_NEXT = regex.compile(r"[ \t]+(?:(?:de|di|da|do|dos|das|del|della|du|van|von)[ \t]+)?\p{Lu}")
# "Feria de Abril", "le paradoxe de Zénon", "somos de Triana", "pasta alla Norma", "à la Rossini":
# what "of" or "in the manner of" names is as often a thing, a style or a place.
_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?i:de|di|da|do|dos|das|del|della|du|des|van|von|alla|alle|allo|à[ \t]+la)[ \t]+$|(?i:d['’])$")

# The masculine article that these languages write before a thing's name and, in writing, before
# no one's given name ("con il Vesuvio", "el Teide", "le Léman"). Portuguese writes "o João" and "a
# Maria", so it has none here. `_NAME_ARTICLES` is its twin for the lower-case pairs.
_THING_ARTICLES = {
    "it": regex.compile(r"(?<![\p{L}])(?i:il|lo)[ \t]+$"),
    "es": regex.compile(r"(?<![\p{L}])(?i:el)[ \t]+$"),
    "fr": regex.compile(r"(?<![\p{L}])(?i:le)[ \t]+$"),
}

# The particles inside a full name that a language also writes as function words: "Joost van
# Noort", "Antoon Van Hoof", "Maria da Silva".
_NAME_PARTICLES = frozenset("van von de da das do dos del della di du der den ten ter le la lo li dal dalla dei degli".split())


def _lower_case_run(doc: Doc, first: Token, last: Token, language: str) -> tuple[Token, Token] | None:
    """What of a lower-case run the English model tagged in another language may be a name: the run
    less the language's own words and marks at its edges, where a role or a greeting opens it
    ("klant ravi ramdin" → "ravi ramdin"); none where another word of the language is in it ("onze
    stroopwafel-post", "laman pa yung gcash"); a given name of the lists left alone keeps the word
    beside it ("groetjes fatima"), as the tag had it."""
    def edge(token: Token) -> bool:
        return not token.is_alpha or own_word(language, token.text)

    if first.i == last.i:
        return None if edge(first) else (first, last)  # one word: the tag's and the cues' to judge, unless the language's own
    start, end = first, last
    while start.i < end.i and edge(start):
        start = doc[start.i + 1]
    while end.i > start.i and edge(end):
        end = doc[end.i - 1]
    if edge(start):
        return None
    if not any(t.whitespace_ for t in doc[start.i : end.i]):  # one word left, a compound's pieces joined ("stroopwafel-post")
        alone = start.i == end.i and ascii_fold(start.lower_) in world_first_names()
        return (first, last) if alone else None
    # Trimmed only after a role or a greeting of the language ("klant ravi ramdin"); elsewhere a word of
    # the language in the run makes it the language's words ("onze stroopwafel-post").
    cued = any(foreign_role(t.text) for t in doc[first.i : start.i])
    words = [t.text for t in doc[(start if cued else first).i : (end if cued else last).i + 1] if t.is_alpha]
    if _holds_own_word(language, words):
        return None
    # Text whose sentences open with capitals writes its names with them: there a lower-case run no
    # name list holds a word of is the language's ("lakásbiztosítási kárrendezését", "pontokba szedve").
    if len(_CAPITAL_OPENING.findall(doc.text)) >= 2 and not any(ascii_fold(w.lower()) in listed_names() for w in words):
        return None
    return start, end


# A word of a code or an acronym in capitals: three letters or more and no vowel ("STCW", "MLC"), a
# digit in it, or a letter and a Roman numeral ("A-VIII").
_CODE_WORD = regex.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}|[\p{L}\-]*\d[\p{L}\d\-]*|\p{Lu}-[IVXLC]+")


# A name's word as its bearer capitalises it: "Ibrahim", and after an elided particle or a prefix
# "S'fiso", "N'Golo", "McCarthy", "DeVries" (which `str.istitle` refuses).
_CAPITALISED_NAME_WORD = regex.compile(r"(?:\p{Lu}['’]\p{L}*\p{Ll}|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)*")


def _capitalised(word: str) -> bool:
    """Whether `word` is capitalised as a name is (`_CAPITALISED_NAME_WORD`), not in capitals."""
    return word.istitle() or _CAPITALISED_NAME_WORD.fullmatch(word) is not None


def _name_acting(ent: Span, text: str) -> tuple[int, int] | None:
    """The full name (by the lists) that opens a span the recognizer ran on over its verb and object
    ("Zoé Breton takes the Helm chart cleanup" as one FAC): two or three capitalised words, then a
    verb in lower case; not a name the world knows."""
    tokens = list(ent)
    for n in (3, 2):
        if len(tokens) > n and tokens[n].pos_ == "VERB" and tokens[n].text.islower():
            words = [t.text for t in tokens[:n]]
            start, end = tokens[0].idx, tokens[n - 1].idx + len(tokens[n - 1].text)
            if all(_capitalised(w) for w in words) and listed_full_name(words, tagged=True) and not notable_around(text, start, end):
                return start, end
    return None


def _head_given(value: str) -> bool:
    """Whether a value a place's head opens is a full name instead: the head a given name of the
    lists too ("Wadi Susanti", "Monte Hale"), then a word that is no English one and no place, the
    whole no listed place or landmark ("Wadi Rum", "Monte Rosa", "Monte Carlo" stay places)."""
    words = [ascii_fold(w.lower()) for w in value.split()]
    return (
        len(words) == 2 and words[0] in listed_given() and not english_form(words[1])
        and not known_place(value) and not landmark(value) and not known_place(words[1])
    )


def _epithet(word: str) -> bool:
    """An English adjective or an epithet's noun (`_EPITHET_NOUNS`), as a ruler's style has it."""
    lower = word.lower()
    return lower in _EPITHET_NOUNS or lower in english_adjectives()


def _on_shouted_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is written in capitals (`title_case.shouted`)."""
    return shouted(text[lines.line_start(text, at) : lines.line_end(text, at)])


# A sentence or a line opened by a capital: a writer who capitalises.
_CAPITAL_OPENING = regex.compile(r"(?:^|[.!?][ \t]+|\n)[ \t]*[\"'(«„]?\p{Lu}\p{Ll}")


# The date right after a birthplace, with its preposition or the province's code: "Roma il 18/06/1997",
# "Lyon (69) le 3.4.1980", "Graz am 12.05.1971", "Braga, 02-11-1988".
_DATE_AFTER_PLACE = regex.compile(r"[ \t]*(?:\([A-Z]{2}\)|\(\d{2,3}\))?[ \t]*,?[ \t]*(?:il|le|am|el|em|on|dne|den)?[ \t]*\d{1,2}[./\-][ \t]?\d{1,2}[./\-][ \t]?\d{2,4}\b")


# "And" between two names' words, in the languages whose names take it as a particle too (`full_names`).
_JOINING_WORD = regex.compile(rf"[ \t](?:{'|'.join(sorted(AND_WORDS))})[ \t]")


def _holds_own_word(language: str, words: list[str]) -> bool:
    """Whether a run read as a full name holds a word of `language`: a function word that is no
    name's particle, or an everyday word, unless right after a particle, where it is a surname
    ("Gerrit de Boer", "van Dijk"). Vietnamese writes its name syllables as words too ("Anh" is
    "you" and "elder brother", "Long" a dragon): there a run opened by a family name as spelt is
    a name whatever its syllables ("Bùi Đức Anh"; not "Nội Bài"); so is a Greek pair whose second
    word ends as only surnames do."""
    if language == "vi" and 2 <= len(words) <= 4 and words[0] in VIETNAMESE_FAMILY:
        return False
    if language == "el" and len(words) == 2 and greek_surname(words[1]):
        return False  # "Σταύρος Κωνσταντινίδης": σταυρός is a cross, the surname's ending says who
    return any(
        stop_word(language, w) and w.lower() not in _NAME_PARTICLES or foreign_everyday(language, w) and not (i and words[i - 1] in _NAME_PARTICLES)
        for i, w in enumerate(words)
    )


# A size or a model's number right before: "1.0 EcoBoost", "2.0 TDI BlueMotion".
_SPEC_BEFORE = regex.compile(r"\d[\w.]*[ \t]+$")
# A software product's edition after its name: "Dynamics 365", "Office 2019", "Windows 11".
_EDITION_AFTER = regex.compile(r"[ \t]+\d{1,4}(?![\d,:/-]|\.\d)")
# A model's number or code right after a make's name: "Bosch Serie 4", "Miele G 5000", "Smeg FAB28".
_MODEL_AFTER = regex.compile(r"[ \t]+[A-Z]{0,4}[ \-]?\d")
# ... but not a phone number, which a listing or a note gives after whom to call: "Soita Mikko
# Lehtonen 050 381 4427", "Ring Anna Berg 0412 345 678".
_PHONE_AFTER = regex.compile(r"[ \t]+(?:\+\d{1,3}[ \t]?)?\(?0\d{1,4}\)?(?:[ \t\-]?\d{2,4}){2,4}(?![\d\p{L}])")


# Words a letter or an e-mail signs off with on a line of their own; "Best" and "Cheers" are
# census surnames too, so the word lists do not keep them out.
_SIGN_OFFS = frozenset("best cheers regards thanks warmly sincerely yours rgds love respectfully cordially".split())


# A list with the writer in it: "me, ronke, abeni and amope", "ronke and i", "me & tunde".
_WORD_ITEM = r"\p{Ll}[\p{Ll}'’\-]*\p{Ll}"  # a word ends in a letter, not a closing quote ("the 'freezing order' and i")
_WITH_ME = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_WORD_ITEM}[ \t]*,[ \t]*)*{_WORD_ITEM}[ \t]*,?[ \t]+(?:and|&)[ \t]+(?:me|i)"
    rf"|me(?:[ \t]*,[ \t]*{_WORD_ITEM})*[ \t]*,?[ \t]+(?:and|&)[ \t]+{_WORD_ITEM})(?![\p{{L}}])"
)
_ITEM = regex.compile(_WORD_ITEM)


def _listed_with_me(text: str) -> Iterator[tuple[int, int]]:
    """The items of a list that holds the writer ("me", "i"), each one word in lower case that is a
    given name of the census or no word a dictionary, a tool list or a place list has: "me, ronke,
    abeni and amope", "tunde and i". Not "me, mum and dad", "me and the kids", "me, tiktok and lima"."""
    if " me" not in text and " i" not in text and not text.startswith("me"):
        return
    for m in _WITH_ME.finditer(text):
        for item in _ITEM.finditer(m.group()):
            word = item.group()
            if word in ("me", "i", "and") or word in STOP_WORDS or is_software(word) or known_place(word):
                continue
            if not english_form(word) or ascii_fold(word) in first_names():
                yield m.start() + item.start(), m.start() + item.end()


def _patient_name(words: list[str]) -> bool:
    """Whether two or three words before an age and a sex are a name: a listed given name first,
    then a listed surname or a word no dictionary has, no function word. A tool's or a language's
    name counts here ("julia turner 78F"): no tool has an age and a sex."""
    plain = [ascii_fold(w.lower()) for w in words]
    if not 2 <= len(plain) <= 3 or any(w in STOP_WORDS for w in plain):
        return False
    return plain[0] in listed_given() and all(p in listed_family() or p in listed_given() or not english_form(p) for p in plain[1:])


def _titled_namesake(value: str) -> bool:
    """Whether `value` is a courtesy title and a surname that closes a name the world knows and
    that no name list holds ("Madame Bovary", "Mrs Dalloway", "Dr Zhivago", "Miss Havisham"): a
    character, as no one else is called so. A surname the lists hold ("Dr Watson", "Mrs Patel") may
    be anyone's."""
    title, _, surname = value.strip().rpartition(" ")
    return bool(title) and " " not in title and titled(title + " ") and listed_surname(surname) and ascii_fold(without_possessive(surname).lower()) not in listed_family()


# A title before a full name the world knows ("Dr Jane Goodall", "President Abraham Lincoln"), or a
# ruler's, a saint's or a commander's before the one name the world calls them by or the surname
# that closes a name it knows ("Queen Cleopatra", "General Bonaparte", "Pope Francis").
_TITLE_WORDS = frozenset(
    "dr dr. doctor prof prof. professor president chancellor senator governor mayor minister premier rev rev. reverend "
    "archbishop bishop cardinal rabbi imam chief".split()
)
# Not "Shah" or "Khan": surnames as often ("Shah Patel").
_RULER_WORDS = frozenset(
    "queen king emperor empress prince princess pope saint st st. general admiral marshal pharaoh tsar czar tsarina "
    "sultan caliph emir".split()
)


def _titled_notable(value: str) -> bool:
    """Whether `value` is a title and a name the world knows under it (see `_TITLE_WORDS`, `_RULER_WORDS`)."""
    words = without_possessive(value).split()
    if len(words) < 2:
        return False
    title, rest = words[0].lower(), words[1:]
    if title == "prime" and len(words) > 2 and words[1].lower() == "minister":
        title, rest = "minister", words[2:]
    name = " ".join(rest)
    if title in _TITLE_WORDS or title in _RULER_WORDS:
        if len(rest) >= 2 and notable_person(name):
            return True
    return title in _RULER_WORDS and len(rest) == 1 and (single_name(name) or listed_surname(name))


# The titles of a peer, a knight or dame and a judge in office, before the name they honour: "Lord
# Denning", "Sir Wyn Williams", "Dame Hilary Mantel", "Mr Justice Fraser", "Lord Justice Taylor's".
# Not "Lady" alone: a knight's wife and a courtesy title anyone's (and Faker's Nigerian prefix); not
# "Earl", "Duke" or "Baron", given names and surnames too ("Earl Thompson").
_HONOURED = regex.compile(
    r"(?:Lord|Sir|Dame|Baroness|Viscount|Viscountess|Countess|Duchess|"
    r"(?:Mr|Mrs|Ms|Lord|Lady)\.?[ \t]+Justice|Lord[ \t]+Chief[ \t]+Justice)[ \t]+\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}"
)


def _peer_or_judge(value: str) -> bool:
    """Whether `value` is a name under the title of a peer, a knight or dame or a judge in office: the
    holder of a public honour or office, named by it (`_HONOURED`)."""
    return _HONOURED.fullmatch(value.strip()) is not None


def _unlisted_tag(value: str) -> bool:
    """Whether a tagged name holds no listed given name and is no listed place or town: a make the
    recognizer tagged ("Honeywell", "Danfoss") rather than someone's name or town."""
    words = value.split()
    return not any(w.lower() in listed_given() for w in words) and not known_place(value)


def _lone_name(ent: Span, text: str) -> list[tuple[Token, Token]]:
    """`lone_lower`'s word, unless a program of that name labels its diagnostics in the text
    ("jbaxterr: note: consider using a slice")."""
    found = lone_lower(ent)
    return [] if found and found[0][0].text in reporting_tools(text) else found


def _lower_full_name(language: str, m: regex.Match[str]) -> tuple[int, int] | None:
    """The full name in lower case a cue's match holds in its `name` group (after a kin word, a role
    or a witness), less the language's words after it: a given name then a surname of the lists,
    none of them a word of the language ("mi vecina ariadna mora me pidió" -> "ariadna mora")."""
    words = m.group("name").split()
    while len(words) > 2 and own_word(language, words[-1]):
        words.pop()
    plain = [ascii_fold(w) for w in words if w not in _NAME_PARTICLES]
    if len(plain) < 2 or plain[0] not in listed_given() or plain[-1] not in listed_family():
        return None
    if any(own_word(language, w) for w in words if w not in _NAME_PARTICLES):
        return None
    return m.start("name"), m.start("name") + len(" ".join(words))


# An article that no person's name takes in these languages: before a name it makes it a thing's, a
# shop's or a firm's ("de albert heijn", "la marie claire"). German's "der" and "die" stay out: its
# speech puts them before people too ("der Peter"). `_THING_ARTICLES` is the capitalised readings'
# twin for Italian, Spanish and French, kept to the masculine article there ("il Vesuvio"); this
# one serves the lower-case pairs of the languages whose articles never open a person's name.
_NAME_ARTICLES = {
    "nl": regex.compile(r"(?<![\p{L}])(?i:de|het|een)[ \t]+$"),
    "de": regex.compile(r"(?<![\p{L}])(?i:das|den|dem|des|ein|eine|einen|einem)[ \t]+$"),
    "fr": regex.compile(r"(?<![\p{L}])(?i:le|la|les|un|une)[ \t]+$"),
}
# A word before a name that says a person stands there: a preposition of whose, for whom or from
# whom, "that" before what someone said, a courier's word ("kurye", "kurir bilang").
_PERSON_PLACED = regex.compile(
    r"(?<![\p{L}])(?:di|de|da|del|für|an|von|dla|do|od|voor|van|aan|para|pour|per|for|to|from|que|che|dass|dat|że|bilang|kurye|kurir|kurier)[ \t]+$"
)
_LOWER_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\d_@./'’-])\p{Ll}[\p{Ll}\p{M}]+(?:['’]\p{Ll}[\p{Ll}\p{M}]*)?(?:-\p{Ll}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\d_@-])"
)


def _lower_pairs(language: str, text: str) -> list[tuple[int, int]]:
    """Two or three lower-case words in a row in text of `language`, after a word that places a
    person ("di", "dla", "voor", "que": `_PERSON_PLACED`), a listed given name first and a surname
    last, none of them a word of the language or a common English word: the surname listed, or a
    longer word no list of words holds ("di maura abate", "dla artur matyjaszek", "voor lana
    wever-beernink"); not a name the world knows ("ho visto lionel messi"). The languages' word lists
    leave out every word a name list holds ("bir", "yang", "kısa"), so the cue is what tells the
    name from two words of the sentence."""
    from privacy_gateway.detection.notable import notable_person  # loaded late: keeps the import chain short

    words = list(_LOWER_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words) - 1:
        first = words[i]
        given = ascii_fold(first.group())
        if given not in listed_given() or given in STOP_WORDS or own_word(language, first.group()) or common_word(given):
            i += 1
            continue
        if (article := _NAME_ARTICLES.get(language)) is not None and article.search(text, max(0, first.start() - 8), first.start()):
            i += 1
            continue  # "die van de albert heijn": an article makes the name a shop's, a firm's or a thing's
        if _PERSON_PLACED.search(text, max(0, first.start() - 10), first.start()) is None:
            i += 1
            continue
        taken = 0
        for size in (3, 2):
            run = words[i : i + size]
            if len(run) < size or any(text[a.end() : b.start()] not in (" ", "\t") for a, b in zip(run, run[1:])):
                continue
            last = run[-1].group()
            family = ascii_fold(last.rpartition("-")[2])
            middle_ok = size == 2 or ascii_fold(run[1].group()) in listed_given() or run[1].group() in _NAME_PARTICLES
            # An unlisted surname only in a pair, never a function word: after a word that places a
            # person, a word no list holds is as likely a surname as not ("di gioele cuzzocrea").
            unlisted = size == 2 and len(family) >= 4 and not english_form(family) and not everyday_word(family) and not function_word(family)
            surname = family in listed_family() and not english_form(family) and not function_word(family) or unlisted
            end = run[-1].end()
            if (
                middle_ok and surname and not own_word(language, last) and not common_word(family)
                and not notable_person(text[first.start() : end].title()) and not listed_brand(text, first.start(), end)
            ):
                out.append((first.start(), run[-1].end()))
                taken = size
                break
        i += taken or 1
    return out


# "I am" and "my name is" in the languages `foreign` tells, before a name in lower case that ends its
# clause or before its "and": "ich bin waldemar,", "soy jordi puigdevall,", "je suis amandine.",
# "jestem ania", "nazywam się gabriela pyka i …".
_LOWER_INTRODUCTION = regex.compile(
    r"(?<![\p{L}])(?:ich[ \t]+bin|ich[ \t]+hei(?:ß|ss)e|mein[ \t]+name[ \t]+ist|soy|sou|sono|je[ \t]+suis|je[ \t]+m['’]appelle|ik[ \t]+ben|"
    r"ik[ \t]+heet|jag[ \t]+är|jag[ \t]+heter|jeg[ \t]+er|jeg[ \t]+heter|jeg[ \t]+hedder|jestem|nazywam[ \t]+się|jsem|jmenuji[ \t]+se|olen|"
    r"nimeni[ \t]+on|sunt|eu[ \t]+sunt|ben)[ \t]+(?P<name>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’\-]+)?)"
    # The clause ends there, or its "and" joins the next ("nazywam się gabriela pyka i mieszkam w …").
    r"(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:i|und|y|e|et|en|och|og|a|ja|și|si|és|ve|and)[ \t])",
    regex.MULTILINE,
)


_CASED_NAME = r"\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’\-]+)?"
# The writer, or the writers, saying who they are before a capitalised name or two names joined by
# "and": "Wir sind Annika und Matthias", "Somos Lucía y Mateo", "Ich bin Annika Vogel".
_CASED_INTRODUCTION = regex.compile(
    r"(?<![\p{L}])(?i:ich[ \t]+bin|wir[ \t]+sind|soy|somos|sou|sono|siamo|je[ \t]+suis|nous[ \t]+sommes|ik[ \t]+ben|"
    r"wij[ \t]+zijn|we[ \t]+zijn|jag[ \t]+är|vi[ \t]+är|jeg[ \t]+er|vi[ \t]+er|jestem|jesteśmy|jsem|jsme|olen|olemme|"
    r"sunt|suntem|vagyok|vagyunk)[ \t]+"
    # A word of chat between, as people say it: "Ich bin übrigens Gisela", "Je suis aussi Claire".
    r"(?:(?i:übrigens|eigentlich|auch|aussi|también|tambem|também|anche|ook|också|også|też|taky|myös)[ \t]+)?"
    rf"(?P<a>{_CASED_NAME})(?:[ \t]+(?:und|y|e|et|en|och|og|i|a|és|și|ja)[ \t]+(?P<b>{_CASED_NAME}))?(?![\p{{L}}\p{{M}}])"
)


def _titled_at_work(text: str, value: str, end: int) -> bool:
    """Whether `value` opens with a title and a word of someone's working day follows it: "seen by
    GP Dr Kowalczyk day 3", "Dr Osei clinic list" (a title's brand is followed by its goods: "Dr
    Martens boots", "Dr Pepper can")."""
    return " " in value and titled(value.split()[0] + " ") and _WORKING_DAY_AFTER.match(text, end) is not None


# What follows a couple's names, which no thing is: "Cross-Lachance engagement party", "the Patel & Shah wedding".
_COUPLES_DAY = regex.compile(rf"[ \t]+{COUPLES_DAY}\b")
# What follows a titled name in notes of someone's work: a day, a clinic, a ward round, a letter.
_WORKING_DAY_AFTER = regex.compile(
    r"[ \t]+(?i:day|days|week|weeks|clinic|clinics|surgery|practice|ward|team|list|rota|notes|letter|report|referral|"
    r"appointment|appointments|review|round|shift|on[ \t]+call)\b"
)


def _listed_field(text: str, m: regex.Match[str], first: Token) -> bool:
    """Whether a name field's cue is only the item before in a list of fields: "Fields: Guest
    name, Address, Email", "Columns: Name, Postcode, City". After a comma, one English word that
    is no one's given name is the next field, not the name ("Patient name, Hope, …" still is)."""
    return text[m.start() : m.start(1)].rstrip().endswith(",") and " " not in m.group(1).strip() and _plain_english(first)


def _plain_english(token: Token) -> bool:
    """An English word that is no one's given name and no proper noun of WordNet ("Budget",
    "Starter"; not "Hope", "Mozambique"): capitalised, it names no one."""
    word = token.lower_
    return common_word(token.text) and word not in listed_given() and word not in proper_nouns()


def _named_subject(doc: Doc, first: Token, last: Token) -> bool:
    """A given name of the lists that is no English word or tool, opening a sentence as the subject
    of a verb in the third person or the past: "Rhys swears …", "Ngozi said …", whatever the tagger
    made of it ("Rhys" reads as a plural noun)."""
    if first.i != last.i or last.i + 1 >= len(doc) or doc[last.i + 1].tag_ not in ("VBZ", "VBD", "MD"):
        return False
    word = first.text.lower()
    return word in world_first_names() and not english_form(word) and not is_software(first.text)


def _acting(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a full name of title-case words standing where a person does
    (`persons_role`), and not one the world knows: "Fərid Kəngərli set up the replica", not "Rocket
    or Axum for …"."""
    span = doc.char_span(start, end)
    return (
        span is not None and len(span) >= 2 and all(t.is_title for t in span) and persons_role(doc, text, span[0], span[-1])
        and not notable_around(text, start, end)
    )


_BULLETS = frozenset("- * • – · ◦ ▪ >".split())


def _numbered_heading(doc: Doc, token: Token) -> bool:
    """Whether a word tagged a place opens a line, or a bullet's line, as a numbered heading's word
    ("Week 1: algebra", "Session 3 - recap", "- Day 2: Museo de Arte"), an English word that no
    place list holds: a schedule's unit, not a place (not "Plot 41, Ngong View Lane", whose
    number a comma follows)."""
    word = token.text
    if token.i + 2 >= len(doc) or not doc[token.i + 1].like_num or doc[token.i + 2].text not in (":", "-", "–", ")", "."):
        return False
    start = token.i
    if start > 0 and doc[start - 1].text in _BULLETS:
        start -= 1  # "- Day 1:", "• Week 2 -": the bullet opens the line
    if start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        return False
    # Any English word: "Day" is a census surname too, but a surname is no schedule's heading.
    return _counted_word(word) and not any_place(word)


def _counted_word(word: str) -> bool:
    """Whether `word` is an English word, whatever the name lists hold too ("Day", "Court"): what a
    number after it counts, in a heading (`_numbered_heading`) or anywhere (`_numbered_noun`)."""
    return common_word(word) or everyday_word(word) or english_form(word.lower())


# What a number counts in an address: a flat, a floor, a plot or a building ("Flat 14", "Plot 41",
# "Block 4"), whose words `street_types.UNIT_WORD` holds in many languages, the rest of a dwelling's
# parts, and the streets cities number ("Street 271" in Phnom Penh, "Lane 1234" in Shanghai, "Soi 11").
_DWELLING_PART = regex.compile(
    rf"(?:{UNIT_WORD}|(?i:plot|sector|block|blk|tower|house|box|bus|wing|stair|door|villa|cottage|"
    r"street|st|road|rd|avenue|ave|lane|ln|alley|boulevard|blvd|calle|rue|via|soi|jalan|jl))",
    regex.VERSION1,
)


def _numbered_noun(doc: Doc, first: Token, last: Token) -> bool:
    """Whether a word tagged a place is an English word before the number it counts ("Court 1",
    "Day 2", "Terminal 4", "Gate 12"): a room, a day, a gate or a clause, wherever it stands, even
    where an obscure town shares the word ("Court"); not a dwelling's part or a numbered street
    ("Flat 14", "Plot 41", "Street 271"), nor a known town's postal district ("Dublin 8")."""
    if first.i != last.i or last.i + 1 >= len(doc) or not doc[last.i + 1].like_num or not first.is_title:
        return False
    word = first.text
    if _DWELLING_PART.fullmatch(word) or known_place(word):
        return False  # "Dublin 8", "Leeds 4": a town and its postal district
    return _counted_word(word)


def _acting_given(doc: Doc, text: str) -> list[tuple[int, int]]:
    """One capitalised word the recognizer left untagged that is a listed given name and no English
    word, tool or place, standing where only a person does (`persons_role`, `owning_or_addressed`):
    "Summarise: Ursel migrated the Jenkins jobs", "tested on staging, Thảo's dashboards look fine".
    Tagged words are `_from_ner`'s; a run of capitalised words is a full name's or a product's."""
    found = []
    for t in doc:
        if not t.is_title or not t.is_alpha or len(t.text) < 3 or t.ent_type_:
            continue
        if t.i > 0 and doc[t.i - 1].is_title or t.i + 1 < len(doc) and doc[t.i + 1].is_title:
            continue  # "Siriporn Wongsawat", "GitHub Actions": a run, not one word
        word = t.lower_
        if english_form(word) or common_word(word) or ascii_fold(word) not in world_first_names() or known_place(t.text):
            continue
        start, end = t.idx, t.idx + len(t.text)
        if not tagged_given_name(text, start, end) or code_position(text, start, end):
            continue
        if persons_role(doc, text, t, t) or owning_or_addressed(doc, text, t, t):
            found.append((start, end))
    return found


_LINE_END = regex.compile(r"[ \t.]*(?:\n|$)")


def _rarely_shared(value: str) -> bool:
    """Whether `value` is a full name the lists of the famous hold whose surname no world name list
    has ("Claudia Sheinbaum", "Warren Buffett"): few private people are called so, unlike "Rui Costa"."""
    words = without_possessive(value).split()
    return len(words) >= 2 and notable_person(value) and ascii_fold(words[-1].lower()) not in world_list_family()


def _answered(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends its line after a colon: a quiz's or a list's answer ("1. First to
    sail alone around the world: Joshua Slocum")."""
    line = text[lines.line_start(text, start) : start]
    return line.rstrip().endswith(":") and _LINE_END.match(text, end) is not None


def _known_in_history(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a full name in a question shaped like history is left as it was read before the lists
    of the famous could say whose it is: a pair of the commonest census names, a town's club
    ("Eintracht Backnang"), a quiz's answer."""
    if _answered(text, start, end):
        return True
    if not (frequent_pair(words[0], without_possessive(words[-1])) or known_place(words[-1])):
        return False
    # "How did Jason Rogers finish the translation of Don Quixote so quickly?": a scholar's work in
    # hand on the name's line makes a common name a colleague's or a student's, whatever the topic.
    return _SCHOLARS_WORK.search(text, *sentence_bounds(text, start, end, _LINE_END)) is None


def _place_shaped(words: list[str]) -> bool:
    """Whether a run the lists read as a full name opens with a small word or a place's first word,
    or ends with a place's last word ("Ha Long Bay", "Lake Stanley"): a place's name, not someone's."""
    return words[0] in STOP_WORDS or words[0] in _PLACE_HEADS or words[0] in _PLACE_FIRST_WORDS or words[-1] in _PLACE_TAILS


def _unknown_public(kind: TextKind) -> bool:
    """History or a question about the world, not technical: where a full name no list of the famous holds is someone's."""
    return kind.guarded and not kind.technical and not kind.question and not kind.contact and not kind.reading and kind.language == "en"


def _technical_prose(kind: TextKind) -> bool:
    """Technical text that is not also about history: where a tagged given name may be someone's."""
    return kind.technical and not kind.history


_SPACED_WORD = regex.compile(r"[ \t]+(\p{L}+)")


def _small_word_after(text: str, start: int, end: int) -> int:
    """Where a span's first English small word after its first word starts ("Bishop| About The
    Rent"), or `end`: in title case the capitals run on past a name."""
    for m in _SPACED_WORD.finditer(text[start:end]):
        if m.group(1).lower() in STOP_WORDS and m.group(1).lower() not in PARTICLES_CORE:
            return start + m.start()
    return end


def _words_alone(value: str, entity: str) -> bool:
    """Whether `value` is English words and nothing else: no given name and surname ("Grace
    Bishop"), no word that is no English word ("Oyelaran"), and no listed place."""
    words = [without_possessive(w).lower() for w in value.split()]
    if not words or not all(w in STOP_WORDS or english_form(w) or common_word(w) for w in words):
        return False
    if len(words) >= 2 and words[0] in listed_given() and all(w in listed_given() or w in listed_family() for w in words[1:]):
        return False
    return not (entity == "LOCATION" and known_place(value))


def _country_named(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a country's English name ("Kenya", "Georgia's"), with no word
    before it that names or addresses someone ("my daughter India", "Dear Jordan"): read as the
    country, whoever else is so named."""
    from privacy_gateway.detection.countries import english_country_names  # loaded late: keeps the import chain short

    return without_possessive(text[start:end]).lower() in english_country_names() and not person_context(text, start, end)


def _not_a_name(doc: Doc, label: str, first: Token, last: Token, words: list[str], text: str, kind: TextKind, language: str | None) -> bool:
    """Whether a tagged run is something else: an organisation or role, a plain word, a listed tool,
    a common noun or field label in another language."""
    start, end = first.idx, last.idx + len(last.text)
    if any(w in _ORG_WORDS for w in words) or _role_label(doc, first, last):
        return True
    if label not in _PLACE_LABELS and plain_word(first, last, kind.technical):
        return True
    # "Size: large", "Goal: escape": tagged a person and a proper noun, a word that no list holds as
    # a name, WordNet not as a proper noun and no place list as a place ("Canadian", Texas) is a word.
    if label not in _PLACE_LABELS and first.i == last.i and common_word(first.text) and nameless_word(words[0]) and not any_place(first.text):
        return True
    # "Warning", "Normal" in a column of `kubectl get events`: in technical text, one English word
    # that no list knows as a place is a heading or a value, not a place.
    # "Order 4471 2093 shipped", "Shipment 7730 weighed": one English word opening a sentence before
    # a number is what the number counts (not "Lot 52, Phase 3," in an address line).
    numbered = first.is_sent_start and last.i + 1 < len(doc) and doc[last.i + 1].like_num
    if label in _PLACE_LABELS and (kind.technical or numbered) and first.i == last.i and english_form(words[0]) and not known_place(words[0]):
        return True
    if label in _PLACE_LABELS and first.i == last.i and _numbered_heading(doc, first):
        return True
    if label in _PLACE_LABELS and _numbered_noun(doc, first, last):
        return True
    # A listed tool the recognizer calls a person ("Kotlin coroutines", "Compare Apache
    # Cassandra"): only someone when the words before address or name a person.
    if is_software(text[start:end]) and not person_context(text, start, end):
        return True
    if language is not None and foreign_noun(doc, first, words, language):
        return True
    if _field_label(doc, last):
        return True
    if language is None:
        return False
    placed = (
        label not in _PLACE_LABELS
        # Someone the model took for a place: a longer name ("Fenna Kuipers"), a given name ("Groetjes, Daan").
        or len(words) > 1
        or ascii_fold(words[0].lower()) in world_first_names()
        or _PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None
        or _ADDRESS_NUMBER.search(text, max(0, start - 10), start) is not None
        or _HOUSE_NUMBER_AFTER.match(text, end) is not None
        or any(any_place(w) for w in (text[start:end], *words))
    )
    return not foreign_name(label, words, text, language, person_context(text, start, end), placed)
