"""Cards, SSNs, phone numbers, driver's licences, IPs and emails: shapes people write, and look-alikes."""

from __future__ import annotations

import pytest

from privacy_gateway.checksums import luhn as luhn_ok
from tests.detection.helpers import Find


def values(found: list[tuple[str, str]], entity: str) -> list[str]:
    return [v for t, v in found if t == entity]


@pytest.mark.parametrize(
    "text, card",
    [
        pytest.param("My card 4403815471941639 is expiring", "4403815471941639", id="visa-plain"),
        pytest.param("Pay with 4111-1111-1111-1111 please", "4111-1111-1111-1111", id="visa-dashes"),
        pytest.param("charge 5555 5555 5555 4444 today", "5555 5555 5555 4444", id="mastercard-spaces"),
        pytest.param("Amex 3782 822463 10005 on file", "3782 822463 10005", id="amex-15-grouped"),
        pytest.param("cancel my card 370515609915391 because", "370515609915391", id="amex-15-plain"),
        pytest.param("card 2235869700714653 was lost", "2235869700714653", id="mastercard-2-series"),
        pytest.param("What's your credit card? 2457818711329523", "2457818711329523", id="2-series-after-question"),
        pytest.param("JCB 180080641840974 declined", "180080641840974", id="jcb-1800"),
        pytest.param("My card 572567711955 was charged twice", "572567711955", id="maestro-12-with-context"),
        # Mixed separators with no card word before: the groupings the networks print still count.
        pytest.param("Receipt OCR says 3744.683162\u201332724. Which issuer is that?", "3744.683162\u201332724",
                     id="amex-4-6-5-mixed-separators"),
        pytest.param("the slip reads 3056 930902-5904, why", "3056 930902-5904", id="diners-4-6-4-mixed-separators"),
    ],
)
def test_payment_cards(find: Find, text: str, card: str) -> None:
    assert values(find(text), "CREDIT_CARD") == [card]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Order 4403815471941638 shipped", id="luhn-fails"),
        pytest.param("epoch millis 1700000000000 in the log", id="timestamp"),
        pytest.param("UUID 123e4567-e89b-12d3-a456-426614174000", id="uuid"),
        pytest.param("sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", id="hash"),
        pytest.param("build 19045.3803 and version 3.11.7", id="versions"),
        pytest.param("ticket 572567711955 was closed", id="12-digits-without-card-word"),
        pytest.param("build 3744.683162-32725 failed", id="amex-grouping-luhn-fails"),
        pytest.param("run 1234.567890-12345 took 3 s", id="4-6-5-grouping-not-amex"),
    ],
)
def test_no_card_in_look_alikes(find: Find, text: str) -> None:
    assert values(find(text), "CREDIT_CARD") == []


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


