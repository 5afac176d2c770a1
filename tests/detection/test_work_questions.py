"""Private people asked about in the words of history ("When did … hand in the keys?") and a surname
opening a line of minutes ("Voinea with the treasurer checked …") are masked; the world's people,
sights, dishes and tools in the same shapes stay."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.full_names import asked_full_names
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("When did Tudosia Mocanu hand in the keys to the allotment shed?", "Tudosia Mocanu", id="unlisted-given"),
        pytest.param("Has Torhan Akça paid the subs for the bowls club yet?", "Torhan Akça", id="foreign-letters"),
        pytest.param("Why did Londiwe Mathula stop coaching the under-12s on Saturdays?", "Londiwe Mathula", id="why-did"),
        pytest.param("Minutes of the allotment committee, 3 March. Voinea with the treasurer checked the seed order.", "Voinea", id="minutes-with"),
        pytest.param("Apologies were noted. Battaglia for the fundraising group reported the raffle takings.", "Battaglia", id="minutes-for"),
        pytest.param("Which songs did Nomasonto Masango pick for the food bank quiz?", "Nomasonto Masango", id="community-body"),
        pytest.param("When did Alexander Rodriguez hand in the keys to the allotment shed?", "Alexander Rodriguez", id="allotment-census-pair"),
        pytest.param("Does Ferenc-Anna Papp not want to stand for treasurer again?", "Ferenc-Anna Papp", id="joined-given-name"),
        pytest.param("Did Ágatha da Rocha pass the forklift certification?", "Ágatha da Rocha", id="particle"),
        pytest.param("Did Maria van Dijk finish the audit?", "Maria van Dijk", id="particle-2"),
        pytest.param("Did Joaquín Herrera finish the audit of the warehouse stock?", "Joaquín Herrera", id="accented-given-name-and-a-town"),
        pytest.param("WHAT DID KIRSTIN NIELSEN SAY IN HER SPEECH AT THE AWARDS DINNER?", "KIRSTIN NIELSEN", id="upper-case"),
        pytest.param("what did kirstin nielsen say in her speech at the awards dinner?", "kirstin nielsen", id="lower-case"),
        # Scholarly work in hand, on a topic of history: a colleague's or a student's.
        pytest.param("Why was Jerry Gonzalez's paper on the Treaty of Versailles rejected by the journal?", "Jerry Gonzalez", id="rejected-by-the-journal"),
        pytest.param("Who supervised Darlene Gomez's doctoral work on the Habsburg court?", "Darlene Gomez", id="doctoral-work"),
        pytest.param("How did Jason Rogers manage to finish the translation of Don Quixote so quickly?", "Jason Rogers", id="translation-in-hand"),
        pytest.param("Which archive did James Howe use for the thesis on the Habsburg court?", "James Howe", id="thesis-in-hand"),
        pytest.param("Paul Jones wrote a chapter on Shakespeare's sonnets for the departmental reader; help me write a blurb.", "Paul Jones", id="chapter-in-hand"),
        pytest.param("Help Valentino Martinez tighten the conclusion of the essay on the Cuban Missile Crisis.", "Valentino Martinez", id="essay-in-hand"),
        # Two words no list holds, acting on a thing after the question's opening auxiliary.
        pytest.param("Did Sathvik Bhavsar cite the right sources in her chapter on the Ottoman Empire?", "Sathvik Bhavsar", id="unlisted-pair-opening-did"),
    ],
)
def test_a_private_person_in_a_question_shaped_like_history_is_masked(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("When did Marie Curie hand in her thesis?", id="famous"),
        pytest.param("WHY DID FRIDA KAHLO PAINT SO MANY SELF-PORTRAITS?", id="famous-upper-case"),
        pytest.param("what did jacinda ardern say about the mosque attack?", id="famous-lower-case"),
        pytest.param("When did Vincent van Gogh cut off his ear?", id="famous-particle"),
        pytest.param("What does Caixa Geral de Depósitos actually make, and is it a good company to invest in?", id="firm-with-a-particle"),
        pytest.param("When did Machu Picchu get rediscovered?", id="sight"),
        pytest.param("When did Chichen Itza decline?", id="sight-2"),
        pytest.param("Halloumi with the watermelon works well in summer.", id="dish"),
        pytest.param("Canva for the posters was easier.", id="tool"),
        pytest.param("Notes for the history seminar. Darwin with his contemporaries shaped the period.", id="history-surname"),
        pytest.param("When did Florence Nightingale visit the food bank?", id="famous-at-a-community-body"),
        pytest.param("Does Alsace-Lorraine still have its own law?", id="joined-region"),
        pytest.param("Summarise the main themes of James Baldwin's essays.", id="famous-common-pair-works"),
        pytest.param("Write an essay plan on John Adams and the Alien and Sedition Acts.", id="famous-common-pair-essay-plan"),
    ],
)
def test_the_worlds_people_sights_and_things_in_the_same_shapes_stay(find: Find, text: str) -> None:
    assert find(text) == []


def test_only_a_run_after_a_questions_auxiliary_is_read_with_the_looser_lists() -> None:
    assert list(asked_full_names("When did Tudosia Mocanu hand in the keys?")) == [(9, 23)]
    assert list(asked_full_names("Tudosia Mocanu handed in the keys.")) == []
    assert list(asked_full_names("When did Lapu Lapu defeat Magellan?")) == []  # two words no list holds


@pytest.mark.parametrize(
    "text",
    [
        "HOW DID LUCIUS LICINIUS LUCULLUS BECOME SO FAMOUS?",
        "how many titles did bohumil hrabal win in a row?",
        "which novels did marie skłodowska-curie write in exile?",
    ],
)
def test_a_famous_name_typed_in_one_case_stays_whole(find: Find, text: str) -> None:
    # The copy in capitals must not cut a famous name short ("Lucius Licinius") or run it on ("Hrabal Win In").
    assert persons(find, text) == []
