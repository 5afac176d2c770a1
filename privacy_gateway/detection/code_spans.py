"""Where a capitalised word in code is code: a type, a declaration's name, a call, a member.

In technical text "class Passenger {", "Reader(", "Author.find_by", "message Guardian {" and
"surname: String" name types and functions, not people. A word is code here by its position
between code's punctuation, not by a list of names; the one list is the closed set of built-in
type names that follow a field name ("forename: String", "val age: Int?").
"""

from __future__ import annotations

import regex

# File-name extensions of two letters or more: "conftest.py", "values.yaml" name files, not people
# (one-letter ones, ".c" or ".r", are also initials: "smith.r").
FILE_EXTENSIONS = frozenset(
    """py pyi ipynb js mjs cjs ts tsx jsx rb go rs java kt kts scala swift cs fs php pl pm lua sh bash zsh ps1 bat
    sql md rst txt log csv tsv json jsonl yaml yml toml ini cfg conf env xml html htm css scss vue svelte lock
    gradle tf tfvars hcl proto graphql dockerfile mk cmake pdf png jpg svg zip gz tar
    jl ex exs erl hrl hs ml clj cljs dart cpp hpp cxx nim zig jar whl dll dylib rake gemspec nix sol vb groovy tex wasm""".split()
)

# Declarations across languages: what follows is the name of a type, function or block.
DECLARING_WORDS = frozenset(
    """class struct message enum interface record trait object type typealias protocol extension impl module namespace
    package extends implements new fun fn func def defmodule defstruct service schema resource mixin union actor data
    case sealed abstract final open override template typename""".split()
)
_DECLARED = regex.compile(r"(?:^|[\s({;,])(?:" + "|".join(sorted(DECLARING_WORDS)) + r")[ \t]+$")
# Code's punctuation right after a word: a call, a generic, an index, a scope, a block.
_CODE_AFTER = regex.compile(r"(?:\(|<|\[|::|\.\p{L}|[ \t]?\{|!\(|\$)")
# Code's punctuation right before a word: a member, a scope, a namespace (not "@": a mention).
_CODE_BEFORE = regex.compile(r"(?:\.|::|->|\\)$")
# Built-in types that follow a field's name in typed code ("given_name: String,", "age: Int?").
TYPE_NAMES = frozenset(
    """string str int integer long short byte char float double decimal number boolean bool void unit any
    object uuid date datetime instant localdate timestamp bigint bigdecimal biginteger text varchar
    option optional list array vec map hashmap set dict tuple sequence seq iterable""".split()
)
# Keywords that declare a variable or a function, followed by its name and a type, a value or
# parameters: "val surname: String", "let given = …", "def rename(": code, never a name ("Val").
_DECLARING_KEYWORDS = frozenset("val var let const def fun fn func dim local auto".split())
_DECLARATION_AFTER = regex.compile(r"[ \t]+[A-Za-z_$][\w$]*[ \t]*[:=(<]")
_FIELD_TYPED = regex.compile(r"\w[ \t]*:[ \t]*$")
_TYPE_END = regex.compile(r"[ \t]*(?:[,)?!>;\]<=|{]|$)", regex.MULTILINE)
_DECLARING_LINE = regex.compile(r"(?:^|\s)(?:let|var|val|const|public|private|protected|internal|pub|field|readonly)\s")


def code_position(text: str, start: int, end: int) -> bool:
    """Whether the one word at text[start:end] is placed as code: declared, called, typed or a member
    (or, several words, a declaring keyword and what it declares)."""
    if " " in text[start:end]:
        return declared_with_keyword(text, start, end)
    before = text[max(0, start - 24) : start]
    if _DECLARED.search(before) or _CODE_BEFORE.search(before):
        return True
    if _CODE_AFTER.match(text, end):
        return True
    if declared_with_keyword(text, start, end):
        return True
    return _type_after_field(text, start, end)


def declared_with_keyword(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a declaring keyword followed by what it declares: "val
    city: String?" (a recognizer may take the pair for a name or a place)."""
    keyword = text[start:end].split(" ", 1)[0]
    return keyword in _DECLARING_KEYWORDS and _DECLARATION_AFTER.match(text, start + len(keyword)) is not None


def _type_after_field(text: str, start: int, end: int) -> bool:
    """"forename: String," and "let lastName: String": a built-in type after a field's name."""
    if text[start:end].lower() not in TYPE_NAMES or not _FIELD_TYPED.search(text[max(0, start - 40) : start]):
        return False
    after = _TYPE_END.match(text, end)
    if after is None:
        return False
    if after.group().strip():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _DECLARING_LINE.search(text[line_start:start]) is not None
