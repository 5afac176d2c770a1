"""E-mail addresses, plain and written out against harvesters ("name (at) corp (dot) com").

Moved out of `numbers`: addresses have more disguises than the other shapes.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

import tldextract

from privacy_gateway.detection import lines
from privacy_gateway.detection.lexicon import english_form
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.software import is_software, tool_sender
from privacy_gateway.detection.text_kind import describe


# "@" and "." said in the languages people spell addresses out in: Spanish and Portuguese "arroba",
# French "arobase", Italian "chiocciola", German "ät" and "Klammeraffe", Russian "собака", Polish
# "małpa", Dutch "apenstaartje", Swedish "snabel-a", Hungarian "kukac", Czech "zavináč"; and "punto",
# "point", "punkt", "ponto", "точка", "kropka", "punt", "pont", "tečka", "piste" for the dot.
AT_WORDS = r"arroba|arobase|chiocciola|klammeraffe|ät|собака|małpa|malpa|apenstaartje|snabel-a|kukac|zavináč"
DOT_WORDS = r"punto|point|punkt|ponto|точка|kropka|punt|pont|tečka|piste"
_FOREIGN_AT = re.compile(rf"(?i)(?<!\w)(?:{AT_WORDS})(?!\w)")


class EmailAddressRecognizer(ShapeRecognizer):
    """local@domain.tld, also where Presidio's pattern fails: after "user=", "mailto:", inside query strings."""

    ENTITY = "EMAIL_ADDRESS"
    _CANDIDATE = re.compile(
        r"(?<![\w.+\-])[\w.+\-!#$%&'*/?^`{|}~]*?[\w+\-](?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
    )

    # Written out against harvesters: "name (at) mail (dot) com", "name [at] corp[dot]net", "first dot
    # last at corp dot com", "name {at} corp {dot} com", "name -at- corp -dot- eu", "name (a) corp.com",
    # "name_at_corp.com", "name @ corp . com", and an address a mail client broke over two lines
    # ("name@\ncorp.com").
    _DOT = rf"(?:\s*[(\[{{<]\s*dot\s*[)\]}}>]\s*|\s+-dot-\s+|\s+(?:dot|{DOT_WORDS})\s+|[ \t]+\.[ \t]+|\n[> \t]*\.|\.)"
    _AT = (
        rf"(?P<at>\s*[(\[{{<]\s*(?:at|a)\s*[)\]}}>]\s*|\s+-at-\s+|\s+(?:at|{AT_WORDS})\s+|_at_"
        r"|[ \t]+@[ \t]*|@[ \t]+|[ \t]*\n[> \t]*@[ \t]*|@[ \t]*\n[> \t]*|@)"
    )
    # Said aloud: "tomas underscore reyes eighty two at gmail dot com", "j dash smith at …".
    _SAID_JOIN = r"|[ \t]+(?:underscore|dash|hyphen)[ \t]+"
    _SAID_NUMBER = (
        r"(?:[ \t]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple)\b)*"
    )
    # A part spelt letter by letter, as said on the phone: "j dot s m i t h at gmail dot com".
    _PART = r"(?:[a-z](?:[ \t]+[a-z](?![\w@])){2,}|[a-z0-9][\w+\-]*)"
    _SPELLED = re.compile(
        r"(?i)(?<![\w.+\-])(?P<local>" + _PART + r"(?:(?:" + _DOT + _SAID_JOIN + r")" + _PART + r")*" + _SAID_NUMBER + r")" + _AT +
        r"(?P<domain>[a-z0-9][a-z0-9\-]*(?:" + _DOT + r"[a-z0-9][a-z0-9\-]*)*" + _DOT + r"[a-z]{2,12})(?![\w@])(?!\s*[(\[{<\-]?\s*(?:at|a)\s*[)\]}>\-]|\s+at\s|\s*@)"
    )
    # What any of those needs somewhere in the text: a disguised "@" or "dot", or " at " before a
    # dotted host. Most texts have none, and the long pattern above then never runs.
    _DISGUISE = re.compile(
        r"(?i)[(\[{<]\s*(?:at|a|dot)\s*[)\]}>]|\s-(?:at|dot)-\s|_at_|\sdot\s|[ \t]@|@[ \t\n]|\n[> \t]*[@.]|[ \t]\.[ \t]"
        r"|\sat\s+[a-z0-9][a-z0-9\-]*\."
        rf"|\s(?:{AT_WORDS})\s"
    )
    # Reversed, another trick against harvesters: "moc.liamg@htims.nhoj".
    _REVERSED = re.compile(r"(?i)(?<![\w.+\-@])[a-z]{2,24}(?:\.[a-z0-9\-]+)+@[\w.+\-]*[\w+\-](?![\w@]|\.\w)")

    def precheck(self, text: str) -> bool:
        return "@" in text or "at" in text or "AT" in text or "(a)" in text or _FOREIGN_AT.search(text) is not None

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        someones = False  # whether the text holds an address a person is behind
        for m in self._SPELLED.finditer(text) if self._DISGUISE.search(text) else ():
            # "deleted_at_local.tz" in code is an attribute; "name_at_corp.com" only in prose.
            if m.group("at") == "_at_" and describe(text).technical:
                continue
            if _email_spelled_out(m) and not _source_location(text, m):
                someones = True
                # "write to nineteen(at)aa.com": the preposition before a local part said as a number is the sentence's.
                lead = _LEADING_WORD.match(text, m.start(), m.end("local"))
                yield lead.end() if lead else m.start(), m.end(), 0.9
        if "@" not in text:
            return
        for m in self._REVERSED.finditer(text):
            if _reversed_address(m.group()):
                someones = True
                yield m.start(), m.end(), 0.85
        kept = []
        for m in self._CANDIDATE.finditer(text):
            start = m.start()
            # "user=odavis@…", "mailto:x@…": the address starts after the last separator.
            head = re.search(r"[=:/?&'`{|}]", m.group().split("@")[0][::-1])
            if head:
                start = m.start() + len(m.group().split("@")[0]) - head.start()
            if _service_login(text, start, m):
                continue
            if _no_ones_mailbox(text, start, m):
                kept.append((start, m.end()))
                continue
            someones = True
            yield start, m.end(), 1.0
        # Beside someone's address, a team's goes too: the domain they share would tell whose it is.
        if someones:
            for start, end in kept:
                yield start, end, 1.0


