"""Tokenizing runs of punctuation in linear time.

spaCy's tokenizer strips prefix and suffix punctuation one character at a time, running its
suffix regex over the rest of the word each time: a word of n punctuation characters costs n²
(8,000 `=` or `{` take 4-9 s, 100 KB an hour), and `limits.max_text_chars` allows 1,000,000.
`BoundedTokenizer` cuts every run of `RUN` or more punctuation characters into tokens of `RUN`
characters itself and hands only the text between runs to spaCy. The Doc's text is unchanged, so
every offset holds; no name, place or number lives inside such a run.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

RUN = 32
_LONG_RUN = re.compile(r"[^\w\s]{%d,}" % RUN)


class BoundedTokenizer:
    """Wraps a spaCy tokenizer: the same tokens, except that long punctuation runs are cut in fixed pieces."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.vocab = inner.vocab

    def __call__(self, text: str) -> Doc:
        runs = [m.span() for m in _LONG_RUN.finditer(text)]
        if not runs:
            return self.inner(text)
        docs: list[Doc] = []
        at = 0
        for start, end in runs:
            if start > at:
                docs.append(self.inner(text[at:start]))
            words = [text[i : min(i + RUN, end)] for i in range(start, end, RUN)]
            spaces = [False] * len(words)
            if end < len(text) and text[end] == " " and (end + 1 == len(text) or not text[end + 1].isspace()):
                spaces[-1], end = True, end + 1  # the single space after the run is its token's, as spaCy does
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
            at = end
        if at < len(text):
            docs.append(self.inner(text[at:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)  # pipe(), to_disk(), rules…: the inner tokenizer's


def bound_tokenizer(nlp: Any) -> None:
    """Make `nlp` tokenize long punctuation runs in linear time (idempotent)."""
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
