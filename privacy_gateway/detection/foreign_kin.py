"""The writer's own people in other languages: "Mi hija Rebeca", "mijn zoon Seth", "ma voisine Claire".

Moved out of `names`, which reads these patterns in text written in another language
(`foreign.foreign_language`), where the English model tags few names and no name is guessed from a
capital alone: a word of kin, friendship, home or work, said with a possessive (or, in the Slavic
languages, often without one), is a cue for the name after it.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.name_cues import LOWER_ROLES

# The writer's own people in other languages: a possessive, a word of kin, friendship, home or work,
# and a capitalised name (one to three words, a particle allowed): "Mi hija Rebeca", "mijn zoon
# Seth", "Mein Vater Leopold Salz", "ma voisine Claire", "la mia collega Giulia", "minha vizinha Lunna".
_FOREIGN_NAME = r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|da|del|der|den|du|di|dos|das|le|la)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){0,2})"
_KIN_WORDS = {
    "es": ("mi|mis|nuestro|nuestra|nuestros|nuestras", "hijo|hija|amigo|amiga|vecino|vecina|esposo|esposa|marido|mujer|novio|novia|hermano|hermana|"
           "padre|madre|papá|mamá|abuelo|abuela|tío|tía|primo|prima|compañero|compañera|jefe|jefa|colega|suegro|suegra|ex|exmarido|exmujer|expareja"),
    "pt": ("meu|minha|meus|minhas|nosso|nossa", "filho|filha|amigo|amiga|vizinho|vizinha|marido|esposa|mulher|namorado|namorada|irmão|irmã|"
           "pai|mãe|avô|avó|tio|tia|primo|prima|colega|chefe|sogro|sogra|ex|ex-marido|ex-mulher"),
    "it": ("mio|mia|miei|mie|nostro|nostra", "figlio|figlia|amico|amica|vicino|vicina|marito|moglie|fidanzato|fidanzata|fratello|sorella|"
           "padre|madre|papà|mamma|nonno|nonna|zio|zia|cugino|cugina|collega|capo|suocero|suocera|ex|ex marito|ex moglie"),
    # German: the writer's, the reader's ("Ihre Mutter Anneliese Krämer") and the resident's ("sein Sohn"), or an article.
    "de": ("mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer|ihr|ihre|ihrem|ihren|ihrer|sein|seine|seinem|seinen|"
           "seiner|dein|deine|deinem|deinen|deiner|euer|eure|eurem|euren|eurer|der|die|dem|den", "sohn|tochter|freund|freundin|nachbar|nachbarin|mann|frau|"
           "ehemann|ehefrau|partner|partnerin|bruder|schwester|vater|mutter|opa|oma|onkel|tante|cousin|cousine|kollege|kollegin|chef|chefin|"
           "installateur|vermieter|vermieterin|mitbewohner|mitbewohnerin|ex|exmann|exfrau|ex-mann|ex-frau"),
    "nl": ("mijn|onze|ons", "zoon|dochter|vriend|vriendin|buurman|buurvrouw|man|vrouw|broer|zus|vader|moeder|opa|oma|oom|tante|neef|nicht|"
           "collega|baas|huisgenoot|schoonmoeder|schoonvader|ex|ex-man|ex-vrouw"),
    "fr": ("mon|ma|mes|notre|nos", "fils|fille|ami|amie|voisin|voisine|mari|femme|frère|sœur|soeur|père|mère|oncle|tante|cousin|cousine|"
           "collègue|patron|patronne|copain|copine|beau-père|belle-mère|ex|ex-mari|ex-femme"),
}
# The same in the languages `foreign` tells by their everyday words (`foreign.EVERYDAY_ONLY`), each as
# the whole phrase its language says: the possessive first ("min kollega", "mano draugas"), left out
# as the Slavic languages often do ("kolega Witold", "sousedka Jana"), after the word ("colegul meu",
# "tetangga saya", "vinur minn") or a suffix of it ("kaverini", "kollégám", "arkadaşım"); a comma may
# stand before the name ("A kollégám, Vincze Anita").
_KIN_PHRASES = {
    "da": "(?:min|mit|mine|vores)[ \t]+(?:kollega|nabo|ven|veninde|søn|datter|bror|søster|far|mor|onkel|tante|fætter|kusine|mand|kone|kæreste|"
          "chef|leder|udlejer|svigermor|svigerfar)",
    "nb": "(?:min|mitt|mine|vår|vårt|våre)[ \t]+(?:kollega|nabo|venn|venninne|sønn|datter|bror|søster|far|mor|onkel|tante|fetter|kusine|mann|"
          "kone|samboer|kjæreste|sjef|leder|utleier|svigermor|svigerfar)",
    "sv": "(?:min|mitt|mina|vår|vårt|våra)[ \t]+(?:kollega|granne|vän|väninna|kompis|son|dotter|bror|syster|pappa|mamma|far|mor|farbror|morbror|"
          "faster|moster|kusin|man|fru|sambo|pojkvän|flickvän|chef|hyresvärd|svärmor|svärfar)",
    "fi": "(?:kaverini|ystäväni|naapurini|kollegani|työkaverini|veljeni|siskoni|poikani|tyttäreni|mieheni|vaimoni|esimieheni|pomoni|serkkuni|"
          "setäni|enoni|tätini|isäni|äitini)",
    "is": "(?:vinur|vinkona|nágranni|samstarfsmaður|samstarfskona|bróðir|systir|sonur|dóttir|frændi|frænka|yfirmaður)[ \t]+(?:minn|mín)",
    "pl": "(?:(?:mój|moja|mojego|mojej|moim|moją|nasz|nasza|naszego|naszej)[ \t]+)?(?:kolega|kolegi|koledze|koleżanka|koleżanki|koleżance|"
          "sąsiad|sąsiada|sąsiadka|sąsiadki|przyjaciel|przyjaciela|przyjaciółka|kumpel|brat|brata|siostra|siostry|syn|syna|córka|córki|mąż|męża|"
          "żona|żony|szef|szefa|szefowa|kierownik|kierowniczka|wujek|ciocia|teść|teściowa)",
    "cs": "(?:(?:můj|moje|moji|mého|mé|mojí|náš|naše|našeho|naší)[ \t]+)?(?:kolega|kolegy|kolegyně|kamarád|kamaráda|kamarádka|soused|souseda|"
          "sousedka|přítel|přítelkyně|bratr|bratra|sestra|sestry|syn|syna|dcera|dcery|manžel|manželka|šéf|šéfová|strýc|teta|tchán|tchyně)",
    "sk": "(?:(?:môj|moja|moje|môjho|mojej|náš|naša|naše|nášho|našej)[ \t]+)?(?:kolega|kolegu|kolegyňa|kamarát|kamaráta|kamarátka|sused|suseda|"
          "susedka|priateľ|priateľka|brat|brata|sestra|syn|syna|dcéra|manžel|manželka|šéf|šéfka|strýko|teta|svokra|svokor)",
    "hu": "(?:(?:a|az)[ \t]+)?(?:kollégám|kolléganőm|munkatársam|barátom|barátnőm|szomszédom|főnököm|bátyám|öcsém|nővérem|húgom|férjem|"
          "feleségem|fiam|lányom|unokatestvérem|nagybátyám|nagynéném|anyósom|apósom)",
    # A former spouse too, before the word: "fosta soție", "fostul meu soț".
    "ro": "(?:(?:fosta|fostul)(?:[ \t]+(?:mea|meu))?[ \t]+(?:soție|sotie|soț|sot|soția|sotia|soțul|sotul|parteneră|partener)|"
          "colegul|colega|prietenul|prietena|vecinul|vecina|fratele|sora|fiul|fiica|soțul|soția|sotul|sotia|șeful|seful|șefa|sefa|unchiul|"
          "mătușa|matusa|verișorul|verișoara|cumnatul|cumnata)(?:[ \t]+(?:meu|mea|mei|mele|nostru|noastră|noastra))?",
    "hr": "(?:(?:moj|moja|moje|mog|moga|naš|naša|našeg)[ \t]+)?(?:kolega|kolegica|kolege|prijatelj|prijateljica|susjed|susjeda|susjedu|brat|"
          "sestra|sin|kći|kćer|muž|supruga|suprug|šef|šefica|ujak|stric|teta|tetka|punica|svekrva)",
    "sl": "(?:(?:moj|moja|moje|mojega|naš|naša|našega)[ \t]+)?(?:kolega|kolegica|sodelavec|sodelavka|prijatelj|prijateljica|sosed|soseda|brat|"
          "sestra|sin|hči|mož|žena|šef|šefinja|stric|teta|tašča)",
    "lt": "(?:mano|mūsų)[ \t]+(?:kolega|kolegė|draugas|draugė|kaimynas|kaimynė|brolis|sesuo|sūnus|dukra|duktė|vyras|žmona|viršininkas|viršininkė|"
          "dėdė|teta|pusbrolis|pusseserė)",
    "lv": "(?:mans|mana|mūsu)[ \t]+(?:kolēģis|kolēģe|draugs|draudzene|kaimiņš|kaimiņiene|brālis|māsa|dēls|meita|vīrs|sieva|priekšnieks|"
          "priekšniece|onkulis|tante|brālēns|māsīca)",
    "tr": "(?:arkadaşım|komşum|meslektaşım|iş[ \t]+arkadaşım|annem|babam|eşim|kocam|karım|kızım|oğlum|ablam|abim|kardeşim|müdürüm|patronum|"
          "amcam|dayım|teyzem|halam|kuzenim|kayınvalidem)",
    "id": "(?:teman|sahabat|tetangga|rekan|rekan[ \t]+kerja|kolega|atasan|bos|kakak|adik|paman|bibi|om|tante|sepupu|suami|istri|anak|"
          "ipar|mertua)(?:[ \t]+(?:saya|aku|kami|kita|ku))?",
    "ca": "(?:el[ \t]+meu|la[ \t]+meva|els[ \t]+meus|les[ \t]+meves|el[ \t]+nostre|la[ \t]+nostra)[ \t]+(?:fill|filla|amic|amiga|veí|veïna|"
          "germà|germana|pare|mare|marit|dona|company|companya|cap|col·lega|cosí|cosina|oncle|tia|sogre|sogra)",
    # Tagalog puts "my" after the word, joined by "-ng" before "si" and the name ("kaibigan kong si Maricel").
    "tl": "(?:kaibigan|kapatid|anak|asawa|kapitbahay|katrabaho|kasama|pinsan|tita|tito|lola|lolo|nanay|tatay|ate|kuya|amo|boss|"
          "manager|supervisor)[ \t]+(?:ko|namin|natin)(?:ng)?(?:[ \t]+na)?(?:[ \t]+si)?",
}


# Care notes and forms in German and Dutch drop the possessive before family ("Sohn Jürgen Weißkopf
# informiert", "Dochter Fenna de Wit belt terug"): then only a full name of two words or more counts
# ("Mutter Erde", "Vater Staat" are no one).
_BARE_KIN = {
    "de": "sohn|tochter|mutter|vater|ehemann|ehefrau|ehemanns|bruder|schwester|enkel|enkelin|nichte|neffe|schwiegertochter|schwiegersohn|"
          "betreuer|betreuerin|angehörige|angehöriger",
    "nl": "zoon|dochter|moeder|vader|echtgenoot|echtgenote|broer|zus|kleinzoon|kleindochter|schoonzoon|schoondochter|mantelzorger",
}
_TWO_WORDS = r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|der|den|ter|ten)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){1,2})"


def _kin_patterns(name: str, article: str = "", bare: bool = False) -> dict[str, regex.Pattern[str]]:
    """One pattern per language: its kin words or phrase, then `name` (after an article, where
    `article` allows one); with `bare`, a kin word without a possessive before a full name too."""
    owned = {
        code: regex.compile(
            rf"(?<![\p{{L}}])(?:(?i:(?:{owners})[ \t]+(?:{kin}))[ \t]+{article}{name}"
            + (rf"|(?i:(?:{_BARE_KIN[code]}))[ \t]+{_TWO_WORDS}" if bare and code in _BARE_KIN else "")
            + ")"
        )
        for code, (owners, kin) in _KIN_WORDS.items()
    }
    return owned | {code: regex.compile(rf"(?<![\p{{L}}])(?i:{phrase})(?![\p{{L}}]),?[ \t]+{name}") for code, phrase in _KIN_PHRASES.items()}


# A kin word without a possessive before one given name ("Dochter Lieselot belt terug", "Sohn Jürgen
# kommt"): the caller takes it only where the lists hold the word as a given name.
BARE_KIN_GIVEN = {
    code: regex.compile(rf"(?<![\p{{L}}])(?i:(?:{kin}))[ \t]+(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]+)(?![\p{{L}}\p{{M}}\d@._]|[ \t]+\p{{Lu}})")
    for code, kin in _BARE_KIN.items()
}
_FOREIGN_LOWER_NAME = r"(?P<name>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|da|del|der|den|du|di|dos|das|le|la)[ \t]+)?\p{Ll}[\p{Ll}\p{M}'’\-]+){1,2})"
FOREIGN_KIN = _kin_patterns(_FOREIGN_NAME, article=r"(?:(?:il|la|el|o|a)[ \t]+)?", bare=True)
FOREIGN_KIN_LOWER = _kin_patterns(_FOREIGN_LOWER_NAME)
# A role, a greeting or a claim's witness before a full name typed in lower case, in the languages
# `foreign` tells: "zeugin war leonie fuchs", "de installateur rakesh ramdin", "hola maria lópez".
# Only a given name then a surname of the lists is read there (`names`), as after the kin words.
FOREIGN_ROLE_LOWER = regex.compile(
    rf"(?<![\p{{L}}])(?:{LOWER_ROLES})(?:[ \t]+(?:war|ist|is|was|era|est|è|é|jest|był|była|var|er|oli|adalah))?[ \t]*:?[ \t]+"
    + _FOREIGN_LOWER_NAME
)
