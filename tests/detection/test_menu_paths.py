"""Paths through an app's menus ("Settings > Security") name the app's labels, not people or places."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


@pytest.mark.parametrize("text", [
    "Go to Settings > Security and turn on 2FA. Where is it on Android?",
    "Click File > Export > PDF and the fonts are wrong, why?",
    "Go to System Preferences > Sharing > Remote Login, how do I enable it from the terminal instead?",
    "Open Control Panel > Programs > Turn Windows features on or off and tick Hyper-V.",
    "In Jira, open Project Settings > Permissions > Grant.",
])
def test_menu_items_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, name", [
    ("Go to Settings > Family > Add Member and type Rangi Parata's e-mail.", "Rangi Parata"),
    ("Escalation: Priya Raghunathan → Tomás Echeverría → CFO", "Priya Raghunathan"),
    ("<Customer><City>Leeds</City><Name>Ann Lee</Name></Customer>", "Ann Lee"),
])
def test_people_beside_or_in_arrows_stay_people(find: Find, text: str, name: str) -> None:
    assert name in {v for t, v in find(text) if t == "PERSON"}


# Labels named after a verb that presses or picks them, or before the kind of control they are on
# (issue 18, round nine).
@pytest.mark.parametrize("text", [
    "Click Save As, then choose Export Selection; why is it greyed out?",
    "Tap Settings, then Privacy, then Location Services and turn off Significant Locations.",
    "In Outlook, select Rules, then Manage Rules and Alerts; the New Rule button does nothing.",
    "Why does double-click on Merge Cells do nothing when I press Enter?",
])
def test_labels_after_a_ui_verb_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, name", [
    ("Select Priya Raman in the Assignee field and send the ticket back.", "Priya Raman"),
    ("Choose Tomasz Wierzbicki as approver, then tap Submit.", "Tomasz Wierzbicki"),
    ("Click Grace Hill's profile and change her phone number.", "Grace Hill"),
    ("Open Brown's file and check the address.", "Brown"),
])
def test_people_picked_in_an_app_stay_people(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)
