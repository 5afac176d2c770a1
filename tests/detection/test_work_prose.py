"""Names in work prose, forms, tickets and notes: the shapes strangers' text lost them in."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def _people(find: Find, text: str) -> set[str]:
    return {value for entity, value in find(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    "text, names",
    [
        # An instruction ending in a word that is also a manifest key ("table:", "schedule:", "values:")
        # makes no manifest of the records under it.
        (
            "Put these in a table:\nname: Radoslava Kuchta, phone 0602 114 553\nname: Edvin Halvorsen, phone 412 33 901",
            {"Radoslava Kuchta", "Edvin Halvorsen"},
        ),
        ("Please check the schedule:\nname: Temitope Fashola, shift Monday\nname: Ilkka Raatikainen, shift Tuesday", {"Temitope Fashola", "Ilkka Raatikainen"}),
        ("Here are the values:\n- name: Giedrė Paulauskaitė, role: tutor\n- name: Mateus Quaresma, role: driver", {"Giedrė Paulauskaitė", "Mateus Quaresma"}),
    ],
)
def test_records_under_a_prose_line_ending_in_a_key_word(find: Find, text: str, names: set[str]) -> None:
    assert names <= _people(find, text)


def test_a_manifest_still_keeps_its_task_titles(find: Find) -> None:
    text = "Why does this fail?\n- hosts: web\n  tasks:\n    - name: Ensure Jenkins is running\n      service: {name: jenkins}"
    assert _people(find, text) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        # Particles inside a name, spaced or glued to the surname, keep it one name.
        ("Summarise Maria Eduarda dos Santos's report on supplier delays for the steering group.", "Maria Eduarda dos Santos"),
        ("The migration is done; Hassan al-Amiri checked the database replicas this morning. What should we verify next?", "Hassan al-Amiri"),
        ("went badly: Yusuf bin-Rashid was paged twice for the same CPU alert\naction: tune the alert rule", "Yusuf bin-Rashid"),
        ("Ask Nnamdi d'Almeida to review the terraform plan before we apply it to the cluster.", "Nnamdi d'Almeida"),
        # A given name that is no English word before a surname a dictionary or tool list also has.
        ("INC-4411 | Sev3 | Assignee Bogumiła Tarnów | Kafka consumer lag after deploy | Explain the likely cause.", "Bogumiła Tarnów"),
        ("my bash script fails at line 3, Tamsin Ruby said the path changed last week\n\nset -e\ncd /opt/app && ./run.sh", "Tamsin Ruby"),
    ],
)
def test_names_with_particles_and_tool_like_surnames(find: Find, text: str, name: str) -> None:
    assert name in _people(find, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # A past question about a colleague's work papers is no question about history.
        ("What did Radomir Oleksiak propose in the Q2 roadmap review? Keep it to three bullets.", "Radomir Oleksiak"),
        ("What was Kwabena Asante's main point in the offsite slides?", "Kwabena Asante"),
        ("What did Tuulikki Saarinen say about headcount in her proposal? I need a two-line summary.", "Tuulikki Saarinen"),
        # Action items and sign-offs open a sentence with a name.
        ("Notes from the call: vendor will fix the invoice. Petrakis to follow up next week, Szabo to update the tracker.", "Petrakis"),
        ("Make this shorter: we moved your visit to 3pm on Tuesday, sorry for the change. Kalani from the front desk", "Kalani"),
        ("Polish this: Hi all, the office closes at 4 on Friday. Zoë from facilities", "Zoë"),
    ],
)
def test_colleagues_in_questions_notes_and_sign_offs(find: Find, text: str, name: str) -> None:
    assert name in _people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        "What did Karl Marx argue in Das Kapital?",
        "Why did Keynes argue for deficit spending during the Depression?",
        "Remember to add the release notes. Happy to help with the changelog.",
        "Greetings from the team! Draft a holiday card for our customers.",
    ],
)
def test_the_worlds_people_and_plain_sentence_starts_stay(find: Find, text: str) -> None:
    assert _people(find, text) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        # A middle initial keeps a name whole, in a one-line question about tools too.
        ("Oluwaseun T. Bankole is out this week and holds the Terraform state lock. How do I force-unlock it safely?", "Oluwaseun T. Bankole"),
        ("Ingrid K. Solbakken owns the Jenkins pipeline; who else should approve the Helm chart change?", "Ingrid K. Solbakken"),
        # After a verb only people take, a census surname that is also an English word is someone's.
        ("Shorten this: the build is green again, thanks Fields for the cache fix and blame Rivers for the broken migration.", "Rivers"),
        ("Rewrite for the changelog: blame Hill for the Redis timeout, credit Baker for the retry logic.", "Baker"),
    ],
)
def test_initials_and_surnames_after_people_verbs(find: Find, text: str, name: str) -> None:
    assert name in _people(find, text)


def test_a_tool_blamed_stays_a_tool(find: Find) -> None:
    assert _people(find, "Make this kinder: we should blame Docker for the disk filling up, not the deploy script.") == set()


def test_concerns_raised_by_a_colleague(find: Find) -> None:
    text = "Which concerns did Hiroko Tanabe raise at the vendor review? Summarise for the team."
    assert "Hiroko Tanabe" in _people(find, text)
