"""General questions turned around (issue 18): names stay as written only where a prompt asks about
the world and deals with no one. A prompt shaped like a question about works, history or sport
that deals with a private person (a club, a manuscript, a mark, a loan, a day of the week) is
masked; a question about the world's works, figures and places is left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.text_kind import kind_of
from training.sources import PUBLIC_FIGURES
from tests.detection.helpers import Find

_NAMES = ["Ingrid Larsson", "Jason Lyons", "Melanie Ward", "Angela Sullivan", "Kofi Mensah", "Olga Petrova", "Priya Raman", "Tomasz Nowak"]

# Shapes of a question about works or history, each holding one way of dealing with someone.
_DEALINGS = [
    "Which chapters did {name} review before the manuscript went to the printer?",
    "Summarise {name}'s thesis on Baroque painting for the hiring committee.",
    "Why did {name} get a lower mark for the essay on the French Revolution?",
    "Explain the lecture notes {name} uploaded on the fall of the Roman Empire.",
    "Who translated the chapter that {name} edited for the anthology?",
    "Tell me about the biography {name} is writing on the history of the village mill.",
    "Which novels has {name} borrowed from the library this term?",
    "Compare the poems {name} submitted to the staff anthology on Friday.",
    "Which letters from the 1950s did {name} donate to the parish archive?",
    "What was {name}'s finishing time in the half marathon, and did it beat the club record?",
]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(template=st.sampled_from(_DEALINGS), name=st.sampled_from(_NAMES))
def test_a_question_shaped_like_one_about_works_that_deals_with_someone_is_masked(find: Find, template: str, name: str) -> None:
    text = template.format(name=name)
    assert not kind_of(text).history
    masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(
    "text",
    [
        "Compare the way Jane Austen and Charlotte Brontë write about marriage.",
        "How many Grand Slam singles titles has Serena Williams won?",
        "Is Puglia or Sardinia better for a quiet beach week in June?",
        "Which ferry goes from Galway to the Aran Islands, and does it still sail in October?",
        "Résume Madame Bovary de Gustave Flaubert en cinq phrases.",
        "Compare le style de Marcel Proust et celui de Louis-Ferdinand Céline.",
        "Combien de Tours de France Bernard Hinault a-t-il gagnés ?",
    ],
)
def test_questions_about_the_worlds_works_figures_and_places_keep_their_names(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Compare the way Jane Austen and Charlotte Brontë write about marriage.",
        "Explain the green light in The Great Gatsby.",
        "Résume Madame Bovary de Gustave Flaubert en cinq phrases.",
    ],
)
def test_a_request_to_explain_or_compare_with_no_dealing_asks_about_the_world(text: str) -> None:
    assert kind_of(text).history


def test_a_title_opens_a_characters_name_only_in_a_question_about_works(find: Find) -> None:
    assert ("PERSON", "Madame Bovary") not in find("Résume Madame Bovary de Gustave Flaubert en cinq phrases.")
    assert any(entity == "PERSON" and "Okafor" in value for entity, value in find("Please send Mrs. Okafor the invoice for March."))


# Plain questions in the present tense, each about a private person's life, by a verb or thing that
# deals with them (lending, keys, rota, a desk, a day). Census and world names, full and single.
_PRESENT_DEALINGS = [
    "Can {name} lend the signed first edition to the exhibition in May?",
    "Why does {name} keep calling the front desk?",
    "Is {name} coming to the dinner on Friday?",
    "Does {name} still have the keys to the storeroom?",
    "Why is {name} so upset about the rota?",
    "How come {name} always pays the invoice late?",
    "Did {name} lend the projector to the scouts?",
    "{name}'s rule on overtime: is it fair to the new starters?",
]
_PRIVATE = [*_NAMES, "Teresa", "Ingrid", "Hamid Karimi", "Fatima Benali", "Nguyen Van An", "Aoife Byrne"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(template=st.sampled_from(_PRESENT_DEALINGS), name=st.sampled_from(_PRIVATE))
def test_a_plain_question_that_deals_with_someone_keeps_them_masked(find: Find, template: str, name: str) -> None:
    text = template.format(name=name)
    masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(
    "text",
    [
        "Why does Hamlet keep putting off killing Claudius?",
        "Why does Othello trust Iago so easily?",
        "How crowded does Hallstatt get in August?",
        "Is Kinsale or Kenmare nicer for a food weekend?",
        "Which moves are named after Simone Biles, and why is the Biles II so hard?",
        "Hawking radiation, in two paragraphs for a curious teenager.",
        "Why is the Mandela effect called that?",
    ],
)
def test_plain_questions_about_characters_places_and_eponyms_keep_their_names(find: Find, text: str) -> None:
    assert find(text) == []


def test_a_plain_question_reads_a_given_name_as_someones() -> None:
    assert kind_of("Why is Teresa so impulsive?").question
    assert not kind_of("Why did Teresa send the invoice twice?").question


# Issue 18, round seven: a full name is the topic of a question about the world when the question
# names its part in a story, a prize, a record, life dates, a year long past or a title after a
# possessive; the same question about a private person's own life (a colleague, a department, a
# trade, a group or venue of theirs, a manuscript) masks it.
@pytest.mark.parametrize(
    "text",
    [
        "Is Severus Snape a hero or a villain by the end of the series?",
        "How many Oscars has Meryl Streep won?",
        "Is Michael Jordan the greatest basketball player of all time?",
        "Who was Carl Linnaeus (1707–1778) and why does he matter to botany?",
        "How tall was Abraham Lincoln?",
        "How good is Haruki Murakami's Kafka on the Shore?",
        "What is the most likely explanation for Amelia Earhart's disappearance in 1937?",
        "Jean-Paul Sartre a-t-il vraiment refusé le prix Nobel ?",
    ],
)
def test_a_full_name_as_the_topic_of_a_question_about_the_world_stays(find: Find, text: str) -> None:
    assert kind_of(text).history
    assert [value for entity, value in find(text) if entity == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Which chapters of Nadia Okafor's manuscript still need edits before the publisher sees it?",
        "Is Owen Pritchard from accounting the right person to present the novel club pick?",
        "Who was the plumber Richard Fenwick that fixed the boiler in March?",
        "Which poems did Hannah Moreau read at the library evening?",
        "Is Cristiano Almeida still the top scorer in our Sunday league?",
        "What did our student Virginia Walsh think of Ulysses?",
        "Was Harvey Potts, the new intern, the hero of the day at the fun run?",
    ],
)
def test_a_question_about_someones_own_group_trade_or_manuscript_is_masked(find: Find, text: str) -> None:
    assert not kind_of(text).history
    assert any(entity == "PERSON" for entity, _ in find(text)), text


# Full names of the training list of public figures (two capitalised words), as the topic of a
# question with a topic signal, and the same question about someone's colleague or intern.
_FIGURES = [f for f in PUBLIC_FIGURES if len(f.split()) == 2 and all(w[:1].isupper() and w.isalpha() for w in f.split())]
_TOPICS = [
    "Was {name} a hero or a villain?",
    "{name} (1820–1890): what should every student know?",
    "Is {name} the most influential thinker of all time?",
    "How tall was {name}?",
]
_SOMEONES = [
    "Was our intern {name} a hero or a villain at the fun run?",
    "{name} from accounting (1820–1890 in the old ledger): what should the auditors know?",
    "Is my colleague {name} the most influential thinker of all time?",
    "How tall was {name}, the volunteer who painted the village hall?",
]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(topic=st.sampled_from(range(len(_TOPICS))), name=st.sampled_from(_FIGURES))
def test_a_listed_figure_as_the_topic_stays_and_as_someones_colleague_is_masked(find: Find, topic: int, name: str) -> None:
    public = _TOPICS[topic].format(name=name)
    assert [value for entity, value in find(public) if entity == "PERSON"] == [], public
    private = _SOMEONES[topic].format(name=name)
    masked = " ".join(value for entity, value in find(private) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (private, masked)


@pytest.mark.parametrize(
    "text",
    [
        "Write a short toast: Melita Javornik took the baking trophy at the summer fête again.",
        "An obituary for Harold Pierce (1931–2024), church warden and keen gardener.",
        "A eulogy for Joan Whitaker, who won every flower show medal in the county.",
    ],
)
def test_words_written_for_a_local_occasion_keep_the_person_masked(find: Find, text: str) -> None:
    assert not kind_of(text).history
    assert any(entity == "PERSON" for entity, _ in find(text)), text


def test_a_figures_obituary_as_a_fact_about_the_world_stays() -> None:
    assert kind_of("What did Alfred Nobel read in his premature obituary?").history


# A work named by its title's shape: capitalised words around a lower-case article, or "A" opening
# the title after "in" (issue 18, round ten). Places and departments hold neither.
@pytest.mark.parametrize("text", [
    "Is Ignatius Reilly meant to be likeable in A Confederacy of Dunces?",
    "In A Tale of Two Cities, why does Sydney Carton take Charles Darnay's place?",
    "Does Dirk Pitt come out of it well in Raise the Titanic?",
    "Is Ursula Brangwen happier at the end of Kill the Messenger than at the start?",
])
def test_characters_of_a_titled_work_stay_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Is Maria Lopez still in Sales and Marketing?", "Maria Lopez"),
    ("Can you send Maria Lopez a Teams invite for Friday?", "Maria Lopez"),
    ("Is Tom Harris on call in A Block tonight?", "Tom Harris"),
])
def test_people_beside_capitalised_words_are_still_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Who was Ada Lovelace and why is she called the first programmer?",
        "How many Grand Slams has Serena Williams won?",
    ],
)
def test_a_naming_and_the_worlds_titles_leave_a_question_about_the_world(find: Find, text: str) -> None:
    assert [value for entity, value in find(text) if entity == "PERSON"] == []


@settings(max_examples=20, deadline=None, derandomize=True)
@given(
    template=st.sampled_from(
        ["Why was {name} called by the bank yesterday?", "Who called {name} about the invoice?", "Is {name} called back after the interview?"]
    ),
    name=st.sampled_from(_NAMES),
)
def test_a_phone_call_in_the_passive_is_still_a_dealing(find: Find, template: str, name: str) -> None:
    text = template.format(name=name)
    masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


# The world's people in prose that is no question: a creative request, a quiz's answers, a reading
# list (round fifteen). A listed name stays; the same shape with a private name, or the listed name
# tied to the writer's life (`relations`) or beside contact details, is masked.
_PROSE = [
    "Write a short toast for the end-of-year dinner that quotes {name} once.",
    "Pub quiz answers to check:\n1. Square root of 144: 12\n2. Face on the old banknote: {name}",
    "Make me a reading list for the holidays that starts with something about {name}.",
]
_PRIVATE_PROSE = [
    "Write a short toast for the end-of-year dinner that quotes our intern {name} once.",
    "Pub quiz answers to check:\n1. Square root of 144: 12\n2. Set by {name} from accounting",
    "Make me a reading list for the holidays for my neighbour {name}.",
]
_NOTABLE = ["Oscar Wilde", "Winston Churchill", "Nelson Mandela", "Roald Amundsen", "Virginia Woolf", "Amelia Earhart"]


@settings(max_examples=30, deadline=None, derandomize=True)
@given(shape=st.sampled_from(range(len(_PROSE))), name=st.sampled_from(_NOTABLE), private=st.sampled_from(_NAMES))
def test_a_listed_figure_in_prose_stays_and_a_private_name_or_a_colleague_is_masked(find: Find, shape: int, name: str, private: str) -> None:
    public = _PROSE[shape].format(name=name)
    assert [value for entity, value in find(public) if entity == "PERSON" and value in name] == [], public
    for text, who in ((_PROSE[shape].format(name=private), private), (_PRIVATE_PROSE[shape].format(name=name), name)):
        masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
        assert all(part in masked for part in who.split()), (text, masked)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Write a toast for Mark Dlamini's retirement. Keep it under 150 words.", "Mark Dlamini"),
        ("Write a toast for my friend Maria Lopez, in the style of Oscar Wilde.", "Maria Lopez"),
        ("Write a toast for Oscar Wilde's retirement from the parish council.", "Oscar Wilde"),
        ("Write a thank-you note to Nelson Mandela, nelson.m@example.org, for the raffle prizes.", "Nelson Mandela"),
    ],
)
def test_a_private_person_in_a_creative_request_is_still_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


def test_a_past_question_about_an_ordinary_occasion_is_about_someone(find: Find) -> None:
    """A question shaped like one about the world's works, asked of an everyday occasion: the full
    name in it is someone's; the world's occasions keep the world's names."""
    assert ("PERSON", "Dana Kowalczyk") in find("What was Dana Kowalczyk's speech at the retirement lunch about?")
    assert ("PERSON", "Dana Kowalczyk") in find("Which novel did Dana Kowalczyk recommend last night?")
    assert find("What was Martin Luther King's speech at the March on Washington about?") == []
    assert find("Book club question: is Elizabeth Bennet's first impression of Darcy unfair?") == []


