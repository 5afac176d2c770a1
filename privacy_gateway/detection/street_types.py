"""Street types of many languages, as regular-expression pieces: the words that say a name is a street's.

Moved out of `address`, which builds its address patterns from them; `house_numbers` reads
`STREET_TYPED` and `STREET_TYPE_AFTER` to tell a span that names a street.
"""

from __future__ import annotations

import regex

# USPS Publication 28, appendix C1 (primary street suffixes), with common abbreviations, plus
# British street types. Matched case-insensitively, as whole words.
STREET_TYPES = """
alley aly annex arcade avenue ave av bayou beach bend bluffs? bottom boulevard blvd branch brg bridge brooks? burgs?
bypass camp canyon cape causeway centers? center ctr circles? cir cliffs? club commons? corners? course courts? ct
coves? cv creek crescent crest crossing xing crossroads? curve dale dam divide drives? dr estates? expressway expy
extensions? falls? ferry fields? flats? fords? forest forges? forks? fort freeway fwy gardens? gateway glens? greens?
groves? harbou?rs? haven heights hts highway hwy hills? hollow inlet islands? isle junctions? jct keys? knolls? lakes?
landing lane ln lights? loaf locks? lodge loop mall manors? meadows? mews mills? mission motorway mount mountains?
neck orchard oval overpass parks? parkways? pkwy pass passage path pike pines? place pl plains? plaza plz points? pt
ports? prairie radial ramp ranch rapids? rest ridges? river road rd roads route row rue run shoals? shores? skyway
springs? spurs? squares? sq station stravenue stream streets? st str summit terrace ter throughway trace track
trafficway trail trl trailer tunnel turnpike underpass unions? valleys? via viaduct views? villages? ville vista
walks? wall ways? wells? close gate grove rise parade wharf quay wynd yard drive
thoroughfare esplanade promenade circuit
nagar marg ganj zila chowk colony gali sector layout puram
"""
STREET_TYPE_LIST = "|".join(sorted(STREET_TYPES.split(), key=len, reverse=True))
STREET_TYPE = r"(?i:" + STREET_TYPE_LIST + r")\b\.?"
# Road types of Australia and New Zealand (AS/NZS 4819) that are words of their own elsewhere
# ("Retreat", "Strand", "Towers"): they say street only after a house number and a name ("16
# Stewart Strand", "57/7 Evans Cruiseway"), never after a bare preposition ("at the Grand Retreat").
NUMBERED_ONLY_TYPES = """
amble anchorage approach artery basin brae brow byway centreway chase circlet circus colonnade concourse copse corso
courtyard crossway cruiseway cul-de-sac dell deviation driveway elbow fairway firetrail footway foreshore frontage
gates glade grange gully highroad interchange laneway link lookout meander nook outlook parklands pathway piazza plateau
pocket quadrant quays ramble reserve retreat ridgeway riverway riviera roadway rotary siding strand tarn tollway tor
towers triangle trunkway vale villas wade walkway
fold garth croft chare loke twitten vennel ginnel
"""
NUMBERED_TYPE_LIST = "|".join(sorted(STREET_TYPES.split() + NUMBERED_ONLY_TYPES.split(), key=len, reverse=True))
NUMBERED_STREET_TYPE = r"(?i:" + NUMBERED_TYPE_LIST + r")\b\.?"
# Street types that name a street on their own, number or not ("Baker Street").
PLAIN_STREET_TYPE = r"(?i:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.?|lane|strasse|straße)"
# Street types written before the name in Romance and Slavic languages.
LEADING_TYPE = (
    r"(?i:Rue|Avenue|Av\.|Avenida|Boulevard|Bd\.?|Chemin|Impasse|Allée|Place|Quai|Via|Viale|Piazza|Piazzale|Corso|"
    r"Largo|Strada|Contrada|Vicolo|Borgo|Calle|Carrer|Paseo|Pasaje|Plaza|Camino|Ronda|Travesía|Rua|Travessa|Praça|"
    r"Alameda|Esplanada|Ladeira|Largo|Parque|Ulica|ul\.|Aleja|al\.|Plac|Osiedle|"
    # Brazil's kinds of address (the Correios' list) and Spain's and Catalonia's that English rarely writes.
    r"Quadra|Conjunto|Setor|Loteamento|Residencial|Núcleo|Vereda|Viela|Trecho|Sítio|Chácara|Fazenda|Estrada|Rodovia|"
    r"Condomínio|Favela|Recanto|Carretera|Avinguda|Glorieta|Callejón|Urbanización|"
    # Romania's, written before the name as Italy's are ("Aleea Dochioiu Nr. 114", "Calea Victoriei 12").
    r"Aleea|Bulevardul|Calea|Șoseaua|Soseaua|Piața|Intrarea|Splaiul|Drumul|"
    # Latin America's diagonal, cross and pedestrian streets ("Diagonal Rosario N° 409", "Peatonal Sur 12").
    r"Diagonal|Transversal|Peatonal|"
    # Spain's and Catalonia's short form of "calle"/"carrer" ("C/ de la Cava Baja, 14").
    r"C/)"
)
# German, Dutch and Nordic street names end in their type ("Hauptstraße", "Keizersgracht", "Drottninggatan").
COMPOUND_STREET = (
    r"\p{Lu}[\p{L}\-]*?(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"straat|laan|gracht|plein|kade|baan|steeg|singel|dijk|pad|hof|markt|dreef|gatan|vägen|gade|vej|veien|gata|"
    r"gränd|torget|stigen|backen|"
    # Korean roads, romanised with a hyphen: "Teheran-ro", "Sejong-daero", "Insadong-gil".
    r"-ro|-daero|-gil)(?:\b|(?<=\.))"
)

