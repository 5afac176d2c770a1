"""The token of a parsed text that starts or ends at a character offset.

A dict of every token by offset costs a Python `Token` object per word, for each text and each
recognizer that built one (a third of the name rules' time on a 1 KB prompt); `Doc.char_span`
finds the token in C, so a lookup costs one object. (`doc.text` is no cheaper than the dict: it
joins every token's text, so bounds are left to `char_span`, which answers None past the end.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def token_starting(doc: Doc, index: int) -> Token | None:
    """The token whose first character is at `index`, or None."""
    if index < 0:
        return None
    span = doc.char_span(index, index + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == index else None


def token_ending(doc: Doc, index: int) -> Token | None:
    """The token whose last character is just before `index`, or None."""
    if index < 1:
        return None
    span = doc.char_span(index - 1, index, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[-1]
    return token if token.idx + len(token.text) == index else None
