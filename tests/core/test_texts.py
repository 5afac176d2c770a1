"""The boundary's walk: every string of a neutral request is a text slot unless its field is listed as non-text."""

from __future__ import annotations

import dataclasses

import pytest

from privacy_gateway.core.chat import ChatRequest, ImagePart, Message, ResponseFormat, TextPart, ToolCall, ToolChoice, ToolSpec
from privacy_gateway.core.errors import BadRequest
from privacy_gateway.core.texts import NOT_TEXT, extract_texts, replace_texts

FULL = ChatRequest(
    messages=(
        Message("system", (TextPart("system text"),)),
        Message("user", (TextPart("user text"), ImagePart("https://img.example/cat.png"))),
        Message("assistant", (), (ToolCall("call id", "tool name", '{"arg key": ["arg value", 12]}'),)),
        Message("tool", (TextPart("result text"),), tool_call_id="result id", name="result name"),
    ),
    model="gpt-4o",
    max_tokens=5,
    temperature=0.5,
    stop=("stop text",),
    tools=(ToolSpec("spec name", "spec description", {"type": "object", "properties": {"prop key": {"enum": ["enum value"], "default": "default value"}}}),),
    tool_choice=ToolChoice("tool", "choice name"),
    response_format=ResponseFormat("json_schema", "format name", "format description", {"title": "schema title"}, strict=True),
    unsent=("unsent text",),
)


def test_every_string_outside_the_non_text_fields_is_a_slot() -> None:
    texts = extract_texts(FULL)
    for expected in ("system text", "user text", "https://img.example/cat.png", "call id", "tool name", "arg key", "arg value", "12",
                     "result text", "result id", "result name", "stop text", "spec name", "spec description", "prop key", "enum value",
                     "default value", "choice name", "format name", "format description", "schema title", "unsent text"):
        assert expected in texts
    assert "gpt-4o" not in texts and "system" not in texts and "json_schema" not in texts and "tool" not in texts


def test_non_text_fields_hold_no_free_text() -> None:
    for cls, names in NOT_TEXT.items():
        types = {f.name: str(f.type) for f in dataclasses.fields(cls)}
        assert names <= types.keys()
        assert all(types[n] in ("bool", "bool | None", "int | None", "float | None", "Role", "str | None", "ToolMode", "FormatKind") for n in names)
    assert NOT_TEXT[ChatRequest] & {"messages", "stop", "tools", "tool_choice", "response_format", "unsent"} == set()


def test_replaced_texts_land_in_their_slots_and_unchanged_arguments_keep_their_bytes() -> None:
    texts = extract_texts(FULL)
    out = replace_texts(FULL, [t.upper() for t in texts])
    assert out.tools[0].description == "SPEC DESCRIPTION"
    assert out.messages[2].tool_calls[0].arguments == '{"ARG KEY": ["ARG VALUE", 12]}'
    assert out.tool_choice == ToolChoice("tool", "CHOICE NAME")
    assert out.response_format == ResponseFormat("json_schema", "FORMAT NAME", "FORMAT DESCRIPTION", {"TITLE": "SCHEMA TITLE"}, strict=True)  # keys are text too
    spaced = dataclasses.replace(FULL, messages=(Message("assistant", (), (ToolCall("i", "n", '{ "a" :  1 }'),)),))
    assert replace_texts(spaced, extract_texts(spaced)).messages[0].tool_calls[0].arguments == '{ "a" :  1 }'


def test_two_keys_masked_alike_are_refused() -> None:
    request = ChatRequest((Message("user", (TextPart("hi"),)),), response_format=ResponseFormat("json_schema", "f", schema={"a": 1, "b": 2}))
    texts = ["X" if t in ("a", "b") else t for t in extract_texts(request)]
    with pytest.raises(BadRequest):
        replace_texts(request, texts)
