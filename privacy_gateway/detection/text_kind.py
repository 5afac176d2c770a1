"""What kind of text a prompt is: technical, a question about history or the world, or neither.

In such prompts capitalised words are mostly products, commands, historical figures and places
("Cloud Run", "Spring Boot", "Napoleon", "Bunker Hill"), and masking them ruins the answer. The
name and place heuristics that go beyond spaCy's own PERSON and GPE labels stay off there.

The kind is a property of a whole text. `Detector` works it out once per text and `assume`s it
while the recognizers run, so they read it with `describe(text)`; a piece of a long text cut for
parallel analysis (see `split`) is analysed under the kind of the text it came from. Nothing
here keeps a text once the call returns.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Iterator

import regex

from privacy_gateway.detection.title_case import lowered_title_lines
from privacy_gateway.detection.alternation import by_first_letter
from privacy_gateway.detection.dealing_words import DEALING_FR, PRIVATE_MATTERS, TASK, deals, own_life, without_named_pairs
from privacy_gateway.detection.lexicon import ascii_fold, common_word, world_first_names
from privacy_gateway.detection.local_life import LOCAL_LIFE
from privacy_gateway.detection.name_cues import PAST_TENSES
from privacy_gateway.detection.notable import names_notable
from privacy_gateway.detection.relations import DESKS
from privacy_gateway.detection.sentences import sentence_bounds
from privacy_gateway.detection.software import is_software, names_technology, software_used, technology
from privacy_gateway.detection.street_types import NUMBERED_STREET
from privacy_gateway.detection.vehicles import made_by

# A statement's closing semicolon marks code; a record's last empty field does not: a line that
# ends in its only semicolon ("return x;"), not "Benjelloun, Salma;53108842W;".
# A version ("v2.1.0", "3.11.4") marks code; a date with a two-digit year written the same way
# ("D.O.B 15.04.70", "seen 03.11.24") does not: a day, a zero-padded month and a year.
_CODE = re.compile(
    r"`|\{|\}|==|=>|->|::|\(\)|^[^;\n]*;[ \t]*$|^\s*(?:def|class|import|from|return|function|const|let|var|public|SELECT|sudo|\$)\b"
    r"|\b(?:\w+\.(?:py|js|ts|tsx|java|go|rs|json|ya?ml|toml|sh|cpp|hpp|c|h|cs|rb|php|sql|md|log|xml|html|css|lock|cfg|ini))\b"
    r"|(?:^|\s)(?:/[\w.\-]+){2,}|\b0x[0-9a-fA-F]+\b|\b[0-9a-f]{32,}\b|(?<![\d.])(?:v\d{1,2}\.\d{1,3}\.\d{1,3}|(?!(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d\b)\d{1,2}\.\d{1,3}\.\d{1,3})\b(?!\.\d)"
    r"|\b(?:Warning|Error|Exception|Fatal|Traceback|Panic)\b\s*:"
    # An INI or TOML section header alone on its line ("[mysqld]", "[tool.poetry]").
    r"|^[ \t]*\[[A-Za-z][\w.\-]*\][ \t]*$"
    # An HTTP status or request line, or a hyphenated header ("HTTP/1.1 401", "Content-Length: 0").
    r"|^[ \t>*<]*(?:HTTP/\d(?:\.\d)?[ \t]+\d{3}\b|(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S+[ \t]+HTTP/)"
    r"|^[ \t>*<]*(?i:content|accept|cache|x|sec|access|www|set|last|if|retry|strict|transfer|user|keep|proxy|"
    r"cross|referrer|permissions|timing|alt|upgrade-insecure)-[A-Za-z][\w-]*:[ \t]"
    # Markup: a closing tag or a tag with an attribute ("</h2>", "<div className=").
    r"|</[A-Za-z][\w.:-]*>|<[A-Za-z][\w.:-]*[ \t]+[\w:@-]+=[\"'{]",
    re.MULTILINE,
)
_TECH_WORD_LIST = (
    r"error|errors|exception|traceback|stack ?trace|bug|debug|debugging|compile[rsd]?|build|deploy\w*|install\w*|"
    # A postcode's word is no code of software: "my zip code is invalid", "the postal code box".
    r"config\w*|server|database|query|queries|api|endpoint|function|method|class|variable|regex|"
    r"code(?<!zip code)(?<!post code)(?<!postal code)(?<!pin code)|script|library|"
    r"package|module|framework|version|upgrade\w*|kernel|container|cluster|pod|docker|kubernetes|kubectl|python|java|"
    r"javascript|typescript|rust|golang|sql|http|https|json|yaml|git|commit|branch|merge|repo|npm|pip|linux|windows|"
    r"macos|cpu|gpu|memory|thread|async|cache|latency|timeout|null|undefined|segfault|algorithm|complexity|integer|"
    r"string|array|lambda|aws|azure|gcp|cli|sdk|ide|compiler|runtime|backend|frontend|refactor|unit test|ci|pipeline|"
    r"crate|npm|webpack|react|django|flask|node|nginx|postgres\w*|mysql|redis|kafka|terraform|ansible|bash|shell|"
    r"command|terminal|syntax|parse|parser|schema|orm|migration|dependency|dependencies|binary|hash|checksum|uuid|"
    r"sha\d*|md5|port|socket|tcp|udp|dns|ssl|tls|header|request|response|status code|log|logs|stdout|stderr|"
    r"derivative|integral|equation|theorem|matrix|vector|probability|compute|solve|arithmetic|app|apps|warning|"
    r"component|props?|render\w*|browser|plugin|console|dataset|consistency|availability|replication|distributed|"
    r"scalab\w+|throughput|concurren\w+|transactions?|index|indexes|sharding|partition\w*|loop|generator|"
    # A call returned is no function's: "(callback 07512 884 019)", "callback number", "request a callback".
    r"iterator|callback(?![ \t]*(?:numbers?\b|no\.|requests?\b|on\b|at\b|:?[ \t]*[+(]?\d))(?<!request a callback)(?<!arrange a callback)(?<!book a callback)|closure|recursion|pointer|compil\w+|model|models|field|fields|constraint|table|tables|"
    r"middleware|routes?|routing|groupby|dataframes?|compaction|compacts?|brokers?|scrapes?|scraping|playbooks?|"
    r"exporters?|replicas?|shards?|metrics|retention|"
    r"column|columns|regex|regexp|timestamp|encoding|utf-8|unicode|list|tuple|dict|dictionary|process|formula|"
    r"degrees|tests|testing|snapshots?|mocks?|mocked|mocking|fixtures?|stubs?|assertions?|i18n|l10n|locales?"
)
# One branch per first letter (`alternation`): the same matches, a fifth of the time.
_TECH_WORDS = re.compile(r"\b(?:" + by_first_letter(_TECH_WORD_LIST) + r")s?\b|(?<![\w.])(?-i:\.NET)\b", re.IGNORECASE)
# Weaker marks, each counting as one technical word: a product and its version (Django 5.0, not a
# number grouped in thousands after its label: "CPF 318.407.226" is an identity number),
# error codes (E1234, CS0246) and CamelCase product names (MongoDB, WebFlux). Names like McDonald or DeShawn have one inner capital after
# a short prefix, product names mostly do not.
# A flight's word before a code's shape: "vuelo IB6845", "flight BA283", "рейс SU100" name a flight, no product's version.
_FLIGHT_BEFORE = re.compile(r"(?i:\b(?:flight|flights|flt|vuelo|vol|flug|volo|voo|vlucht|lot|lennolla|рейс|рейсом|πτήση|uçuş|sefer)[ \t.:#№]*)$")
_TECH_SHAPES = re.compile(r"\b[A-Z][A-Za-z]+ v?(?!\d{1,3}(?:\.\d{3})+\b)\d+(?:\.\d+)+\b|\b[A-Z]{1,3}\d{3,5}\b(?!-\d)|\b(?!Mc|Mac|De|La|Le|Di|Van|Von)[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b|\b[a-z]+[A-Z]\w*\b")
# Apps and services of shops, offices and everyday life written in CamelCase ("a TikTok caption for
# our nail salon", "the HubSpot note says …"): a brand in prose, no mark of code as "MongoDB" is.
_EVERYDAY_APPS = frozenset(
    """tiktok youtube linkedin whatsapp paypal playstation iphone ipad ipod imac airpods airtag facetime imessage
    icloud gopro soundcloud onlyfans doordash ubereats hellofresh blablacar tripadvisor opentable sevenrooms
    getyourguide stubhub ticketmaster skyscanner fedex ebay mastercard jetblue easyjet wechat kakaotalk bereal capcut
    hubspot surveymonkey gofundme justgiving kickstarter mailchimp onedrive onenote powerpoint docusign quickbooks
    freshbooks wetransfer dropbox excel seaworld dreamworks airbnb youtuber youtubers tiktoker tiktokers""".split()
)
# The chat bots a stream or a server runs: named, no mark of code ("the Nightbot !giveaway command").
_CHAT_BOTS = frozenset("nightbot moobot fossabot mee6 wizebot yagpdb".split())
_HISTORY_WORD_LIST = (
    r"history|historical|historian|century|centuries|ancient|medieval|empire|emperor|empress|dynasty|dynasties|"
    r"reigns?|reigned|king|queen|pharaoh|war|wars|battle|revolution|treaty|invasion|invaded|invade|conquest|conquered|"
    r"colonial|colony|colonies|independence|civilization|civilisation|monarchy|crusades?|renaissance|"
    r"president|prime minister|pope|expedition|explorer|inventor|invented|discovered|philosopher|"
    r"astronaut|moon landing|space race|mission|fall of|cipher|enigma|"
    # Works and their makers: "novels by Charles Dickens", "the author of Middlemarch".
    r"novels?|novelist|books?|authors?|wrote|written by|poems?|poets?|poetry|playwright|plays|essays?|treatise|"
    r"economist|composer|symphony|symphonies|opera|paintings?|painter|sculptor|literature|literary|classics?|"
    # Reading a work and its maker: "the themes of 1984", "Turing's paper", "the protagonist".
    r"themes?|plot|protagonist|characters?|chapters?|trilogy|biography|papers?|scientist|mathematician|physicist|"
    r"chemist|astronomer|philosophy|voyage|speech|speeches|"
    # Discoveries and music: "Wu's experiment on parity", "Bach's music", "Who narrates …".
    r"experiments?|discovery|discoveries|patents?|music|musician|composed|composing|narrat\w+|"
    # A play's acts and things named after someone: "sleepwalks in Act 5", "the moves named after
    # Simone Biles". (Not songs and singers: reviews of a friend's band name private people.)
    r"act (?:\d+|[ivx]+)|scene (?:\d+|[ivx]+)|named (?:after|for)|acte (?:\d+|[ivx]+)|"
    # Sport's records and titles: "How many Grand Slam titles has …", "Combien de Tours de France …".
    r"olympics?|olympic|world cup|grand slams?|world champions?|championships?|tournaments?|medals?|world records?|trophy|trophies|"
    r"titles|tours? de france|coupe du monde|championnats?|médailles?|"
    # Films, art and fame: "the ending of Casablanca", "Kahlo's self-portraits", "less famous than".
    r"films?|movies?|cinema|screenplay|actor|actress|documentary|series|episodes?|"
    r"spoilers?|sequel|prequel|adaptation|fiction|fictional|crossovers?|fan ?fic\w*|masterpiece|portraits?|self-portraits?|sculptures?|"
    r"famous|theorem|assassination|uprising|reading order|best known|known for|main ideas|ideas of|pioneer\w*|"
    # Sayings and their sources: "the line attributed to Gandhi" (not "quote" alone: a price quote is a dealing's).
    r"attributed to|misattributed|apocryphal|aphorisms?|"
    # Myth and faith: "What role does Loki play in the Prose Edda?", "the parable of …".
    r"myths?|mytholog\w*|epic of|gods?|goddess(?:es)?|deit(?:y|ies)|sagas?|scriptures?|gospels?|bible|biblical|quran|koran|"
    r"torah|prophets?|apostles?|parables?|psalms?|sutras?|"
    # Ideas and sciences, and the albums and pieces of the world's music: "what Marx meant by alienation".
    r"meant by|allegor(?:y|ies)|doctrines?|teachings|relativity|quantum|albums?|discography|concertos?|sonatas?|"
    r"(?:father|mother|founder|grandfather|grandmother) of (?:the |modern )?(?!(?:two|three|four|five|six|seven|eight|nine|ten|twins|a|an|one|my|his|her|their|our|your)\b)[a-z]\w*|"
    # The same in French: "Résume Madame Bovary", "les romans de Zola", "Qui était Jacques Cartier".
    r"siècles?|empereur|impératrice|roi|reine|guerres?|bataille|révolution|traité|explorateur|exploratrice|"
    r"inventeur|inventé|découvert|philosophe|romans?|romancier|romancière|livres?|auteur|autrice|écrivain|"
    r"écrivaine|poèmes?|poète|poésie|peintre|tableaux?|œuvres?|personnages?|intrigue|thèmes?|scientifique|"
    r"physicien|physicienne|chimiste|mathématicien|mathématicienne|célèbres?|musique|compositeur|compositrice|"
    r"découvertes?"
)
_HISTORY_WORDS = re.compile(
    r"\b(?:" + by_first_letter(_HISTORY_WORD_LIST) + r")\b"  # one branch per first letter (`alternation`)
    # "De quoi parle Le Comte de Monte-Cristo ?": what a work is about, in French.
    r"|(?-i:\bDe quoi parle\b)"
    # An era's year ("79 AD", "44BC"), never a British postcode's inward code ("HX7 8AD", "SW1A 1AD").
    r"|\b(?<![A-Z]\d )(?<![A-Z]\d\d )(?<![A-Z]\d[A-Z] )\d+\s*(?:BC|BCE|AD|CE)\b"
    # A question about a work: "What is Norwegian Wood about?".
    r"|(?-i:\bWhat(?:'s| is| was) (?:the |a )?[A-Z][^?\n]{0,60} about\?)"
    # A work and its maker: "Cormac McCarthy's The Road", "read Virginia Woolf".
    r"|(?-i:['’]s The [A-Z][a-z])|(?-i:\bread [A-Z][a-z]+ [A-Z][a-z])"
    # A work and its maker: "Love in the Time of Cholera by Gabriel García Márquez".
    r"|(?-i:\b[A-Z][\w'’-]*\s+by\s+[A-Z][a-z]+\s+[A-Z])",
    re.IGNORECASE,
)
# The world's stories, prizes and records, and lives long past: read only where nothing else has
# told whether a question is about the world (most prompts deal with someone and never get here).
_FAME = re.compile(
    # A character's part in a story: "Is Severus Snape a hero or a villain?".
    r"\b(?:heroes|heroines?|villains?|antagonists?|anti-?heroes|sidekicks?|héroïnes?|méchants?)\b"
    r"|\b(?:hero|anti-?hero|héros)\b(?! (?:of the (?:day|week|month)|award|badge)\b)"
    # Fame: the world's prizes, leagues and records ("How many Oscars has …", "the greatest … of
    # all time", "Is … still in the NBA?"). Capitalised, as their names are: "Oscar" alone is a name.
    r"|(?-i:\b(?:Nobel|Pulitzer|Grammys?|Emmys?|Oscars|Academy Awards?|Golden Globes?|Booker Prize|Goncourt|"
    r"Ballon d'Or|Palme d'Or|NBA|NFL|MLB|NHL|Premier League|Champions League|La Liga|Serie A|Bundesliga|"
    r"Ligue 1|Formula (?:1|One)|Wimbledon|Super Bowl|Stanley Cup)\b)"
    r"|\b(?:of all time|greatest|most influential|best-selling|legendary|iconic)\b"
    # A career at its height: "Who had the better peak …? Compare their best three seasons", "in his prime".
    r"|\b(?:the better peak|at (?:their|his|her) peak|in (?:their|his|her) prime|best (?:\w+ )?seasons|career-best)\b"
    # A year two generations back or more: "her disappearance in 1937", "since the 1890s". Not a
    # count or a size ("in 1500 ms", "from 1200 to 1500 requests").
    r"|\b(?:in|since|until|around|circa|the|early|late|mid-?)\s+(?:1[0-8]\d\d|19[0-7]\d)s?\b"
    r"(?![.,]?\d|\s*(?:%|[a-z]{1,3}\b|rows|users|requests|bytes|items|records|entries|lines|times|people|pages|words))"
    # Life dates beside a name: "Carl Linnaeus (1707–1778)", "(b. 1955)", "(1821-81)".
    r"|\((?:b\.|born|c\.|ca\.|né|née)?\s*\d{3,4}\s*(?:[–—-]\s*(?:c\.\s*)?\d{2,4})?\s*\)",
    re.IGNORECASE,
)
# A question about a work by its maker: "Summarise Wangari Maathai's Green Belt Movement", "Explain
# Achebe's Things Fall Apart", "Machiavelli's ideas in The Prince" (capitalised words after a
# possessive: a title).
# A title mid-sentence is a work's too: "In The Godfather, why does …".
# So are capitalised words around a lower-case article ("in Go Set a Watchman", "of Gone with the
# Wind"; places and departments hold none), and "A" opening a title ("In A Tale of Two Cities").
_WORK_OF = re.compile(
    r"['’]s (?:The )?[A-Z][a-z]+ [A-Z][a-z]+|['’]s (?:The |A )?[A-Z][a-z]+(?: (?:of|on|in|the|and|a|an|to|at|for|with|from)){1,3} [A-Z][a-z]+|['’]s [a-z]+ in The [A-Z][a-z]|[a-z,] The [A-Z][a-z]"
    r"|(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:a|an|the) [A-Z][a-z]+"
    r"|\b[Ii]n (?:A|An) [A-Z][a-z]+(?: [A-Z][a-z]+)* (?:of|and|in|to|for|with|from|on) [A-Z]"
)
# Requests for a summary of a named thing or an account of something, which a dealing ("Summarise
# the note from …") or someone's words ("what Maria said") make about a person instead.
_ACCOUNT = re.compile(r"(?:^|[.?!:]\s+)(?:Summari[sz]e (?=[A-Z])|Tell me about|Recommend|Give me an? (?:overview|summary|timeline))\b")
# Where someone lives or comes from, a house number, a postcode or a parcel: a place that is
# someone's, not the world's.
_HOME = re.compile(
    # Not where a population lives: "How many people live in Nuuk?", "the population lives on the coast".
    r"\b(?<!people )(?<!residents )(?<!inhabitants )(?<!citizens )(?<!locals )(?<!population )(?<!humans )"
    r"(?<!personnes )(?<!habitants )(?<!Menschen )(?<!Einwohner )(?<!personas )(?<!habitantes )"
    r"(?:live|lives|lived|living|moved?|moving|relocat\w*|born|grew up|raised|based|resid(?!ents\b)\w+|hometown|"
    # Home as a place one returns to by a time, or the home side: "need to be home by Sunday",
    # "where do home fans eat" (not "back home in Leeds", "my home address").
    r"(?<!\bbe )(?<!\bget )(?<!\bgot )home(?! (?:fans|team|side|game|games|match|matches|ground|crowd|supporters|end|kit|win)\b)|"
    r"address|(?:is|are|am|comes?|came|coming) from|postcode|post code|postal|zip|parcel|courier|customs|tel|"
    r"habite\w*|domicile|adresse|colis|né|née)\b|(?-i:\b\d{1,5}[A-Za-z]?,?[ \t]+[A-Z])",
    re.IGNORECASE,
)
# Contact details mark a prompt as about someone, whatever else it is about. An address's domain
# ends in letters: "react@18.2.0", "web@2025.05.2", "checkout@v4.1" pin versions.
_CONTACT = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@(?:[\w\-]+\.)+[^\W\d_]{2}|\+\d[\d ()\-]{7,}\d|\b\d{3}[\-.)]\s?\d{3}[\-.]\d{4}\b")
_PERSONAL = re.compile(
    # "US" is a country; "us" a person speaking.
    r"(?-i:\bus\b)|\b(?:i|i'm|i've|i'd|me|my|mine|we|our|you|your|yours|dear|hi|hello|hey|colleague|friend|boss|wife|husband|"
    # "the father of information theory" is a title of fame, not someone's father.
    # "Ada Lovelace's father" is hers: a family word after a possessive is someone else's.
    r"(?<!['’]s )(?:(?<!the )(?:mother|father)(?! of (?:the |modern )?(?!(?:two|three|four|five|six|seven|eight|nine|ten|twins|a|an|one|my|his|her|their|our|your)\b)[a-z])|mom|dad|son|daughter|sister|brother|neighbou?r|landlord|tenant))\b"
    # French, in lower case ("Mon" opens English dates) and capitalised where it opens a sentence.
    r"|(?-i:(?<!\w)(?:je|j'|moi|mon|ma|mes|nous|notre|nos|tu|toi|votre|vos|Je|J'|Nous|Notre|Nos|Votre|Vos|Mes)(?!\w))",
    re.IGNORECASE,
)
# A request to explain something, or a question about the past: "Explain the …", "Who built …",
# "What was the …", "How did …". Questions about the present ("How far is X from Y?", "Why is
# Teresa so impulsive?") are as often about someone's own places and people, and are left out.
_KNOWLEDGE = re.compile(
    r"(?:^|[.?!:]\s+)(?:(?:Explain|Describe|Compare|Define|Outline)\s+(?!to|this|that|my|our|his|her|their)\w|"
    r"What (?:was|were|did|caused)\b|Who (?:was|were|built|invented|wrote|discovered|painted|founded|designed|"
    r"created|won|ruled)\b|When (?:did|was|were)\b|How did\b|Why (?:did|was|were)\b|"
    r"(?:What|How) (?:is|are|does|do) (?:the|a|an)\b|Which [a-z]+s\b|"
    # Questions about the world as it is: "What's the best season to …", "How cold does … get" (not
    # "How far is X from Y", as often about one's own town as about the world).
    r"What's the\b|Where (?:is|are|does|do)\b|"
    r"How (?:cold|hot|warm|wet|long|high|tall|big|deep|old|large|crowded|expensive|safe) (?:is|are|does|do)\b|"
    r"(?:Explique|Décris|Compare|Résume)\s+(?!mon|ma|mes|notre|nos|votre|vos|ce|cette|ces|à)\w|"
    r"Qu(?:el|elle|els|elles) (?:est|sont|était|étaient)\b|Que visiter\b|Où (?:se trouve|est|sont)\b)"
)

# A request to explain, describe or compare something: "Compare the way Jane Austen and Charlotte
# Brontë write", "Résume Madame Bovary" (a summary only of a named thing: "Summarise the case for
# the next shift" is a dealing). Not "Explain to Tom …" nor "Explain my …".
_EXPLAIN = re.compile(
    r"(?:^|[.?!:]\s+)(?:(?:Explain|Describe|Compare|Outline)\s+(?!to\b|this|that|my|our|his|her|their|your)\w|"
    r"(?:Explique|Décris|Compare|Raconte)\s+(?!mon|ma|mes|notre|nos|votre|vos|ce|cette|ces|à)\w|Résume (?=[A-Z]))"
)


# A request to the assistant is not someone speaking about themselves: "Give me", "Can you"; nor
# is the asker asking what to do ("which books should I read", "what should we see").
_REQUEST = re.compile(
    r"\b(?:give|tell|show|help|teach|send|get|find|write|recommend|suggest|list|explain to|remind)\s+me\b"
    # Asked for a class or a team: "tell us about", "show us how".
    r"|\b(?:give|tell|show|teach|explain to)\s+us\b"
    r"|\b(?:can|could|would|will|do|did)\s+you\b|\b(?:should|shall|must)\s+(?:i|we)\b"
    # The assistant's own view asked for: "if you can", "which one you think would win", "in your opinion".
    r"|\bif you can\b|\byou (?:think|reckon|would say)\b|\bin your (?:view|opinion)\b|\byour (?:view|opinion|take|verdict|pick)\b",
    re.IGNORECASE,
)
# The asker reading a work ("I'm reading War and Peace", "I've been rereading The Leopard"), and
# making something of their own with the answer ("I'm preparing a slide for a Year 9 RE lesson", "I'm
# putting together a pub quiz round"): they speak of themselves, of no one else.
_READING = re.compile(
    r"\b(?:I'?m|I am|I've been|[Ww]e're|[Ww]e are|I've just|I just)\s+(?:(?:re-?)?(?:reading|watching|finished|started)|halfway through)\s+"
    r"(?P<title>(?:(?:The|A|An)\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|in|a|an|to)\s+)*[A-Z][\w'’-]*)*)"
)
_IN_COMPANY = re.compile(r"[ \t]+(?:together )?(?:with|for|to|alongside)[ \t]+(?:my |our )?[A-ZÀ-ÖØ-Þ]")
_MIXED_UP = re.compile(r"\bI (?:keep|always) (?:mixing up|mix up|confusing|muddling up|forgetting|losing track of)\b")
_OWN_MAKING = re.compile(
    r"\b(?:I'?m|I am|[Ww]e're|[Ww]e are)\s+(?:preparing|putting together|making|writing|planning|designing)(?=\s+(?:a|an|some)\s+"
    r"(?:[\w-]+\s+){0,3}(?:slides?|lesson|lessons|quiz|worksheet|presentation|talk|assembly|handout|display)\b)"
)


def _without_own_study(text: str) -> tuple[str, bool]:
    """`text` less the asker reading a work by its title (not someone's: "I'm reading Anna's
    draft", "I'm reading Maria Lopez's thesis") and what they then keep mixing up, and less their
    making something with the answer (a slide, a lesson, a quiz); and whether a work is read."""
    # A title opened by a given name may be someone read to ("I'm reading Clara a story"); a work
    # read or watched with someone, or for someone, names that someone ("I'm watching Dark with Jonas Berg").
    read = [
        m for m in _READING.finditer(text)
        if not re.match(r"['’]s\b", text[m.end("title") : m.end("title") + 3]) and m.group("title").split()[0].lower() not in world_first_names()
        and _IN_COMPANY.match(text, m.end("title")) is None
    ]
    for m in reversed(read):
        text = text[: m.start()] + " " + text[m.end() :]
    if read:
        text = _MIXED_UP.sub(" ", text)
    return _OWN_MAKING.sub(" ", text), bool(read)


# A question about the past of the world: "What were …", "How did …", "Who founded …", "What
# problem did … solve", "Which army did …".
_PAST_QUESTION = re.compile(
    r"(?:^|[.?!:]\s+)(?:What (?:was|were|did|caused|went|happened)|(?:What|Which)(?: [a-z]+){1,2} did|Who (?:was|were|built|invented|wrote|discovered|painted|"
    r"founded|designed|created|won|ruled|led)|When (?:did|was|were)|How did|Why (?:did|was|were)|"
    r"How (?:old|tall|long|rich|powerful|big|large|famous|popular|successful) (?:was|were)|"
    r"Qui (?:était|étaient|a (?:écrit|peint|découvert|inventé|fondé|construit|gagné))|Quand (?:a|est|était)|"
    r"Pourquoi [^?\n]{1,80} (?:a-t-il|a-t-elle|s'est-il|s'est-elle))\b"
)
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.?!:]\s))(\s*)([a-z])")


# A question typed without its mark, as chat is: "is the train from Lyon to Nice scenic or should we
# just fly". One line opened by a question's word; not "do", as often an order ("do the invoices").
_UNMARKED = re.compile(r"\s*(?:is|are|was|were|does|did|can|could|should|would|will|has|have|how|what|which|where|when|who|why)\s", re.IGNORECASE)


def unmarked_question(text: str) -> bool:
    """Whether `text` is one line that asks a question with no question mark in it."""
    line = text.strip()
    return "?" not in line and "\n" not in line and _UNMARKED.match(line) is not None


def past_question_typed_lower(text: str) -> bool:
    """A question about the past (`_PAST_QUESTION`) typed without capitals: "why did joshua march
    around jericho" asks what "Why did Joshua…" asks. Only the re-cased reading asks this (a lone
    word WordNet has as a proper noun is the world's there): the text's kind reads the capitals, as
    a past question about someone's own act ("why did the roses ana planted die") is not history."""
    return text.islower() and _PAST_QUESTION.search(_SENTENCE_OPENING.sub(lambda m: m.group(1) + m.group(2).upper(), text)) is not None


# The auxiliary that opens a question asked of someone, before its subject.
_AUXILIARY = r"\b(?:did|does|do|has|have|is|was|were)\s+"
# A question's subject after its auxiliary, in text typed in one case: "did benjamin boaten hang …".
_ASKED_OF_ANYONE = re.compile(_AUXILIARY + r"[^\W\d_]", re.IGNORECASE)


def _asked_in_one_case(text: str) -> bool:
    """Whether `text`, typed all in lower case or all in capitals, asks a question of someone (an
    auxiliary before a word)."""
    return (text.islower() or text.isupper()) and _ASKED_OF_ANYONE.search(text) is not None


# A thing known by what someone did with it, in a relative clause: "the talk … that … gave", "the
# mural … that … painted for the primary school".
_DONE_BY_SOMEONE = re.compile(rf"\b(?:that|which)\s+(?:[^\W\d_]+\s+){{1,4}}(?:[a-z]+ed|{PAST_TENSES})\b", re.IGNORECASE)


# A request for an account: "Summarise …", "Tell me about …", "Describe …".
_ACCOUNT_ASKED = re.compile(r"(?:^|[.?!:]\s+)(?:Summari[sz]e|Tell me about|Describe|Explain|Outline|Recap|Give me an? (?:overview|summary|account))\b")


def _requested(text: str) -> bool:
    """Whether `text` asks for an account (in any case) of a thing someone did ("Summarise the talk
    on Ancient Egypt that … gave to the Rotary club"), not of a custom or a body ("Tell me about the
    history of the Rotary club movement")."""
    if text.islower() or text.isupper():
        text = _SENTENCE_OPENING.sub(lambda m: m.group(1) + m.group(2).upper(), text.lower())
    return _ACCOUNT_ASKED.search(text) is not None and _DONE_BY_SOMEONE.search(text) is not None


# The writer's workplace: its desks, shifts and roles and the records of HR and customer work.
# Internal tools hear questions about colleagues, customers and candidates in the words of history
# ("When did … join the support desk?", "How did … become head of procurement so fast?", "What was
# the famous argument … had with the vendor about the SLA?"); a question about the world's people
# carries fame, records and works, not a desk, a shift or a vendor.
_DESK_WORDS = "|".join(sorted(DESKS)) + "|people|product|design|data|customer success|customer service"
_AT_WORK = re.compile(
    r"\b(?:"
    # Records of HR work, in any form: "onboarded", "offboarding", "reassigned", "the reorg".
    r"onboard(?:s|ed|ing)?|offboard(?:s|ed|ing)?|re-?assign(?:s|ed|ing|ment|ments)?|re-?orgs?|"
    r"probation(?:ary)?|new hires?|org chart|on-call|"
    # A customer's money and a supplier's terms: "approved the refund", "the vendor", "the SLA".
    r"refund(?:s|ed|ing)?|vendors?|slas?|outages?|"
    # A desk, a shift or a floor one works at: "the support desk", "the night shift", "the sales floor".
    r"(?:support|help|service|front|billing|reception|returns|sales|trading) desk|helpdesk|"
    r"(?:night|day|early|late|weekend|morning|evening|graveyard|double) shifts?|shift (?:pattern|swap|rota|handover)|"
    r"(?:sales|shop|factory|warehouse) floor|call cent(?:re|er)|back office|"
    # A role of an office, a shop or a site: "shift lead", "account manager", "payroll administrator".
    r"(?:shift|team|tech|store|site|section|project|account|office|line|hiring|duty|floor|regional|area|branch|"
    r"payroll|sales|support|warehouse) (?:lead|leader|manager|supervisor|administrator|admin|coordinator|executive)s?|"
    r"supervisors?|contractors?|"
    # The records of an employee's or a student's year: "her appraisals", "an expense claim", "the
    # hiring committee", "the second semester", "a resit". Not "thesis" ("Fukuyama's thesis") nor
    # "marks" or "grades" alone, which name other things as often.
    r"appraisals?|(?:annual|mid-year|year-end|probation|probationary) reviews?|expenses? claims?|expense reports?|"
    r"(?:holiday|leave|pto|vacation|overtime|time-off) requests?|sick (?:leave|notes?|days)|payslips?|pay rises?|"
    r"disciplinar(?:y|ies)|grievances?|written warnings?|exit interviews?|job offers?|vacanc(?:y|ies)|shortlist(?:s|ed)?|"
    r"(?:hiring|selection|interview|promotion) (?:committee|panel|board)s?|grant applications?|purchase orders?|reimbursements?|"
    r"semesters?|coursework|re-?sits?|re-?sat|(?:exam|test|assessment) (?:results|scores|marks|grades)|report cards?|"
    r"school reports?|dissertations?|gpa|"
    # Scholarly work in hand, a colleague's or a student's: "doctoral work", "rejected by the journal",
    # "first-year students", "before the deadline", "at the conference on …", "our exhibition".
    r"doctoral (?:work|thesis|research|students?|candidates?|supervisors?|programmes?|programs?)|phd (?:students?|thesis|candidates?|supervisors?)|"
    r"postdocs?|first-year students|undergraduates|(?:rejected|accepted) by the journal|peer[- ]review(?:ers?|ed)?|revise and resubmit|"
    r"grant proposals?|funding proposals?|(?:before|past|after) the deadline|(?:the|our|this year's) (?:conference|symposium|workshop) (?:on|in|at)|"
    r"symposium|excavation team|field season|(?:curate|curating|curated) (?:our|the) exhibition|our exhibition|"
    r"(?:what|which) (?:grade|mark) should|co-?authors?|"
    # A company's desk as a unit or its head: "the finance department", "head of procurement".
    rf"(?:{_DESK_WORDS}) (?:department|dept|team|desk)|head of (?:{_DESK_WORDS})"
    r")\b",
    re.IGNORECASE,
)


def at_work(text: str) -> bool:
    """Whether `text` speaks of the writer's workplace (`_AT_WORK`, as a word: `deals`), with no
    fame, record or year long past in it (`_FAME`) and no one the world knows: "Was Alan Turing on
    the night shift at Bletchley Park?" asks about history."""
    return deals(text, _AT_WORK) and _FAME.search(text) is None and not names_notable(text)


# Someone's own dealings, which a past-tense question about them is more likely about. Not the
# pronouns: in "What did Ada Lovelace write in her notes?" they are the named person's own.
_EVERYDAY = re.compile(
    r"\b(?:e-?mail\w*|mail|message\w*|texted|call|called|phone\w*|meeting|said|say|says|told|tell|reply|replied|"
    r"invoice|order|account|ticket|appointment|booking|(?<!which )(?<!what )team|manager|colleague|client|customer|patient|send|sent|"
    r"note|today|yesterday|tomorrow|last week|this week|"
    # Work's own papers and rituals: "What did Joana argue in her memo about Q3 pricing?" asks about a colleague.
    r"memos?|memorandum|agenda|slides|slide deck|standups?|stand-ups?|retros?|sprints?|roadmaps?|okrs?|kpis?|q[1-4]|"
    r"quarterly|one-on-ones?|1:1s?|offsites?|all-hands|onboarding|handover|timesheets?|payroll|headcount|"
    r"stakeholders?|proposals?|performance reviews?|"
    # Hiring's papers: "Compare the CVs of … and … for the data engineer role" weighs applicants, not the world's figures.
    r"cvs?|r[ée]sumés?|cover letters?|applicants?|shortlist(?:ed)?|lebensl[äa]ufe?|bewerbung(?:en)?|bewerber(?:in|innen)?|" + DEALING_FR + r")\b",
    re.IGNORECASE,
)

# The occasions of an ordinary life, and the hours of the asker's own week: "Which aria did Sara
# Greene sing at the staff Christmas concert?", "Which novel did … recommend last night?" ask about
# someone's everyday life in the shape of a question about the world's works. Not seasons, weekdays
# or race distances: the world's news and sport are told by those too; not a book club, where the
# world's novels are what is talked about.
_OCCASION = re.compile(
    r"\b(?:last night|last evening|this morning|this afternoon|tonight|last weekend|this weekend|at the weekend|"
    r"the other (?:day|night)|pub quiz|quiz night|trivia night|bake sale|potluck|"
    r"fun run|parkrun|sports day|"
    r"(?:retirement|leaving|farewell|christmas|holiday|office|staff|team|works|company|birthday|engagement|housewarming)"
    r"\s+(?:lunch|dinner|party|do|drinks|concert|quiz|picnic|outing|barbecue|bbq|social)|"
    r"(?:school|staff|office|church|parish|village|community|neighbou?rhood|residents['’]?)\s+"
    r"(?:play|concert|band|choir|orchestra|fair|fete|fête|trip|assembly|reunion|council|meeting|committee|hall|garden|"
    r"centre|center|show|league|newsletter))\b",
    re.IGNORECASE,
)


# A group of people the writer is one of: "our Sunday league", "my five-a-side team" (not a place:
# "a poster for our office kitchen" names no one).
_OWN_GROUP = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){0,2}(?:league|club|team|squad|group|choir|class|band|crew|department)\b")


