"""End to end: PII-free prompts of every kind reach the cloud byte-identical (issue 18, precision),
and the same public names in a personal record or a personal dealing are still masked."""

from __future__ import annotations

from typing import Any

import pytest

from privacy_gateway.config.settings import Limits
from privacy_gateway.detection.text_kind import kind_of
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.detection.helpers import Find
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio


def _strings(body: Any) -> list[str]:
    """Every string value of a recorded upstream body."""
    if isinstance(body, str):
        return [body]
    if isinstance(body, dict):
        return [s for v in body.values() for s in _strings(v)]
    if isinstance(body, list):
        return [s for v in body for s in _strings(v)]
    return []


CLEAN = {
    # Code identifiers and exceptions are no one's name.
    "stack-trace": "Why?\nTraceback (most recent call last):\n  File \"/srv/cards.py\", line 9, in render\n    title = row[\"ownerName\"]\nKeyError: 'ownerName'",
    "log-fields": "Postgres says:\nERROR:  insert or update on table \"loans\" violates foreign key constraint\nDETAIL:  Key (member_id)=(42) is not present in table \"members\".\nHINT:  Check the import order.",
    "cli-flags": "The wiki says: git config --global user.name \"Your Name\" then git config --global core.editor vim. Fine?",
    # The name of a name/value pair is a field's name.
    "har-pairs": "What do these headers do?\n[{\"name\": \"Sec-Fetch-Dest\", \"value\": \"image\"}, {\"name\": \"Accept\", \"value\": \"image/avif\"}]",
    # Tools named in company, and prose after "password".
    "tools-together": "Why does Gradle resolve an older Jackson than the one in my BOM?",
    "password-prose": "Keycloak asks for the password again after every redeploy of the realm. Where is the session kept?",
    # Works, their makers and public figures in general questions.
    "work-by-author": "Is Beloved by Toni Morrison a good first book for a reading group?",
    "film": "How does the 1962 film of Lawrence of Arabia differ from T. E. Lawrence's own account?",
    "famous": "Why is Middlemarch by George Eliot so famous among novelists?",
    "facts-about": "Tell me about Katherine Johnson and the orbital calculations for Friendship 7.",
    "past-event": "What happened at Three Mile Island and what changed afterwards?",
    "work-about": "What is Brideshead Revisited about?",
    "title-of-fame": "Why is Tim Berners-Lee called the father of the web?",
    "known-for": "What is Chimamanda Ngozi Adichie best known for?",
    "possessive-work": "Is Ian McEwan's The Children Act a good choice for a law reading group?",
    "read-author": "Why do people still read Iris Murdoch?",
    "ini-sections": "[mysqld]\nbind-address = 127.0.0.1\n[client]\ndefault-character-set = utf8mb4\nWhy does Workbench still show latin1?",
    "reading-order": "Recommend a reading order for Ursula K. Le Guin's Earthsea novels.",
    # Geography in a question about the world.
    "geography": "Which trail up Ben Nevis is the easiest for a first climb?",
    "place-head": "How tall is Mount Elgon compared with Mount Stanley?",
    # A header name in capitals is a header, not a speaker.
    "www-header": "Why does the client ignore this?\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"reports\"\nContent-Length: 0",
    # Code's types, declarations and calls, whatever they are named (issue 18).
    "typed-fields": "Why is this not serialisable?\n@Serializable\nclass Applicant(val surname: String, val forename: String?, val age: Int)",
    "declared-message": "Add a field to this proto:\nmessage Tenant {\n  string display_name = 1;\n}",
    "ruby-superclass": "class Landlord < ApplicationRecord\n  has_many :leases\nend\nWhy does Rails not find the table?",
    "statements-not-a-table": "Add equals to this:\npublic class TripDto {\n    private String originCity;\n    private String driverName;\n    private int seats;\n}",
    # Header values and name/value pairs are fields; an endpoint is no password; a hex value no address.
    "link-header": "How do I page through this?\nHTTP/1.1 200 OK\nLink: <https://api.example.org/items?page=2>; rel=\"next\"\nX-Total-Count: 90",
    "har-pairs-creator": "Explain this HAR:\n{\"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"}, \"headers\": [{\"name\": \"Accept-Encoding\", \"value\": \"br\"}]}",
    "proxy-pass": "nginx returns 502:\nlocation / {\n    proxy_pass http://backend;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}",
    "hex-addr": "fatal error: unexpected signal during runtime execution\n[signal SIGBUS: bus error code=0x2 addr=0x7f3a2c pc=0x45e1b0]\nWhat does addr mean here?",
    # Languages and tools named like people, by what their sentence says of them; a task's title.
    "language-named-like-a-person": "Is Pascal still a sensible first language for teaching?",
    "tool-supports-version": "Does Jenkins still support Java 17 agents?",
    "ansible-task-title": "Why does this task fail?\n- name: Ensure Jenkins is running\n  ansible.builtin.service:\n    name: jenkins\n    state: started",
    # Well-known places in questions about the world; works named by their makers.
    "cities-compared": "Is Porto or Valencia warmer in February?",
    "capitals": "Which is older, Athens or Rome?",
    "work-by-possessive": "Summarise Rachel Carson's Silent Spring in five bullet points.",
    "asker": "Which novels by Kazuo Ishiguro should I read first?",
    "experiments": "Tell me about Michael Faraday's experiments with electromagnetism.",
    # Towns of 15,000 or more, placed as places.
    "towns": "How busy are the canals in Gouda on market day, and is Cascais or Sitges quieter in May?",
}


