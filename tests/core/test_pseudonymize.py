from __future__ import annotations

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.findings import Finding
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.core.pseudonymize import pseudonymize
from privacy_gateway.core.spans import mask_spans, resolve_overlaps
from privacy_gateway.core.restore import Restorer

POLICY = load_policy(bundled_policy("default"))


def find(text: str, value: str, entity_type: str, score: float = 0.9) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), entity_type, score)


def test_same_value_same_placeholder_across_texts_numbered_by_first_appearance() -> None:
    texts = ["Bob met Ann.", "Ann wrote to bob@example.org", "Bob again"]
    findings = [
        [find(texts[0], "Bob", "PERSON"), find(texts[0], "Ann", "PERSON")],
        [find(texts[1], "Ann", "PERSON"), find(texts[1], "bob@example.org", "EMAIL_ADDRESS")],
        [],  # NER missed "Bob" here: propagation masks it anyway
    ]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts == ["<PERSON_1> met <PERSON_2>.", "<PERSON_2> wrote to <EMAIL_ADDRESS_1>", "<PERSON_1> again"]
    assert out.mapping.lookup("PERSON", 1) == "Bob"
    assert out.mapping.lookup("EMAIL_ADDRESS", 1) == "bob@example.org"


def test_resent_history_keeps_its_placeholders() -> None:
    turn1 = ["Draft a note to Maria Lopez."]
    turn2 = [*turn1, "Here is a note to Maria Lopez.", "Now add Peter Hall in copy."]

    def run(texts: list[str]) -> list[str]:
        findings = [[find(t, v, "PERSON") for v in ("Maria Lopez", "Peter Hall") if v in t] for t in texts]
        return pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True).texts

    first, second = run(turn1), run(turn2)
    assert second[0] == first[0] == "Draft a note to <PERSON_1>."
    assert second[2] == "Now add <PERSON_2> in copy."


def test_placeholders_skip_numbers_the_prompt_already_uses() -> None:
    texts = ["Template uses <PERSON_1>; fill it for Ann."]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "Ann", "PERSON")]]), POLICY, for_cloud=True)
    assert out.texts == ["Template uses <PERSON_1>; fill it for <PERSON_2>."]
    assert out.mapping.lookup("PERSON", 1) is None


def test_parts_of_a_detected_name_are_masked_with_it() -> None:
    texts = ["John Smith called. Tell Smith we agree."]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "John Smith", "PERSON")]]), POLICY, for_cloud=True)
    assert out.texts == ["<PERSON_1> called. Tell <PERSON_1b> we agree."]
    assert out.mapping.lookup("PERSON", 1, "b") == "Smith"


def test_propagation_is_case_insensitive_and_whole_word() -> None:
    texts = ["Ask Hannah.", "hannah said yes; Hannahs and Shannah are other words"]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "Hannah", "PERSON")], []]), POLICY, for_cloud=True)
    assert out.texts == ["Ask <PERSON_1>.", "<PERSON_1b> said yes; Hannahs and Shannah are other words"]


def test_overlaps_merge_into_one_span_typed_by_confidence() -> None:
    text = "Call 212-555-0199 now"
    merged = resolve_overlaps([find(text, "212-555-0199", "PHONE_NUMBER", 0.7), find(text, "555-0199", "US_DRIVER_LICENSE", 0.3)])
    assert [(text[f.start : f.end], f.entity_type) for f in merged] == [("212-555-0199", "PHONE_NUMBER")]


def test_local_tier_sees_originals_except_redactions() -> None:
    texts = ["Ann's email is ann@example.org"]
    spans = mask_spans(texts, [[find(texts[0], "Ann", "PERSON"), find(texts[0], "ann@example.org", "EMAIL_ADDRESS")]])
    assert pseudonymize(texts, spans, POLICY, for_cloud=False).texts == texts


def test_spans_are_trimmed_to_the_value() -> None:
    from privacy_gateway.core.spans import trim

    text = "Call (212) 555-0100, or ask Maria Gonzalez's team (Maria)."
    phone = trim(text, Finding(4, 20, "PHONE_NUMBER", 0.7))  # " (212) 555-0100,"
    person = trim(text, find(text, "Maria Gonzalez's", "PERSON"))
    bracketed = trim(text, find(text, "(Maria)", "PERSON"))
    assert phone is not None and text[phone.start : phone.end] == "(212) 555-0100"
    assert person is not None and text[person.start : person.end] == "Maria Gonzalez"
    assert bracketed is not None and text[bracketed.start : bracketed.end] == "Maria"


def test_neighbouring_entities_of_one_type_keep_their_own_placeholders() -> None:
    texts = ["Ask Dana Gibson about it."]
    findings = [[find(texts[0], "Dana", "PERSON"), find(texts[0], "Gibson", "PERSON")]]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts == ["Ask <PERSON_1> <PERSON_2> about it."]
    assert (out.mapping.lookup("PERSON", 1), out.mapping.lookup("PERSON", 2)) == ("Dana", "Gibson")