# A thing known by what someone did to it: "the lecture notes Melanie Ward uploaded", "the chapter
# that Angela Sullivan edited", "the biography Amélie Robert is writing". The world's works go by
# their titles ("The Great Gatsby"); a work known by its handling is someone's.
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)"
_SOMEONES_THING = re.compile(
    rf"\bthe (?:[a-z]+ ){{1,2}}(?:that |which )?{_CAPITALISED} {_CAPITALISED}(?: and {_CAPITALISED} {_CAPITALISED})? "
    r"(?:is |was |has |had )?(?:uploaded|edited|filed|submitted|entered|borrowed|lent|took|taken|shared|sent|posted|"
    r"attached|scanned|printed|marked|graded|reviewed|drafted|proofread|brought|packed|left|forgot|writing|drafting|"
    r"editing|preparing|translating)\b"
)
# Questions about the world at large: geography, travel, nature ("Which route up Kilimanjaro…",
# "Plan a road trip around…"), and requests for what is known about something ("Tell me about…").
# In lower case only: capitalised, these words are parts of names ("Lake Jennifer", "Pine Summit").
_WORLD = re.compile(
    r"\b(?:hike|hiking|trek\w*|climb\w*|summit|mountains?|volcano\w*|desert|rivers?|lakes?|"
    r"islands?|coast\w*|national park|capital|population|climate|season|seasons|weather|sights|sightseeing|"
    r"landmarks?|itinerary|trip|tourists?|touristy|unesco|astronomy|acclimati[sz]\w*|worth (?:visiting|reading|seeing)|"
    r"walks|walking|walkable|ferry|ferries|boats?|sailing|beach|beaches|vineyards?|wines?|castles?|cathedrals?|"
    r"old town|visitors|cycling|skiing|things to (?:do|see|eat|visit)|places to (?:visit|see|eat|stay)|what to (?:see|do|visit)|"
    r"must-see|day trips?|"
    r"facts about|overview of|biography of|life of|story of|history of|[Tt]ell me about|"
    r"visiter|randonnée|montagnes?|fleuves?|rivières?|îles?|côtes?|capitale|climat|saisons?|week-end|itinéraire|voyage)\b",
)