# A word of the sentence the spelled pattern takes into a local part when a spoken number follows it.
_LEADING_WORD = re.compile(r"(?i)(?:to|at|on|for|from|by|via|is|me|and|or)[ \t]+(?=[a-z])")
# A remote login before `user@host`: "ssh ubuntu@ip-10-0-1-12.ec2.internal", "scp f ec2-user@…".
_REMOTE_COMMAND = re.compile(r"(?i)\b(?:ssh|scp|sftp|rsync|mosh|telnet|ssh-copy-id)\b[^\n@]{0,80}$")


def _service_login(text: str, start: int, m: re.Match[str]) -> bool:
    """`git@github.com:org/repo.git`, `ssh ubuntu@bastion.corp.internal`: a service account at a
    host, an SSH target and no one's mailbox (a person's login there stays an address)."""
    local = text[start : text.index("@", start)].lower()
    if local not in SERVICE_ACCOUNTS:
        return False
    return text[m.end() : m.end() + 1] == ":" or _REMOTE_COMMAND.search(text, max(0, start - 90), start) is not None


# The words of a role's or a team's mailbox, which no one's name is: "support@", "no-reply@",
# "dev-team@", "customer.service@", "it-helpdesk@", "billing+eu@".
_ROLE_WORDS = frozenset(
    """support help helpdesk servicedesk info information contact contacts hello enquiries enquiry inquiries inquiry
    noreply no reply donotreply do not dont postmaster hostmaster webmaster abuse security privacy gdpr dpo
    team teams staff all everyone dev devs devteam devops ops sre oncall on call it admin admins administrator
    sales marketing billing accounts accounting invoices invoice payments payroll finance hr people careers jobs
    recruiting recruitment talent press media legal compliance orders order service services customer customers
    customerservice care feedback newsletter news notifications notification notify alerts alert updates mailer
    daemon bounce bounces office reception frontdesk engineering eng frontend backend platform infra qa release
    releases build builds ci cd deploy deployments bot bots system systems root""".split()
)
_MAIL_PART = re.compile(r"[-_.]")
# The header lines whose `<…@…>` values name messages, not mailboxes.
_MESSAGE_HEADER = re.compile(r"(?i)(?:message-id|in-reply-to|references|content-id|x-message-id|resent-message-id)[ \t]*:")
# A display name right before its address: `"Jenkins" <jenkins@ci.example.org>`.
_DISPLAY_NAME = re.compile(r"""["']?(?P<name>[\w.\- ]{2,40}?)["']?[ \t]*<$""")