@pytest.mark.parametrize(
    "text, ssn",
    [
        pytest.param("His social security number is 039-85-6690", "039-85-6690", id="dashed"),
        pytest.param("SSN 578-03-3932, new phone", "578-03-3932", id="dashed-after-label"),
        pytest.param("Update my SSN to 123456789 in payroll", "123456789", id="undashed-with-context"),
        pytest.param("Social security number: 219 09 9999.", "219 09 9999", id="spaces-with-context"),
    ],
)
def test_ssn(find: Find, text: str, ssn: str) -> None:
    assert values(find(text), "US_SSN") == [ssn]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Invoice 123456789 is overdue", id="nine-digits-no-context"),
        pytest.param("SSN 000-12-3456 is a test value", id="area-000"),
        pytest.param("SSN 666-12-3456", id="area-666"),
        pytest.param("ssn 123-00-4567", id="group-00"),
    ],
)
def test_no_ssn(find: Find, text: str) -> None:
    assert values(find(text), "US_SSN") == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("You can call +1-797-553-4226x20398", "+1-797-553-4226x20398", id="us-plus1-extension"),
        pytest.param("call (770)986-1113x67634", "(770)986-1113x67634", id="parentheses-extension"),
        pytest.param("new phone 001-601-964-6491.", "001-601-964-6491", id="001-prefix"),
        pytest.param("phone 734.585.2909x0112", "734.585.2909x0112", id="dots-extension"),
        pytest.param("Office\n803.966.3595x006-Office", "803.966.3595x006", id="suffix-label"),
        pytest.param("reach us on +44 20 7946 0958 today", "+44 20 7946 0958", id="uk-international"),
        pytest.param("Ring +46 8 123 456 78 first", "+46 8 123 456 78", id="sweden"),
        pytest.param("mobile 090-1234-5678", "090-1234-5678", id="japan-national"),
        pytest.param("call me on 0049 30 901820", "0049 30 901820", id="00-prefix"),
        pytest.param("my mobile 07700 900123", "07700 900123", id="uk-mobile"),
        pytest.param("at (415) 555-0132 ext. 204", "(415) 555-0132 ext. 204", id="ext-word"),
        pytest.param("Numer 882 596 967 dzwoni", "882 596 967", id="grouped-no-trunk"),
        pytest.param("Tel: 06 12 34 56 78", "06 12 34 56 78", id="french-pairs"),
        pytest.param("Is 087-6931440 a valid phone format?", "087-6931440", id="dutch-context-after"),
        pytest.param("Is 02649/86681558 a valid phone format?", "02649/86681558", id="austrian-slash"),
        pytest.param("my registered 0612345678 stopped working", "0612345678", id="bare-national"),
        pytest.param("tell the driver to call 450 7560 on arrival", "450 7560", id="local-seven-digits"),
        pytest.param("tel 020 7946 0018", "020 7946 0018", id="uk-landline-no-country-code"),
        pytest.param("Handy 0151 12345678, nur SMS", "0151 12345678", id="german-mobile-word"),
        pytest.param("phone: 8765 4321", "8765 4321", id="eight-digits-two-groups"),
    ],
)
def test_phone_numbers(find: Find, text: str, phone: str) -> None:
    assert values(find(text), "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Upgrade from 3.11.7 to 3.12.1 and semver 2.0.0", id="versions"),
        pytest.param("order #123-456-7890 was shipped", id="order-number"),
        pytest.param("Invoice number 5551234567 is due", id="invoice"),
        pytest.param("Write a regex for dates like 2024-03-15 and 15.03.2024", id="dates"),
        pytest.param("ping 192.168.100.200 and 10.0.0.1", id="ipv4"),
        pytest.param("The job ran 00:14:37 and exited with status 137", id="durations"),
        pytest.param("Windows error 0x80070005 on build 19045.3803", id="hex-error-build"),
        pytest.param("Listen on ports 8080 9090 3000 in the docker compose file", id="ports"),
        pytest.param("UUID 123e4567-e89b-12d3-a456-426614174000", id="uuid"),
        pytest.param("the call took 450 7560 ms end to end", id="duration-after-call"),
        pytest.param("build 1234 5678 and order 4501 7560 at 10:45:30", id="build-and-order"),
    ],
)
def test_no_phone_in_technical_text(find: Find, text: str) -> None:
    assert values(find(text), "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text, licence",
    [
        pytest.param("My driver's license number is D1234567 and", "D1234567", id="letter-digits"),
        pytest.param("Renew the driver license S530-4207-9318 now", "S530-4207-9318", id="dashed"),
        pytest.param("DL: 123456789", "123456789", id="dl-label"),
        pytest.param("Driver: Aled Pritchard, licence no. PRITC 704152 AB9XY", "PRITC 704152 AB9XY", id="uk-licence-spaced-as-on-the-card"),
        pytest.param("Driving licence: MORGA 753116 SM9IJ 35, expires 2031", "MORGA 753116 SM9IJ 35", id="uk-licence-with-issue-number"),
        pytest.param("Driving licence: PRITC704152AB9XY", "PRITC704152AB9XY", id="uk-licence-one-run"),
    ],
)
def test_driver_licence(find: Find, text: str, licence: str) -> None:
    assert values(find(text), "US_DRIVER_LICENSE") == [licence]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("commit 9fceb02d0ae598e95dc970b74767f19372d61af8 broke A1 and C4", id="hash-and-codes"),
        pytest.param("Licensed under the Apache License 2.0", id="software-licence"),
        pytest.param("error CS0246 in file A12345678", id="no-context"),
    ],
)
def test_no_driver_licence_without_context(find: Find, text: str) -> None:
    assert values(find(text), "US_DRIVER_LICENSE") == []


