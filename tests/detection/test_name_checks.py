"""`name_checks.work_titles`: the works' titles among the spans the recognizer tagged, found once a text."""

from __future__ import annotations

from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.name_checks import in_work_title, work_title, work_titles

# Titles in title case with a small word inside, beside people's names and plain sentences.
TEXTS = [
    "Who is the man in Crime and Punishment?",
    "I listened to Kind of Blue with Ilse Brandt yesterday.",
    "Summarise War and Peace for Tomasz Wojcik.",
    "Send the Gone with the Wind notes to Odile Marchand in Leeds.",
    "Tell Henrik Aalto the build is green.",
]


def test_a_title_is_found_where_the_recognizer_tagged_it(detector: Detector) -> None:
    nlp = detector.analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    text = TEXTS[0]
    assert in_work_title(work_titles(nlp(text)), text.index("Punishment"))
    assert not in_work_title(work_titles(nlp(TEXTS[4])), TEXTS[4].index("Henrik"))


def test_titles_found_once_answer_as_the_tagged_spans_do_at_every_character(detector: Detector) -> None:
    nlp = detector.analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    titled = 0
    for text in TEXTS:
        doc = nlp(text)
        titles = work_titles(doc)
        titled += bool(titles)
        for at in range(len(text)):
            # What the check answered when it read `doc.ents` on every call.
            tagged = any(e.start_char <= at < e.end_char and work_title(e) for e in doc.ents)
            assert in_work_title(titles, at) == tagged, (text, at)
    assert titled >= 2