# A poem, a song or a story asked for about a place: "Write a song about Paris in the rain", "a
# haiku about Mount Fuji", "a short story set on Everest". Its places are the world's (`places`);
# the people in it are read as in any request.
_CREATIVE = re.compile(
    r"\b(?:write|compose|draft|give me|make|create|come up with)\b[^.?!\n]{0,30}?\b(?:poems?|haikus?|songs?|limericks?|sonnets?|"
    r"ballads?|stor(?:y|ies)|rap|verses?|lullab(?:y|ies)|jingles?|riddles?|odes?)\b[^.?!\n]{0,25}?\b(?:about|on|of|set in|set on|for)\b",
    re.IGNORECASE,
)

# Someone the piece is about or for, which makes its places theirs: "for her retirement", "about
# Anna Kowalska from Leeds".
_CREATIVE_SUBJECT = re.compile(r"\b(?:her|his|him|she|he|their|them|they)\b", re.IGNORECASE)
_CAPITAL_PAIR = re.compile(r"\b([A-Z][a-z]+)[ \t]+[A-Z][a-z]+")

# A trip and its sights, in any person: "three days in Lisbon", "what should I see", "worth a day trip".
_TRAVEL = re.compile(
    r"\b(?:visit|visiting|sights?|sightseeing|itinerary|day trips?|trip to|(?:days?|nights?|weekend|week) in|holidays? in|"
    r"vacation in|tourists?|touristy|things to (?:do|see)|should (?:i|we) see|worth (?:a visit|visiting|seeing)|"
    # The way there: "worth driving from Seville to Granada", "or is the train better".
    r"must-see|travell?ing (?:in|to|from|around|through|with)|driv(?:e|ing) from|(?:by|the|a) (?:train|ferry|coach|bus) (?:from|to|better)|"
    # Getting to a sight: "What's the easiest way to get there from the city centre?".
    r"road trip|get(?:ting)? there|from the (?:city cent(?:re|er)|airport|station)|"
    # Stops between: "worth a detour on the way from Ljubljana to Venice", "a stopover in Doha".
    r"detours?|on the way (?:from|to|back)|stopovers?|layovers?|"
    # A journey and its stops: "a Trans-Siberian Railway journey from Moscow, with stops at Irkutsk",
    # "flights via Dubai".
    r"journeys?|stops? (?:at|in)|stopping (?:at|in|off)|(?:flights?|flying|fly) (?:via|into)|"
    # Arriving, and going round by car: "We land in Marrakech at 10pm", "a base for the Amalfi Coast", "by car in May".
    r"land(?:ing)? in|(?:a|the) base for|by (?:car|campervan|motorbike|bike)|"
    # When and whether to go, and getting round: "Best time of year to go to Tartu?", "should we
    # fly to Split?", "is Ghent walkable, or should we hire a car?".
    r"best (?:time|month|season)s? (?:of (?:the )?year )?to (?:go|visit|travel)|(?:should|can|could) (?:i|we) (?:go|fly|travel|head) to|"
    r"walkable|(?:hire|rent) a car|"
    # Where one stays and how one gets about: "We're staying in Trastevere; is Testaccio market
    # worth the walk?", "How do I get from Rome airport to Monti?", "wine tasting in the Douro".
    r"stay(?:ing)? (?:in|near)|(?:we're|we are|i'm|i am) in (?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)? for (?:a|an|one|two|three|four|five|six|seven|ten|\d+) (?:days?|nights?|weeks?|weekend|fortnight)|driv(?:e|ing) (?:in|around)|hire car|car hire|rental car|(?:do|can|should) (?:i|we) get (?:from|to)|worth the (?:walk|trip|detour|drive)|wine[- ]tasting)\b",
    re.IGNORECASE,
)