def test_redact_masks_for_both_tiers_and_is_never_restorable(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "redact.yaml"
    path.write_text("version: 1\nentities:\n  EMAIL_ADDRESS: {action: redact}\n  PERSON: {action: pseudonymize}\n")
    policy = load_policy(path)
    texts = ["Ann wrote from ann@example.org"]
    spans = mask_spans(texts, [[find(texts[0], "Ann", "PERSON"), find(texts[0], "ann@example.org", "EMAIL_ADDRESS")]])
    assert pseudonymize(texts, spans, policy, for_cloud=False).texts == ["Ann wrote from <EMAIL_ADDRESS>"]
    cloud = pseudonymize(texts, spans, policy, for_cloud=True)
    assert cloud.texts == ["<PERSON_1> wrote from <EMAIL_ADDRESS>"]
    assert cloud.mapping.lookup("EMAIL_ADDRESS", None) is None


def test_an_email_domain_is_masked_where_it_appears_as_a_website() -> None:
    texts = ["Contact maria@castro-lopez.net or see https://www.castro-lopez.net/about; I use bob@gmail.com and gmail.com"]
    findings = [[find(texts[0], "maria@castro-lopez.net", "EMAIL_ADDRESS"), find(texts[0], "bob@gmail.com", "EMAIL_ADDRESS")]]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts == ["Contact <EMAIL_ADDRESS_1> or see https://www.<EMAIL_ADDRESS_2>/about; I use <EMAIL_ADDRESS_3> and gmail.com"]
    assert out.mapping.lookup("EMAIL_ADDRESS", 2) == "castro-lopez.net"


def test_a_name_part_and_a_possessive_restore_to_their_own_spelling() -> None:
    texts = ["Maria Gonzalez joined.", "Ask Maria about Maria's laptop; MARIA GONZALEZ signed, maria gonzalez too."]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "Maria Gonzalez", "PERSON")], []]), POLICY, for_cloud=True)
    assert out.texts[1] == "Ask <PERSON_1b> about <PERSON_1b>'s laptop; <PERSON_1c> signed, <PERSON_1d> too."
    assert Restorer(out.mapping).restore(out.texts[1]) == texts[1]


def test_a_common_word_that_is_also_a_name_stays_where_it_is_the_word() -> None:
    texts = ["Bill Turner sent it.", "Please pay the bill. I will ask bill, and Bill agreed. hope: fine"]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "Bill Turner", "PERSON")], []]), POLICY, for_cloud=True)
    assert out.texts[1] == "Please pay the bill. I will ask <PERSON_1b>, and <PERSON_1c> agreed. hope: fine"


def test_usernames_and_mail_boxes_made_from_a_name_go_with_it() -> None:
    texts = [
        "John Smith (john.smith@corp.example) asked.",
        "Logins: j.smith, jsmith42, smith.j, @jsmith and JSmith; unrelated: jsmithers, ajsmith. Mailbox john.smith too.",
    ]
    findings = [[find(texts[0], "John Smith", "PERSON"), find(texts[0], "john.smith@corp.example", "EMAIL_ADDRESS")], []]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts[0] == "<PERSON_1> (<EMAIL_ADDRESS_1>) asked."
    assert out.texts[1] == (
        "Logins: <PERSON_1b>, <PERSON_1c>, <PERSON_1d>, @<PERSON_1e> and <PERSON_1f>; unrelated: jsmithers, ajsmith. "
        "Mailbox <PERSON_1g> too."
    )
    assert Restorer(out.mapping).restore(out.texts[1]) == texts[1]


def test_a_handle_built_on_a_name_and_a_word_goes_with_it() -> None:
    """A creator's channel or shop: the full name with any word around it, the given name with a
    word of what they do; a word that merely holds the name's letters stays."""
    texts = [
        "Contract with Rania Khoury and Farid Ahmadzai.",
        "Channels: raniakhouryfilms, itsraniakhoury, faridmakes, faridmakes2; unrelated: faridabad, farideh, khouryan.",
    ]
    findings = [[find(texts[0], "Rania Khoury", "PERSON"), find(texts[0], "Farid Ahmadzai", "PERSON")], []]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts[1] == "Channels: <PERSON_1b>, <PERSON_1c>, <PERSON_2b>, <PERSON_2c>; unrelated: faridabad, farideh, khouryan."
    assert Restorer(out.mapping).restore(out.texts[1]) == texts[1]


def test_an_address_in_angle_brackets_comes_back_with_them() -> None:
    texts = ["From: Jane Roe <jane@corp.example>"]
    findings = [[find(texts[0], "Jane Roe", "PERSON"), find(texts[0], "<jane@corp.example>", "EMAIL_ADDRESS")]]
    out = pseudonymize(texts, mask_spans(texts, findings), POLICY, for_cloud=True)
    assert out.texts == ["From: <PERSON_1> <<EMAIL_ADDRESS_1>>"]
    assert Restorer(out.mapping).restore(out.texts[0]) == texts[0]
    assert Restorer(out.mapping).restore("Write to <EMAIL_ADDRESS_1>") == "Write to jane@corp.example"


def test_text_shaped_like_a_placeholder_comes_back_as_written() -> None:
    texts = ["Fill <PERSON> and [PERSON_2] for Ann."]
    out = pseudonymize(texts, mask_spans(texts, [[find(texts[0], "Ann", "PERSON")]]), POLICY, for_cloud=True)
    assert out.texts == ["Fill <PERSON> and [PERSON_2] for <PERSON_1>."]
    assert Restorer(out.mapping).restore(out.texts[0]) == texts[0]
