"""Capitalised words a sentence uses as things (makes, brands) are not masked; people stay masked."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, brand",
    [
        pytest.param("Draft a product description for our new Makita drill bundle for the website.", "Makita", id="before-its-kind"),
        pytest.param("My mechanic says the Bosch alternator on my car is failing. What does a replacement cost?", "Bosch", id="the-make-of-a-part"),
        pytest.param("I run a small bakery. Is a Rational combi oven worth it over a Unox for croissants?", "Unox", id="counted-with-a"),
        pytest.param("Parts I can get same day: Grundfos pumps and Honeywell valves.", "Honeywell", id="tagged-make-before-plural-kind"),
        pytest.param("Parts I can get same day: Salus thermostats and Grundfos pumps.", "Grundfos", id="make-before-plural-kind-at-the-end"),
        pytest.param(
            "Plumber here. Customer has a Worcester Bosch Greenstar 30i that keeps locking out.", "Worcester", id="counted-after-a-cue-for-a-person"
        ),
        pytest.param("My Bosch Serie 4 dishwasher is leaking from underneath. Repair or replace?", "Bosch", id="a-model-number-before-the-kind"),
        pytest.param("Is it cheaper to replace it with a Fisher & Paykel? Budget is about £900.", "Paykel", id="a-firm-counted-with-a"),
        pytest.param("The last garage fitted Bendix pads and a new water pump. Where would you start?", "Bendix", id="the-object-of-a-verb-before-a-plural-kind"),
        pytest.param("We use Kimbo Aroma Gold for espresso at the moment. Is it worth switching?", "Kimbo", id="the-object-of-a-verb-of-use"),
        pytest.param("Our shop stocks Tregothnan Classic and a few loose teas. What should we add?", "Tregothnan", id="the-object-of-a-verb-of-stock"),
        pytest.param("Price a bouquet of Gertrude Jekyll roses and Coral Charm peonies for a bride.", "Gertrude Jekyll", id="a-variety-named-after-someone"),
        pytest.param("Write a product description for Toshiba headphones for our shop's website.", "Toshiba", id="governed-before-a-plural-kind"),
        pytest.param("Write a product description for Samsung headphones for our shop's website.", "Samsung", id="unlisted-governed-plural-kind"),
        pytest.param("List the pros and cons of a used Toyota Yaris as a first family car.", "Toyota", id="counted-with-a-condition"),
        pytest.param("Is a Dr Martens boot waterproof enough for site work?", "Martens", id="a-title-s-brand-before-its-goods"),
    ],
)
def test_a_make_used_as_a_thing_is_no_person(find: Find, text: str, brand: str) -> None:
    assert brand not in " ".join(people(find(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Alice Novotná relocates from Brno to Leeds next month. Draft the checklist.", "Alice Novotná", id="verb-tagged-a-noun"),
        pytest.param("Tell Anna thanks for the cake.", "Anna", id="two-objects-of-a-verb"),
        pytest.param("Send the invoice to the Kowalski family before Friday.", "Kowalski", id="a-family"),
        pytest.param("Unlike the Adams novel, it's not about grief. What it is about, I suppose is anyone's guess.", "Adams", id="an-author-before-the-work"),
        pytest.param("write feedback for the candidate, interviewed by me and lori clark today", "lori clark", id="one-case-before-a-time"),
        pytest.param("Can you ask my colleague Kofi Mensah whether the drill is back?", "Kofi Mensah", id="described-as-a-person"),
        pytest.param("Settle an argument. Rhys swears. Tama laughs and Priya shrugs.", "Rhys", id="given-name-before-a-verb-read-as-plural"),
        pytest.param("Customer Gareth Mahon has a Baxi boiler that keeps locking out.", "Gareth Mahon", id="the-owner-not-the-make"),
        pytest.param("Ask Wellington about the rota and Ruby about the valves.", "Wellington", id="addressed-before-a-noun"),
        pytest.param("We met a Mr Kowalski at the fair and he wants a quote.", "Kowalski", id="a-title-counted-with-a"),
        pytest.param("Summarise: neck pain after the shunt. Seen by GP Dr Kowalczyk day 3, prescribed naproxen.", "Kowalczyk", id="a-title-before-a-working-day"),
        pytest.param("Ask Kofi Mensah & Priya Raman 3 questions each before the interview.", "Priya Raman", id="a-count-after-a-name"),
        pytest.param("Which chapters did Wilhelmina Andersen review before the deadline?", "Wilhelmina Andersen", id="the-subject-after-an-auxiliary"),
        pytest.param("Helped Rhys pack boxes all day, then bought Maria flowers.", "Maria", id="one-of-two-objects"),
        pytest.param("We use Anna Kowalska for the accounts and Kowalczyk for plumbing.", "Kowalczyk", id="a-surname-used-for-a-trade"),
        pytest.param("We use Anna Kowalska for the accounts.", "Anna Kowalska", id="someone-used-for-a-task"),
        pytest.param("Bring Tamsin Hollis roses from the market.", "Tamsin Hollis", id="given-roses"),
        # Someone's own recipe is no variety, in capitals too: a variety is written plain before its plant.
        pytest.param("Can you scale Rolland Fisher's plum cake recipe from one tin to three?", "Rolland Fisher", id="someones-plum-cake"),
        pytest.param("CAN YOU SCALE ROLLAND FISHER'S PLUM CAKE RECIPE FROM ONE TIN TO THREE?", "ROLLAND FISHER", id="someones-plum-cake-in-capitals"),
        # After a preposition, a person's things and a time are no kind; nor is a young person counted a make.
        pytest.param("We bought gifts for Anna Kowalska kids at the fair.", "Anna Kowalska", id="governed-before-a-persons-thing"),
        pytest.param("Send the invoices to Anna Kowalska tomorrow.", "Anna Kowalska", id="governed-before-a-time"),
        pytest.param("The photo shows a young Anna Kowalska at the fair.", "Anna Kowalska", id="counted-with-an-age-not-a-condition"),
        # A possessive owns what follows: it is no make of it.
        pytest.param("What themes run through Karina Soliz's self-published poetry collection?", "Karina Soliz", id="possessive-before-a-work"),
        pytest.param("Tell me about Elvira Barillaro's volunteering trip to the animal sanctuary.", "Elvira Barillaro", id="possessive-before-a-trip"),
    ],
)
def test_people_before_a_noun_stay_people(find: Find, text: str, name: str) -> None:
    assert name in " ".join(people(find(text)))


def test_a_town_before_a_site_stays_masked(find: Find) -> None:
    text = "So the outage hit your Mahabaleshwar store? The tills were down from eight."
    assert "Mahabaleshwar" in " ".join(v for _, v in find(text))


def test_a_model_counted_with_a_year_is_no_place(find: Find) -> None:
    text = "Got a 2012 Toyota Hilux in with a whining noise from the front end. Where would you start?"
    assert find(text) == []


def test_a_town_after_a_counted_distance_stays_masked(find: Find) -> None:
    text = "Mateus is coming from near Navalcarnero, a 2 hour drive from Madrid, so we meet at the hotel."
    assert "Navalcarnero" in " ".join(v for _, v in find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Plan a weekend in London: we like markets and galleries, want one blow-out dinner at Bob Bob Ricard.", id="a-restaurant-by-its-name"),
        pytest.param("Three days in Venice. Is dinner at Harry's Bar worth the price?", id="a-restaurant-named-after-its-owner"),
        pytest.param(
            "Plan a weekend in Venice: we like quiet back canals, want one blow-out dinner at Harry's Bar, and need to be home by Sunday evening.",
            id="the-venues-word-found-apart",
        ),
    ],
)
def test_where_a_meal_is_had_is_a_venue(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON" and ("Bob" in v or "Harry" in v)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("We're having dinner at Maria Lopez's on Friday; what wine should I bring?", "Maria Lopez", id="someones-home"),
        pytest.param("Book dinner with Kofi Mensah at eight and tell him the address.", "Kofi Mensah", id="dinner-with-someone"),
    ],
)
def test_someone_beside_a_meal_stays_masked(find: Find, text: str, name: str) -> None:
    assert name in " ".join(v for _, v in find(text))


@pytest.mark.parametrize(
    "text, brand",
    [
        pytest.param("honestly a casio would do, i just need the alarm", "casio", id="counted-with-a"),
        pytest.param("i'd rather have a used dewalt than a new no-name one", "dewalt", id="a-condition-between"),
        pytest.param("is a refurbished garmin worth it for running?", "garmin", id="refurbished"),
    ],
)
def test_a_make_typed_in_lower_case_and_counted_is_a_thing(find: Find, text: str, brand: str) -> None:
    assert brand not in " ".join(people(find(text)))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("a marta kowalczyk called about the invoice twice", "kowalczyk", id="a-full-name"),
        pytest.param("is there a priya in your class? she lost her coat", "priya", id="a-given-name"),
    ],
)
def test_people_counted_with_a_in_lower_case_stay_masked(find: Find, text: str, name: str) -> None:
    assert name in " ".join(people(find(text)))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Clematis 'Nelly Moser' flowers are fading almost white. Too much sun on a south wall?", id="after-the-plant"),
        pytest.param("When do I prune hydrangea 'Annabelle' in zone 6b, and can I cut it to the ground?", id="a-given-name-cultivar"),
        pytest.param("when should I prune a 'Gertrude Jekyll' David Austin rose? it's gone leggy", id="before-the-breeder-and-plant"),
    ],
)
def test_a_quoted_cultivar_beside_its_plant_is_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == [], find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Send 'Anna Berg' the roses tomorrow", id="an-object-of-send"),
        pytest.param("Send 'Anna Berg' roses tomorrow", id="a-two-object-verb"),
    ],
)
def test_someone_quoted_beside_flowers_is_still_masked(find: Find, text: str) -> None:
    assert ("PERSON", "Anna Berg") in find(text), find(text)
