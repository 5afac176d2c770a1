"""World regions: continents, oceans and the regions maps and markets split the world into.

"Sales in Europe grew while Latin America lagged", "a DataFrame's region column: Asia, Africa":
a continent or a market region is where millions live, so it identifies no one, and masking it
changes the question. A place found as one of these alone is dropped; a street, a town or a
country beside it is still read (an address is never a region alone).

Provenance: written by hand from general knowledge for privacy-gateway (issue 18): the seven
continents, the oceans and seas a map names, the UN geoscheme's sub-regions in their common
English forms, and the regions firms report by (EMEA, APAC, LATAM, DACH …). Not "America", which
as often names one country, nor any country: a country may be part of someone's address.
"""

from __future__ import annotations

import regex

_COMPASS = r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|sub-saharan)"
_REGION = regex.compile(
    rf"""(?ix)
    (?:the[ \t]+)?
    (?:
        (?:{_COMPASS}[ \t]+)?(?:europe|asia|africa|america|the[ \t]+americas)
      # A region's adjective, which the model tags as the place: "West African folklore", "Latin American music".
      | {_COMPASS}[ \t]+(?:european|asian|african|american) | latin[ \t]+american | (?:middle|far)[ \t]+eastern
      | (?:continental|mainland)[ \t]+europe
      | asia[ \t-]pacific | latin[ \t]+america | the[ \t]+americas | americas | oceania | australasia | antarctica | the[ \t]+arctic | arctic
      | (?:middle|near|far)[ \t]+east | indian[ \t]+subcontinent | caribbean | scandinavia | nordics | baltics | balkans | benelux
      | iberia | iberian[ \t]+peninsula | maghreb | levant | sahel | horn[ \t]+of[ \t]+africa | pacific[ \t]+northwest
      | (?:(?:north|south)[ \t]+)?(?:pacific|atlantic)(?:[ \t]+ocean)? | indian[ \t]+ocean | southern[ \t]+ocean | arctic[ \t]+ocean
      | mediterranean(?:[ \t]+sea)? | caribbean[ \t]+sea | north[ \t]+sea | baltic[ \t]+sea | black[ \t]+sea
      | emea | apac | apj | latam | amer | amers | dach | cee | mena | anz | anzac
    )
    """
)
# A DataFrame's row number a reading took into the cell ("0     Pacific"), and a possessive.
_EDGES = regex.compile(r"^\d+[ \t]{2,}|['’][sS]?$")


def world_region(value: str) -> bool:
    """Whether a place found as `value` is a continent, an ocean or a region of the world or of a
    market ("Europe", "the Middle East", "Sub-Saharan Africa", "APAC", "EUROPE'S"): nobody's address.
    "North America" and "South America" are continents; "America" alone and a country named by a
    region ("South Africa") are left to the readings."""
    from privacy_gateway.detection.countries import country_names  # loaded late: keeps the import chain short

    word = _EDGES.sub("", value.strip()).strip()
    if word.lower() in ("america", "the america") or word.lower() in country_names():
        return False  # "South Africa" is a country, and may end someone's address
    return _REGION.fullmatch(word) is not None
