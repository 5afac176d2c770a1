"""Speaker labels in transcripts and chat logs (`detection/speakers.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.speakers import speaker_labels
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("[10:02] Priya Raman: can we move it?\n[10:03] dmitri: sure\n[10:04] Olu: fine",
                     {"Priya Raman", "dmitri", "Olu"}, id="timestamped"),
        pytest.param("Kemal: are you coming tonight?\nBeatrix: yes, after work\nKemal: great", {"Kemal", "Beatrix"}, id="repeated"),
        pytest.param("<zoltan> is the mirror down?\n<maren> looks fine from here", {"zoltan", "maren"}, id="irc"),
        pytest.param("Anna-Maria: are we still on for Friday?\nJean-Luc: yes, at noon\nAnna-Maria: great", {"Anna-Maria", "Jean-Luc"}, id="hyphenated-names"),
    ],
)
def test_speaker_labels(find: Find, text: str, speakers: set[str]) -> None:
    assert speakers <= {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Background: the export runs nightly\nExpected: one file\nActual: none\nSteps: run it", id="bug-template"),
        pytest.param("Agent: how can I help?\nCustomer: my card was charged twice\nAgent: let me check", id="roles"),
        pytest.param("Error: connection refused\nHint: check the port\nStatus: failed", id="log-fields"),
        pytest.param("<div> hello </div>\n<p> world </p>", id="html"),
        pytest.param("Host: api.example.com\nAccept: */*\nAccept-Language: en-US\nX-Request-Id: 7f3a9c\nHost: api.example.com", id="http-headers"),
        pytest.param("Region: eu-west-1\nReplicas: 3\nRegion: us-east-2\nTimeout: 30s", id="settings-fields"),
    ],
)
def test_labels_that_are_no_speakers(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


HTTP_REQUEST = (
    "Why does this return 415?\nPOST /v1/reports HTTP/1.1\nHost: reports.example.net\nContent-Type: text/plain\n"
    "User-Agent: curl/8.5.0\nContent-Length: 42\n\n{\"range\": \"last_30_days\"}"
)


@pytest.mark.parametrize("text", [
    pytest.param(HTTP_REQUEST, id="request-headers"),
    pytest.param("HTTP/1.1 302 Found\nLocation: /login\nSet-Cookie: theme=dark; Path=/\nCache-Control: no-store",
                 id="response-headers"),
    pytest.param("This started after the upgrade:\nTypeError: Cannot read properties of undefined\n    at render (/app/x.js:1:2)",
                 id="error-name"),
    pytest.param("Traceback (most recent call last):\n  File \"app.py\", line 1\nModuleNotFoundError: No module named 'flask'",
                 id="exception-name"),
])
def test_header_and_error_names_are_not_speakers(find: Find, text: str) -> None:
    assert not [v for e, v in find(text) if e == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Stand-up:\nChidinma: still on the invoice export\nAnneli: done with the login bug\nRasa: off tomorrow, Chidinma covers",
                     "Rasa", id="tool-name-among-people"),
        pytest.param("Notes from the call:\nOksana Petrenko: the build is green\nArlo: not yet, the consumer lags",
                     "Arlo", id="given-name-that-is-a-product"),
    ],
)
def test_a_name_among_speakers_is_a_speaker_whatever_lists_say(find: Find, text: str, name: str) -> None:
    assert name in {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Which fits us?\nRasa: open-source, self-hosted NLU\nBotpress: visual flows\nKubernetes: too heavy", id="tools-compared"),
        pytest.param("Kemal: can you write the regex?\nCopilot: Sure, here is a pattern.\nKemal: thanks", id="assistant-beside-a-person"),
        pytest.param("Kemal: status?\nGrafana: alert fired on p95\nKemal: ack", id="tool-beside-a-person"),
        pytest.param("Kemal: status?\nKafka: consumer lag at 4k\nKemal: ack", id="system-account-beside-a-person"),
    ],
)
def test_tools_and_bots_among_labels_stay(find: Find, text: str) -> None:
    found = {v for t, v in find(text) if t == "PERSON"}
    assert not found & {"Rasa", "Kubernetes", "Copilot", "Grafana", "Kafka"}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Call transcript:\nREP (ROSE): thanks for calling\nREP (ROSE): anything else?", "ROSE", id="role-then-name-that-is-a-word"),
        pytest.param("Support chat:\nAgent (Mirela): Hi, how can I help?\nCustomer (haruto sato): my parcel is late", "haruto sato", id="lower-case-name"),
        pytest.param("Chat:\nWanjiru Kamau (Customer): my parcel is late", "Wanjiru Kamau", id="name-then-role"),
        pytest.param("Interview:\nQ: Tell us about a conflict.\n[10:02] A (SOLBERG): two leads disagreed.", "SOLBERG", id="answer-and-name"),
    ],
)
def test_a_party_s_name_in_brackets_is_a_speaker(find: Find, text: str, name: str) -> None:
    assert name in {v for t, v in find(text) if t == "PERSON"}


def test_a_machine_beside_a_host_or_client_label_stays(find: Find) -> None:
    text = "Debug this:\nHost (prod): connection refused\nClient (iOS): timeout after 30s\nStep (optional): run the migration\nOutput (stdout): nothing"
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("[09:41] thabani mcoyi: can someone reset the staging database? tests are red again", "thabani mcoyi", id="lower"),
        pytest.param("[09:41] COLLINS ABDALLA: CAN SOMEONE RESET THE STAGING DATABASE?", "COLLINS ABDALLA", id="upper"),
        pytest.param("[14:02] Oksana: can we move the demo to Thursday?", "Oksana", id="given-name"),
        pytest.param("[09:14] joana dos santos lima: oi! tudo bem? é sobre a viagem pra orlando", "joana dos santos lima", id="particles"),
    ],
)
def test_one_chat_message_pasted_alone_names_its_author(find: Find, text: str, speaker: str) -> None:
    assert speaker in {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[09:41] backup: started, 3 files copied", id="log-step"),
        pytest.param("12:30 lunch: sandwiches in the kitchen", id="agenda-lower"),
        pytest.param("[10:15] Reminder: book the room for the offsite", id="reminder"),
        pytest.param("08:15 - departure: coach leaves the hotel", id="timetable"),
        pytest.param("[10:02] check in the de la rosa: suite ready", id="particles-among-words"),
    ],
)
def test_a_timed_line_of_a_log_or_an_agenda_names_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


def _speakers(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in speaker_labels(text)]


def test_an_agendas_steps_after_clock_times_are_no_speakers() -> None:
    """Timestamps make a run of labelled lines a transcript; a lone English word no list has as a
    given name or a frequent surname is an agenda's step there, not who spoke."""
    agenda = "Agenda for Thursday:\n09:30 Welcome and coffee\n10:00 Kickoff: goals for Q1\n12:30 Lunch: sandwiches in the atrium"
    assert _speakers(agenda) == []
    chat = "[10:02] Rose: can you check the deploy?\n[10:03] Baker: on it\n[10:05] Priya: thanks"
    assert _speakers(chat) == ["Rose", "Baker", "Priya"]