@pytest.mark.parametrize(
    "text, ip",
    [
        pytest.param("500 from 138.198.205.204", "138.198.205.204", id="ipv4"),
        pytest.param("from 9559:f417:53a8:b5b4:a8e1:a1d2:325c:f8f1", "9559:f417:53a8:b5b4:a8e1:a1d2:325c:f8f1", id="ipv6-full"),
        pytest.param("block 2a02:c7f:85a3::8a2e:370:7334 now", "2a02:c7f:85a3::8a2e:370:7334", id="ipv6-compressed"),
        pytest.param("Debug this request log: GET /api/orders 500 from 172.25.132.5", "172.25.132.5", id="a-client-s-private-address"),
        pytest.param("10.1.2.3 - - [08/Aug/2024:10:00:02 +0000] \"GET /api/orders HTTP/1.1\" 500 2 \"-\" \"Mozilla/5.0\"", "10.1.2.3", id="a-browser-s-line"),
        pytest.param("remote call from 10.62.1.86:40434 failed", "10.62.1.86", id="an-ephemeral-port-is-a-client-s"),
        pytest.param("The server 56.193.224.123 is unreachable", "56.193.224.123", id="after-server"),
    ],
)
def test_ip_addresses(find: Find, text: str, ip: str) -> None:
    assert values(find(text), "IP_ADDRESS") == [ip]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bind the server to 0.0.0.0 and proxy to 127.0.0.1:5432", id="unspecified-loopback"),
        pytest.param("netmask 255.255.255.0 on ::1", id="netmask"),
        pytest.param("upgrade to version 4.2.1.0", id="four-part-version"),
        pytest.param("* Trying 203.0.113.143:443... and 198.51.100.7, 192.0.2.1 or 2001:db8::1", id="documentation-blocks"),
        pytest.param("dig @8.8.8.8 and @1.1.1.1 disagree; the metadata service is 169.254.169.254", id="resolvers-link-local"),
        pytest.param("route 10.20.0.0/16 and 10.0.0.0/8 through the VPN; allow 172.16.0.0/12", id="network-ranges"),
    ],
)
def test_no_ip_for_addresses_of_nobody(find: Find, text: str) -> None:
    assert values(find(text), "IP_ADDRESS") == []


@pytest.mark.parametrize(
    "text, email",
    [
        pytest.param("GET /api/orders?user=odavis@example.org 500", "odavis@example.org", id="after-equals"),
        pytest.param("My email is j.doe+alerts@sub.example-mail.com and", "j.doe+alerts@sub.example-mail.com", id="plus-subdomain"),
        pytest.param("E-mail:\\nmatthewschmidt@example.net\\n", "matthewschmidt@example.net", id="literal-backslash-n"),
    ],
)
def test_email(find: Find, text: str, email: str) -> None:
    assert values(find(text), "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize(
    "text, iban",
    [
        pytest.param("Wire the deposit to DE89 3704 0044 0532 0130 00 today", "DE89 3704 0044 0532 0130 00", id="spaces"),
        pytest.param("My IBAN is GB49XYHZ18602480580480", "GB49XYHZ18602480580480", id="compact"),
    ],
)
def test_iban(find: Find, text: str, iban: str) -> None:
    assert iban in values(find(text), "IBAN_CODE")


def test_no_iban_when_the_checksum_fails(find: Find) -> None:
    assert values(find("Reference DE89 3704 0044 0532 0130 01 in the ledger"), "IBAN_CODE") == []


@pytest.mark.parametrize(
    "text, email",
    [
        pytest.param("reach me at maria (at) example (dot) com, thanks", "maria (at) example (dot) com", id="brackets"),
        pytest.param("forward to m.turner [at] corp-mail[dot]net and cc legal", "m.turner [at] corp-mail[dot]net", id="square"),
        pytest.param("write to r dot shannon at yahoo dot com today", "r dot shannon at yahoo dot com", id="words"),
        pytest.param("send it to stepanka.zeman at post.cz and cc legal", "stepanka.zeman at post.cz", id="bare-at"),
        pytest.param("reach me at g.moccia (at) outlook (dot) com", "g.moccia (at) outlook (dot) com", id="after-me-at"),
    ],
)
def test_spelled_out_emails(find: Find, text: str, email: str) -> None:
    assert email in values(find(text), "EMAIL_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("look at github.com for the source", id="look-at-site"),
        pytest.param("see config.yaml at docs.example.com", id="file-at-docs"),
        pytest.param("deployed v2 at api.example.com", id="version-at-host"),
        pytest.param("we met at home and dot the i's", id="prose"),
    ],
)
def test_prose_with_at_is_not_an_email(find: Find, text: str) -> None:
    assert values(find(text), "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Liveness probe failed: Get "http://10.82.252.27:8080/healthz": dial tcp 10.82.252.27:8080: connect', id="a-service-s-port"),
        pytest.param('"Instances": [{"PrivateIp": "10.178.65.58", "AZ": "eu-north-1a"}]', id="an-instance-s-key"),
        pytest.param("upstream pricing {\n    server 10.0.23.11:8080 max_fails=3;\n    server 10.0.23.12:8080;\n}", id="an-upstream-s-servers"),
        pytest.param('10.23.71.69 - - [08/Aug/2024:10:00:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"', id="a-health-check-s-line"),
    ],
)
def test_a_private_address_that_is_a_machine_s_is_left(find: Find, text: str) -> None:
    assert values(find(text), "IP_ADDRESS") == []


def test_an_ipv6_link_local_address_carries_its_device_s_address(find: Find) -> None:
    assert values(find("logins rejected from fe80::1ff:fe23:4567:890a since noon"), "IP_ADDRESS") == ["fe80::1ff:fe23:4567:890a"]