# A sample's mailbox at a domain made for examples: a word that stands for anyone ("test@", "user1@",
# "usuario@", "firstname.lastname@") or a language's placeholder that is no one's name
# ("max.mustermann@", "fulano@"). Not one made of a person's name, however conventional ("john.doe@",
# "alice@", "mario.rossi@"): corpora, tests and generators write real people so
# ("jane.doe@example.com", Faker's "jonesrandall@example.net").
_SAMPLE_LOCAL_WORDS = frozenset(
    """test tester testing testuser user username usuario usuaria utilisateur utilisatrice benutzer nutzer utente teste
    gebruiker uzytkownik użytkownik kullanici kullanıcı pengguna demo sample example dummy fake foo bar baz qux quux
    someone somebody anyone nobody name yourname your you me firstname lastname first last surname vorname nachname
    prenom prénom nom nombre apellido""".split()
)
_SAMPLE_LOCALS = frozenset(
    """max.mustermann erika.mustermann maxmustermann mustermann musterfrau fulano fulana beltrano ciclano sicrano mengano
    zutano fulano.detal fulano.de.tal matti.meikalainen maija.meikalainen jan.modaal tolvan.tolvansson""".split()
)
# A domain made for examples: a reserved name (RFC 2606, RFC 6761) or "example" in a language, under any suffix.
_EXAMPLE_HOSTS = frozenset(
    "example exemple ejemplo exemplo esempio beispiel voorbeeld przyklad przykład esimerkki eksempel exempel primer örnek ornek contoh".split()
)
_TRAILING_DIGITS = re.compile(r"\d{1,3}$")


def _sample_mailbox(box: str, domain: str) -> bool:
    """Whether `box`@`domain` (both lower case, the box without its "+" tag) is a sample's address at a
    domain made for examples (`_SAMPLE_LOCAL_WORDS`,
    `_SAMPLE_LOCALS`, `_EXAMPLE_HOSTS`): "test@example.com", "usuario@ejemplo.com", "max.mustermann@example.de".
    A named person's address at such a domain stays someone's ("samuel.gibson@northwind.example", "jane.doe@example.com")."""
    labels = domain.rstrip(".").split(".")
    if not (labels[-1] in ("example", "test", "invalid") or any(label in _EXAMPLE_HOSTS for label in labels[:-1])):
        return False
    parts = [part for part in _MAIL_PART.split(_TRAILING_DIGITS.sub("", box)) if part]
    return bool(parts) and (all(part in _SAMPLE_LOCAL_WORDS for part in parts) or ".".join(parts) in _SAMPLE_LOCALS)


def _no_ones_mailbox(text: str, start: int, m: re.Match[str]) -> bool:
    """A role's or a team's mailbox ("support@example.com", "dev-team@corp.io"), a sample's at a domain
    made for examples ("test@example.com", `_sample_mailbox`), a tool sending as itself ("Jenkins"
    <jenkins@ci.example.org>) or a message's identifier (`Message-ID: <a1d0.6326@ci.example.org>`):
    an address no person is behind, left as written."""
    local = text[start : text.index("@", start)].lower()
    box = local.split("+")[0]  # "billing+eu": a tag after the plus sorts the box's mail
    if all(part in _ROLE_WORDS for part in _MAIL_PART.split(box) if part) and any(c.isalpha() for c in box):
        return True
    domain = m.group()[m.group().index("@") + 1 :].lower()
    if _sample_mailbox(box, domain):
        return True
    line_start = lines.line_start(text, start)
    if _MESSAGE_HEADER.match(text, line_start) is not None:
        return True
    shown = _DISPLAY_NAME.search(text, max(line_start, start - 48), start)
    if shown is not None:
        host = domain.split(".")[:-1]
        return tool_sender(shown.group("name"), local) and any(label in _ROLE_WORDS or is_software(label) for label in host)
    return False


_FILE_EXTENSIONS = {"yaml", "yml", "json", "py", "txt", "md", "js", "ts", "csv", "log", "xml", "html", "conf", "cfg",
                    "ini", "sh", "exe", "zip", "tar", "gz", "pdf", "docx", "png", "jpg", "toml", "lock", "env"}


