"""Listed brands, shows, chains, venues and plants (`data/brands.txt`, issue 18, round 30): named in
everyday requests they stay as written, in any case and with the words beside them; the people in
the same requests, and the names the build's privacy filter left out, stay masked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacy_gateway.detection.brands import _CHUNKS, _folded, _window_key, brand_key, listed_brand
from privacy_gateway.detection.data_files import data_lines
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Write shop copy for our ice cream freezer, a bit like the copy on Ben & Jerry's tubs.",
        "A rep keeps pushing Segafredo for our café; is it worth switching?",
        "Plan a cutting bed with Café au Lait dahlias and Queen Anne's lace.",
        "My son loves Peppa Pig. Suggest five party games themed on it.",
        "compare cerave moisturising cream and eucerin for eczema",
        "compare weleda and eucerin skin food",
        "Is LA ROCHE-POSAY sunscreen better than Burt's Bees for kids?",
    ],
)
def test_listed_brands_in_everyday_requests_stay_as_written(find: Find, text: str) -> None:
    assert find(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A rep called Tomasz Nowak keeps pushing Segafredo for our café.", "Tomasz Nowak"),
        ("My neighbour Wendy Marks swears by Nivea.", "Wendy Marks"),
        ("My son Kacper loves Peppa Pig.", "Kacper"),
        ("Ted Baker asked whether Lavazza or Illy makes a better present.", "Ted Baker"),
    ],
)
def test_people_beside_brands_and_named_like_brands_stay_masked(find: Find, text: str, name: str) -> None:
    assert any(name in value or value in name for t, value in find(text) if t == "PERSON"), text


def test_the_span_is_read_with_the_words_beside_it() -> None:
    text = "the copy on Ben & Jerry's tubs"
    assert listed_brand(text, text.index("Jerry"), text.index("Jerry") + 5)
    assert listed_brand(text, text.index("Ben"), text.index("Ben") + 3)
    assert not listed_brand("dinner with Ben and Anna", 12, 15)


def test_a_brand_word_beside_a_name_may_be_a_surname() -> None:
    """"Haruto Segafredo": a listed word beside a capitalised given name is read as a full name's part."""
    assert listed_brand("a rep keeps pushing Segafredo beans", 20, 29)
    assert not listed_brand("ask Haruto Segafredo about it", 11, 20)


def test_the_privacy_filter_leaves_out_names_and_places() -> None:
    """A census name alone, a given name and a surname, a title and a surname, a place people live."""
    listed = {brand_key(line) for line in data_lines("brands")}
    for left_out in ("Wendy's", "Morrisons", "Marks", "Nivea", "Ted Baker", "Ralph Lauren", "Mrs Sinkins", "Iceland", "Tom and Jerry", "Golf"):
        assert brand_key(left_out) not in listed, left_out
    for kept in ("Ben & Jerry's", "Peppa Pig", "Queen Anne's lace", "La Roche-Posay", "Burt's Bees", "CeraVe"):
        assert brand_key(kept) in listed, kept


_WORDS = st.lists(
    st.text(alphabet=st.sampled_from(list("abcZéÉøŁß'’‘\".,;:!?()&-s")), min_size=1, max_size=6), min_size=1, max_size=8
)
_GAPS = st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2003"]), min_size=8, max_size=8)


@given(words=_WORDS, gaps=_GAPS, marks=st.lists(st.sampled_from(["", "\x1c", "\x1f"]), min_size=8, max_size=8))
def test_a_window_key_from_its_chunks_is_the_key_of_its_text(words: list[str], gaps: list[str], marks: list[str]) -> None:
    """`listed_brand` folds each chunk once and joins the chunks' keys for every window: that must
    be `brand_key` of the window's text, whatever white space (also the separators only `str.split`
    reads, \\x1c-\\x1f) and edge marks it has."""
    text = "".join(w + m + g for w, m, g in zip(words, marks, gaps)).strip()
    chunks = [(m.start(), m.end()) for m in _CHUNKS.finditer(text)]
    folded = [_folded(text[a:b]) for a, b in chunks]
    for i in range(len(chunks)):
        for j in range(i, len(chunks)):
            assert _window_key(folded[i : j + 1]) == brand_key(text[chunks[i][0] : chunks[j][1]])


@pytest.mark.parametrize(
    "text",
    [
        # Round 34: firms, hospitals, institutes, halls and prizes named after people.
        "Is Goldman Sachs bigger than Morgan Stanley by assets under management?",
        "Write a brief on why Boehringer Ingelheim settled the Zantac cases.",
        "What does Baker McKenzie charge for a cross-border merger review?",
        "What makes Johns Hopkins Hospital different from the Mayo Clinic?",
        "Is the Cleveland Clinic better for cardiac surgery than Cedars-Sinai?",
        "Is Great Ormond Street the best children's hospital in the UK?",
        "What does Lombard Odier charge on a discretionary mandate?",
    ],
)
def test_firms_and_institutions_named_after_people_stay_as_written(find: Find, text: str) -> None:
    assert find(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # Round 47: sports clubs, franchises and national teams, whose names hold places and names.
        "Make a table of this weekend's games: Preston North End v Sheffield Wednesday, Kaizer Chiefs v Orlando Pirates.",
        "Did Boca Juniors or River Plate win more league titles in the 1990s?",
        "Who has the better squad this season, the Chennai Super Kings or the Mumbai Indians?",
        "Write a preview of Nottingham Forest against Wolves for the match programme.",
    ],
)
def test_sports_clubs_and_teams_stay_as_written(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == [], find(text)


def test_a_player_beside_the_clubs_stays_masked(find: Find) -> None:
    text = "Our under-11s keeper Jonah Whitfield-Osei is off to a Nottingham Forest trial on Saturday."
    assert ("PERSON", "Jonah Whitfield-Osei") in find(text), find(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A firm's name shaped like a person's is left out of the list by the build's filter.
        ("Julius Baer asked me to resend the signed mandate.", "Julius Baer"),
        ("My colleague Lena Goldman moved to Morgan Stanley last year.", "Lena Goldman"),
    ],
)
def test_people_named_like_firms_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("need a travel stroller for Rome: Babyzen YOYO or Cybex Libelle?", id="make-and-model"),
        pytest.param("How much should a kitten eat per day? We use Royal Canin Kitten.", id="two-word-make"),
    ],
)
def test_a_listed_make_s_model_is_a_product(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_make_before_a_full_name_is_no_model() -> None:
    from privacy_gateway.detection.brands import brand_model

    text = "Cybex Anna Berg"
    assert not brand_model(text, 0, len(text))
    assert brand_model("Cybex Libelle", 0, len("Cybex Libelle"))