# When a trip happens, words `deals` also reads as an appointment's: "on Friday", "this weekend", "tomorrow".
_TRIP_DAYS = re.compile(
    r"\b(?:(?:on|next|last|this|every|by|until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)s?|"
    r"today|tomorrow|tonight|"
    # Who goes: "for a team offsite", "What should our team know before a conference trip to Lagos".
    r"(?:our|my|the|a) team(?: (?:offsite|retreat|trip|away ?day))?|team (?:offsite|retreat|trip)|offsite|"
    # The trip's own paper: "Itinerary draft:", "a draft itinerary", not a message drafted to someone.
    r"(?:itinerary|route|travel plan|trip plan) draft|draft (?:itinerary|route|travel plan|trip plan))\b",
    re.IGNORECASE,
)

# A request for a trip or advice on one: "Plan a weekend in …", "Write a 3-day itinerary …", "We're
# planning ten days in …".
_PLAN = re.compile(
    r"(?:^|[.?!:]\s+)(?:Plan|Suggest|Recommend|Give me|Help me|Write|Draft|Make|Create|Put together|List|Map out|Sketch|"
    r"Outline|Find|Tell me|Compare|Pick|Choose|Rank)\b|\b(?:plan|planning|itinerary|itineraries)\b",
    re.IGNORECASE,
)

