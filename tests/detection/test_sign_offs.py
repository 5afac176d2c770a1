"""The writer's name signing a note off at its end (`detection/sign_offs.py`), in any kind of text."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.places import known_place
from privacy_gateway.detection.sign_offs import closing_names, signed_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        # A call centre's technical note (OTP, SIM), signed after a dash with the agent's tier.
        pytest.param("Tidy this for the case log: verified DOB and postcode, sent OTP to the alt number, SIM barred until the swap completes. – Yusuf, Tier 2",
                     "Yusuf", id="dash-then-tier"),
        pytest.param("Résume pour le dossier : la cliente garde la box mais résilie la ligne mobile, je l'ai rassurée. Conseillère : Anne-Laure.",
                     "Anne-Laure", id="french-role-label"),
        pytest.param("Redacta el aviso: la reforma del portal empieza el lunes y dura dos semanas. Firma: Itziar, de Fincas Norte.",
                     "Itziar", id="spanish-signature-label"),
        pytest.param("Shift log tidy-up please:\n02:10 alarm reset on line 3\n03:40 pallet jack charged\n— Oluwaseun (night shift)",
                     "Oluwaseun", id="last-line-dash"),
        pytest.param("Γράψε μια ανακοίνωση για τα κοινόχρηστα του Μαρτίου.\nΥπογραφή: Κωνσταντίνος Παππάς (διαχείριση πολυκατοικίας)",
                     "Κωνσταντίνος Παππάς", id="greek-signature-label"),
    ],
)
def test_the_name_signing_a_note_off_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved the runbook to the wiki. – Thanks",
        "Release notes are drafted for the cluster upgrade. – Kubernetes, v1.29",
        "Best trip we have planned so far. – Lisbon, 2024",
        "- Jordan signed the form yesterday\n- the rest is pending",  # not the last line, and not alone on it
        "Firma: Siemens AG",
    ],
)
def test_words_after_a_closing_dash_or_label_that_name_no_one_stay(text: str) -> None:
    assert list(signed_names(text, known_place)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # A tenant's text in lower case, closed on its last line.
        pytest.param("make this sound professional: the fan is dead again, send me pics before doing anything over £150. cheers cauã",
                     "cauã", id="lower-cheers"),
        pytest.param("tanong lang po, pwede ba ito? ano pwede gawin? - jomar", "jomar", id="lower-dash"),
        pytest.param("Bonjour, le chauffage ne marche plus depuis lundi. Merci, Jean-Baptiste", "Jean-Baptiste", id="french-merci"),
        pytest.param("Pouvez-vous rappeler demain matin ?\nCordialement,\nJean-Baptiste", "Jean-Baptiste", id="closing-own-line"),
        # The closing of a quoted reply, with the request after it.
        pytest.param("Draft a reply:\n> hi, can we move the signing to friday?\n> thanks\n> jānis\n\nKeep it short.", "jānis", id="quoted-reply"),
        pytest.param("> Ring me on 3 84 17 56 after six.\n> Mvh Guðrún", "Guðrún", id="norwegian-quoted"),
        pytest.param("schoonmaak morgen om 10, de sleutel ligt onder de mat. groetjes anouk", "anouk", id="dutch-groetjes"),
        pytest.param("please confirm the booking by friday. thanks, siobhan x", "siobhan", id="kiss-after"),
    ],
)
def test_the_writer_after_a_closing_at_the_end_is_masked(find: Find, text: str, name: str) -> None:
    assert name in [text[a:b] for a, b in closing_names(text)]
    # Masked whole, alone or inside what the model tagged around it in a language read as English.
    assert any(entity == "PERSON" and name in value for entity, value in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks all",
        "We moved the runbook to the wiki. Thanks again",
        "Write a sign-off for the newsletter. Best regards,\nThe Support Team",
        "Kind regards,\n[Your Name]",
        "Fix this query please. Thanks in advance",
        "Ask him to call back about the invoice. Regards, Finance",
        # Not a message's end: the request goes on on the next line.
        "cheers anouk\nnow also add the second address",
    ],
)
def test_words_after_a_closing_that_name_no_writer_stay(text: str) -> None:
    assert list(closing_names(text)) == []
