"""Run the Presidio analyzer (built by `detection.analyzer`) over every text of a request in one batch."""

from __future__ import annotations

import functools
from typing import Any, Sequence

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection import model
from privacy_gateway.detection import lines
from privacy_gateway.detection.address_heads import with_address_heads, with_address_tails
from privacy_gateway.detection.birth_dates import with_birth_dates
from privacy_gateway.detection.contact_lines import with_contact_names, with_contact_numbers
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.foreign import foreign_language
from privacy_gateway.detection.full_names import listed_full_name
from privacy_gateway.detection.house_numbers import with_house_numbers
from privacy_gateway.detection.memo import analysing
from privacy_gateway.detection.name_cues import _WEEKDAYS, service_login, titled
from privacy_gateway.detection.name_joins import whole_names
from privacy_gateway.detection.software import technology
from privacy_gateway.detection.spoken import read_view
from privacy_gateway.detection.note_lines import with_note_subjects
from privacy_gateway.detection.place_joins import whole_places, with_regions
from privacy_gateway.detection.postcode_cells import with_postcodes_beside
from privacy_gateway.detection.places import known_place
from privacy_gateway.detection.plain_spans import camel_identifier, colon_label, column_header, generic_addressee, heading_list, menu_label, menu_paths, output_key, plain_label, plain_phrase, role_phrase, statistic_label, ui_labels
from privacy_gateway.detection.product_codes import numbered_word, product_item
from privacy_gateway.detection.placeholders import VOIDABLE, inside_placeholder, placeholder_spans, zero_filled
from privacy_gateway.detection.eponyms import eponym_spans
from privacy_gateway.detection.famous_births import famous_birth_dates
from privacy_gateway.detection.famous_tables import famous_cells
from privacy_gateway.detection.life_dates import life_date_spans
from privacy_gateway.detection.sample_names import sample_name_spans
from privacy_gateway.detection.sample_places import sample_place
from privacy_gateway.detection.phone_plans import placeholder_number
from privacy_gateway.detection.storms import storm_name
from privacy_gateway.detection.world_regions import world_region
from privacy_gateway.detection.works_lists import work_list_items
from privacy_gateway.detection.observances import observance
from privacy_gateway.detection.brand_uses import quoted_cultivar
from privacy_gateway.detection.score_bounds import left_out, leaving_out, unreachable
from privacy_gateway.detection.text_kind import TextKind, assume, has_software_word, in_language, kind_of
from privacy_gateway.detection.time_zones import zone_spans
from privacy_gateway.config.models import DEFAULT_SPACY_MODEL as DEFAULT_SPACY_MODEL  # callers name it with the analyzer
from privacy_gateway.detection.languages import LanguageIdentifier
from privacy_gateway.policy.schema import Policy
from privacy_gateway.policy.recognizers import allow_list_patterns, build_recognizers

# The small English pipeline as published; vanilla Presidio comparisons run on it.
STOCK_SPACY_MODEL = model.BASE
ENGLISH = "en"  # `detection.spacy_model` names its pipeline
# Labels no policy entity comes from; the gateway's recognizers read the parse itself.
IGNORED_NER_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "EVENT", "LAW", "PRODUCT",
                      "WORK_OF_ART", "FAC", "MISC")


# IDs whose recognizer (Presidio's DEA-number pattern) also matches inside longer opaque tokens:
# one random 32-hex request id in 70 holds "ee0272740". A match glued to letters or digits on
# either side is part of another token, not the ID.
WHOLE_TOKEN_IDS = frozenset({"MEDICAL_LICENSE"})