@pytest.mark.parametrize("text", list(CLEAN.values()), ids=list(CLEAN))
async def test_clean_prompts_reach_the_cloud_byte_identical(gateway: GatewayFactory, fakes: FakeUpstreams, text: str) -> None:
    async with gateway(limits=Limits(requests_per_minute=0)) as client:
        response = await client.post("/v1/chat/completions", json=chat(text), headers=CLOUD)
    assert response.status_code == 200
    assert len(fakes.cloud_requests) == 1
    assert text in _strings(fakes.cloud_requests[0])


PERSONAL = {
    # A dealing with someone: whom books are sent to, whom to ask.
    "send-books": ("Send the books to Toni Morrison by Friday and confirm the order.", "Toni Morrison"),
    "ask-about-film": ("Ask Katherine Johnson about the film night and tell me what she says.", "Katherine Johnson"),
    # "the father of" someone's children is a family, not fame.
    "father-of-two": ("Lukas Brenner is the father of two boys and wants parental leave from June.", "Lukas Brenner"),
    # Reading someone's comments is a dealing, not reading an author.
    "read-comments": ("Read Tomasz Wrona's comments on the draft and reply by Friday.", "Tomasz Wrona"),
    # A record with contact data.
    "record": ("Customer: George Eliot, +44 20 7946 0958, wants a refund for the famous novels box set.", "George Eliot"),
    # A city beside someone, or where someone lives, is theirs; so is a name in a summary of a dealing.
    "parcel-city": ("Return the parcel from Olga Petrova in Athens. Which courier is cheapest?", "Athens"),
    "lives-in": ("Olga Petrova lives in Athens and wants the contract by Friday.", "Athens"),
    "moved-to-town": ("Olga Petrova moved to Keswick. How busy is it around Keswick in May?", "Keswick"),
    "town-in-a-booking": ("Which hotel in Colmar did you book for the team offsite?", "Colmar"),
    "summary-of-dealing": ("Summarise Olga Petrova's complaint and draft a reply.", "Olga Petrova"),
    "asker-calls": ("Should I call Olga Petrova about the novel she lent me?", "Olga Petrova"),
    "typed-name-in-yaml": ("Fix the indentation:\nowner:\n  name: Olga Petrova\n  city: Athens", "Olga Petrova"),
    "ask-pascal": ("Ask Pascal Moreau whether the compiler course starts on Monday.", "Pascal Moreau"),
    "person-name-line": ("Update the contact:\n- name: Pascal Moreau\n  phone: +33 6 12 34 56 78", "Pascal Moreau"),
    # Booking for someone is a dealing; "book" before an article is the verb, not the work.
    "book-a-table": ("Book a table for John Smith on Friday at eight.", "John Smith"),
    "book-a-room-in-town": ("Book a room in Colmar for Olga Petrova on Friday.", "Olga Petrova"),
    "reserve-rooms": ("Please reserve two rooms for Anna Kowalska next month.", "Anna Kowalska"),
    "reserve-fr": ("Réserve une table pour Olga Petrova vendredi soir.", "Olga Petrova"),
    # A task to carry out: its work words ("papers", "music", "chapter", "essays") are things to act on.
    "print-papers": ("Print the papers for John Smith before the audit.", "John Smith"),
    "update-playlist": ("Update the music playlist for Olga Petrova's leaving party.", "Olga Petrova"),
    "find-chapter": ("Find the chapter John Smith edited and check the references.", "John Smith"),
    "print-essays": ("Please print the essays Anna Kowalska submitted.", "Anna Kowalska"),
    # A key that types its value, in data about a trip.
    "json": ('Fix this booking JSON: {"passenger": "Ben Nevis", "route": "Glasgow to Fort William"}', "Ben Nevis"),
}


@pytest.mark.parametrize(("text", "name"), list(PERSONAL.values()), ids=list(PERSONAL))
async def test_the_same_public_names_in_a_personal_record_are_masked(
    gateway: GatewayFactory, fakes: FakeUpstreams, text: str, name: str
) -> None:
    async with gateway(limits=Limits(requests_per_minute=0)) as client:
        response = await client.post("/v1/chat/completions", json=chat(text), headers=CLOUD)
    assert response.status_code == 200
    assert name not in fakes.cloud_text()


def test_a_name_value_pair_still_types_its_value(find: Find) -> None:
    """Only the pair's name is a field: a person under a `name` key stays a person."""
    text = '{"headers": [{"name": "X-Requested-For", "value": "Lena Fischer"}], "author": {"name": "Grace Hopper"}}'
    found = find(text)
    assert ("PERSON", "Grace Hopper") in found
    assert not any(value == "X-Requested-For" for _, value in found)


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("Qui était Jacques Cartier et qu'a-t-il exploré au Canada ?", True),
        ("Pourquoi Victor Hugo s'est-il exilé à Guernesey ?", True),
        ("Quels romans d'Émile Zola lire en premier ?", True),
        # Someone's own dealings, in French, are not history, whatever the words around them.
        ("Rappelle Jean Dupont demain au sujet du roman qu'il m'a prêté.", False),
        ("Envoie la facture du livre à Claire Martin.", False),
    ],
)
def test_french_questions_about_history_and_works_are_told_from_dealings(text: str, history: bool) -> None:
    assert kind_of(text).history is history