# A task set in English that makes something new: its imperative opens a sentence ("Write the
# Statement of Need …", "Suggest 5 indicators …"). Not "Summarise" or "Explain", which as often
# work on a pasted case ("Summarise the case: … CLAIMANT … OF CASTRES").
_TASK_OPENING = re.compile(
    r"(?:^|[.?!:]\s+)(?:Plan|Suggest|Recommend|Give me|Help me|Write|Draft|Make|Create|Put together|Map out|Sketch|Outline|Prepare)\b"
)


# Copy written for the public: a caption, a tagline, a press release, a product blurb, a line-up's
# announcement. The famous people, cities and sights it names are there for its readers to know
# ("Marketing wants a congratulations post for Max Verstappen after the title in Abu Dhabi"), while
# someone's home, contact details or a dealing right by a name are still someone's (`names`).
_COPY_WORDS = (
    # (Not "these captions" of a pasted video's subtitles: the lookbehinds sit after the "c", where
    # `by_first_letter` keeps them.)
    r"c(?<!these c)(?<!those c)(?<!closed c)aptions?|taglines?|slogans?|straplines?|headlines?|subject lines?|press releases?|blurbs?|"
    r"product (?:descriptions?|copy|pages?)|ad copy|landing pages?|website (?:copy|text|banner)|marketing copy|"
    r"(?:instagram|facebook|linkedin|tiktok|social|social media|blog|twitter|x) (?:posts?|captions?|threads?|copy|scripts?|reels?|stor(?:y|ies))|"
    r"tweets?|hashtags?|(?:line-?up|launch|opening) announcements?|brochure copy|promo (?:copy|video|email)|"
    r"(?:congratulations|congrats) (?:post|message for the (?:team|page))|"
    # Where it is published: "Tidy this agenda into a table for the website".
    r"for (?:the|our) (?:website|web ?site|homepage|home page|landing page|socials|instagram|facebook|linkedin|tiktok|blog)|"
    # French, Spanish, Italian, Portuguese, German, Dutch, Polish and Swedish: "communiqué de presse", "Pressemitteilung".
    r"communiqués? de presse|comunicados? de prensa|comunicat[oi] stampa|comunicados? de imprensa|pressemitteilung\w*|"
    r"persbericht\w*|pressmeddelande\w*|informacj\w* prasow\w*|légendes? (?:instagram|pour)"
)
# One branch per first letter (`alternation`): asked of every text, the same matches in under half the time.
_COPY = re.compile(r"\b(?:" + by_first_letter(_COPY_WORDS) + r")\b", re.IGNORECASE)