# Issue 18, round 29: the words of history and fame say what is asked, not who is asked about. In a
# question shaped like one about history or the world, a full name by the lists that no list of the
# famous holds is someone's; a full name the world knows stays (`notable`).
_UNKNOWN = ["Kacper Feret", "Ossi Niskanen", "Marjut Karvonen", "Mattia Lussu", "Kamila Dubis", "René Liebelt"]
_HISTORY_SHAPED = [
    "Did {name} win the regional poetry prize last spring?",
    "Why did {name} step down from the rowing club committee in 2019?",
    "Is {name}'s novel about the war any good?",
    "Was {name}'s translation of the poem better than the old one?",
]


@settings(max_examples=24, deadline=None, derandomize=True)
@given(template=st.sampled_from(_HISTORY_SHAPED), name=st.sampled_from(_UNKNOWN))
def test_a_full_name_no_one_knows_in_a_question_shaped_like_history_is_masked(find: Find, template: str, name: str) -> None:
    text = template.format(name=name)
    masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(
    "text",
    [
        "Did Winston Churchill win the Nobel Prize in Literature?",
        "Why did Virginia Woolf leave London for Sussex?",
        "Is Leo Tolstoy's novel about the war worth reading in translation?",
        # Both parts among the commonest census names: the lists of the famous leave such names
        # out, so history's words cannot say whose they are, and they are read as before.
        "How did Alexander Hamilton shape the US financial system?",
        # A name and its work, not one name.
        "Recommend a reading order for Terry Pratchett's Discworld novels.",
    ],
)
def test_a_full_name_the_world_knows_in_the_same_shapes_stays(find: Find, text: str) -> None:
    assert [value for entity, value in find(text) if entity == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    [
        "What did Dr Jane Goodall say about chimpanzees making tools? Explain in plain words.",
        "Was General Bonaparte's height really that short? My uncle swears it was.",
        "What did President Abraham Lincoln say at Gettysburg, in two lines?",
    ],
)
def test_a_title_before_a_name_the_world_knows_keeps_it_public(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Can Dr Okonkwo see my mother on Tuesday?", "Dr Okonkwo"),
        ("Why did Dr Patel cancel my appointment again?", "Dr Patel"),
    ],
)
def test_a_title_before_anyone_else_names_someone(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)
