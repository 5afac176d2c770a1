"""The world's people in knowledge and creative prompts, each paired with a private person in a
frame that says the person is someone's: the probe of `scripts/probe_world.py --set public`.

"Give me a short biography of Miriam Makeba", "a poem in the style of Wisława Szymborska", "Was
Frida Kahlo a better artist than Orhan Pamuk?" ask about people the world knows; masking them
changes the answer. The frame says so even where no list knows the name: the subject of a
knowledge question, the maker of a work, a style, a comparison of two figures. The private twin
keeps a frame of that kind and says whose the person is ("my colleague …", "… from accounts",
"our new hire …"), and must still lose the name.

The public people come from two sources, reported apart: `listed`, drawn from the package's own
list (`data/notable_people.txt`), and `hand`, the figures of many countries and fields below,
chosen for being missed by that list when the probe was written (sportspeople, film, music,
writers of Africa, Asia and Latin America); they stay in the probe, never in the package. The
private people are mimesis names (`source="mimesis"`) or Faker names of the locales mimesis lacks
(`source="faker"`). `TUNE` is what the rules were written from; `CHECK` was written before the
rules and never tuned on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from privacy_gateway.detection.data_files import data_lines
from tests.detection.handle_probe import FAKER_LOCALES, LOCALES
from tests.detection.name_probe import faker_names, names

# Figures of many countries and fields, as the world writes them.
HAND = (
    "Usain Bolt", "Michael Jordan", "Serena Williams", "Naomi Osaka", "Didier Drogba", "Samuel Eto'o",
    "Lionel Messi", "Diego Maradona", "Sachin Tendulkar", "Virat Kohli", "Yao Ming", "Li Na", "Manny Pacquiao",
    "Haile Gebrselassie", "Eliud Kipchoge", "Mo Farah", "Nadia Comăneci", "Shaquille O'Neal", "Megan Rapinoe",
    "Frida Kahlo", "Tarsila do Amaral", "Yayoi Kusama", "Ai Weiwei", "El Anatsui", "Fernando Botero",
    "Chimamanda Ngozi Adichie", "Chinua Achebe", "Ngũgĩ wa Thiong'o", "Haruki Murakami", "Clarice Lispector",
    "Isabel Allende", "Olga Tokarczuk", "Ryszard Kapuściński", "Mahmoud Darwish", "Nazım Hikmet", "Arundhati Roy",
    "Elif Shafak", "Banana Yoshimoto", "Paulo Coelho", "Roberto Bolaño", "Tove Jansson", "Astrid Lindgren",
    "Miriam Makeba", "Fela Kuti", "Youssou N'Dour", "Cesária Évora", "Umm Kulthum", "Lata Mangeshkar",
    "Mercedes Sosa", "Caetano Veloso", "Astor Piazzolla", "Anoushka Shankar", "Björk Guðmundsdóttir", "Angélique Kidjo",
    "Satyajit Ray", "Mira Nair", "Hayao Miyazaki", "Bong Joon-ho", "Zhang Yimou", "Son Heung-min",
    "Agnès Varda", "Pedro Almodóvar", "Ousmane Sembène", "Shah Rukh Khan", "Amitabh Bachchan", "Jackie Chan",
    "Sadio Mané", "Thomas Sankara", "Kwame Nkrumah", "Benazir Bhutto", "Malala Yousafzai", "Greta Thunberg",
    "Jacinda Ardern", "Ellen Johnson Sirleaf", "José Mujica", "Oscar Niemeyer", "Zaha Hadid", "Tadao Ando",
)

# (clean, personal): `{public}`, `{public2}` are the world's; `{p}` is the private person.
TUNE: dict[str, tuple[str, str]] = {
    "biography": (
        "Give me a short biography of {public}.",
        "Give me a short biography of my colleague {p} for the intranet page.",
    ),
    "famous-for": (
        "What is {public} famous for?",
        "What is {p} from accounts famous for in the office?",
    ),
    "quotes-by": (
        "Find five quotes by {public} about hard work.",
        "Find five quotes by our new hire {p} for the onboarding slide.",
    ),
    "style-of": (
        "Write a short poem in the style of {public}.",
        "Write a short birthday poem for my colleague {p}.",
    ),
    "inspired-by": (
        "Write a short story inspired by {public}.",
        "Write a short story for my niece {p} about a dragon.",
    ),
    "painting-by": (
        "Describe a famous painting by {public}.",
        "Describe the painting by {p} from the design team that hangs in reception.",
    ),
    "works-of": (
        "List the major works of {public}.",
        "List the open tickets of {p} from the support team.",
    ),
    "directed-by": (
        "What was the first film directed by {public}?",
        "What was the first project led by {p} from the IT team?",
    ),
    "novel-by": (
        "Summarise the best-known novel by {public}.",
        "Summarise the report by my colleague {p} in three bullets.",
    ),
    "better-than": (
        "Was {public} better than {public2}?",
        "Is my colleague {p} better than me at negotiating?",
    ),
    "argument": (
        "Summarise {public}'s main argument in three sentences.",
        "Summarise my manager {p}'s main argument from the budget meeting.",
    ),
    "toast-references": (
        "Write a toast that references {public}.",
        "Write a toast for my colleague {p}'s leaving do.",
    ),
}
CHECK: dict[str, tuple[str, str]] = {
    "influenced": (
        "Who influenced {public} the most?",
        "Who trained {p} from the night shift?",
    ),
    "haiku-about": (
        "Write a haiku about {public}.",
        "Write a haiku for {p}, our new intern.",
    ),
    "later-work": (
        "What did critics say about the later work of {public}?",
        "What did the client say about the later drafts of my colleague {p}?",
    ),
    "books-about": (
        "Recommend three books about {public}.",
        "Recommend three books for my colleague {p}, who is starting in finance.",
    ),
    "legacy": (
        "Explain the legacy of {public} in two paragraphs.",
        "Explain the handover from {p} in accounts in two paragraphs.",
    ),
    "more-influential": (
        "Who was more influential, {public} or {public2}?",
        "Who should lead the migration, me or {p} from the IT team?",
    ),
    "limerick-life": (
        "Write a limerick about the life of {public}.",
        "Write a limerick for the retirement of our porter {p}.",
    ),
    "best-known-works": (
        "What are the best-known works by {public}?",
        "What are the open tasks assigned to {p} from accounts?",
    ),
    "quiz-question": (
        "Write a quiz question about {public}.",
        "Write a welcome note for {p}, our new hire.",
    ),
    "born": (
        "In which city was {public} born?",
        "In which city was my colleague {p} born?",
    ),
}
# Sport: a career or a record asked about, a field the list of notable people barely holds. The
# private twin keeps the sport and says whose the player is (a colleague, the office team, a niece).
SPORT_TUNE: dict[str, tuple[str, str]] = {
    "ran-record": (
        "{public} ran 9.58 in the 100m final in 2009. How fast is that in km/h?",
        "My colleague {p} ran the 5k fun run in 31 minutes. How fast is that in km/h?",
    ),
    "played-for": (
        "Which team did {public} play baseball for in 1994?",
        "Which team did my neighbour {p} play baseball for at school?",
    ),
    "goals": (
        "How many goals did {public} score in the World Cup?",
        "How many goals did {p} from accounts score in our office five-a-side league?",
    ),
    "medals": (
        "How many Olympic medals did {public} win?",
        "How many medals did my niece {p} win at the school swimming gala?",
    ),
    "grand-slams": (
        "Which Grand Slam titles did {public} win before retiring?",
        "Which tennis titles did my colleague {p} win in the club ladder?",
    ),
}
# Written before the rules, never tuned on: other frames, other figures (`SPORT_CHECK_FIGURES`).
SPORT_CHECK: dict[str, tuple[str, str]] = {
    "world-record": (
        "Does {public} still hold the world record?",
        "Does my brother-in-law {p} still hold the club record for the marathon?",
    ),
    "home-runs": (
        "How many home runs did {public} hit in his best season?",
        "How many home runs did {p} from the warehouse hit at the company picnic?",
    ),
    "championships": (
        "List the championships {public} won, with years.",
        "List the darts championships our landlord {p} won at the pub.",
    ),
    "wickets": (
        "How many Test wickets did {public} take?",
        "How many wickets did my colleague {p} take in the charity cricket match?",
    ),
    "touchdowns": (
        "How many touchdowns did {public} throw in the Super Bowl?",
        "How many touchdowns did {p}, my flatmate, throw in the park on Sunday?",
    ),
}
SPORT_TUNE_FIGURES = (
    "Usain Bolt", "Michael Jordan", "Serena Williams", "Naomi Osaka", "Didier Drogba", "Lionel Messi", "Diego Maradona",
    "Sachin Tendulkar", "Virat Kohli", "Yao Ming", "Manny Pacquiao", "Haile Gebrselassie", "Eliud Kipchoge", "Mo Farah",
    "Nadia Comăneci", "Shaquille O'Neal", "Megan Rapinoe", "Sadio Mané", "Son Heung-min", "Li Na",
)
SPORT_CHECK_FIGURES = (
    "Babe Ruth", "Jackie Robinson", "Shane Warne", "Muttiah Muralitharan", "Tom Brady", "Peyton Manning", "Roger Federer",
    "Rafael Nadal", "Steffi Graf", "Martina Navratilova", "Carl Lewis", "Jesse Owens", "Florence Griffith Joyner",
    "Michael Phelps", "Simone Biles", "Pelé", "Zinedine Zidane", "Ronaldinho", "Wayne Gretzky", "Sergey Bubka",
)
SETS = {"public-tune": TUNE, "public-check": CHECK, "sport-tune": SPORT_TUNE, "sport-check": SPORT_CHECK}


@dataclass(frozen=True)
class Pair:
    locale: str  # the private person's
    carrier: str
    figures: str  # "listed" or "hand": where the public people come from
    kind: str  # "clean" or "personal"
    name: str  # the private person, "" when clean
    text: str


def listed(seed: int, count: int) -> list[str]:
    """`count` full names of the package's list of people the world knows, drawn at random."""
    people = [line for line in data_lines("notable_people") if len(line.split()) >= 2]
    return random.Random(seed).sample(people, count)


def cases(which: str = "public-tune", source: str = "mimesis", per_locale: int = 2, seed: int = 2020, locales: Sequence[str] | None = None) -> list[Pair]:
    """Every carrier of the set filled once per private name drawn, with public people of each
    source in turn; each gives a clean and a personal case."""
    carriers = SETS[which]
    draw = faker_names if source == "faker" else names
    sport = SPORT_CHECK_FIGURES if which == "sport-check" else SPORT_TUNE_FIGURES
    pools = {"listed": listed(seed, 400), "hand": list(HAND)} if which.startswith("public") else {"listed": list(sport), "hand": list(sport)}
    out: list[Pair] = []
    turn = 0
    for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES):
        for private in draw(locale, per_locale, seed):
            for carrier, (clean, personal) in carriers.items():
                figures = ("listed", "hand")[turn // len(carriers) % 2]  # by private name, so each carrier gets both
                public, public2 = random.Random(f"{seed}-{turn}").sample(pools[figures], 2)
                out.append(Pair(locale, carrier, figures, "clean", "", clean.format(public=public, public2=public2)))
                out.append(Pair(locale, carrier, figures, "personal", private, personal.format(p=private)))
                turn += 1
    return out