def _foreign(text: str) -> str | None:
    from privacy_gateway.detection.foreign import foreign_language  # loaded late: keeps the import chain short

    return foreign_language(text)


# Words of the world's works that technical text uses for its own things: a colleague "wrote the
# cron job", a test has "characters" and "titles", a chart a "plot", a UI "themes", a pandas "series".
_TECHNICAL_SENSES = frozenset(
    """wrote author authors paper papers book books character characters chapter chapters plot themes theme
    series episode episodes titles experiment experiments discovery discoveries patent patents mission""".split()
) | {"written by"}


_NUMBER_AFTER = re.compile(r"[ \t]*(?:no\.?|#)?[ \t]*\d")


# A book that keeps a place's records, no work of anyone's: "the handover book", "the visitors' book", "a log book".
_RECORD_BOOK_BEFORE = re.compile(
    r"\b(?:handover|log|guest|visitors?['’]?|address|phone|order|cheque|check|rule|day|record|accident|incident|minute|"
    r"sign-in|signing-in|booking|appointment|duty|shift|exercise|receipt|account|case|site|fault|maintenance|service|bank|pass)[ \t]+$",
    re.IGNORECASE,
)


def _history_word(text: str, technical: bool = False) -> bool:
    """Whether `text` holds a word of history or of the world's works, as a word: capitalised
    mid-sentence and a listed tool ("the flaky Playwright suite", "Opera GX"), it is the tool. In
    `technical` text the words it uses in a sense of its own (`_TECHNICAL_SENSES`) do not count;
    nor does a book of records anywhere ("CLEAN THIS UP FOR THE HANDOVER BOOK")."""
    for m in _HISTORY_WORDS.finditer(text):
        word = m.group()
        if technical and word.lower() in _TECHNICAL_SENSES:
            continue
        if word.lower() in ("book", "books") and _RECORD_BOOK_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if word.lower() == "plot" and _NUMBER_AFTER.match(text, m.end()):
            continue  # "Moi South Lake Road, Plot 77": a plot of land in an address, no story's
        before = text[max(0, m.start() - 2) : m.start()].rstrip(" \t")
        if not (word[:1].isupper() and before and before[-1] not in ".!?:\n\"'“" and (is_software(word) or technology(word) is not None)):
            return True
    return False


# Technical words that shops, offices and public services use in plain prose: "add a column to the
# price list", "the app logs every request", "the booking process", "a new version of the form".
_PLAIN_TECH_WORDS = frozenset(
    """list lists table tables column columns field fields process processes formula app apps request requests
    response responses log logs index model models header degrees transaction transactions error errors warning
    warnings version versions build builds server servers memory code codes tests testing timestamp route routes
    routing component components console browser dataset pipeline metrics retention availability consistency
    command commands port install installs installed installing installation upgrade upgrades upgraded upgrading
    package packages library class classes module modules method methods function functions migration cache
    """.split()
) | {"status code"}


# A table's row: cells between pipes or tabs ("| Sat | Sun |"), where a capitalised word is as often
# a label or a code as a name.
_TABULAR = re.compile(r"^[^\n|]*\|[^\n|]*\||\t[^\n\t]*\t", re.MULTILINE)
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{M}\d_@.#/\-])\p{Lu}\p{Ll}+(?![\p{L}\p{M}\d_@])")
# A word in capitals, as a note typed in capitals writes every word ("TABLE 2: HAMISH GRANT").
_WORD_IN_CAPITALS = regex.compile(r"(?<![\p{L}\p{M}\d_@.#/\-])\p{Lu}{3,}(?![\p{L}\p{M}\d_@])")


def _names_people(text: str) -> bool:
    """Whether two capitalised words of `text` (in capitals, where it is typed in capitals) are given
    names of the lists that are no everyday English word ("Rules: Youssef and Karthik must not sit
    together"): an office's or a shop's note about people, not about brands ("the Bosch and Makita
    drills": one listed name is as often a make)."""
    given: set[str] = set()
    # Typed in capitals, every word is: there its words in capitals are read (elsewhere they are
    # acronyms and labels, "STAR code", "FAQ").
    capitals = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    for m in (_WORD_IN_CAPITALS if capitals else _CAPITALISED_WORD).finditer(text):
        word = ascii_fold(m.group().lower())
        if word in world_first_names() and not common_word(word):
            given.add(word)
            if len(given) >= 2:
                return True
    return False