# Source files, whose names read as a domain under a brand or country suffix (.java, .rs, .py, .sh).
_SOURCE_EXTENSIONS = {"java", "kt", "kts", "scala", "rs", "go", "py", "rb", "php", "cs", "cpp", "cc", "hpp", "swift", "js", "jsx",
                      "ts", "tsx", "sh", "pl", "lua", "ex", "exs", "dart", "vue", "sql"}
_LINE_NUMBER = re.compile(r":\d")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _source_location(text: str, m: re.Match[str]) -> bool:
    """Whether a bare "x at y.ext" is an error at a place in code, not a written-out address: a line
    number after it ("KeyError at views.py:12", "Segfault at main.rs:12"), or a source file's
    extension after a name in camel case ("NullPointerException at OrderService.java")."""
    if m.group("at").strip().lower() != "at":
        return False
    if _LINE_NUMBER.match(text, m.end()):
        return True
    domain = m.group("domain")
    return domain.rpartition(".")[2].lower() in _SOURCE_EXTENSIONS and (
        _INNER_CAPITAL.search(domain) is not None or _INNER_CAPITAL.search(m.group("local")) is not None
    )


def _spelled_dot(part: str) -> bool:
    return re.search(rf"(?i)\b(?:dot|{DOT_WORDS})\b", part) is not None


# Top-level names reserved for examples, tests and private networks (RFC 2606, RFC 6761, RFC 6762,
# ICANN's .internal): no public suffix, yet people write addresses under them.
_RESERVED_TLDS = frozenset("example test invalid localhost local internal lan corp home intranet".split())
_SPELLED_DOT = re.compile(rf"(?i)\s*[(\[{{<]\s*dot\s*[)\]}}>]\s*|\s+-dot-\s+|\s+(?:dot|{DOT_WORDS})\s+|\s*\n[> \t]*\.|[ \t]+\.[ \t]+")


@functools.cache
def _suffixes() -> tldextract.TLDExtract:
    """The Public Suffix List snapshot that ships with tldextract (no download, ever)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def real_domain(domain: str) -> bool:
    """A host name under a public suffix ("corp.co.uk", "mailbox.hu") or a reserved one ("x.example")."""
    labels = domain.rstrip(".").split(".")
    if len(labels) < 2 or not all(labels):
        return False
    if labels[-1] in _RESERVED_TLDS:
        return True
    parts = _suffixes()(domain)
    return bool(parts.suffix and parts.domain)


def _reversed_address(token: str) -> bool:
    """"uh.xobliam@17htemen_rodnas" is "sandor_nemeth71@mailbox.hu" backwards: a reversed token that is
    an address under a real domain, where the token as written is none."""
    back = token[::-1]
    local, _, domain = back.partition("@")
    if not local or "@" in domain or not real_domain(domain) or real_domain(token.partition("@")[2]):
        return False
    return EmailAddressRecognizer._CANDIDATE.fullmatch(back) is not None


def _email_spelled_out(m: re.Match[str]) -> bool:
    """Any disguise of the "@" (brackets, dashes, spaces, a line break) says e-mail when the domain
    is a real one; a bare " at " also needs a spelled "dot" in the domain or a local part shaped
    like an address ("stepanka.zeman", "langgeng78"), so "look at github.com" and "meet at home
    dot" stay prose."""
    if not real_domain(_SPELLED_DOT.sub(".", m.group("domain")).replace(" ", "")):
        return False
    if m.group("at") == "@":
        return "\n" in m.group("domain")  # "name@gmail\n.com"; whole addresses are `_CANDIDATE`'s
    if m.group("at").strip().lower() != "at":
        return True
    local = m.group("local")
    if _spelled_dot(local) and not _spelled_dot(m.group("domain")):
        return False
    if _spelled_dot(m.group("domain")):
        return True
    # "stepanka.zeman at post.cz", not "config.yaml at docs.example.com" or "v2 at api.example.com".
    parts = re.split(r"[._]", local.lower())
    if len(parts) > 1:
        return parts[-1] not in _FILE_EXTENSIONS and m.group("domain").count(".") <= 2
    # "langgeng78 at gmail.com", "marysimmons at yahoo.co.uk": no word of English before a mail
    # domain with no host in front ("look at github.com" and "v2 at api.example.com" stay).
    # A product at its own site ("nginx at nginx.org", "Kafka at confluent.io") is no address either.
    site = _suffixes()(m.group("domain"))
    word = local.lower()
    return len(word) >= 4 and not english_form(word) and not site.subdomain and word != site.domain.lower() and not is_software(local)
