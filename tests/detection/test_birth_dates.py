"""A whole date in brackets, or between commas, right after a person's name is their date of birth."""

from __future__ import annotations

import datetime

import pytest

from privacy_gateway.detection.birth_dates import with_birth_dates
from privacy_gateway.detection.findings import Finding
from tests.detection.helpers import Find

TODAY = datetime.date(2026, 12, 5)


def _after_name(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = with_birth_dates(text, [Finding(start, start + len(name), "PERSON", 0.85)], TODAY)
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text, name, dates",
    [
        pytest.param("My father Tadhg Ó Ceallaigh (23/04/1951) was discharged.", "Tadhg Ó Ceallaigh", ["23/04/1951"], id="slashes"),
        pytest.param("Referral: Olek Wiśniewski ( 03.02.1987 ), knee pain.", "Olek Wiśniewski", ["03.02.1987"], id="dots-and-spaces"),
        pytest.param("Patient Amara Obi (1979-11-30) missed her scan.", "Amara Obi", ["1979-11-30"], id="iso"),
        pytest.param("Call with Anna Berg (12/03/2026) about the renewal.", "Anna Berg", [], id="a-recent-date-is-a-meeting"),
        pytest.param("As Bruce Tuckman (1965) showed, teams storm.", "Bruce Tuckman", [], id="a-year-alone-is-a-citation"),
        pytest.param("Anna Berg, 12/03/1961, is on the list.", "Anna Berg", ["12/03/1961"], id="between-commas"),
        pytest.param("Jana Novák, 04/02/1987\nPetr Malý, 11/09/1979", "Jana Novák", ["04/02/1987"], id="a-records-line"),
        pytest.param("Call with Anna Berg, 12/03/2026, about the renewal.", "Anna Berg", [], id="a-recent-date-between-commas"),
        pytest.param("Signed by Jana Novák, 04/02/1999 in Prague.", "Jana Novák", [], id="a-date-running-on-into-the-sentence"),
        pytest.param("Anna Berg 12/03/1961 is on the list.", "Anna Berg", [], id="no-bracket-no-comma-no-reading"),
        pytest.param("Pool hall, 17:40. Nour Haddad (member, 31/05/1966) slipped.", "Nour Haddad", ["31/05/1966"], id="a-role-first-in-the-brackets"),
        pytest.param("Anna Berg (joined us, 12/03/2019) renewed.", "Anna Berg", [], id="a-recent-date-after-a-role"),
    ],
)
def test_a_whole_old_date_in_brackets_after_a_name(text: str, name: str, dates: list[str]) -> None:
    assert _after_name(text, name) == dates


