"""The writer's own people in other languages: "Mi hija Rebeca", "mijn zoon Seth", "ma voisine Claire".

Moved out of `names`, which reads these patterns in text written in another language
(`foreign.foreign_language`), where the English model tags few names and no name is guessed from a
capital alone: a word of kin, friendship, home or work said with a possessive is a cue for the name after it.
"""

from __future__ import annotations

import regex

# The writer's own people in other languages: a possessive, a word of kin, friendship, home or work,
# and a capitalised name (one to three words, a particle allowed): "Mi hija Rebeca", "mijn zoon
# Seth", "Mein Vater Leopold Salz", "ma voisine Claire", "la mia collega Giulia", "minha vizinha Lunna".
_FOREIGN_NAME = r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|da|del|der|den|du|di|dos|das|le|la)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){0,2})"
_KIN_WORDS = {
    "es": ("mi|mis|nuestro|nuestra|nuestros|nuestras", "hijo|hija|amigo|amiga|vecino|vecina|esposo|esposa|marido|mujer|novio|novia|hermano|hermana|"
           "padre|madre|papá|mamá|abuelo|abuela|tío|tía|primo|prima|compañero|compañera|jefe|jefa|colega|suegro|suegra"),
    "pt": ("meu|minha|meus|minhas|nosso|nossa", "filho|filha|amigo|amiga|vizinho|vizinha|marido|esposa|mulher|namorado|namorada|irmão|irmã|"
           "pai|mãe|avô|avó|tio|tia|primo|prima|colega|chefe|sogro|sogra"),
    "it": ("mio|mia|miei|mie|nostro|nostra", "figlio|figlia|amico|amica|vicino|vicina|marito|moglie|fidanzato|fidanzata|fratello|sorella|"
           "padre|madre|papà|mamma|nonno|nonna|zio|zia|cugino|cugina|collega|capo|suocero|suocera"),
    "de": ("mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer", "sohn|tochter|freund|freundin|nachbar|nachbarin|mann|"
           "ehemann|ehefrau|partner|partnerin|bruder|schwester|vater|mutter|opa|oma|onkel|tante|cousin|cousine|kollege|kollegin|chef|chefin|"
           "installateur|vermieter|vermieterin|mitbewohner|mitbewohnerin"),
    "nl": ("mijn|onze|ons", "zoon|dochter|vriend|vriendin|buurman|buurvrouw|man|vrouw|broer|zus|vader|moeder|opa|oma|oom|tante|neef|nicht|"
           "collega|baas|huisgenoot|schoonmoeder|schoonvader"),
    "fr": ("mon|ma|mes|notre|nos", "fils|fille|ami|amie|voisin|voisine|mari|femme|frère|sœur|soeur|père|mère|oncle|tante|cousin|cousine|"
           "collègue|patron|patronne|copain|copine|beau-père|belle-mère"),
}
FOREIGN_KIN = {
    code: regex.compile(rf"(?<![\p{{L}}])(?i:(?:{owners})[ \t]+(?:{kin}))[ \t]+(?:(?:il|la|el|o|a)[ \t]+)?{_FOREIGN_NAME}")
    for code, (owners, kin) in _KIN_WORDS.items()
}

_FOREIGN_LOWER_NAME = r"(?P<name>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|da|del|der|den|du|di|dos|das|le|la)[ \t]+)?\p{Ll}[\p{Ll}\p{M}'’\-]+){1,2})"
FOREIGN_KIN_LOWER = {
    code: regex.compile(rf"(?<![\p{{L}}])(?i:(?:{owners})[ \t]+(?:{kin}))[ \t]+{_FOREIGN_LOWER_NAME}")
    for code, (owners, kin) in _KIN_WORDS.items()
}
