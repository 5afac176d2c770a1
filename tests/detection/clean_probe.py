"""Everyday prompts that name only the world, each paired with one that also names a private person:
the precision probe of `scripts/probe_clean.py`.

A prompt about a trip, a table booked, a match, a book, an album, a painter or a brand names public
people and places, and it must reach the cloud byte-identical. The same prompt with someone the
asker knows added ("for me and X", "my colleague X", "reply to X") must still lose that person. Each
carrier is written twice by the probe itself (none is taken from a corpus): `clean` and `personal`,
the second the first with a private person in a relation or a task.

The public names come from sources the detector's rules were not written against: mimesis towns of
a dozen countries, their dishes and their companies (`Address.city`, `Food.dish`,
`Finance.company`), teams and venues built from those towns and streets with the country's own
words ("Sporting Viseu", "Trattoria Ponte Pisano"), and the probe's own lists of public figures,
works with their characters, and musicians with their albums. The private people are mimesis given
and family names of every Latin-script locale (`handle_probe.LOCALES`).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Sequence

from mimesis import Address, Finance, Food, Hardware, Person, Transport
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.handle_probe import LOCALES

KINDS = ("clean", "personal")

# Countries whose towns, streets, dishes and companies fill the public slots, with the words their
# teams, eating places, lodgings and museums are named with.
_PLACES = {
    "de": (("FC {c}", "{c} SV", "Eintracht {c}"), ("Gasthaus {s}", "Brauhaus {s}", "Hotel {s}"), "Museum {c}"),
    "fr": (("Olympique {c}", "Stade {c}", "AS {c}"), ("Brasserie {s}", "Café {s}", "Hôtel {s}"), "Musée de {c}"),
    "it": (("AC {c}", "Sporting {c}", "US {c}"), ("Trattoria {s}", "Osteria {s}", "Hotel {s}"), "Museo di {c}"),
    "es": (("Real {c}", "Atlético {c}", "CD {c}"), ("Bodega {s}", "Taberna {s}", "Hostal {s}"), "Museo de {c}"),
    "pt": (("Sporting {c}", "Académico {c}", "FC {c}"), ("Tasca {s}", "Casa {s}", "Pousada {s}"), "Museu de {c}"),
    "nl": (("FC {c}", "SC {c}", "Go Ahead {c}"), ("Café {s}", "Eetcafé {s}", "Hotel {s}"), "Museum {c}"),
    "pl": (("Wisła {c}", "KS {c}", "Polonia {c}"), ("Restauracja {s}", "Kawiarnia {s}", "Hotel {s}"), "Muzeum {c}"),
    "cs": (("FK {c}", "SK {c}", "Slavoj {c}"), ("Hospoda {s}", "Kavárna {s}", "Hotel {s}"), "Muzeum {c}"),
    "sv": (("{c} IF", "{c} FF", "IFK {c}"), ("Krog {s}", "Kafé {s}", "Hotell {s}"), "{c} museum"),
    "tr": (("{c}spor", "{c} Belediyespor", "{c} FK"), ("Lokanta {s}", "Kahve {s}", "Otel {s}"), "{c} Müzesi"),
    "fi": (("{c} Palloseura", "FC {c}", "{c} JK"), ("Ravintola {s}", "Kahvila {s}", "Hotelli {s}"), "{c} museo"),
    "hu": (("{c} FC", "{c} VSC", "{c} ETO"), ("Étterem {s}", "Kávéház {s}", "Hotel {s}"), "{c} Múzeum"),
}

# Public figures of many countries and fields, as the world writes them.
PUBLIC = (
    "Zinedine Zidane", "Johan Cruyff", "Ferenc Puskás", "Eusébio da Silva", "Zlatan Ibrahimović", "Robert Lewandowski",
    "Luka Modrić", "Hakan Şükür", "Jari Litmanen", "Pavel Nedvěd", "Marta Vieira da Silva", "Kylian Mbappé",
    "Frida Kahlo", "Diego Rivera", "Gustav Klimt", "Egon Schiele", "Joaquín Sorolla", "Amedeo Modigliani",
    "Artemisia Gentileschi", "Jan Vermeer", "Albrecht Dürer", "Edvard Munch", "Alphonse Mucha", "Tamara de Lempicka",
    "Antonín Dvořák", "Béla Bartók", "Jean Sibelius", "Fryderyk Chopin", "Giuseppe Verdi", "Manuel de Falla",
    "Carl Nielsen", "Leoš Janáček", "Gabriel García Márquez", "Wisława Szymborska", "Fernando Pessoa",
    "Halldór Laxness", "Selma Lagerlöf", "Orhan Pamuk", "Italo Calvino", "Bohumil Hrabal", "Elena Ferrante",
    "Marie Skłodowska-Curie", "Niels Bohr", "Alexander von Humboldt", "Ignaz Semmelweis", "Santiago Ramón y Cajal",
    "Simón Bolívar", "Giuseppe Garibaldi", "Lech Wałęsa", "Václav Havel", "Olof Palme", "Mustafa Kemal Atatürk",
    "Jacques Cousteau", "Gustave Eiffel", "Antoni Gaudí", "Alvar Aalto", "Zaha Hadid", "Coco Chanel",
    "Rafael Nadal", "Iga Świątek", "Novak Đoković", "Martina Navrátilová", "Björn Borg", "Kimi Räikkönen",
    "Ayrton Senna", "Niki Lauda", "Usain Bolt", "Nadia Comăneci", "Emil Zátopek", "Paavo Nurmi",
)

# Works (books, films, series) with a character of each.
WORKS = (
    ("Il Gattopardo", "Tancredi Falconeri"), ("Cien años de soledad", "Aureliano Buendía"),
    ("Der Zauberberg", "Hans Castorp"), ("Madame Bovary", "Emma Bovary"), ("Les Misérables", "Jean Valjean"),
    ("Don Quijote", "Sancho Panza"), ("Pan Tadeusz", "Jacek Soplica"), ("Nils Holgersson", "Morten Goose"),
    ("Das Parfum", "Jean-Baptiste Grenouille"), ("Pippi Långstrump", "Tommy Settergren"),
    ("Il nome della rosa", "Guglielmo da Baskerville"), ("Amélie", "Amélie Poulain"), ("Borgen", "Birgitte Nyborg"),
    ("Babylon Berlin", "Gereon Rath"), ("La casa de papel", "Sergio Marquina"), ("Dark", "Jonas Kahnwald"),
    ("Lupin", "Assane Diop"), ("Wallander", "Kurt Wallander"), ("Montalbano", "Salvo Montalbano"),
    ("Maigret", "Jules Maigret"), ("Le Petit Prince", "Léon Werth"), ("Der Besuch der alten Dame", "Claire Zachanassian"),
    ("Bron/Broen", "Saga Norén"), ("Das Boot", "Heinrich Lehmann-Willenbrock"), ("L'Amica geniale", "Lila Cerullo"),
)

# Musicians with an album of theirs.
MUSIC = (
    ("Rosalía", "El Mal Querer"), ("Stromae", "Racine Carrée"), ("Ludovico Einaudi", "Le Onde"),
    ("Mariza", "Fado em Mim"), ("Herbert Grönemeyer", "Mensch"), ("Björk", "Homogenic"),
    ("Jacques Brel", "Ces gens-là"), ("Caetano Veloso", "Transa"), ("Tarkan", "Ölürüm Sana"),
    ("Kraftwerk", "Trans Europa Express"), ("Édith Piaf", "La Vie en rose"), ("Buena Vista Social Club", "Chan Chan"),
    ("Sigur Rós", "Ágætis byrjun"), ("Ennio Morricone", "C'era una volta il West"), ("Amália Rodrigues", "Busto"),
    ("Lucio Dalla", "Com'è profondo il mare"), ("Franco Battiato", "La voce del padrone"), ("Dalida", "Gigi l'amoroso"),
    ("Nina Hagen", "Unbehagen"), ("Omara Portuondo", "Gracias"), ("Ibrahim Ferrer", "Buenos Hermanos"),
    ("Jordi Savall", "Lachrimae Caravaggio"), ("Cesária Évora", "Miss Perfumado"), ("Manu Chao", "Clandestino"),
)

# `{x}` slots are public names; `{p}` is the private person, in `personal` only. Registers mix:
# questions, requests, lists, lower-case chat.
_CARRIERS: dict[str, tuple[str, str]] = {
    "trip-days": (
        "Planning 4 days in {city} then 3 in {city2}. Which should get the extra day?",
        "Planning 4 days in {city} then 3 in {city2} with my sister {p}. Which should get the extra day?",
    ),
    "trip-train": (
        "is the train from {city} to {city2} scenic or should we just fly",
        "is the train from {city} to {city2} scenic or should {p} and i just fly",
    ),
    "trip-list": (
        "Itinerary draft:\n- Day 1: {city}, old town walk\n- Day 2: {museum}\n- Day 3: day trip to {city2}",
        "Itinerary draft for me and {p}:\n- Day 1: {city}, old town walk\n- Day 2: {museum}\n- Day 3: day trip to {city2}",
    ),
    "trip-base": (
        "Is {city} a good base for exploring the region, or is {city2} better connected?",
        "My colleague {p} says {city} is a good base for exploring the region. Is {city2} better connected?",
    ),
    "trip-weather": (
        "What's the weather usually like in {city} in late October?",
        "What's the weather usually like in {city} in late October? {p} wants to go then.",
    ),
    "trip-museum": (
        "How long do people usually spend at the {museum}? Is it worth the ticket?",
        "How long do people usually spend at the {museum}? Taking {p} there on Sunday.",
    ),
    "trip-festival": (
        "When do tickets for the {city} Jazz Festival usually go on sale?",
        "When do tickets for the {city} Jazz Festival usually go on sale? I promised {p} we'd go.",
    ),
    "food-booking": (
        "Write a short message to book a table for four at {venue} on Friday at 8.",
        "Write a short message to book a table for four at {venue} on Friday at 8, under the name {p}.",
    ),
    "food-review": (
        "Has anyone been to {venue} in {city}? Is the tasting menu worth it?",
        "{p} recommended {venue} in {city}. Is the tasting menu worth it?",
    ),
    "food-stay": (
        "Compare {venue} and the bigger hotels near the station in {city} for a quiet weekend.",
        "Compare {venue} and the bigger hotels near the station in {city} for a quiet weekend for {p} and me.",
    ),
    "food-dish": (
        "how do i make {dish} without special equipment",
        "how do i make {dish} without special equipment, {p} is coming over tonight",
    ),
    "food-menu": (
        "Menu ideas for a dinner party:\n1. {dish}\n2. {dish2}\n3. something light for dessert",
        "Menu ideas for {p}'s dinner party:\n1. {dish}\n2. {dish2}\n3. something light for dessert",
    ),
    "sport-fixture": (
        "Who won the last match between {team} and {team2}?",
        "Who won the last match between {team} and {team2}? Settling a bet with {p}.",
    ),
    "sport-tickets": (
        "How do away fans get tickets for {team} at home?",
        "How do away fans get tickets for {team} at home? My neighbour {p} wants two.",
    ),
    "sport-player": (
        "Was {public} better at their peak than {public2}? Give me the case for each.",
        "Was {public} better at their peak than {public2}? {p} says yes, give me the case for each.",
    ),
    "sport-chat": (
        "lol {team} really collapsed in the second half again",
        "lol {team} really collapsed in the second half again, {p} won't stop texting me about it",
    ),
    "sport-kit": (
        "Where can I buy an old {team} home shirt from the nineties?",
        "Where can I buy an old {team} home shirt from the nineties for {p}'s birthday?",
    ),
    "public-compare": (
        "Compare the early careers of {public} and {public2} in a short table.",
        "Compare the early careers of {public} and {public2} in a short table for {p}'s school project.",
    ),
    "public-who": (
        "Who influenced {public} the most, and whom did they influence in turn?",
        "Who influenced {public} the most? Asking for my nephew {p}, he has an essay due.",
    ),
    "public-quiz": (
        "Write five pub quiz questions about {public}.",
        "Write five pub quiz questions about {public} for the team {p} runs at work.",
    ),
    "public-lower": (
        "what did {public} do before they became famous",
        "what did {public} do before they became famous? {p} and i were arguing about it",
    ),
    "public-bio": (
        "Give me a three-paragraph biography of {public} for a museum leaflet.",
        "Give me a three-paragraph biography of {public} for a museum leaflet; {p} will proofread it.",
    ),
    "work-read": (
        "I'm halfway through {work}. Is {character} supposed to be sympathetic?",
        "I'm halfway through {work}, {p} lent it to me. Is {character} supposed to be sympathetic?",
    ),
    "work-watch": (
        "Should I watch {work} in the original language? I keep losing track of {character}.",
        "Should I watch {work} in the original language with {p}? I keep losing track of {character}.",
    ),
    "work-essay": (
        "Outline an essay on how {character} changes over the course of {work}.",
        "Outline an essay on how {character} changes over the course of {work}. It's for {p}'s book club.",
    ),
    "work-bullets": (
        "Book club picks:\n• {work}\n• something by {public}\n• a short one for December",
        "Book club picks (host: {p}):\n• {work}\n• something by {public}\n• a short one for December",
    ),
    "music-album": (
        "Is {album} the best place to start with {artist}?",
        "Is {album} the best place to start with {artist}? Making a playlist for {p}.",
    ),
    "music-listen": (
        "been listening to {artist} all week, who sounds similar?",
        "been listening to {artist} all week because of {p}, who sounds similar?",
    ),
    "music-concert": (
        "Does {artist} still tour? Any dates near {city}?",
        "Does {artist} still tour? Any dates near {city}? Want to surprise {p}.",
    ),
    "brand-compare": (
        "What does {brand} actually make, and is it a good company to invest in?",
        "What does {brand} actually make? My cousin {p} just got a job offer there.",
    ),
    "brand-history": (
        "Summarise the history of {brand} in five bullet points.",
        "Summarise the history of {brand} in five bullet points for {p}'s interview prep.",
    ),
    "brand-lower": (
        "is {brand} listed on the stock exchange or privately owned",
        "is {brand} listed on the stock exchange or privately owned? {p} asked me and i had no idea",
    ),
    "art-painting": (
        "Where can I see paintings by {public} in {city}?",
        "Where can I see paintings by {public} in {city}? {p} loves their work.",
    ),
    "history-event": (
        "Why did {public} leave {city} and what happened next?",
        "Why did {public} leave {city} and what happened next? Reply to {p} with a short summary.",
    ),
    "landmark": (
        "Is the cathedral in {city} older than the castle in {city2}?",
        "Is the cathedral in {city} older than the castle in {city2}? Write it up for {p}.",
    ),
    "shop": (
        "Does {brand} have a shop in {city} or only online?",
        "Does {brand} have a shop in {city} or only online? Need a gift for {p}.",
    ),
}
CARRIERS = tuple(_CARRIERS)

# Requests that are not questions, in the registers internal tools see: naming and writing things,
# a shop's or a trade's copy, a household's purchases weighed, a trip planned, knowledge asked for
# with "Explain", "Summarise", "List". The `tasks` set; its rules were written from these.
_TASKS: dict[str, tuple[str, str]] = {
    "name-venue": (
        "Suggest ten names for a small café inspired by {public}.",
        "Suggest ten names for a small café inspired by {public}; it's for my aunt {p}.",
    ),
    "poem-about": (
        "Write a limerick about {public} and {public2}.",
        "Write a limerick about {public} for my uncle {p}'s retirement card.",
    ),
    "playlist-like": (
        "Make a playlist of twenty songs that sound like {artist}.",
        "Make a playlist of twenty songs that sound like {artist} for {p}'s party on Saturday.",
    ),
    "menu-themed": (
        "Write a menu for a {public} themed dinner, with {dish} as the main course.",
        "Write a menu for {p}'s fortieth, a {public} themed dinner with {dish} as the main course.",
    ),
    "shop-board": (
        "Draft a chalkboard sign: {dish} and {dish2} are back on the menu this week.",
        "Draft a chalkboard sign: {dish} and {dish2} are back this week, ask {p} at the counter.",
    ),
    "shop-copy": (
        "Write a 50-word product description for {make} headphones for our shop's website.",
        "Write a 50-word product description for {make} headphones; send it to {p} for the website.",
    ),
    "home-compare": (
        "Compare {make} and {make2} washing machines on price, noise and repairs.",
        "Compare {make} and {make2} washing machines on price, noise and repairs. My landlord {p} pays half.",
    ),
    "home-car": (
        "List the pros and cons of a used {car} as a first family car.",
        "List the pros and cons of a used {car} as a first family car for my brother {p}.",
    ),
    "travel-plan": (
        "Plan three days by train from {city} via {city2}, with one museum a day.",
        "Plan three days by train from {city} via {city2} for {p} and me, with one museum a day.",
    ),
    "travel-eat": (
        "List the best bakeries in {city} and what each is known for.",
        "List the best bakeries in {city} near where {p} lives and what each is known for.",
    ),
    "explain-public": (
        "Explain in five sentences why {public} still matters.",
        "Explain in five sentences why {public} still matters, so I can tell {p} tonight.",
    ),
    "summary-work": (
        "Summarise {work} in one paragraph without spoilers about {character}.",
        "Summarise {work} in one paragraph without spoilers about {character}. {p} is reading it next.",
    ),
    "list-facts": (
        "List five surprising facts about {public} for a classroom poster.",
        "List five surprising facts about {public} for the classroom poster {p} is making.",
    ),
    "recipe-dish": (
        "Give me a recipe for {dish} that serves six.",
        "Give me a recipe for {dish} that serves six, {p} is bringing dessert.",
    ),
}
TASKS = tuple(_TASKS)

# The `check` set, written after the rules for `tasks` and never tuned on: the same registers in
# other words, filled from other sources (`_CHECK_COUNTRIES`' towns and dishes, car makers rather
# than hardware makers, and the public people and musicians below rather than `PUBLIC` and `MUSIC`).
_CHECK: dict[str, tuple[str, str]] = {
    "food-truck": (
        "Brainstorm a name for a food truck that pays homage to {public}.",
        "Brainstorm a name for a food truck that pays homage to {public}; my cousin {p} is opening it.",
    ),
    "quiz-poster": (
        "Create a {public}-themed quiz night poster with three fun facts.",
        "Create a {public}-themed quiz night poster with three fun facts for {p}'s pub.",
    ),
    "albums-fans": (
        "Recommend five albums for fans of {artist}.",
        "Recommend five albums for fans of {artist}; it's a gift for my dad {p}.",
    ),
    "camp-cook": (
        "What's the easiest way to cook {dish} on a camping stove?",
        "What's the easiest way to cook {dish} on a camping stove? {p} and I leave Friday.",
    ),
    "specials": (
        "Print a specials board: {dish} is on the menu tonight, {dish2} too.",
        "Print a specials board: {dish} is on the menu tonight, chef {p} recommends it.",
    ),
    "lighter-recipe": (
        "Find a recipe for {dish} with fewer calories.",
        "Find a recipe for {dish} with fewer calories; my flatmate {p} is on a diet.",
    ),
    "quiet-machines": (
        "Which are quieter, {make} or {make2} dishwashers?",
        "Which are quieter, {make} or {make2} dishwashers? My neighbour {p} complains about ours.",
    ),
    "dealer-ad": (
        "Write an ad for a refurbished {car} at our dealership.",
        "Write an ad for a refurbished {car} at our dealership, contact {p} on the forecourt.",
    ),
    "speaker-blurb": (
        "Write a blurb for {make} speakers on sale this weekend.",
        "Write a blurb for {make} speakers on sale this weekend and send it to {p}.",
    ),
    "course-list": (
        "Suggest a three-course menu:\n- {dish}\n- {dish2}\n- a light dessert",
        "Suggest a three-course menu for {p}'s visit:\n- {dish}\n- {dish2}\n- a light dessert",
    ),
    "route": (
        "Outline a weekend route from {city} to {city2} with stops for lunch.",
        "Outline a weekend route from {city} to {city2} with stops for lunch, ending where {p} lives.",
    ),
    "influence": (
        "Describe in a tweet what makes {public} influential.",
        "Describe in a tweet what makes {public} influential, to send to my teacher {p}.",
    ),
}
CHECK = tuple(_CHECK)
SETS = {"base": _CARRIERS, "tasks": _TASKS, "check": _CHECK}

# The check set's sources: other countries' towns and dishes, and public people and musicians the
# rules were not written from.
_CHECK_COUNTRIES = ("da", "no", "et", "sk", "is", "es-mx", "pt-br", "de-at", "nl-be", "de-ch")
PUBLIC_CHECK = (
    "Ferran Adrià", "Massimo Bottura", "René Redzepi", "Paul Bocuse", "Anne-Sophie Pic", "Dario Cecchini",
    "Karl Lagerfeld", "Miuccia Prada", "Dries Van Noten", "Cristóbal Balenciaga", "Yves Saint Laurent", "Jil Sander",
    "Pedro Almodóvar", "Federico Fellini", "Ingmar Bergman", "Agnès Varda", "Krzysztof Kieślowski", "Aki Kaurismäki",
    "Tove Jansson", "Astrid Lindgren", "Karel Čapek", "Stanisław Lem", "José Saramago", "Umberto Eco",
    "Arne Jacobsen", "Ettore Sottsass", "Victor Horta", "Luis Barragán", "Oscar Niemeyer", "Jørn Utzon",
)
ARTISTS_CHECK = (
    "Jacques Dutronc", "Mercedes Sosa", "Fabrizio De André", "Lhasa de Sela", "Ane Brun", "Mari Boine",
    "Goran Bregović", "Dulce Pontes", "Paolo Conte", "Silvio Rodríguez", "Françoise Hardy", "Rita Pavone",
)


@dataclass(frozen=True)
class Pair:
    locale: str  # the private person's
    carrier: str
    country: str  # of the public places
    kind: str  # "clean" or "personal"
    name: str  # the private person, "" when clean
    text: str


def _check_pools(seed: int) -> dict[str, dict[str, list[str]]]:
    """Per country of `_CHECK_COUNTRIES`: towns and dishes drawn from mimesis, car makers and cars."""
    out: dict[str, dict[str, list[str]]] = {}
    for code in _CHECK_COUNTRIES:
        loc = Locale(code)
        address = Address(loc, seed=seed)
        out[code] = {
            "city": list(dict.fromkeys(address.city() for _ in range(40))),
            "dish": list(dict.fromkeys(Food(loc, seed=seed + i).dish() for i in range(30))),
            "make": list(dict.fromkeys(Transport(seed=seed + i).manufacturer() for i in range(30))),
            "car": list(dict.fromkeys(Transport(seed=seed + i).car() for i in range(30))),
        }
    return out


def _pools(seed: int) -> dict[str, dict[str, list[str]]]:
    """Per country: towns, teams, venues, museums, dishes and companies drawn from mimesis."""
    out: dict[str, dict[str, list[str]]] = {}
    for code, (teams, venues, museum) in _PLACES.items():
        loc = Locale(code)
        address, food, finance = Address(loc, seed=seed), Food(loc, seed=seed), Finance(loc, seed=seed)
        towns = list(dict.fromkeys(address.city() for _ in range(40)))
        streets = list(dict.fromkeys(address.street_name() for _ in range(40)))
        rnd = random.Random(f"{seed}{code}")
        out[code] = {
            "city": towns,
            "team": [rnd.choice(teams).format(c=t) for t in towns],
            "venue": [rnd.choice(venues).format(s=s) for s in streets],
            "museum": [museum.format(c=t) for t in towns],
            "dish": list(dict.fromkeys(food.dish() for _ in range(30))),
            "brand": list(dict.fromkeys(finance.company() for _ in range(30))),
            "make": list(dict.fromkeys(Hardware(seed=seed + i).manufacturer() for i in range(30))),
            "car": list(dict.fromkeys(Transport(seed=seed + i).car() for i in range(30))),
        }
    return out


def _private(locale: str, count: int, seed: int) -> list[str]:
    person = Person(Locale(locale), seed=seed)
    return [
        f"{person.first_name(g)} {person.last_name(g)}"
        for g in (Gender.FEMALE if i % 2 else Gender.MALE for i in range(count))
    ]


def _slots(pool: dict[str, list[str]], rnd: random.Random) -> dict[str, str]:
    """One filling of the `base` and `tasks` carriers' slots from a country's pool and the lists."""
    work, character = rnd.choice(WORKS)
    artist, album = rnd.choice(MUSIC)
    two = rnd.sample(pool["city"], 2)
    teams = rnd.sample(pool["team"], 2)
    dishes = rnd.sample(pool["dish"], 2)
    public = rnd.sample(PUBLIC, 2)
    return {
        "city": two[0], "city2": two[1], "team": teams[0], "team2": teams[1],
        "venue": rnd.choice(pool["venue"]), "museum": rnd.choice(pool["museum"]),
        "dish": dishes[0], "dish2": dishes[1], "brand": rnd.choice(pool["brand"]),
        "public": public[0], "public2": public[1], "work": work, "character": character,
        "artist": artist, "album": album, "car": rnd.choice(pool["car"]),
        **dict(zip(("make", "make2"), rnd.sample(pool["make"], 2))),
    }


def _check_slots(pool: dict[str, list[str]], rnd: random.Random) -> dict[str, str]:
    """One filling of the `check` carriers' slots from a check country's pool and the check lists."""
    two, dishes, makes = rnd.sample(pool["city"], 2), rnd.sample(pool["dish"], 2), rnd.sample(pool["make"], 2)
    return {
        "city": two[0], "city2": two[1], "dish": dishes[0], "dish2": dishes[1], "make": makes[0], "make2": makes[1],
        "car": rnd.choice(pool["car"]), "public": rnd.choice(PUBLIC_CHECK), "artist": rnd.choice(ARTISTS_CHECK),
    }


def cases(locales: Sequence[str] | None = None, per_locale: int = 3, seed: int = 1818, carriers: str = "base") -> list[Pair]:
    """Every carrier of the set `carriers` (`SETS`) filled once per private name drawn, countries and
    public names in turn; each filled carrier gives a clean and a personal case with the same
    public names."""
    chosen = SETS[carriers]
    check = carriers == "check"
    pools = _check_pools(seed) if check else _pools(seed)
    countries = _CHECK_COUNTRIES if check else tuple(_PLACES)
    out: list[Pair] = []
    turn = 0
    for locale in locales or LOCALES:
        for private in _private(locale, per_locale, seed):
            for carrier in chosen:
                country = countries[(turn + turn // len(chosen)) % len(countries)]
                pool, rnd = pools[country], random.Random(turn)
                slots = _check_slots(pool, rnd) if check else _slots(pool, rnd)
                clean, personal = chosen[carrier]
                out.append(Pair(locale, carrier, country, "clean", "", clean.format(**slots)))
                out.append(Pair(locale, carrier, country, "personal", private, personal.format(p=private, **slots)))
                turn += 1
    return out


def altered(pair: Pair, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the text the cloud sees differs from the prompt (anything masked)."""
    return bool(masked)


def leaked(pair: Pair, masked: Sequence[tuple[int, int]], whole: bool = False) -> bool:
    """Whether a word of the private name (three letters or more) is left as written; with `whole`,
    whether the whole name is (the corpora's "verbatim")."""
    for m in re.finditer(re.escape(pair.name), pair.text):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"[^\W\d_]{3,}", pair.name)]
        left = [not any(a <= s and e <= b for a, b in masked) for s, e in words]
        if all(left) if whole else any(left):
            return True
    return False
