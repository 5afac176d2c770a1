"""The normalized view: what it undoes, how findings map back, and that clean text costs nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.normalize import needs_view, view_of
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, seen",
    [
        pytest.param("SSN 318\u200b-44-20\u200c71", "SSN 318-44-2071", id="zero-width"),
        pytest.param("SSN 318\u201144\u20112071", "SSN 318-44-2071", id="non-breaking-hyphen"),
        pytest.param("SSN 318\u221244\u22122071", "SSN 318-44-2071", id="minus-sign"),
        pytest.param("SSN 318\u201344\u20132071", "SSN 318-44-2071", id="en-dash-between-digits"),
        pytest.param("Maria\u2014the new hire", "Maria\u2014the new hire", id="em-dash-in-prose-kept"),
        pytest.param("\uff13\uff11\uff18\uff0d\uff14\uff14", "318-44", id="full-width"),
        pytest.param("+\u09ee\u09ee\u09e6-\u09eb\u09ec\u09e8", "+880-562", id="bengali-digits"),
        pytest.param("\u0660\u0665\u0665 \u0969\u0967", "055 31", id="arabic-indic-and-devanagari-digits"),
        pytest.param("card\u00a04111\u202f1111", "card 4111 1111", id="nbsp-thin-space"),
        pytest.param("soft\u00adhyphen\ufeff", "softhyphen", id="soft-hyphen-bom"),
        pytest.param("NINO \u0410\u0412123456\u0421", "NINO AB123456C", id="cyrillic-in-id"),
        pytest.param("p\u0430ssword", "password", id="cyrillic-in-latin-word"),
        pytest.param("\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432", "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432", id="russian-kept"),
        pytest.param("to=maria.g%40example.com&x=1", "to=maria.g@example.com&x=1", id="url-encoded"),
        pytest.param("caf%C3%A9", "caf\u00e9", id="url-encoded-utf8"),
        pytest.param("maria&#64;example.com &#x40; &commat; &amp;", "maria@example.com @ @ &", id="html-entities"),
        pytest.param('"maria\\u0040example.com \\ud83d\\ude00"', '"maria@example.com \U0001f600"', id="json-escapes"),
        pytest.param("Authorization: Basic YWxpY2U6aHVudGVyMg==", "Authorization: Basic alice:hunter2", id="basic-auth"),
        pytest.param("a basic understanding of it", "a basic understanding of it", id="basic-in-prose"),
        pytest.param("50% off, 100%ZZ", "50% off, 100%ZZ", id="percent-not-encoding"),
        pytest.param("AT&T &nosuch; tom&jerry", "AT&T &nosuch; tom&jerry", id="ampersands-not-entities"),
        # A form body's or a query string's spaces written "+", in the values of its fields only.
        pytest.param("nom=Roussel&adresse=9+rue+des+Tanneurs&cp=68000", "nom=Roussel&adresse=9 rue des Tanneurs&cp=68000", id="form-plus"),
        pytest.param("GET /search?q=pierre+roussel&page=2", "GET /search?q=pierre roussel&page=2", id="query-string-plus"),
        pytest.param("lang=c++&level=2 and x = a+b", "lang=c++&level=2 and x = a+b", id="plus-that-is-no-space"),
        pytest.param("total=a+b", "total=a+b", id="plus-with-no-form-around"),
    ],
)
def test_view_undoes_encodings_and_evasions(text: str, seen: str) -> None:
    assert view_of(text).text == seen


def test_clean_ascii_is_the_identity_without_work() -> None:
    text = "Explain the difference between TCP and UDP with an example in Python 3.11."
    assert not needs_view(text)
    view = view_of(text)
    assert view.identity and view.text is text


def test_a_finding_on_a_decoded_run_covers_the_whole_encoded_run() -> None:
    text = "mail maria%40example.com or YWxp"
    view = view_of(text)
    at = view.text.index("maria@")
    start, end = view.span(at, at + len("maria@example.com"))
    assert text[start:end] == "maria%40example.com"
    basic = "Authorization: Basic YWxpY2U6aHVudGVyMg== ok"
    view = view_of(basic)
    at = view.text.index("hunter2")
    start, end = view.span(at, at + 7)
    assert basic[start:end] == "YWxpY2U6aHVudGVyMg=="


def test_removed_characters_inside_a_finding_are_masked_with_it() -> None:
    text = "SSN 318\u200b-44-2071."
    view = view_of(text)
    assert view.span(4, 15) == (4, 16)


# Pieces whose normalized form does not depend on their neighbours (a look-alike needs an ASCII
# letter in its word, so it comes with one).
_PIECES = st.sampled_from(
    ["a", "Z", "7", " ", "-", ".", "\u200b", "\u00ad", "\ufeff", "\u2011", "\u2212", "\u00a0", "\u202f",
     "\uff13", "\uff21", "\u09ee", "\u0665", "%40", "%C3%A9", "&#64;", "&amp;", "\\u0040", "\\u00e9", "x\u0430", "\u00e9", "\u3000"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30), st.data())
def test_every_view_span_maps_to_original_text_that_normalizes_to_it(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    view = view_of(text)
    if not view.text:
        return
    # Any span that starts and ends on piece boundaries of the view.
    bounds = sorted({0, len(view.text), *_piece_bounds(pieces)})
    i = data.draw(st.integers(0, len(bounds) - 2))
    j = data.draw(st.integers(i + 1, len(bounds) - 1))
    start, end = bounds[i], bounds[j]
    if start == end:
        return
    a, b = view.span(start, end)
    assert 0 <= a < b <= len(text)
    assert view_of(text[a:b]).text == view.text[start:end]


def _piece_bounds(pieces: list[str]) -> list[int]:
    out, at = [], 0
    for piece in pieces:
        at += len(view_of(piece).text)
        out.append(at)
    return out


@pytest.mark.parametrize(
    "text, entity, masked",
    [
        pytest.param("my SSN is 318\u200b-44\u200b-2071", "US_SSN", "318\u200b-44\u200b-2071", id="ssn-zero-width"),
        pytest.param("SSN 318\u201144\u20112071 thanks", "US_SSN", "318\u201144\u20112071", id="ssn-u2011"),
        pytest.param("SSN \uff13\uff11\uff18-\uff14\uff14-\uff12\uff10\uff17\uff11", "US_SSN",
                     "\uff13\uff11\uff18-\uff14\uff14-\uff12\uff10\uff17\uff11", id="ssn-full-width"),
        pytest.param("her number is 318.44.2071", "US_SSN", "318.44.2071", id="ssn-dots"),
        pytest.param("ssn: 3 1 8 4 4 2 0 7 1", "US_SSN", "3 1 8 4 4 2 0 7 1", id="ssn-spaced-digits"),
        pytest.param("SSN 318/44/2071", "US_SSN", "318/44/2071", id="ssn-slashes"),
        pytest.param("my social is 318-44 \u200b2071, ok?", "US_SSN", "318-44 \u200b2071", id="ssn-mixed-separators"),
        pytest.param("pay with 4539.1488.0343.6467", "CREDIT_CARD", "4539.1488.0343.6467", id="card-dots"),
        pytest.param("use 4539 1488-0343  6467 for it", "CREDIT_CARD", "4539 1488-0343  6467", id="card-mixed-separators"),
        pytest.param("card no 45 3914 880 343 6467", "CREDIT_CARD", "45 3914 880 343 6467", id="card-odd-groups-with-context"),
        pytest.param("card 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7", "CREDIT_CARD", "4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7",
                     id="card-spaced-digits"),
        pytest.param("card 4539\u00a01488\u00a00343\u00a06467", "CREDIT_CARD", "4539\u00a01488\u00a00343\u00a06467",
                     id="card-nbsp"),
        pytest.param("IBAN DE89-3704-0044-0532-0130-00", "IBAN_CODE", "DE89-3704-0044-0532-0130-00", id="iban-dashes"),
        pytest.param("reply to maria.gonzalez%40example.com", "EMAIL_ADDRESS", "maria.gonzalez%40example.com",
                     id="email-url-encoded"),
        pytest.param("contact: maria.gonzalez&#64;example.com", "EMAIL_ADDRESS", "maria.gonzalez&#64;example.com",
                     id="email-html-entity"),
        pytest.param('{"email": "maria.gonzalez\\u0040example.com"}', "EMAIL_ADDRESS",
                     "maria.gonzalez\\u0040example.com", id="email-json-escape"),
        pytest.param("GET /lookup?email=maria.gonzalez%2540example.com HTTP/1.1", "EMAIL_ADDRESS",
                     "maria.gonzalez%2540example.com", id="email-url-encoded-twice"),
        pytest.param("next=%2Fme%3Fu%3Dmaria.gonzalez%252540example.com", "EMAIL_ADDRESS",
                     "maria.gonzalez%252540example.com", id="email-url-encoded-three-times"),
        pytest.param("<p>write to maria.gonzalez&amp;#64;example.com</p>", "EMAIL_ADDRESS",
                     "maria.gonzalez&amp;#64;example.com", id="email-html-entity-escaped-again"),
        pytest.param("prenom=Pierre&iban=FR14+2004+1010+0505+0001+3M02+606&ville=Colmar", "IBAN_CODE",
                     "FR14+2004+1010+0505+0001+3M02+606", id="iban-in-a-form-body"),
    ],
)
def test_evasions_are_found_and_mask_the_original_characters(find: Find, text: str, entity: str, masked: str) -> None:
    assert (entity, masked) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("version 318.44.2071 released", id="three-part-version-needs-context"),
        pytest.param("see pages 3 1 8 4 4 2 0 7 1", id="spaced-digits-without-ssn-word"),
        pytest.param("build 4539.1488.0343.6468", id="dotted-luhn-fails"),
        pytest.param("rows 12 34 56 78 90 12 34 56 in the table", id="number-list"),
        pytest.param("sizes 45 3914 880 343 6467 bytes", id="odd-groups-without-card-word"),
    ],
)
def test_look_alikes_stay_clean(find: Find, text: str) -> None:
    found = {t for t, _ in find(text)}
    assert not found & {"US_SSN", "CREDIT_CARD"}


@pytest.mark.parametrize(
    "text, token",
    [
        pytest.param("X-Forwarded-User: bWFyaWEuZ29uemFsZXpAZXhhbXBsZS5jb20=", "bWFyaWEuZ29uemFsZXpAZXhhbXBsZS5jb20=",
                     id="header"),
        pytest.param("the sub claim is bWFyaWEuZ29uemFsZXpAZXhhbXBsZS5jb20; why?", "bWFyaWEuZ29uemFsZXpAZXhhbXBsZS5jb20",
                     id="unpadded-claim"),
    ],
)
def test_base64_hiding_an_email_is_masked_whole(find: Find, text: str, token: str) -> None:
    assert ("EMAIL_ADDRESS", token) in find(text)


def test_base64_without_an_email_is_left_alone() -> None:
    text = "sha: dGhpcyBpcyBqdXN0IHRleHQ= and internationalization"
    assert not needs_view(text)


def test_decoding_repeats_while_it_changes_the_text_and_no_more() -> None:
    view = view_of("a%252540b")
    assert view.text == "a@b" and view.span(1, 2) == (1, 8)
    assert view_of("100%25 sure").text == "100% sure"  # once: "% s" decodes to nothing further
    assert view_of("plain text").identity


@pytest.mark.parametrize(
    "text, seen",
    [
        ("whos older ada or grace question mark", "whos older ada or grace?"),
        ("book it for friday comma then tell me full stop", "book it for friday, then tell me."),
        ("dear sam new line thanks for the lift", "dear sam\nthanks for the lift"),
        ("Add a comma after the name, please.", "Add a comma after the name, please."),  # marks written: the words are words
    ],
)
def test_punctuation_said_aloud_is_written_where_none_is(text: str, seen: str) -> None:
    assert view_of(text).text == seen


def test_a_finding_before_a_said_mark_maps_to_its_words_alone() -> None:
    text = "ring olga question mark"
    view = view_of(text)
    assert view.text == "ring olga?"
    assert text[slice(*view.span(5, 9))] == "olga"
    assert view.span(5, 10) == (5, len(text))


@pytest.mark.parametrize(
    "text, kept",
    [
        pytest.param("she moved to наб. Павлова, д. 432 last month", "наб. Павлова, д. 432", id="russian-street-in-english"),
        pytest.param("Write to Иван Петров about the invoice", "Иван Петров", id="russian-name-in-english"),
    ],
)
def test_a_word_of_another_script_keeps_its_letters_in_english_text(text: str, kept: str) -> None:
    assert kept in view_of(text).text


@pytest.mark.parametrize(
    "text, folded",
    [
        pytest.param("my passport is \u0410\u0412123456\u0421", "AB123456C", id="mixed-word"),
        pytest.param("contact \u0422\u041e\u0420 now", "TOP", id="lookalikes-only-word"),
    ],
)
def test_a_word_of_lookalikes_reads_as_latin_in_english_text(text: str, folded: str) -> None:
    assert folded in view_of(text).text