def test_through_the_detector(find: Find) -> None:
    text = "Please reply kindly: 'My mother Justina Kazlauskienė (11/08/1940) has waited three weeks for a blood test.'"
    assert ("DATE_OF_BIRTH", "11/08/1940") in find(text), find(text)


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("Insurance enrolment: Priya Nair, dependant: Aarav Nair (b. 2019-02-11)", "2019-02-11", id="b-in-brackets"),
        pytest.param("Ines Duarte, b. 12.04.1990, moves to the Lisbon team", "12.04.1990", id="b-after-a-comma"),
        pytest.param("Rohit Verma ki janam tithi 12-08-1992 hai", "12-08-1992", id="hindi-latin"),
        pytest.param("Tanaka Yui-san no seinengappi wa 1990-05-12 desu", "1990-05-12", id="japanese-romaji"),
        # Every spelling of "tanjoubi" the label reads wakes the scan, the long vowel marked and doubled too.
        pytest.param("Kenji no tanjōubi wa 2001/03/05", "2001/03/05", id="japanese-romaji-long-vowel-marked"),
        pytest.param("Kenji no tanjobi wa 2001/03/05", "2001/03/05", id="japanese-romaji-short"),
        # The birthplace between "born" and the date, as forms and registers write it.
        pytest.param("Ospite 1: Chiara Lo Russo, nata a Oristano il 24/12/1985, camera 18", "24/12/1985", id="italian-born-in-a-town-on"),
        pytest.param("Cliente: Salvatore D'Amico, nato/a il 23 dicembre 1958, Via dei Mille 14", "23 dicembre 1958", id="italian-born-either-gender"),
        pytest.param("Mme Léa Roux, née à Le Mans le 12/03/1980", "12/03/1980", id="french-born-in-a-town-on"),
        pytest.param("Herr Jonas Pichler, geboren in Graz am 03.04.1961", "03.04.1961", id="german-born-in-a-town-on"),
        pytest.param("Sra. Rita Lobo, nascida em Braga a 12/03/1980", "12/03/1980", id="portuguese-born-in-a-town-on"),
        pytest.param("D. Pilar Gil, nacida en Soria el 05/06/1972", "05/06/1972", id="spanish-born-in-a-town-on"),
        # The short forms of lists: Portuguese "nasc.", Norwegian and Danish "f.", Turkish "d.t.".
        pytest.param("1. Nzinga Baptista – nasc. 19/05/2003 – Blumenau", "19/05/2003", id="portuguese-nasc"),
        pytest.param("agnieszka wróbel f. 04.05.2015 - mor tlf 934 20 871", "04.05.2015", id="norwegian-f"),
        pytest.param("1) Umut Kaya – d.t. 19.03.2003 – 0532 418 77 90", "19.03.2003", id="turkish-dt"),
        # A question for it, answered on the next turn.
        pytest.param("COUNSELLOR: And date of birth?\nMARGAUX: 18 April 1952.\nCOUNSELLOR: Best number?", "18 April 1952", id="asked-then-answered"),
        pytest.param("Q: What's the DOB?\nA: 03/04/1961", "03/04/1961", id="question-and-answer"),
        pytest.param("AGENT: Can you confirm your name and date of birth?\nCALLER: Oren Halevy, 2 June 1979.\nAGENT: Thanks.", "2 June 1979", id="answered-after-the-name"),
        # Tagalog, Vietnamese, Greek and Ukrainian in Latin letters, and Spanish's short label.
        pytest.param("Aplikante: Rowena Dizon\nPetsa ng kapanganakan: 21/06/1997", "21/06/1997", id="tagalog"),
        pytest.param("Pangalan: Jomar Villanueva\nKaarawan: Hunyo 3, 1999", "Hunyo 3, 1999", id="tagalog-month-first"),
        pytest.param("Ứng viên Trần Thị Mai, ngày sinh 14/02/1996", "14/02/1996", id="vietnamese"),
        pytest.param("Stavros Kalogeropoulos, imerominia gennisis 30/01/1987", "30/01/1987", id="greek-latin"),
        pytest.param("Oksana Melnyk, data narodzhennia 08.08.1993", "08.08.1993", id="ukrainian-latin"),
        pytest.param("Candidata: Lucía Ferrer, f. nac.: 02/10/1999", "02/10/1999", id="spanish-short-label"),
        # A month's English name between dashes, or before a year of two digits.
        pytest.param("Driver onboarding: Bilal Rana, DOB 14-Mar-1992", "14-Mar-1992", id="month-between-dashes"),
        pytest.param("Bilal Rana, DOB 14 Sept 92, licence checked", "14 Sept 92", id="two-digit-year"),
        # A form's required mark, its format hint, and a second field after a slash.
        pytest.param("Applicant: Bilal Rana\nDate of Birth*: 14/09/1992", "14/09/1992", id="required-mark"),
        pytest.param("Applicant: Bilal Rana\nDOB (DD/MM/YYYY): 14/09/1992", "14/09/1992", id="format-hint"),
        pytest.param("Solicitante: Lucía Ferrer\nFecha de nacimiento (dd/mm/aaaa): 02/10/1999", "02/10/1999", id="format-hint-spanish"),
        pytest.param("Bewerber: Jonas Pichler, Geb.-Datum: 03.04.1991", "03.04.1991", id="german-short-label"),
        pytest.param("Bilal Rana | DOB/Age: 14/09/1992 / 33", "14/09/1992", id="dob-slash-age"),
        # Where a record keeps it, between the label and the date.
        pytest.param("railcard holder mona el-sayed, dob on account 15/08/1981, used by someone else", "15/08/1981", id="on-account"),
        pytest.param("customer DOB on file is 15/08/1981 but she says 1982", "15/08/1981", id="on-file"),
        pytest.param("Caller Bilal Rana, date of birth listed as 14/09/1992", "14/09/1992", id="listed-as"),
        # Hungary writes the year first, spaced; Japanese and Chinese write the date with its characters,
        # "born" after it or the form's label before.
        pytest.param("Elhunyt: Szabó Ilona, szül. 1951. 04. 23., TAJ: 048 127 396", "1951. 04. 23.", id="hungarian-year-first"),
        pytest.param("契約者：中村 翔太（1979年11月3日生）", "1979年11月3日", id="japanese-born-after"),
        pytest.param("申请人：李娜，出生日期：1990年3月12日，电话 138 0013 8000", "1990年3月12日", id="chinese-label"),
        # Japanese forms write the year by its era, its first year "元".
        pytest.param("被験者：高橋 美咲（昭和58年4月2日生）", "昭和58年4月2日", id="japanese-era-born-after"),
        pytest.param("氏名：中村 健太\n生年月日：平成元年5月1日", "平成元年5月1日", id="japanese-era-label"),
        # Korean writes the date with its own characters; Arabic, Persian, Hebrew, Hindi and Thai forms label it in their scripts.
        pytest.param("선수명: 윤서연\n생년월일: 1999년 10월 5일\n연락처: 010-4182-7935", "1999년 10월 5일", id="korean-date"),
        pytest.param("اسم اللاعب: ريم الشمري\nتاريخ الميلاد: 09/09/1982\nالجوال: 055 902 3371", "09/09/1982", id="arabic-label"),
        pytest.param("שם המבוטח: נועה כהן, תאריך לידה: 12/03/1987", "12/03/1987", id="hebrew-label"),
        pytest.param("आवेदक: प्रिया शर्मा, जन्म तिथि: 14/08/1990", "14/08/1990", id="hindi-label"),
        # Greek in its own letters, and "b." before a month's name.
        pytest.param("Αιτών: Νίκος Παπαδάκης, ημερομηνία γέννησης: 17/05/1978, τηλ. 697 123 4567", "17/05/1978", id="greek-label"),
        pytest.param("Claimant Ruth Abbey (b. March 9, 1951) asked about her pension.", "March 9, 1951", id="b-before-a-month"),
        # Airline records, SAS and mainframe files glue the day, the month's three letters and the year.
        pytest.param("EMPNO   SURNAME    FORENAME   DOB\n200417  OKORO      CHIDI      09AUG1988", "09AUG1988", id="glued-under-a-column"),
        pytest.param("passenger dob: 23sep71, seat 14c", "23sep71", id="glued-two-digit-year"),
        # The person's place in a list between the label and its colon.
        pytest.param("PAX 1: PEETERS/ANNELIES MS\nDOB PAX 1: 03FEB1972", "03FEB1972", id="label-with-a-place-in-a-list"),
        pytest.param("Date of birth child 2: 11/04/2016", "11/04/2016", id="label-with-a-child-s-number"),
        # Japanese's topic particle after the label and its copula after the date; Korean's copula.
        pytest.param("お問い合わせ：生年月日は1979年2月8日です。よろしくお願いします。", "1979年2月8日", id="japanese-particle-and-copula"),
        pytest.param("환자 정보 확인 부탁드립니다. 생년월일: 1988년 6월 2일입니다.", "1988년 6월 2일", id="korean-copula"),
    ],
)
def test_the_labels_of_a_birth_date_in_more_ways_of_writing(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)