# Lower-case street types after the name ("Somogyi utca", "Kossuth tér", "Atatürk caddesi").
TRAILING_LOWER_TYPE = (
    r"(?:utca|út|útja|tér|tere|körút|krt\.|köz|sor|ulica|ulice|třída|náměstí|caddesi|cad\.|sokak|sokağı|sk\.|bulvarı|"
    r"gatan|vägen|gade|vej|veien|gata|straat|laan|marg|nagar|jalan|strada|aleea|bulevardul)"
)
# Street types written as a word of their own after the name in German, Dutch, the Nordic and
# Baltic languages ("Ilbeshäuser Weg", "Berkter Laan", "Suur-Karja põik").
SEPARATE_TYPE = (
    r"(?i:weg|straße|strasse|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|dijk|steeg|"
    r"vej|gade|gata|gatan|vägen|veien|väg|tie|katu|kuja|põik|tänav|maantee|väljak|iela|gatvė)"
)
# Words that end in a street type of some language ("Culkeeran Cove", "Herbststraße", "Teheran-ro"):
# `house_numbers` lets such a span take its house number.
STREET_TYPED = regex.compile(
    rf"(?:\b{NUMBERED_STREET_TYPE}|{COMPOUND_STREET}|\b{LEADING_TYPE}\b.*|(?<!\p{{L}})(?:{TRAILING_LOWER_TYPE}|{SEPARATE_TYPE}))$",
    regex.VERSION1,
)
# The same searched from the end it is anchored to, for whether a span ends so (`house_numbers`): a
# match exists or not whatever the direction (no atomic group or possessive quantifier), and the
# backward search tries the end instead of every word of the span: half the time.
STREET_TYPED_BACKWARDS = regex.compile(STREET_TYPED.pattern, STREET_TYPED.flags | regex.REVERSE)
# The Baltic types as their addresses abbreviate them after the name, in lower case: Lithuania's
# "g." (gatvė), "pr." (prospektas), "al." (alėja), "pl." (plentas), "skg." (skersgatvis); Estonia's
# "tn" (tänav), "mnt" (maantee), "pst" (puiestee): "Žirmūnų g. 98-12", "Suur-Karja tn 5".
BALTIC_ABBREVIATED_TYPE = r"(?-i:(?:g|pr|al|pl|skg)\.|(?:tn|mnt|pst)\.?)"
# A street type of those languages right after a name: "Meggy| utca", "Ilbeshäuser| Weg", "Žirmūnų| g.".
STREET_TYPE_AFTER = regex.compile(rf"[ \t]+(?:{TRAILING_LOWER_TYPE}|{SEPARATE_TYPE}|{BALTIC_ABBREVIATED_TYPE})(?![\p{{L}}\-])", regex.VERSION1)

# A numbered street on one line, capitalised as addresses are written ("14 Larkspur Close", "Via
# Roma 5", "Hauptstraße 41"): `text_kind` reads a text holding one as holding someone's address.
NUMBERED_STREET = regex.compile(
    rf"(?<![\w\-./])\d{{1,5}}[A-Za-z]?,?[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]*[ \t]+){{1,4}}{NUMBERED_STREET_TYPE}(?![\p{{L}}\d])"
    rf"|\b{LEADING_TYPE}[ \t]+(?:(?:de|del|da|di|la|le|du|des)[ \t]+)?\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]*){{0,3}},?[ \t]+\d{{1,5}}(?!\d)"
    rf"|{COMPOUND_STREET}[ \t]+\d{{1,5}}(?!\d)",
    regex.VERSION1,
)

# The words of a flat, a floor, a building or an entrance, in the languages whose addresses prompts
# carry (each country's postal conventions): `address_parts` reads an address line's unit by them.
UNIT_WORD = (
    r"(?i:apt|apartment|app|appt|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|level|lvl|lot|"
    r"piso|planta|puerta|depto|dpto|dto|departamento|interior|int|edif|edificio|local|oficina|of|casa|bloco|bl|apto|sala|loja|"
    r"sc|scala|ap|et|etaj|piano|interno|étage|escalier|bât|bâtiment|porte|whg|wohnung|lgh|stiege|tür|top|"
    r"lok|mieszkanie|m\.|h\.\s?no|house\s+no|no|"
    # Flats, floors and entrances of the Germanic, Nordic, Baltic, Slavic, Hungarian and Turkic
    # languages, and the Iberian words not above (each country's postal conventions).
    r"einheit|etage|stock|haus|lejl|lejlighed|sal|kamer|verdieping|leil|leilighet|etasje|våning|vån|trappa|lägenhet|"
    r"asunto|huone|kerros|íbúð|hæð|korter|byt|patro|vchod|poschodie|lokal|piętro|klatka|stan|kat|zgrada|"
    r"lakás|emelet|épület|ajtó|daire|blok|mənzil|mərtəbə|unidad|apartamento|andar|fração|escalera|esc|bureau|quadra|lote)"
)
# A floor's word after its number, as each language writes it ("3rd floor", "2. Stock", "3. kat",
# "3. patro", "3. tv.", "2 OG"): `address` and `address_parts` read it after a street.
FLOOR_WORD = (
    r"(?i:floor|fl|piso|étage|etage|stock|og|piano|andar|kat|patro|poschodie|sal|tv|th|mf|emelet|piętro|kerros|krs|"
    r"etasje|etg|hæð|korrus|stāvs|aukštas)"
)
# The sign before a house number: "N° 409", "Nº 12", "Nr. 114", "Nro 5", "No. 7".
NUMBER_SIGN = r"(?i:N[°º]|Nr|Nro|No)\.?"