def _inside_token(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


class DetectorUnavailable(RuntimeError):
    """The analyzer could not be built (missing spaCy model, broken install)."""


class ContextWhereNeeded(LemmaContextAwareEnhancer):
    """Presidio's context-word enhancer, given only the results it would change.

    It deep-copies every result before skipping those whose recognizer has no context words or
    that are already scored with context (all of the gateway's own): about 1 ms per KB of text
    spent copying results it then leaves alone. A result already at the top score (an IBAN or a
    licence whose check digit holds) keeps it with or without a context word, so it skips the
    enhancer too, and with it the text's lemmas and keywords the enhancer builds to look around it.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        todo: list[RecognizerResult] = []
        done: list[RecognizerResult] = []
        for result in raw_results:
            meta = result.recognition_metadata or {}
            wanted = meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) in with_context
            wanted = wanted and not meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY) and result.score < ContextAwareEnhancer.MAX_SCORE
            (todo if wanted else done).append(result)
        if not todo:
            return done
        return done + super().enhance_using_context(text, todo, nlp_artifacts, recognizers, context)


class RememberingRegistry(RecognizerRegistry):
    """Presidio's registry, answering "which recognizers serve this call" once per question.

    `AnalyzerEngine.analyze` asks on every call, and Presidio answers by scanning every recognizer
    for every wanted entity (about fifty by fifty here: 0.1 ms, paid again by each piece of a cut
    text). The answer depends only on the question and on which recognizers are registered, so it
    is kept, keyed by both; registering or removing a recognizer makes a new key. Recognizers are
    not changed in place once registered (`build_analyzer` sets their language before adding them).
    Recognizers the running analysis leaves out (`score_bounds.leaving_out`) are not in the answer,
    and the answer lists them in the order they were registered.
    """

    _KEPT = 64  # distinct questions kept (one per policy and language in practice)

    @classmethod
    def adopt(cls, registry: RecognizerRegistry) -> RememberingRegistry:
        """A remembering registry sharing `registry`'s recognizers and settings."""
        adopted = cls.__new__(cls)
        adopted.__dict__.update(registry.__dict__)
        adopted._answers = {}
        return adopted

    _answers: dict[tuple[object, ...], tuple[tuple[EntityRecognizer, ...], list[EntityRecognizer]]]

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        ad_hoc = tuple(ad_hoc_recognizers or ())
        skipped = left_out()
        key = (language, None if entities is None else tuple(entities), all_fields, tuple(map(id, self.recognizers)), tuple(map(id, ad_hoc)), skipped)
        answer = self._answers.get(key)
        if answer is None:
            if len(self._answers) >= self._KEPT:
                self._answers.clear()
            # The ad-hoc recognizers are kept with the answer, so their ids in the key stay theirs.
            # Presidio answers with a set, ordered by the recognizers' addresses; the answer is put
            # back in the order they were registered, so that which of two recognizers' equal
            # results survives Presidio's merge does not change from one run to the next.
            order = {id(r): i for i, r in enumerate((*self.recognizers, *ad_hoc))}
            found = super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
            wanted = sorted((r for r in found if r.id not in skipped), key=lambda r: order[id(r)])
            answer = self._answers[key] = (ad_hoc, wanted)
        return list(answer[1])


class GatewayAnalyzer(AnalyzerEngine):
    """Presidio's analyzer, handing each recognizer its own results by one grouping pass.

    Presidio's `_enhance_using_context` scans every result twice per recognizer (about fifty
    recognizers here) to split "this recognizer's" from "the others'", only to call a per-recognizer
    hook that none of these recognizers overrides. Here results are grouped by recognizer once, the
    split is made only for a recognizer that does override the hook, and the order (recognizer by
    recognizer, each in its own order) is the same.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.registry = RememberingRegistry.adopt(self.registry)

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_recognizer.setdefault(result.recognition_metadata[key], []).append(result)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [r for r in raw_results if r.recognition_metadata[key] != recognizer.id]
                own = recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=list(own), other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts, context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
        )


def analysis_kind(text: str) -> TextKind:
    """The kind of `text` as the recognizers judge it (on its `analysis_text`)."""
    return kind_of(analysis_text(text))


def analysis_text(text: str) -> str:
    """The text as the recognizers see it: escaped line breaks (a literal backslash-n, common in
    pasted JSON and logs) become real ones, so words on both sides stay apart. Same length, so
    offsets hold for the original."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_unescape, text)


# A backslash escape of a line break or tab, unless it is a separator of a Windows path
# (C:\Users\rdelgado, \\server\new): there "\r" is where a folder's name starts. The path
# looked back over is bounded (16 folders of 64 characters) and only looked for where an escape
# stands: unbounded, each escape scanned back over every earlier one, n² on long pasted logs. A
# backslash escaped itself (JSON's `"CORP\\ramanp"`, a backslash and an "r") escapes nothing.
_ESCAPE = regex.compile(
    r"(?=\\[ntr])(?<!(?<!\\)\\(?:\\\\){0,8})"
    r"(?<!(?:^|[^A-Za-z0-9])[A-Za-z]:(?:\\[^\s\\\"']{0,64}){0,16}|\\\\[^\s\\\"']{1,64}(?:\\[^\s\\\"']{0,64}){0,16})\\([ntr])"
)
_REPLACEMENT = {"n": " \n", "t": " \t", "r": " \n"}
# A Windows domain before the backslash and a login after it (`CORP\rjones`, `ACME-EU\tnakamura`):
# there "\r" starts the login. Log levels and status words in capitals ("FAILED\nretrying") still escape.
_DOMAIN_BEFORE = regex.compile(r"(?:^|(?<=[\s\"'=:(,\[]))[A-Z][A-Z0-9\-]{1,15}$")
_LOGIN_AFTER = regex.compile(r"[a-z][a-z0-9._\-]*(?=[\s\"'`:,;)\]]|$)")
_STATUS_WORDS = frozenset(
    "ERROR ERR WARN WARNING INFO DEBUG TRACE FATAL CRITICAL NOTICE OK DONE FAIL FAILED PASS PASSED SUCCESS TRUE FALSE "
    "NULL NONE NIL END EOF YES NO ON OFF".split()
)


def _unescape(match: regex.Match[str]) -> str:
    text, at = match.string, match.start()
    domain = _DOMAIN_BEFORE.search(text, max(0, at - 17), at)
    if domain is not None and domain.group() not in _STATUS_WORDS and _LOGIN_AFTER.match(text, at + 1) is not None:
        return match.group()
    return _REPLACEMENT[match.group(1)]


class Detector:
    """Finds the entities a policy cares about, applying its per-type score thresholds."""

    def __init__(self, analyzer: AnalyzerEngine, policy: Policy) -> None:
        self.analyzer = analyzer
        self.policy = policy
        self.entities = policy.detected_entities()
        thresholds = [policy.rule(t).threshold for t in self.entities]
        self._floor = min(thresholds, default=0.0)
        # The policy's own recognizers go to Presidio per call, so they never leak into other
        # policies sharing this analyzer.
        self.recognizers = build_recognizers(policy.recognizers)
        self._allow = allow_list_patterns(policy.allow_list)
        self.languages = identifier_for(tuple(analyzer.supported_languages))
        # Presidio recognizers whose best score is under this policy's threshold for their type:
        # left out of its analyses, same findings (`score_bounds`).
        self.hopeless = unreachable(
            analyzer.registry.recognizers, analyzer.context_aware_enhancer, {t: policy.rule(t).threshold for t in self.entities}
        )

    def kind(self, text: str) -> TextKind:
        """The kind of a whole `text` and the language it is written in, which its pieces inherit."""
        kind = analysis_kind(read_view(text).text)  # as its pieces are read: decoded, punctuation said aloud written
        if len(self.languages.languages) == 1:
            return kind
        return in_language(kind, self.languages.identify(text))

    def with_policy(self, policy: Policy) -> Detector:
        """A detector for `policy` on the same analyzer (the spaCy pipeline is loaded once)."""
        return Detector(self.analyzer, policy)

    def analyze(self, texts: Sequence[str], kinds: Sequence[TextKind] | None = None) -> list[list[Finding]]:
        """Findings for each text, in the same order; empty texts cost nothing.

        `kinds` gives the kind (technical, history…) and language of each text when the texts
        are pieces of longer ones (`kind` of the whole text); by default each text is its own whole.
        """
        with analysing():  # answers several rules ask of the same text, computed once (`memo`)
            return self._analyze(texts, kinds)

    def _analyze(self, texts: Sequence[str], kinds: Sequence[TextKind] | None) -> list[list[Finding]]:
        # Imported here: `structured` reads keys through `field_keys` and `text_kind`, and the chain
        # of imports from the app is at its length (`tests/test_layers.py`).
        from privacy_gateway.detection.structured import form_labels

        results: list[list[Finding]] = [[] for _ in texts]
        if not self.entities:
            return results
        todo = [i for i, text in enumerate(texts) if text.strip()]
        # Recognizers read the normalized view; findings are mapped back to the original text.
        views = {i: read_view(texts[i]) for i in todo}
        seen = {i: analysis_text(views[i].text) for i in todo}
        of = {i: kinds[i] if kinds is not None else self._kind_of(seen[i], texts[i]) for i in todo}
        for language in dict.fromkeys(of[i].language for i in todo):
            group = [i for i in todo if of[i].language == language]
            batch = self.analyzer.nlp_engine.process_batch([seen[i] for i in group], language=language)
            for i, (text, artifacts) in zip(group, batch):
                with assume(of[i]), leaving_out(self.hopeless):
                    found = self.analyzer.analyze(
                        text=text,
                        language=language,
                        entities=self.entities,
                        nlp_artifacts=artifacts,
                        score_threshold=self._floor,
                        ad_hoc_recognizers=self.recognizers or None,
                        allow_list=self._allow or None,
                        allow_list_match="regex",
                    )
                kept = [
                    Finding(*views[i].span(r.start, r.end), r.entity_type, round(float(r.score), 4))
                    for r in found
                    if r.score >= self.policy.rule(r.entity_type).threshold and r.end > r.start
                    and not (r.entity_type in WHOLE_TOKEN_IDS and _inside_token(text, r.start, r.end))
                ]
                # "Musterstraße 1, 12345 Musterstadt", "123 Main Street, Anytown": a form's example, nobody's.
                # "Sales in Europe grew", "APAC": a continent or a market's region, where millions live.
                # "(00) 00000-0000", "010-0000-0000": a form's zero-filled mask, no one's line.
                kept = [
                    f for f in kept
                    if not (f.entity_type == "LOCATION" and (sample_place(texts[i][f.start : f.end]) or world_region(texts[i][f.start : f.end])))
                    and not (f.entity_type == "PHONE_NUMBER" and placeholder_number(texts[i][f.start : f.end]))
                ]
                if "PERSON" in self.entities:  # names split by particles or cut short, joined whole
                    kept = with_contact_names(texts[i], kept, _full_name, known_place)  # "1. Ingrid Solberg - 912 34 567": whose number it is
                    if _language_of(of[i], texts[i]) is None and not of[i].history and (of[i].technical or not of[i].guarded):
                        kept = with_note_subjects(texts[i], kept, _full_name, known_place)  # "14:20 Rizal Santoso found …", "Mon - Wanjiru migrated …"
                    kept = whole_names(texts[i], kept, _language_of(of[i], texts[i]), of[i].technical)
                if of[i].technical:  # "Platform Team", "Tags" in tool output: labels, not names
                    kept = [
                        f for f in kept
                        if not plain_label(texts[i][f.start : f.end], f.entity_type)
                        and not output_key(texts[i], f.start, f.end) and not column_header(texts[i], f.start, f.end)
                    ]
                kept = [f for f in kept if not colon_label(texts[i], f.start, f.end, f.entity_type)]  # "Seats:" over its value
                kept = [f for f in kept if not _words_of_no_one(texts[i], f)]
                kept = _without_roles(texts[i], kept, of[i].technical)
                if paths := [*menu_paths(texts[i]), *ui_labels(texts[i])]:  # "Settings > Security", "Tap Privacy": an app's labels
                    kept = [f for f in kept if f.entity_type not in _LABELLED or not menu_label(texts[i], f.start, f.end, paths)]
                # "Samsung Galaxy A54", "48 x Pixel 8": a product and an order's item, before a house number joins it.
                kept = [
                    f for f in kept
                    if f.entity_type not in _LABELLED or not product_item(texts[i], f.start, f.end, f.entity_type)
                    and not (f.entity_type == "PERSON" and numbered_word(texts[i], f.start, f.end))
                ]
                if "PERSON" in self.entities and "PHONE_NUMBER" in self.entities:  # once labels, roles and products are no one
                    kept = with_contact_numbers(texts[i], kept)  # "- Anna Berg, 022345678": the number on a person's contact line
                if "PERSON" in self.entities and "DATE_OF_BIRTH" in self.entities:
                    kept = with_birth_dates(texts[i], kept)  # "My mother Justina Kazlauskienė (11/08/1940)": whose birth date
                kept = with_house_numbers(texts[i], kept)  # "484 Culkeeran Cove", "Herbststraße 310"
                kept = with_postcodes_beside(texts[i], kept)  # "北京市海淀区中关村大街27号, 100080": the street's postcode field
                kept = whole_places(texts[i], kept)  # "Châtillon-sur-Chalaronne": the particle between the pieces found
                kept = with_address_heads(texts[i], kept)  # "Glebe Farm, Ellingstring, Ripon, HG4 4PW": the named house and village
                kept = with_address_tails(texts[i], kept)  # "…, Brgy. Tan-awan, Oslob, Cebu 6025": the town and region after a street
                # `<FAMILY>^<GIVEN>`, `{{ first_name }}`: a template's field names, not the data; "Jane
                # Doe", "Max Mustermann", Alice and Bob in a key exchange: sample people, no one's data;
                # "Asia/Kolkata": a time zone's name, a setting; "Reed–Sternberg cells", "Roe v. Wade":
                # namesakes of a thing the world knows, and a reported case's parties; "Postal code" on
                # its own line over its value: a form's label; "Beatles songs: Hey Jude, Michelle, …": works by their titles;
                # "Frederic Leighton (1830–1896)": someone who died long ago, named with their life dates;
                # "| Pablo Picasso | …": a table's column of the world's famous; "Nelson Mandela (born 18
                # July 1918)": the birth date of someone the world knows.
                holes = [
                    *placeholder_spans(texts[i]), *sample_name_spans(texts[i], of[i].technical), *zone_spans(texts[i]), *eponym_spans(texts[i], of[i].technical or has_software_word(texts[i])),
                    *form_labels(texts[i]), *work_list_items(texts[i]), *life_date_spans(texts[i]), *famous_cells(texts[i]),
                    *famous_birth_dates(texts[i]),
                ] if any(f.entity_type in VOIDABLE for f in kept) else []
                # "Lima,PE,2024-07-18,12.7", a DataFrame of countries: a dataset's places are the world's where it holds no one.
                if any(f.entity_type in _LABELLED for f in kept):
                    kept = _without_dataset_places(texts[i], kept)
                # "Riva del Garda (TN)": the region after a town that is still masked, once no one's places are gone.
                kept = sorted(f for f in kept if not _void(texts[i], f, holes))
                # A region's brackets may hold what names no one too ("Flood (Storm Kathleen)"): the regions added are read so.
                regions = with_regions(texts[i], kept)
                if regions is kept:
                    results[i] = kept
                else:
                    known = set(kept)
                    results[i] = [f for f in regions if f in known or not _void(texts[i], f, holes)]
        return results

    def _kind_of(self, seen: str, original: str) -> TextKind:
        kind = kind_of(seen)
        if len(self.languages.languages) == 1:
            return kind
        return in_language(kind, self.languages.identify(original))


def _full_name(words: list[str]) -> bool:
    """A full name by the lists, read as a recognizer's agreement allows: a contact line or a line of
    notes puts the words where a person stands."""
    return listed_full_name(words, tagged=True)


# What a menu's label may be taken for.
_LABELLED = frozenset({"PERSON", "LOCATION"})


def _without_roles(text: str, kept: list[Finding], technical: bool) -> list[Finding]:
    """`kept` less the PERSON spans that are a job title ("The Sales Manager asked …", "our Head of
    Procurement") or, outside technical text, a phrase of plain words ("our Warehouse Manager",
    "Nitrile Gloves"), and less the pieces of them found alone ("Procurement")."""
    plain = [
        (f.start, f.end) for f in kept
        if f.entity_type == "PERSON" and not titled(text[max(0, f.start - 12) : f.start])
        and (role_phrase(text[f.start : f.end]) or not technical and plain_phrase(text[f.start : f.end]) or generic_addressee(text, f.start, f.end))
    ]
    if not plain:
        return kept
    return [f for f in kept if f.entity_type != "PERSON" or not any(s <= f.start and f.end <= e for s, e in plain)]


def _words_of_no_one(text: str, finding: Finding) -> bool:
    """Whether a name or a place found is words no one is called by there: a statistic's ("Min  Max
    Mean"), a list of headings' ("Issue / Background / Key risks"), code's camel case ("RangeIndex:
    891 entries") or code under an address's key (":8080", "type: object", a query), a feast, a
    faith or a dated month ("Easter", "Diwali", "in April"), a quoted cultivar beside its plant
    ("Clematis 'Nelly Moser'"), a storm's ("Storm Ciarán", "Hurricane Ian", a table's "Storm")."""
    if finding.entity_type not in _LABELLED:
        return False
    value = text[finding.start : finding.end]
    if finding.entity_type == "PERSON" and camel_identifier(value) or finding.entity_type == "LOCATION" and _code_value(value):
        return True
    return (
        statistic_label(text, finding.start, finding.end)
        or finding.entity_type == "PERSON" and heading_list(text, finding.start, finding.end)
        or observance(text, finding.start, finding.end)
        or quoted_cultivar(text, finding.start, finding.end)
        or storm_name(text, finding.start, finding.end)
    )


# What a dataset of no one holds: places, dates, groups. Any other finding (a name, a contact, a birth
# date, an ID, an address on the web) says it holds someone.
_NO_ONE_S = frozenset({"LOCATION", "DATE_TIME", "NRP", "ORGANIZATION"})
# A DataFrame's row number before a cell, two spaces or more between, which a reading may take into
# the cell ("0  Germany"; not a postcode's "2541 AB").
_ROW_NUMBER = regex.compile(r"^\d+[ \t]{2,}")
# What an address's key may hold in code that no address is: a port alone ("addr=:8080"), a
# schema's type ("address: {type: object}"), a query ("SELECT SUM(…) FROM …", a JMESPath's
# "[?Key==`Name`]"). An address holds no brackets, backticks or equals signs (a table's pipes may
# stand inside a span that runs over its cells: "| 8252 Reynolds Summit | 34568 |").
_CODE_VALUE = regex.compile(
    r"^:\d{1,5}$|^type:[ \t]*(?:object|string|array|integer|number|boolean|null)\b|^(?i:select|insert|update|delete)\b|[\[\]{}`=]"
)


def _code_value(value: str) -> bool:
    """Whether a place found as `value` is code (`_CODE_VALUE`) and holds no street's or postcode's
    digits and letters: "addr: Studio 41 | 82 Booth Unions | SM9 4GT  -> status=ZERO_RESULTS" ran
    past the address into a log's field, and is still an address."""
    return _CODE_VALUE.search(value) is not None and _STREET_OR_CODE.search(value) is None


# A country's or a region's code in a dataset's column ("PE", "GBR").
_PLACE_CODE = regex.compile(r"\p{Lu}{2,3}")


def _data_regions(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a dataset of three rows or more: a delimited or ruled table, a DataFrame
    printed with aligned columns, an SQL INSERT of two rows or more."""
    from privacy_gateway.detection.tables import aligned_cells, blocks as table_blocks, insert_spans  # loaded late: keeps the import chain short

    regions = [(s, e) for s, e in table_blocks(text) if text.count("\n", s, e) >= 2]
    cells = list(aligned_cells(text)) if "   " in text else []
    if len(cells) >= 3:
        first = min(s for s, _, _ in cells)
        regions.append((lines.line_start(text, first), max(e for _, e, _ in cells)))  # from the first row's number
    regions += insert_spans(text)
    return regions


def _without_dataset_places(text: str, kept: list[Finding]) -> list[Finding]:
    """`kept` less the listed places (countries, cities, towns) and country codes in the rows of a
    dataset (`_data_regions`) of a text that holds no one: no name, contact, birth date, street or
    postcode with letters found in it ("city,country,t_max\nLima,PE,12.7\n…", a DataFrame of
    countries, "INSERT INTO countries … ('NO', 'Norway', 'Oslo'), ('PE', 'Peru', 'Lima')"). A place
    in a record of no one is nobody's; a single record's place ("the customer lives in India") and
    a postcode are left to the readings, whatever the text."""

    def placed(f: Finding) -> bool:  # a country a name column's header typed a person: "INSERT INTO countries (iso2, name …"
        return f.entity_type == "PERSON" and known_place(text[f.start : f.end])

    if any(f.entity_type not in _NO_ONE_S and not placed(f) for f in kept):
        return kept
    if any(f.entity_type == "LOCATION" and _STREET_OR_CODE.search(_ROW_NUMBER.sub("", text[f.start : f.end])) for f in kept):
        return kept  # a street with its number, or a postcode with letters: an address, someone's
    regions = _data_regions(text)

    def dataset_place(f: Finding) -> bool:
        value = _ROW_NUMBER.sub("", text[f.start : f.end]).strip()
        return any(s <= f.start and f.end <= e for s, e in regions) and (known_place(value) or _PLACE_CODE.fullmatch(value) is not None)

    return [f for f in kept if not (placed(f) or f.entity_type == "LOCATION") or not dataset_place(f)] if regions else kept


# Digits and letters in one place found: "12 Main St", "SW1A 1AA" (a number alone is as often a table's figure).
_STREET_OR_CODE = regex.compile(r"\d.*\p{L}|\p{L}.*\d")


def _void(text: str, finding: Finding, holes: list[tuple[int, int]]) -> bool:
    """A finding that names no one: a template's field (`{{ first_name }}`), a date's weekday, or a
    system account written as one ("user=sudo", "owner: postgres", "svc-etl"), a listed tool in lower
    case or a code fence's language, which the parse may still call a person."""
    if finding.entity_type in VOIDABLE and inside_placeholder(holes, finding.start, finding.end):
        return True
    value = text[finding.start : finding.end]
    row = _ROW_NUMBER.match(value)
    if row is not None and finding.entity_type in VOIDABLE and inside_placeholder(holes, finding.start + row.end(), finding.end):
        return True  # "1    America/Chicago": a DataFrame's row number, then a time zone's name
    if finding.entity_type not in _LABELLED and zero_filled(value):
        return True  # "NIF 00000000T", "IBAN ES00 0000 …": a template's zero-filled mask of a number, no one's
    if finding.entity_type in _LABELLED and value.lower() in _DATED_WEEKDAYS and _DAY_AFTER.match(text, finding.end):
        return True  # "date: Mon, 10 Jun 2024": a date's weekday (Mon is a state of Myanmar too)
    if finding.entity_type in _LABELLED and storm_name(text, finding.start, finding.end):
        return True  # "Storm Ciarán", "Hurricane Ian": a storm named from a list of given names
    if finding.entity_type != "PERSON":
        return False
    if value.islower() and " " not in value and technology(value) is False:
        return True  # "owner: hashicorp", "under semver": a listed tool or vendor in lower case is no one (a name people have is marked)
    if text[max(0, finding.start - 3) : finding.start] in ("```", "~~~"):
        return True  # "~~~markdown": a code fence's language
    return service_login(value) or value.islower() and _KEY_AFTER.match(text, finding.end) is not None or value in _URN_SCHEMES and text[finding.end : finding.end + 1] == ":"


# What follows a word that is a format's own, not a value: a directory name's attribute
# ("uid=svc-backup,ou=people"), a syslog program's process number ("cron[2994]:").
_KEY_AFTER = regex.compile(r"=[^=\s,]+,(?:ou|dc|cn|o)=|\[\d+\]:")
# A resource name's scheme ("arn:aws:iam::…", "urn:isbn:…").
_URN_SCHEMES = frozenset({"arn", "urn"})
# A weekday, short or whole, before the day of the month: "Mon, 10 Jun 2024", "Sun 5 Jan" ("Sun"
# is a surname too, so `name_cues` leaves it out of the weekdays it reads alone).
_DATED_WEEKDAYS = _WEEKDAYS | {"sun"}
_DAY_AFTER = regex.compile(r",?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3}|,?[ \t]+\p{L}{3,9}[ \t]+\d{1,2}\b")


def _language_of(kind: TextKind, text: str) -> str | None:
    """The language a text's words are read in, None for English."""
    language = kind.language if kind.language != ENGLISH else foreign_language(text)
    return language or None


@functools.lru_cache(maxsize=8)
def identifier_for(languages: tuple[str, ...]) -> LanguageIdentifier:
    """One language identifier per set of languages per process (its model takes a second to load)."""
    return LanguageIdentifier(languages)