def test_days_and_a_meetings_headings_are_no_speakers(find: Find) -> None:
    assert find("Can you tidy this rota?\nMonday: open\nTuesday: close\nWeekend: on call") == []
    assert _speakers("Minutes\nPresent: all\nApologies: none\nChair: to be confirmed") == []
    # A month that is a given name too may be someone; the names after a day are people.
    assert _speakers("June: I'll take the late shift\nMarta: fine by me\nJune: thanks") == ["June", "Marta", "June"]
    assert {v for t, v in find("Rota:\nMonday: Tomasz Kowalczyk\nTuesday: Ngozi Okafor") if t == "PERSON"} >= {"Tomasz Kowalczyk", "Ngozi Okafor"}


def test_the_roles_of_a_script_are_no_one(find: Find) -> None:
    text = "Tidy up our phone intake script:\nCOUNSELLOR: Can I take your full name?\nCALLER: [full name]\nCOUNSELLOR: And date of birth?\nCALLER: [DOB]"
    assert [v for t, v in find(text) if t == "PERSON"] == []


def test_a_role_beside_a_name_in_a_label_still_names_someone(find: Find) -> None:
    assert any(t == "PERSON" and "Amara" in v for t, v in find("Transcript:\nNurse Amara: Hi, how are you feeling?\nPATIENT: Fine."))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("Sanne van den Heuvel, geb. 14-10-1966\nKlacht: koorts sinds gisteren, vlekjes op de benen die niet wegdrukken.", "Klacht", id="nl"),
        pytest.param("Cliente: Marta Gil\nMotivo: la factura de junio llega duplicada y nadie me contesta.", "Motivo", id="es"),
    ],
)
def test_a_field_in_the_text_s_own_language_is_no_speaker(find: Find, text: str, label: str) -> None:
    assert label not in [value for _, value in find(text)], find(text)


@pytest.mark.parametrize(
    "text",
    [
        "SITE INDUCTION RECORD\nEmergency contact (name and number): ______________________\nCSCS card type: ________  Expiry: __/__\n",
        "Turn this into a form spec:\nCSCS card no.: [  ]\nPL insurance: insurer [  ] / expiry [  ]\nBank: sort code [00-00-00]\n",
    ],
)
def test_a_blank_form_s_fields_are_no_speakers(text: str) -> None:
    assert list(speaker_labels(text)) == []


def test_a_blank_in_a_line_of_speech_keeps_its_speaker() -> None:
    text = "Interview notes\nANNA: we still need the ___ form from the council before Friday\nBEN: yes\nANNA: ok"
    assert [text[s:e] for s, e, _ in speaker_labels(text)].count("ANNA") == 2


def test_a_firm_s_desk_speaking_in_a_group_chat_is_no_one() -> None:
    text = (
        "Summarise this chat:\n\n[08:02] Site Office: Jewson, can you bring the lintels forward?\n"
        "[08:10] Jewson Trade Desk: Thursday PM ok\n[08:20] Site Office: send both\n[08:22] Maria Lopez: thanks"
    )
    assert [text[s:e] for s, e, _ in speaker_labels(text)] == ["Maria Lopez"]


def test_the_writer_s_own_label_in_a_pasted_chat_of_another_language_is_no_one(find: Find) -> None:
    text = "Ist das Betrug?\n\nAnke Sommer: Hallo, ist der Airwrap noch da?\nIch: Ja, Versand 5,49 €.\nAnke Sommer: Super.\nIch: Welche Mail?"
    masked = [v for e, v in find(text) if e == "PERSON"]
    assert "Ich" not in masked and "Anke Sommer" in masked, masked


def test_a_speaker_named_ben_is_still_masked(find: Find) -> None:
    text = "Ben: I'll take the bike if it's still there\nSeller: yes, collection only\nBen: great, Saturday?"
    assert ("PERSON", "Ben") in find(text), find(text)
