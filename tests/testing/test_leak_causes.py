"""Leak attribution: each verbatim leak counted by what the model tagged over it and the kind of text."""

from __future__ import annotations

from typing import Sequence

from privacy_gateway.testing.leak_causes import attribute, attribute_masks, behind_mark, format_causes, format_masks, format_sources, name_listing, name_shape, neighbour, shape
from privacy_gateway.testing.leak_metric import LabelledSpan, Sample, score


def _sample(sample_id: str, text: str, *values: tuple[str, str]) -> Sample:
    spans = tuple(LabelledSpan(text.index(v), text.index(v) + len(v), t, v) for t, v in values)
    return Sample(id=sample_id, text=text, source="test", spans=spans)


PROSE = _sample("prose", "Please ask Ana Lisboa to call the Tórshavn office back.", ("PERSON", "Ana Lisboa"), ("LOCATION", "Tórshavn"))
CODE = _sample("code", "def ping():\n    return 'Ana Lisboa'  # TODO", ("PERSON", "Ana Lisboa"))


def _tagger(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Tags 'Ana Lisboa' a PERSON in prose, an ORG in code; never tags the town."""
    tagged = []
    for text in texts:
        start = text.index("Ana Lisboa")
        tagged.append([(start, start + 10, "PERSON" if "def " not in text else "ORG")])
    return tagged


def test_each_verbatim_leak_is_counted_by_tag_and_kind() -> None:
    report = score([PROSE, CODE], {"prose": PROSE.text, "code": CODE.text})  # everything leaked
    counts = attribute(report, [PROSE, CODE], _tagger)
    assert counts == {
        ("PERSON", "own label", "prose"): 1,
        ("LOCATION", "nothing", "prose"): 1,
        ("PERSON", "other label", "code"): 1,
    }


def test_values_that_did_not_leak_are_not_counted() -> None:
    masked = PROSE.text.replace("Ana Lisboa", "<PERSON_1>")
    counts = attribute(score([PROSE], {"prose": masked}), [PROSE], _tagger)
    assert counts == {("LOCATION", "nothing", "prose"): 1}


def test_the_table_holds_counts_and_never_a_value() -> None:
    report = score([PROSE, CODE], {"prose": PROSE.text, "code": CODE.text})
    table = format_causes(attribute(report, [PROSE, CODE], _tagger))
    assert "PERSON, prose" in table and "PERSON, code" in table
    assert "Ana" not in table and "Tórshavn" not in table


CLEAN = Sample(id="clean", text="Is the Lavazza blend better than the one Ngozi Kemboi sells in Porto?", source="test", spans=())


def _finder(texts: Sequence[str]) -> list[list[tuple[int, int, str, str]]]:
    """Masks 'Lavazza' (a proper-noun guess) and 'Ngozi Kemboi' (the model's) in every text."""
    found = []
    for text in texts:
        brand, name = text.index("Lavazza"), text.index("Ngozi Kemboi")
        found.append([(brand, brand + 7, "PERSON", "proper nouns"), (name, name + 12, "PERSON", "ner")])
    return found


def _clean_tagger(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Tags 'Ngozi Kemboi' a PERSON, nothing else."""
    return [[(t.index("Ngozi Kemboi"), t.index("Ngozi Kemboi") + 12, "PERSON")] for t in texts]


def test_masks_in_altered_pii_free_prompts_are_counted_by_tag_kind_shape_and_source() -> None:
    altered = score([CLEAN], {"clean": CLEAN.text.replace("Lavazza", "<PERSON_1>")})
    masks, sources = attribute_masks(altered, [CLEAN], _finder, _clean_tagger)
    assert masks == {
        ("PERSON", "nothing", "world", "Capitalised word", "not English"): 1,
        ("PERSON", "own label", "world", "Capitalised words", "not English"): 1,
    }
    assert sources == {("PERSON", "proper nouns"): 1, ("PERSON", "ner"): 1}
    tables = format_masks(masks) + format_sources(sources)
    assert "proper nouns" in tables and "Lavazza" not in tables and "Ngozi" not in tables


def test_a_pii_free_prompt_reaching_the_cloud_as_written_is_not_counted() -> None:
    untouched = score([CLEAN], {"clean": CLEAN.text})
    assert attribute_masks(untouched, [CLEAN], _finder, _clean_tagger) == ({}, {})


def test_shapes_say_how_a_masked_value_is_written() -> None:
    assert [shape(v) for v in ("Lavazza", "Ana Lisboa", "ana", "ANA", "B2 4QT", "de Souza")] == [
        "Capitalised word", "Capitalised words", "lower case", "UPPER CASE", "with digits", "other",
    ]


def test_a_lost_names_shape_says_its_case_joins_and_words_never_the_name() -> None:
    assert name_shape("zofia kaczmarek") == "lower case, not English"
    assert name_shape("MAY FISHER") == "UPPER CASE, English"
    assert name_shape("Anne-Marie Oyelaran") == "Capitalised words, joined, not English"
    assert name_shape("Oyelaran") == "Capitalised word, not English"


def test_a_neighbour_is_told_by_its_kind() -> None:
    text = "notes:\nasked zofia kaczmarek - about it"
    start, end = text.index("zofia"), text.index(" -")
    tokens = [(0, 5, "NOUN"), (5, 6, "PUNCT"), (7, 12, "VERB"), (13, 18, "PROPN"), (19, 28, "PROPN"), (29, 30, "PUNCT"), (31, 36, "ADP"), (37, 39, "PRON")]
    assert neighbour(text, start, end, True, tokens) == "VERB"
    assert neighbour(text, start, end, False, tokens) == "punct dash"
    assert neighbour(text, 7, 12, True, tokens) == "line start"
    assert neighbour(text, 0, 5, False, tokens) == "punct :"


def test_a_lost_names_listing_says_its_words_and_lists_never_the_name() -> None:
    assert name_listing("zofia kaczmarek") == "2 words, given+family"
    assert name_listing("ZOFIA") == "1 word, given"
    assert name_listing("qxzvbn") == "1 word, unlisted"


def test_what_stands_before_a_names_dash_is_told_by_its_kind() -> None:
    text = "thanks - anna at the desk\n- kemal to send"
    tokens = [(0, 6, "NOUN"), (7, 8, "PUNCT"), (9, 13, "PROPN"), (14, 16, "ADP"), (17, 20, "DET"), (21, 25, "NOUN"),
              (26, 27, "PUNCT"), (28, 33, "PROPN"), (34, 36, "PART"), (37, 41, "VERB")]
    assert behind_mark(text, text.index("anna"), tokens) == "NOUN"
    assert behind_mark(text, text.index("kemal"), tokens) == "line start"
    assert behind_mark(text, text.index("the"), tokens) == "-"  # no mark right before
