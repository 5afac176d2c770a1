"""Value propagation finds what one regex alternation of all values would, without compiling one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.findings import Finding
from privacy_gateway.core.spans import _name_use, _Occurrences, mask_spans, value_key


def reference(values: dict[str, str], aliases: dict[str, tuple[str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """The alternation the finder replaced: longest values first, any case, any spacing; a single
    word only where it is written as a name (`_name_use`, tested on its own below)."""
    out = []

    def alternation(parts: list[str], flags: int) -> re.Pattern[str] | None:
        ordered = sorted(set(parts), key=lambda s: (-len(s), s))
        return re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", flags) if ordered else None

    pattern = alternation([r"\s+".join(re.escape(w) for w in k.split()) for k in values], re.IGNORECASE)
    if pattern is not None:
        for m in pattern.finditer(text):
            key = value_key(m.group())
            if key in values and (" " in key or not key.isalpha() or _name_use(text, m.start(), m.end())):
                out.append((m.start(), m.end(), values[key], key))
    pattern = alternation([re.escape(p) for p in aliases], re.IGNORECASE)
    if pattern is not None:
        for m in pattern.finditer(text):
            if _name_use(text, m.start(), m.end()):
                key, kind = aliases[m.group().casefold()]
                out.append((m.start(), m.end(), kind, key))
    return out


WORDS = ["Maria", "maria", "Gonzalez", "GONZALEZ", "Elm", "Street", "14", "Leeds", "a", "and", "ß", "ss", "Straße", "x_y", "+44", "20"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", ", ", "-", "", ". "])), max_size=25).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)
values = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join), max_size=5)


@settings(max_examples=400, deadline=None)
@given(text=texts, keys=values, parts=st.lists(st.sampled_from([w for w in WORDS if w[0].isupper()]), max_size=3))
def test_occurrences_match_the_alternation(text: str, keys: list[str], parts: list[str]) -> None:
    known = {value_key(k): "PERSON" for k in keys if len(value_key(k)) >= 3}
    aliases = {p.casefold(): (value_key(p + " Surname"), "PERSON") for p in parts}
    found = [(f.start, f.end, f.entity_type, key) for f, key in _Occurrences(known, aliases)(text)]
    assert found == reference(known, aliases, text)


def test_a_name_found_once_is_masked_everywhere_in_any_case_and_spacing() -> None:
    texts = ["Write to Maria Gonzalez today.", "MARIA\n GONZALEZ replied; Maria agreed, but Mariana did not."]
    spans = mask_spans(texts, [[Finding(9, 23, "PERSON", 0.85)], []])
    assert [texts[1][s.start : s.end] for s in spans[1]] == ["MARIA\n GONZALEZ", "Maria"]
    assert {s.key for s in spans[1]} == {"maria gonzalez"}


def test_a_single_word_counts_where_it_is_written_as_a_name() -> None:
    def uses(text: str, word: str) -> bool:
        at = text.index(word)
        return _name_use(text, at, at + len(word))

    assert uses("Please pay Bill today", "Bill")  # capitalised
    assert uses("the invoice from BILL came", "BILL")  # capitals among ordinary text
    assert not uses("PAY THE BILL NOW", "BILL")  # capitals everywhere: case says nothing
    assert uses("send it to gonzalez", "gonzalez")  # not an English word
    assert not uses("please pay the bill", "bill")  # determiner: the ordinary word
    assert not uses("i will go", "will")
    assert uses("ask bill about it", "bill")  # an addressing verb
    assert uses("hi mark, thanks", "mark")
    assert uses("ping @rose please", "rose")
    assert uses("bill's laptop", "bill")  # possessive
    assert uses("WRITE A LETTER HOME TO BISHOP'S PARENTS", "BISHOP")  # a possessive after "to": no verb
    assert uses("talk to mark's manager", "mark")
    assert not uses("THE BISHOP'S PALACE IS OPEN", "BISHOP")  # a determiner: the ordinary noun
    assert not uses("notes on this week's plan", "week")
    assert uses("notes\nbill: ok", "bill")  # speaker label
    assert not uses("mark it done", "mark")
    assert uses("agreed to ship v2, dorian owns the rollout", "dorian")  # opens a clause, someone's verb after
    assert not uses("the rose is red", "rose")
    assert not uses("please mark is the wrong word here", "mark")  # mid-clause


@pytest.mark.parametrize("texts, finding, masked", [
    pytest.param(["ok from kemal_aydin", "Kemal approved it"], (8, 19), {"Kemal"}, id="underscore-login"),
    pytest.param(["cc m.oyelaran", "Oyelaran will call back"], (3, 13), {"Oyelaran"}, id="initial-login"),
    pytest.param(["author: zofia.wrobel", "Zofia and Wróbel paired on it"], (8, 20), {"Zofia", "Wróbel"}, id="ascii-login-accented-name"),
    pytest.param(["ingrid73 merged", "thanks Ingrid"], (0, 8), {"Ingrid"}, id="numbered-login"),
])
def test_a_login_made_of_a_name_masks_the_name_words(texts: list[str], finding: tuple[int, int], masked: set[str]) -> None:
    spans = mask_spans(texts, [[Finding(*finding, "PERSON", 0.8)], []])
    assert masked <= {texts[1][s.start : s.end] for s in spans[1]}


@pytest.mark.parametrize("text, mailbox, masked", [
    pytest.param("De la: Costel Pădure <costel.padure@yahoo.com>\nMulțumesc, Costel", "costel.padure@yahoo.com", {"Costel Pădure", "Costel"}, id="accented-name"),
    pytest.param("From: ana_lopez-garcia@corp.example\nHola, soy Ana Lopez Garcia", "ana_lopez-garcia@corp.example", {"Ana Lopez Garcia"}, id="three-words"),
])
def test_the_name_a_mail_box_is_made_of_goes_with_the_address(text: str, mailbox: str, masked: set[str]) -> None:
    start = text.index(mailbox)
    spans = mask_spans([text], [[Finding(start, start + len(mailbox), "EMAIL_ADDRESS", 1.0)]])[0]
    assert masked <= {text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}


@pytest.mark.parametrize("mailbox", ["support.team@acme.example", "j.smith@corp.example", "first.last@corp.example"])
def test_a_mail_box_of_words_or_an_initial_names_no_one(mailbox: str) -> None:
    text = f"Write to {mailbox}: the support team, J Smith or First Last will reply."
    start = text.index(mailbox)
    spans = mask_spans([text], [[Finding(start, start + len(mailbox), "EMAIL_ADDRESS", 1.0)]])[0]
    assert [s.entity_type for s in spans] == ["EMAIL_ADDRESS"]


def test_a_login_of_english_words_gives_no_name_words() -> None:
    texts = ["owner: build_runner", "Build the runner image first"]
    spans = mask_spans(texts, [[Finding(7, 19, "PERSON", 0.8)], []])
    assert spans[1] == []


@pytest.mark.parametrize("first, later", [
    pytest.param("Yıldız Kılınç", "YILDIZ KILINÇ", id="dotless-i-in-capitals"),
    pytest.param("Mirosław Zieliński", "miroslaw", id="unaccented"),
    pytest.param("Işıl Güneş", "ISIL GUNES", id="turkish-both"),
    pytest.param("Kiều Lưu", "Kieu", id="vietnamese"),
])
def test_a_value_is_found_however_its_accents_and_case_are_typed(first: str, later: str) -> None:
    texts = [f"Customer: {first}", f"label reads {later} today"]
    spans = mask_spans(texts, [[Finding(10, 10 + len(first), "PERSON", 0.85)], []])
    assert later in {texts[1][s.start : s.end] for s in spans[1]}


def test_a_site_or_login_made_of_the_given_name_and_the_surname_s_initial_goes_with_the_name() -> None:
    text = '"author": "Nivi Kilabuk <nk@northwestel.net> (https://nivik.dev)"'
    start = text.index("Nivi Kilabuk")
    spans = mask_spans([text], [[Finding(start, start + 12, "PERSON", 0.9)]])[0]
    assert "nivik" in [text[s.start : s.end] for s in spans], spans


def test_a_login_keeps_the_particles_of_the_surname_glued() -> None:
    text = "Started by user Zoë van Dokkum (zvandokkum)"
    start = text.index("Zoë")
    spans = mask_spans([text], [[Finding(start, start + len("Zoë van Dokkum"), "PERSON", 0.9)]])[0]
    assert "zvandokkum" in [text[s.start : s.end] for s in spans], spans