def _science_acronym(shape: str) -> bool:
    """Whether a mixed-case shape is a short acronym of medicine or the lab, more capitals than small
    letters ("PrEP", "mRNA", "qPCR", "siRNA", "eGFR", "HbA1c"): a clinic's or a lab's word, no
    product's name in CamelCase ("MongoDB", "WebFlux"); a term the technology lists know ("iOS", "PyPI")
    stays a tool's."""
    letters = [c for c in shape if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if " " in shape or upper == len(letters) or not upper:
        return False  # a version ("Django 5.0") or an error code ("E1234", "CS0246"): no mixed-case word
    return len(letters) <= 5 and upper > len(letters) - upper and not is_software(shape) and technology(shape) is None


def _engine_size(text: str, shape: re.Match[str]) -> bool:
    """Whether a name-and-number shape is a car's model and its engine size after the make ("Kia
    Picanto 1.0", "Ford Focus 1.5 EcoBlue"): a garage's words, no product's version."""
    before = [ascii_fold(w.lower()) for w in text[max(0, shape.start() - 30) : shape.start()].split()[-2:]]
    return made_by(before, [ascii_fold(shape.group().split()[0].lower())]) is not None


# A day, a month and a year written with dots after a word ("DOB 3.12.1951", "Died 28.3.2025"): a date,
# not a product's version ("Python 3.11.4").
_DOTTED_DATE = re.compile(r" v?\d{1,2}\.\d{1,2}\.(?:18|19|20)\d\d$")


# Where an office puts a table or a note ("into a Markdown table", "an Excel sheet"): a text that asks
# for one is still prose about its rows, not code.
_OFFICE_TOOLS = frozenset("markdown excel word notion powerpoint outlook onenote airtable trello".split())


def technical_kind(text: str) -> tuple[bool, bool]:
    """(technical, wordy). Technical: code, commands, versions, errors, maths — a code-like mark or
    two technical words. Wordy: technical by plain words alone ("add a column to the price list",
    "the app logs the request"): no code-like mark, product version, error code, named tool or
    tool's word. One scan of the text answers both."""
    if _CODE.search(text):
        return True, False
    marks: set[str] = set()
    plain = True  # every technical word so far one of `_PLAIN_TECH_WORDS`
    for m in _TECH_WORDS.finditer(text):  # most of the cost: stop once the answer is known
        word = m.group().lower()
        marks.add(word)
        plain = plain and word in _PLAIN_TECH_WORDS
        if len(marks) >= 2 and not plain:
            return True, False
    shapes = {
        m.group() for m in _TECH_SHAPES.finditer(text)
        if m.group().split()[0].lower() not in _EVERYDAY_APPS and not _engine_size(text, m) and not _science_acronym(m.group())
        and not _FLIGHT_BEFORE.search(text, max(0, m.start() - 16), m.start()) and not _DOTTED_DATE.search(m.group())
    }
    marks |= shapes
    # Named tools count as marks where fewer than two were found, and rule out a wordy text.
    used = software_used(text) - _CHAT_BOTS if len(marks) < 2 or plain and not shapes else frozenset()
    technical = len(marks | used) >= 2
    return technical, technical and plain and not shapes and not used - _OFFICE_TOOLS


def holds_street_address(text: str) -> bool:
    """Whether `text` holds a numbered street on one line ("14 Larkspur Close", "ul. Długa 5"):
    where someone lives or works, so contact data, whatever else the text is about."""
    return any(c.isdigit() for c in text) and NUMBERED_STREET.search(text) is not None


def has_technical_word(text: str) -> bool:
    """Whether `text` holds a technical word ("Checkout code", "Deploy Service")."""
    return _TECH_WORDS.search(text) is not None


def has_software_word(text: str) -> bool:
    """Whether `text` holds a technical word of software's own ("regex", "database", "api"), not one
    shops and offices use too ("app", "list", "field"): a sentence about validating zip codes is
    about software, one about an app rejecting mine is not."""
    return any(m.group().lower() not in _PLAIN_TECH_WORDS for m in _TECH_WORDS.finditer(text))


def is_guarded(text: str) -> bool:
    """True where only strong evidence should make a capitalised word a person or a place
    (the kind assumed for the text being analysed, as `describe` gives it)."""
    return describe(text).guarded


@dataclass(frozen=True)
class TextKind:
    """What kind of text a whole prompt is, as the recognizers need to know it."""

    technical: bool
    history: bool
    guarded: bool
    # Well-known places (`places`) are the world's here: a question about the world, no dealing, no
    # one's home, no contact data.
    public_places: bool = False
    # A one-line question about tools, from no one and to no one ("Rocket or Axum for a Rust web
    # service?"): its capitalised words are tools unless a list has them as someone's name.
    about_tools: bool = False
    # Technical by its words alone ("add a column to the price list"): no code, command, version or
    # error shape in it. Shops and offices talk of lists, tables and apps; their prose is still prose,
    # and where it names people (two given names, no table's cells) it is read as prose, unguarded.
    wordy: bool = False
    # Guarded only as a plain question (no history, no question about the world's facts): full names
    # in it are still someone's.
    question: bool = False
    # Contact details (an email address, a phone number, a street address in prose): the text is
    # about someone, whatever else it is about.
    contact: bool = False
    # Someone dealt with (a message, a booking, a shift: "Can X cover my shift?"), a thing known by
    # what someone did to it, or a group, venue or trade of one's own life ("our Sunday league"),
    # whoever speaks: the world's names are the world's in prose with none of them (`names`).
    dealt: bool = False
    # A trip planned or weighed whose places are the world's (`public_places` too): "Neuschwanstein
    # or Linderhof if we only have one day in Bavaria?" names sights, not people.
    trip: bool = False
    # The asker reading or studying a work by its title ("I'm rereading Brideshead Revisited and I
    # keep confusing …"): the names that follow are its characters, whoever the lists say they are.
    reading: bool = False
    # Copy written for the public (`_COPY`): its famous people and listed places are the world's,
    # whoever writes it and whatever it deals with, unless a dealing stands right by them.
    copy: bool = False
    language: str = "en"  # set by the detector when several languages are configured (`languages`)

    @property
    def coded(self) -> bool:
        """Technical by code, versions, error codes or tools, not by plain words alone: where digits
        in a phone's grouping are as likely ids, sizes and ports as someone's number."""
        return self.technical and not self.wordy


# A question asked of someone named: its subject, after the auxiliary, is capitalised ("Which hymn
# did Efua Mensah sing …", "Who was Rosalind Pike, …").
_ASKED_OF_SOMEONE = re.compile(_AUXILIARY + r"(?-i:[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def _dealt(text: str, asked: str) -> bool:
    """`TextKind.dealt` of `text`, whose request words are taken out in `asked`."""
    return deals(asked) or _SOMEONES_THING.search(text) is not None or own_life(asked, written_for=False) or _OWN_GROUP.search(text) is not None


# A sentence's end for `dealt_in_sentence`: not the full stop of an initial or a short form ("Roe v.
# Wade", "A. N. Other", "Dr. Ruth Westheimer").
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bvs)(?<!\bMrs)(?<!\bJr)[.!?]+(?=\s)|\n")


# Whom a piece is for, a class, a club or a publication of the writer's: "for my grade 11 class",
# "for the running club newsletter", "for a parish newsletter". Not a team, a meeting or an event:
# "Prepare for the meeting: Satya Nadella wants the Q3 numbers" may name a colleague.
_FOR_GROUP = re.compile(
    r"\bfor\s+(?:(?:a|an|the|my|our|their|his|her|this|next)\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:class(?:es)?|club|choir|newsletter|bulletin|magazine|assembly|lesson|seminar|workshop|handout|quiz|school|"
    r"students|pupils)\b"
    # The same said as a heading: "RUNNING CLUB NEWSLETTER: a paragraph mentioning …".
    r"|^[ \t]*(?:[\w'’-]+[ \t]+){0,3}(?:newsletter|bulletin|magazine|handout|quiz|assembly)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


# A letter a named person wrote, and an editor's note: "Warren Buffett's annual Berkshire Hathaway
# letter", "Lincoln's letter to Grace Bedell", "EDITOR'S NOTE". Not their e-mail, memo or request,
# which a colleague named like them sends too ("Summarise Tim Cook's email").
_OWNED_DEALING = regex.compile(
    r"\p{Lu}[\p{L}'’.\-]*['’][sS]?[ \t]+(?:[\p{L}\d\-]+[ \t]+){0,3}?(?i:letters?)\b|(?i:editor['’]s[ \t]+notes?)\b"
)


def _without_readers(sentence: str) -> str:
    """`sentence` less whom a piece is for (`_FOR_GROUP`) and a letter the named person wrote (`_OWNED_DEALING`)."""
    return _FOR_GROUP.sub(" ", _OWNED_DEALING.sub(" ", sentence))


def dealt_in_sentence(text: str, start: int, end: int, groups: bool = True) -> bool:
    """Whether the sentence holding text[start:end] deals with someone (`TextKind.dealt`, read in
    that sentence alone): "Summarise Ingrid Larsson's thesis for the hiring committee" does, while in
    "Scheme of work, draft:\nWeek 1: Jane Austen's life and Bath" the dealing word is the writer's
    own task, not the named person's, and in "How did Ada Lovelace meet Charles Babbage?" one named
    person deals with another (`dealing_words.NAMED_PAIR`). Without `groups`, whom a piece is for
    ("for my grade 11 class", "for the running club newsletter", `_FOR_GROUP`) does not count: it
    says who reads about a name the world knows, not that the writer deals with them ("the top scorer
    in our Sunday league" still does)."""
    first, last = sentence_bounds(text, start, end, _SENTENCE_END)
    sentence = without_named_pairs(text[first:last])
    studied, _ = _without_own_study(sentence)
    asked = _REQUEST.sub(" ", studied)
    if not groups:
        sentence, asked = _without_readers(sentence), _without_readers(asked)
    return _dealt(sentence, asked)


_WORD_RUN = re.compile(r"[^\W\d_][\w'’\-]*")
_FIRST_PERSON = re.compile(r"\b(?:me|my|mine|us|our|ours)\b", re.IGNORECASE)
# A private matter anywhere in the sentence makes a famous name there someone's, however far from it
# (`dealing_words.PRIVATE_MATTERS`: "Summarise Jane Austen's thesis … for the hiring committee").
_PRIVATE_MATTER = re.compile(rf"\b(?:{PRIVATE_MATTERS})\b", re.IGNORECASE)


def dealt_near(text: str, start: int, end: int, copy: bool = False) -> bool:
    """Whether a dealing word stands right by text[start:end], in its sentence: among the four words
    before it or the four after it ("Send the invoice to Angela Merkel", "Angela Merkel called me",
    "Tim Cook's email"). For a full name the world knows, where a dealing word further off is the
    writer's own task ("Draft three headlines for a story on Claudia Sheinbaum becoming president")
    or another person's ("How did Ada Lovelace meet Charles Babbage?", `without_named_pairs`). The
    writer in what the person does makes it a dealing too ("Can Karl Marx cover my shift?"), and so
    do a private matter or a group of one's own anywhere in the sentence (`_PRIVATE_MATTER`, `_OWN_GROUP`:
    "… for the hiring committee", "… the top scorer in our Sunday league"). In `copy` written for the
    public, the piece's own kind is no dealing ("a congratulations post for Max Verstappen")."""
    first, last = sentence_bounds(text, start, end, _SENTENCE_END)
    sentence = without_named_pairs(text[first:last])
    if copy:
        sentence = _COPY.sub(lambda m: " " * len(m.group()), sentence)
    before = sentence[: start - first]
    # What follows, less a letter the person wrote ("Warren Buffett's 2008 letter", `_OWNED_DEALING`).
    rest = sentence[start - first :]
    owned = _OWNED_DEALING.search(rest)
    after = _without_readers(rest[owned.end() :] if owned is not None and owned.start() < end - start else rest[end - start :])
    words_before = list(_WORD_RUN.finditer(before))[-4:]
    words_after = list(_WORD_RUN.finditer(after))[:4]
    near_before = _without_readers(before[words_before[0].start() :]) if words_before else ""
    near_after = after[: words_after[-1].end()] if words_after else ""
    # The writer in what the person does: "Can Karl Marx cover my shift?", "… called me".
    if deals(near_before) or deals(near_after) or _FIRST_PERSON.search(near_after) is not None:
        return True
    # A private matter or a group of one's own life anywhere in the sentence ("the top scorer in our Sunday league").
    return _PRIVATE_MATTER.search(sentence) is not None or _OWN_GROUP.search(sentence) is not None


def kind_of(text: str) -> TextKind:
    """Work out the kind of `text` (a few regex scans, each at most once).

    History: about the past of the world, and no one speaking about themselves. Public knowledge:
    history, or a question about the world at large, with no one speaking about themselves or to
    someone. Guarded: technical (not wordy prose naming people) or public knowledge, and no contact details.
    """
    # "Can U Help Me Write A Message To Lorenzo About The Rent": capitals on every word are no
    # proper nouns of history; such lines are read in lower case.
    text = lowered_title_lines(text) or text
    technical, wordy = technical_kind(text)
    studied, reading = _without_own_study(text)
    asked = _REQUEST.sub(" ", studied)
    personal = _PERSONAL.search(asked) is not None

    def dealing_in(words: str) -> bool:
        # The larger list (`own_life`) last, only where it can still matter.
        return deals(words) or TASK.search(text) is not None or _SOMEONES_THING.search(text) is not None or not personal and own_life(words)

    dealing = dealing_in(asked)
    dealt = _dealt(text, asked)
    knowledge = _KNOWLEDGE.search(text) is not None
    # `_EVERYDAY` is the largest pattern: asked once, only after a reading that it can undo matched.
    everyday: list[bool] = []

    def about_someone() -> bool:
        """Whether the text speaks of someone's everyday dealings (`_EVERYDAY`): "Compare what Hope
        Adeyemi and Grant Olsen said", "Which objections did K. G. Baert raise in the Q4 memo?"."""
        if not everyday:
            everyday.append(_EVERYDAY.search(text) is not None)
        return everyday[0]

    past_shaped = _PAST_QUESTION.search(text) is not None
    past = past_shaped and not about_someone()
    account = not dealing and _ACCOUNT.search(text) is not None and not about_someone()
    asked_about = account or knowledge or text.rstrip().endswith("?") or unmarked_question(text)
    work = asked_about and _WORK_OF.search(text) is not None
    # Names are the world's only where the text asks about the world (a past question, an account,
    # a request to explain or compare, a work by its maker, history's words) and deals with no one.
    # A request to explain or compare what someone said, wrote in a memo or raised at a meeting is
    # about colleagues, as a past question is.
    explain = _EXPLAIN.search(text) is not None and not about_someone()
    # A past question about an occasion of someone's ordinary life ("Which novel did … recommend
    # last night?") is not about the world's history, whatever its words (`_OCCASION`).
    # So is one about a community's own occasions and bodies ("Which hymn did … sing at the carol
    # service?", "What position did … play for the under-11s?"), unless it names a fame or someone
    # the world knows (`local_life.LOCAL_LIFE`).
    # Asked of someone named ("Which hymn did Efua Mensah …", not "How did the carol service at
    # King's College begin?"), the world's facts asked of such an occasion ("What did … sing at the
    # end-of-term play?", "How many medals did … win at the county swimming gala?") are the
    # community's, not the world's. Typed in one case, the subject is any word after the auxiliary
    # ("which paintings did benjamin boaten hang in the care home's hallway?"). A request for an
    # account of what someone did there is the community's too ("Summarise the talk on Ancient
    # Egypt that … gave to the Rotary club").
    # Asked once, only where a reading of history or of the world has matched, and the community's
    # words (the longest pattern here) last.
    community: list[bool] = []

    def local() -> bool:
        if not community:
            community.append(
                (_ASKED_OF_SOMEONE.search(text) is not None or _asked_in_one_case(text) or _requested(text))
                and deals(text, LOCAL_LIFE) and _FAME.search(text) is None and not names_notable(text)
            )
        return community[0]

    occasion = past_shaped and _OCCASION.search(text) is not None
    # A desk, a shift, a role or an HR record (`at_work`) makes a question or a request for an
    # account ("Tell me about …, the contractor who …") one about the writer's workplace, not about
    # the world: a plain question at most, where a full name is still someone's. Notes and messages
    # are read as before ("notes: … and the vendor agreed …").
    workplace = (asked_about or _ACCOUNT.search(text) is not None) and not personal and not dealing and at_work(asked)
    history = not personal and not dealing and not occasion and not workplace and (
        past or work or account or explain or reading or _history_word(text, technical) or _FAME.search(text) is not None
    ) and not local()
    # Knowledge asked of someone's dealings ("Which objections did … raise in the Q4 memo?") is not
    # about the world: a plain question at most, where a full name is still someone's.
    world = not technical and not personal and not dealing and not workplace and (
        knowledge and not about_someone() or account or _WORLD.search(text) is not None
    ) and not local()
    # A plain question with no one speaking or dealt with ("Why does Hamlet delay?", "How busy does
    # Český Krumlov get?") is about the world too: single capitalised words in it are characters,
    # towns and works, while a full name still needs history's signals (`names`).
    question = not technical and not personal and not dealing and not history and not world and asked_about and _HOME.search(text) is None
    public = history or world or question
    # A street address is someone's in prose; in code, logs and dumps the shape is as often a
    # number before capitalised words ("200 OK Gateway"), and keys type real addresses there.
    contact = _CONTACT.search(text) is not None or (not technical or wordy) and holds_street_address(text)
    # The asker's own trip ("I have one day in Istanbul: what should I see?") is a question about the
    # world's places too; where someone lives (`_HOME`) or whom they deal with is not.
    # A trip planned or weighed ("Plan a weekend in Venice: …", "Is it worth driving from Seville to
    # Granada, or is the train better? We're travelling in April.") asks about its places too; a
    # trip told ("Zambia was super fun to visit!") does not.
    trip = _TRAVEL.search(text) is not None and ("?" in text or _PLAN.search(text) is not None or unmarked_question(text))
    # A trip's days are no one's dealing: "Any tips for driving in Colmar? We pick up the hire car on
    # Friday." (a meeting, a booking or a message still is: "we meet Ana there on Friday").
    if trip and dealing:
        undated = _TRIP_DAYS.sub(" ", asked)
        dealing = dealing_in(undated)
    creative = _CREATIVE.search(text) is not None and _CREATIVE_SUBJECT.search(text) is None and not any(
        m.group(1).lower() in world_first_names() for m in _CAPITAL_PAIR.finditer(text)
    )
    # A task set on the world's things ("Write a grant proposal for a food bank in Detroit",
    # "Suggest 5 indicators an NGO in Bangladesh could measure") names its places as the world's
    # too: an English imperative opening a sentence, in text written in English ("plan" is French too).
    task = _TASK_OPENING.search(text) is not None and _foreign(text) is None
    places = (asked_about or world or trip or creative or task) and (not personal or trip) and not dealing and not contact and _HOME.search(text) is None
    # "We use Hangfire with Serilog; …?" is the asker's own stack: a speaker does not make the
    # question about people, a dealing or contact details do.
    tools = _about_tools(text) and not dealing and not contact
    return TextKind(
        technical=technical,
        history=history,
        guarded=(technical and not (wordy and _TABULAR.search(text) is None and _names_people(text)) or public) and not contact,
        public_places=places,
        about_tools=tools,
        question=question,
        wordy=wordy,
        contact=contact,
        dealt=dealt,
        trip=trip and places,
        reading=reading,
        copy=not contact and _COPY.search(text) is not None and _HOME.search(text) is None,
    )


def _about_tools(text: str) -> bool:
    """A one-line question that names a listed tool or language. In another language its function
    words name none ("Ce", "Was", "Para")."""
    question = text.strip()
    if not question.endswith("?") or "\n" in question:
        return False
    if (language := _foreign(question)) is None:
        return names_technology(question)
    from privacy_gateway.detection.foreign import function_word, stop_word  # loaded late: keeps the import chain short

    return names_technology(question, own=lambda word: function_word(word) or stop_word(language, word))


def in_language(kind: TextKind, language: str) -> TextKind:
    """`kind` for a text written in `language`. The plain-question reading rests on English cue
    words (who speaks, who is dealt with); another language's questions are not read so."""
    if language == "en" or not kind.question:
        return replace(kind, language=language)
    return replace(kind, language=language, question=False, guarded=False)


_assumed = threading.local()


@contextmanager
def assume(kind: TextKind) -> Iterator[None]:
    """Within the block, `describe` answers `kind` in this thread, whatever text it is given."""
    previous = getattr(_assumed, "kind", None)
    _assumed.kind = kind
    try:
        yield
    finally:
        _assumed.kind = previous


def describe(text: str) -> TextKind:
    """The kind assumed for the text being analysed, or else the kind of `text` itself."""
    kind: TextKind | None = getattr(_assumed, "kind", None)
    return kind if kind is not None else kind_of(text)
