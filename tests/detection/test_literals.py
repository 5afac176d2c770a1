"""Names in the string literals of code, whole or split over two neighbouring literals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> set[str]:
    return {v for t, v in found if t == "PERSON"}


@pytest.mark.parametrize("text, names", [
    pytest.param('assertEquals("Dmitri Volkov", customer.getFullName());', {"Dmitri Volkov"}, id="assert"),
    pytest.param('expect(card.title).toBe("Ralph B. Reihl")', {"Ralph B. Reihl"}, id="middle-initial"),
    pytest.param('const u = new User("Valentina", "Rossi", "vr@example.it");', {"Valentina", "Rossi"}, id="split-arguments"),
    pytest.param("INSERT INTO staff VALUES (17, 'Akua', 'Boateng', 'ops');", {"Akua", "Boateng"}, id="sql-values-without-columns"),
])
def test_names_in_string_literals(find: Find, text: str, names: set[str]) -> None:
    assert names <= people(find(text))


@pytest.mark.parametrize("text", [
    pytest.param('consumer = KafkaConsumer("Apache Kafka", "Rose Garden")', id="software-and-words"),
    pytest.param('labels = ["Bug", "Feature"]\nfoo("Julia", "Python")', id="labels-and-languages"),
    pytest.param("SELECT 'Open', 'Closed' FROM dual", id="enum-literals"),
])
def test_literals_that_name_no_one_stay(find: Find, text: str) -> None:
    assert people(find(text)) == set()


@settings(max_examples=25, deadline=None)
@given(
    first=st.sampled_from(["Dmitri", "Valentina", "Akua", "Siobhan", "Hamza", "Ingrid"]),
    last=st.sampled_from(["Volkov", "Rossi", "Boateng", "Okonkwo", "Yilmaz", "Solberg"]),
    quote=st.sampled_from(['"', "'"]),
    split=st.booleans(),
)
def test_a_given_name_and_surname_in_literals_are_masked(find: Find, first: str, last: str, quote: str, split: bool) -> None:
    args = f"{quote}{first}{quote}, {quote}{last}{quote}" if split else f"{quote}{first} {last}{quote}"
    found = people(find(f"create_member({args}, 42)"))
    assert ({first, last} if split else {f"{first} {last}"}) <= found


@pytest.mark.parametrize("text, places", [
    pytest.param('c.setAddress(new Address("Im Wiesengrund 7b", "Homberg", "34576"));', {"Im Wiesengrund 7b", "Homberg", "34576"}, id="java-new"),
    pytest.param('val shipTo = ShippingAddress(\n    "Rua das Flores 112",\n    "Lamego",\n    "3500-067"\n)', {"Rua das Flores 112", "Lamego", "3500-067"},
                 id="kotlin-multiline"),
    pytest.param("addr = PostalAddress.of('Flat 2, 19 Kelvin Row', 'Dunoon', 'PA23 7QT')", {"Flat 2, 19 Kelvin Row", "Dunoon", "PA23 7QT"},
                 id="factory"),
    pytest.param('var a = new Adresse("Chemin des Vignes 5", "Sierre", "3960", Country.of("CH"));', {"Chemin des Vignes 5", "Sierre", "3960"},
                 id="french-class"),
])
def test_the_arguments_of_an_address_constructor_are_places(find: Find, text: str, places: set[str]) -> None:
    assert places <= {v for t, v in find(text) if t == "LOCATION"}


@pytest.mark.parametrize("text", [
    pytest.param('InternetAddress from = new InternetAddress("noreply", "Billing Robot");', id="mail-address"),
    pytest.param('InetAddress host = InetAddress.getByName("build-01");', id="inet"),
    pytest.param('Address a = new Address(street, city, zip);  // "fields" set below', id="no-literals"),
])
def test_other_addresses_and_variables_stay(text: str) -> None:
    from privacy_gateway.detection.literals import address_arguments

    assert list(address_arguments(text)) == []


def test_a_listed_place_in_a_literal_is_no_name(find: Find) -> None:
    text = 'tests := []struct{ city, want string }{\n\t{"São Paulo", "America/Sao_Paulo"},\n\t{"Dmitri Volkov", "x"},\n}'
    found = find(text)
    assert ("PERSON", "São Paulo") not in found and ("PERSON", "Dmitri Volkov") in found, found