def test_an_era_date_with_no_birth_after_it_is_no_birth_date(find: Find) -> None:
    assert "DATE_OF_BIRTH" not in {kind for kind, _ in find("この規則は令和5年4月1日から施行する。")}


def test_a_letter_b_before_a_date_elsewhere_is_no_label(find: Find) -> None:
    assert "DATE_OF_BIRTH" not in {kind for kind, _ in find("see section b. 2019-02-11 of the release notes")}


def test_a_letter_f_before_a_date_inside_a_word_run_is_no_label(find: Find) -> None:
    assert "DATE_OF_BIRTH" not in {kind for kind, _ in find("Deadline: 12 f. 03.04.2025 for the rota")}


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("Mi abuelo Jordi nació el 9 de octubre de 1928 en Cangas de Onís. ¿Cómo busco su partida?", "9 de octubre de 1928", id="spanish-nacio"),
        pytest.param("A minha avó Rosa nasceu em 12/03/1931 em Braga, preciso da certidão.", "12/03/1931", id="portuguese-nasceu"),
        pytest.param("Mio nonno Pietro nacque il 4 maggio 1930 a Bari.", "4 maggio 1930", id="italian-nacque"),
        # The date right after the verb; Swahili's and Tagalog's "was born".
        pytest.param("preciso da certidão de nascimento da minha filha, ela nasceu 03/07/2015 em Recife", "03/07/2015", id="portuguese-nasceu-date"),
        pytest.param("Habari, ninaomba tafsiri ya cheti. Nilizaliwa 17/02/1991 Kisumu.", "17/02/1991", id="swahili-nilizaliwa"),
        pytest.param("Kailangan ko po ng kopya, ipinanganak ako noong March 2, 1994 sa Iloilo.", "March 2, 1994", id="tagalog-ipinanganak"),
    ],
)
def test_born_told_as_a_past_event_labels_a_birth_date(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("Draft the order of service.\nIn loving memory of Callum Birch\n12 May 1936 – 3 March 2025\nEntrance music: Nimrod", "12 May 1936", id="order-of-service"),
        pytest.param("Wir trauern um Kai-Uwe Fiedler\n* 14. März 1937   † 2. März 2025\nIn Liebe: Hannes Vogel", "14. März 1937", id="death-notice-star-and-cross"),
        pytest.param("Headstone: Nikhil Mehta (12.5.1936 – 21.1.2025), grey granite", "12.5.1936", id="headstone-in-brackets"),
        # A headstone typed in capitals: the memorial line, the name below it, the life dates below that.
        pytest.param("Check this inscription:\n\nIN LOVING MEMORY OF\nNIKHIL MEHTA\n12.5.1936 – 21.1.2025\nREUNITED", "12.5.1936", id="headstone-in-capitals"),
    ],
)
def test_the_first_of_a_private_person_s_life_dates_is_their_birth_date(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        # The famous are no person found: their life dates stay.
        "Mozart (27 January 1756 – 5 December 1791) wrote the Requiem in Vienna.",
        # A meeting's or a contract's dates after a name are a year or a few apart.
        "Call with Anna Berg (12/03/2024 – 14/03/2025) about the contract term",
    ],
)
def test_dates_ranges_that_are_no_lifetime_are_no_birth_date(find: Find, text: str) -> None:
    assert "DATE_OF_BIRTH" not in {t for t, _ in find(text)}, find(text)


@pytest.mark.parametrize(
    "text, date",
    [
        # A child's birthday as a first-birthday party's and a naming ceremony's notes give it.
        pytest.param("돌잔치 사회자 대본 좀 써줘.\n아기: 강서연 (생일 2024년 4월 9일)", "2024년 4월 9일", id="korean-birthday"),
        pytest.param("नामकरण संस्कार का निमंत्रण\nशिशु: अनीता यादव, जन्म 02/03/2025", "02/03/2025", id="hindi-born"),
    ],
)
def test_a_childs_birthday_is_a_birth_date(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)


def test_a_glued_date_with_no_birth_label_is_no_birth_date(find: Find) -> None:
    assert "DATE_OF_BIRTH" not in {kind for kind, _ in find("Flight LH902 on 14MAR2026, seat 12C, gate 2: B44")}
