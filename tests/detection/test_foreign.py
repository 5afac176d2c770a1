"""Text in another language is read without the English capitalisation rules."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.foreign import foreign_language
from tests.detection.helpers import Find

CLEAN = [
    pytest.param("Bitte fasse die Besprechung zusammen: Wir haben beschlossen, die Datenbank nächste Woche zu migrieren und die alte Schnittstelle abzuschalten.", id="de-meeting"),
    pytest.param("Die Schnittstelle liefert einen Fehler, wenn der Parameter Zeitraum leer ist. Wie behebe ich das in Python?", id="de-technical"),
    pytest.param("Sehr geehrte Damen und Herren, anbei sende ich Ihnen die Unterlagen zur Prüfung. Mit freundlichen Grüßen, die Buchhaltung", id="de-letter"),
    pytest.param("¿Puedes explicarme por qué el contenedor se reinicia cada cinco minutos? El registro muestra un error de memoria en el proceso principal.", id="es-technical"),
    pytest.param("Peux-tu m'expliquer pourquoi la requête échoue avec une erreur 401 ? Le jeton d'accès est configuré dans le fichier d'environnement.", id="fr-technical"),
    pytest.param("Puoi spiegarmi come configurare il proxy inverso per il servizio di autenticazione? Il certificato scade tra due settimane.", id="it-technical"),
    pytest.param("Podes explicar-me porque é que a compilação falha no servidor de integração contínua? O erro aparece depois da atualização das dependências.", id="pt-technical"),
    pytest.param("Kun je uitleggen waarom de Build Pipeline faalt na de laatste wijziging? De Logboeken tonen een time-out bij het ophalen van de afhankelijkheden.", id="nl-technical"),
    pytest.param("Was ist die Hauptstadt von Australien, und warum ist es nicht Sydney?", id="de-geography"),
    # German capitalises every noun: one the English model calls a place is no place unless listed or placed so.
    pytest.param("Mach mir einen Aushang für die Büroküche: Werkschutz intern erreichbar. Bitte gut lesbar und kurz.", id="de-nouns-no-places"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_in_other_languages_is_not_masked(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Bitte schicke die Rechnung an Hans Müller, er ist ab Montag zurück.", "Hans Müller", id="de-full-name"),
        pytest.param("Herr Müller hat gestern angerufen und möchte einen Rückruf.", "Herr Müller", id="de-title"),
        pytest.param("Hola, me llamo Lucía Fernández y necesito cambiar la dirección de mi cuenta.", "Lucía Fernández", id="es-intro"),
        pytest.param("La paciente María José Gómez ingresó ayer con dolor torácico; su médico es el Dr. Alberto Ruiz.", "Alberto Ruiz", id="es-title"),
        pytest.param("Bonjour, je m'appelle Camille Lefèvre et j'ai un problème avec ma facture.", "Camille Lefèvre", id="fr-intro"),
        pytest.param("Il signor Giovanni Bianchi ha chiesto di essere richiamato domani mattina.", "Giovanni Bianchi", id="it-lower-case-title"),
        pytest.param("O cliente João Pereira Santos pediu o reembolso da última fatura.", "João Pereira Santos", id="pt-role"),
        pytest.param("Ich wohne jetzt in Leipzig und arbeite von zu Hause aus.", "Leipzig", id="de-own-town"),
        # Placed by its address: a house number after the street, a postcode before the town.
        pytest.param("Poistenec: Barbora Janočková, trvalý pobyt Budatínska 5, 911 44 Oborín.", "Oborín", id="sk-postcode-town"),
        pytest.param("Poistenec: Barbora Janočková, trvalý pobyt Budatínska 5, 911 44 Oborín.", "Budatínska", id="sk-numbered-street"),
    ],
)
def test_names_and_own_places_in_other_languages_are_found(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t in ("PERSON", "LOCATION"))


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Bitte fasse die Besprechung zusammen und schicke sie an das Team.", "de", id="de"),
        pytest.param("¿Puedes explicarme por qué el contenedor se reinicia?", "es", id="es"),
        pytest.param("Please summarise the meeting and send it to the team.", None, id="en"),
        pytest.param("Call Hans Müller about the Besprechung tomorrow.", None, id="en-with-foreign-words"),
        pytest.param("- Timothée Le Jacquet\n- 5, rue de la Paix\n- 41654 Colas-sur-Duval\nPlease check the postcode.", None, id="en-with-a-french-address"),
        pytest.param("Ship it to Luiz Miguel da Costa, Estrada do Pacheco 953, Vila São Rafael, 69994-340 Mendes das Flores.", None, id="en-with-a-brazilian-address"),
        pytest.param("Danke!", None, id="too-short"),
        pytest.param("GET /api/v1/kunden?seite=2 HTTP/1.1\nHost: intern.beispiel.de", None, id="http-dump"),
        # "a", "to", "do" are Czech words too: no sign of English in a Czech text.
        pytest.param("Potřebuju krátký text do brožury pro školní výlet, aby ho děti snadno přečetly a ne moc dlouhé, to je vše.", "cs", id="cs-with-words-english-writes"),
        pytest.param("Can you draft a reply to this for me: 'Dzień dobry, czy mogę przełożyć wizytę na piątek?' Keep it short and polite.", None, id="en-quoting-polish"),
        pytest.param("Pakisulat ng maikling paalala para sa mga bagong empleyado tungkol sa oras ng pasok at kung paano mag-file ng leave.", "tl", id="tl"),
    ],
)
def test_the_vote_of_function_words(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Recomenda álbuns brasileiros clássicos tipo Elis & Tom ou Clube da Esquina do Milton Nascimento", "pt", id="pt-few-function-words"),
        pytest.param("Consigliami serie TV italiane come L'amica geniale tratta dai romanzi di Elena Ferrante", "it", id="it-few-function-words"),
        pytest.param("Please send the invoice to Anna Rossi at Via Roma 12, Milano by Friday", None, id="en-with-an-italian-address"),
        pytest.param("My tia maria cocktail recipe uses espresso and panna cotta", None, id="en-with-borrowed-words"),
    ],
)
def test_a_short_request_s_everyday_words_vote_too(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


# German writes its nouns with capitals: its articles and prepositions stand before them and vote there;
# "von der", "van den" before a name, and a German body named in English prose, do not make a text German.
@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Erkläre bitte für die Patienteninformation den Unterschied zwischen Morbus Parkinson und dem Restless-Legs-Syndrom.", "de", id="de-nouns-after-function-words"),
        pytest.param("Übersetze die Kleinanzeige: Kinderwagen, kaum benutzt, 80 € VB.", "de", id="de-short-ad"),
        pytest.param("Schreib eine Vorlage für die Eingangsbestätigung mit Platzhaltern.", "de", id="de-short-request"),
        pytest.param("Please book a call with Ursula von der Leyen's office and Pieter van den Berg about the Gesellschaft für Informatik grant.", None, id="en-with-german-names"),
        pytest.param("hi im Priya Raman and i am Head of IT at Die Zeit, can you help me with the Angebot für Kunde?", None, id="en-i-am-before-names"),
    ],
)
def test_german_function_words_before_nouns_vote(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Erkläre neuen Pflegehelfern den Expertenstandard Dekubitusprophylaxe und die Braden-Skala.", id="de-care-nouns"),
        pytest.param("Formuliere bitte drei Überschriften (max. 60 Zeichen) zu: Der Bundestag beschließt neue Regeln für die Bahn. Sachlich, kein Clickbait.", id="de-headlines"),
    ],
)
def test_a_short_german_request_s_nouns_are_no_one(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


def test_a_span_of_the_language_s_everyday_words_is_no_one(find: Find) -> None:
    text = "Recomenda álbuns brasileiros clássicos tipo Elis & Tom ou Clube da Esquina do Milton Nascimento"
    assert "Recomenda" not in [v for t, v in find(text)], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Mi amigo Lucas Torres quiere ir a ver a Boca Juniors a la Bombonera.", "Lucas Torres", id="es-friend"),
        pytest.param("Schrijf een korte follow-up mail naar Joost van Noort over de offerte.", "Joost van Noort", id="nl-particle"),
        pytest.param("Rédige un courriel pour annoncer à Sabine Dumont qu'elle a gagné notre concours.", "Sabine Dumont", id="fr-untagged"),
        pytest.param("Transforme estas notas de entrevista em três parágrafos. Entrevistado: Andreia Teixeira, 47 anos.", "Andreia Teixeira", id="pt-field"),
        # A word of the language opening the run is no part of the name; two people joined by "y".
        pytest.param("Quería reservar una habitación doble para mi marido y para mí. Somos Pilar Fuentes y Rodrigo Villaseñor.", "Pilar Fuentes", id="es-opening-verb"),
        pytest.param("Quería reservar una habitación doble para mi marido y para mí. Somos Pilar Fuentes y Rodrigo Villaseñor.", "Rodrigo Villaseñor", id="es-and"),
        pytest.param("Quería reservar una habitación doble. Somos Juliana Ospina Duque y Ignacio Saavedra. Llegaremos tarde.", "Ignacio Saavedra", id="es-and-after-three-words"),
        # A given name no English word has before a surname that is one too (a cocktail's, a word's).
        pytest.param("Sistemami questi appunti in un riepilogo da mandare via mail:\nsposi: Gianluca Marino e Federica Bellini", "Federica Bellini", id="it-surname-also-a-word"),
        pytest.param("Resepsiyondan not: balon turu için uyandırma istedi. Yanındaki Ayşe Çelik ile kalıyorlar.", "Ayşe Çelik", id="tr-opening-word"),
        pytest.param("Boa tarde, a cliente ligou ontem: o João Pedrosa quer mudar a reserva para sábado.", "João Pedrosa", id="pt-article-before-a-person"),
        # A capitalised noun the lists lack and "von" before the name: the particle is a preposition there.
        pytest.param("Vergleiche die Lebensläufe von Heike Sommerfeld und Jonas Weber für die Stelle.", "Heike Sommerfeld", id="de-noun-von-name"),
        pytest.param("Bitte prüfe die Bewerbungsunterlagen von Heike Sommerfeld bis Freitag.", "Heike Sommerfeld", id="de-compound-noun-von-name"),
        pytest.param(
            "Bitte schreib daraus eine kurze Meldung für die Versicherung.\n\nSpiel am Dienstag, Zweikampf am Strafraum, "
            "Knie verdreht, Schwellung. Trainerin Lena Schuster hat gekühlt, Krankenhaus Rosenheim, Verdacht auf Bänderriss.",
            "Lena Schuster",
            id="de-role-noun-before-name",
        ),
    ],
)
def test_a_full_name_by_the_lists_is_someone_s_in_another_language(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Spreekbeurt over Anne Frank: welke onderwerpen moet een kind van groep 7 zeker noemen?", id="nl-commonest-names-no-one-speaking"),
        pytest.param("Recomenda álbuns brasileiros clássicos tipo Clube da Esquina, por favor.", id="pt-the-language-s-words"),
        pytest.param("Escribe un resumen sobre la filosofía de Ortega y Gasset para la clase de mañana.", id="es-a-particle-y-is-no-pair"),
        pytest.param("Para un viaje de fin de curso a Madrid, compárame El Rey León y Aladdín, los musicales.", id="es-an-article-names-a-work"),
        pytest.param("Wat is het verschil tussen het Erasmus MC en het Antoni van Leeuwenhoek voor patiënten?", id="nl-an-article-names-a-hospital"),
        pytest.param("Napisz opis wycieczki: Łazienki Królewskie, Muzeum Fryderyka Chopina i koncert w Pałacu.", id="pl-a-museum-by-its-kind"),
    ],
)
def test_the_world_s_names_and_the_language_s_words_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Mi hija Rebeca tiene que hacer un trabajo sobre Frida Kahlo.", "Rebeca", id="es-daughter"),
        # A former partner is the writer's own as kin are ("mi ex", "mon ex-mari", "mijn ex").
        pytest.param("Mi ex Xoán Castiñeira no me pasa la pensión desde diciembre, ¿qué puedo hacer?", "Xoán Castiñeira", id="es-ex"),
        pytest.param("Mon ex-mari Pascal Morel ne paie plus la pension alimentaire depuis mars.", "Pascal Morel", id="fr-ex-husband"),
        pytest.param("Am primit citația în dosarul de partaj cu fosta soție, Roxana Ciobanu. Nu pot ajunge.", "Roxana Ciobanu", id="ro-former-wife-surname-a-word"),
        # A given name and a surname typed in lower case with no cue: the surname listed, or after a
        # word that places a person ("di", "dla").
        pytest.param("ciao, il pacco di gioele cuzzocrea è stato lasciato al vicino", "gioele cuzzocrea", id="it-lower-after-di"),
        pytest.param("dzień dobry, kurier zostawił paczkę dla artur matyjaszek u sąsiada", "artur matyjaszek", id="pl-lower-after-dla"),
        pytest.param("hoi, de bezorger heeft het pakket voor lana wever-beernink bij de buren gelegd", "lana wever-beernink", id="nl-lower-double-barrelled"),
        pytest.param("Mijn vriend Jacob wordt 50 en wil een playlist met Doe Maar.", "Jacob", id="nl-friend"),
        pytest.param("Escribe una canción para el cumpleaños de mi amiga Odalis, cumple 30 el sábado.", "Odalis", id="es-friend"),
        pytest.param("Mein Vater Leopold Salz hat Parkinson. Welche Unterlagen brauche ich?", "Leopold Salz", id="de-father-full-name"),
        pytest.param("mi vecina ariadna mora me pidió la receta de la tortilla de mi abuela, ¿me la redactas?", "ariadna mora", id="es-lower-case"),
        pytest.param("Sócio: Maria da Conceição Lopes, nasc. 26 de novembro de 1979, IMC 27,4.", "Maria da Conceição Lopes", id="pt-a-gym-s-member"),
        pytest.param(
            "Formuliere eine E-Mail: Ihre Mutter Anneliese Krämer hat sich gut eingelebt und nimmt am Sitztanz teil.",
            "Anneliese Krämer", id="de-the-reader-s-mother",
        ),
        pytest.param(
            "Pflegebericht: Nachts unruhig, Sturz ohne Verletzung. Sohn Jürgen Weißkopf informiert, er kommt morgen vorbei.",
            "Jürgen Weißkopf", id="de-care-note-without-a-possessive",
        ),
    ],
)
def test_the_writer_s_own_people_are_masked_in_another_language(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("Arbeitszeugnis für Frau Notburga Patberg, geboren am 04.03.1953, Teamleiterin.", "04.03.1953", id="de-geboren-am"),
        pytest.param("hierbij verwijs ik mevrouw Fenna van Cuijck, geboren op 17-02-1965.", "17-02-1965", id="nl-geboren-op"),
        pytest.param("Assurée : Maëlle Guérin, né(e) le 09/02/1981, sinistre du 3 mars.", "09/02/1981", id="fr-ne-e-le"),
        pytest.param("Kan du bekræfte fødselsdato 14-05-1977 for kunden?", "14-05-1977", id="da-label"),
        pytest.param("Pacjent: Zenon Kurek, ur. 02.11.1958, skierowanie na RTG.", "02.11.1958", id="pl-short-born"),
        pytest.param("Objednaná pacientka Ilona Šustrová, nar. 7. 3. 1990, volala kvůli termínu.", "7. 3. 1990", id="cs-short-born-spaced"),
        pytest.param("Ügyfél: Pintér Gergely, szül. 1969.11.23., panaszt tett.", "1969.11.23", id="hu-short-born"),
        # Russian's and Ukrainian's label before the date, or their "year of birth" after it.
        pytest.param("Доверитель: Орлова Екатерина Сергеевна, д.р. 03.09.1990, адрес регистрации …", "03.09.1990", id="ru-short-born"),
        pytest.param("Клієнтка: Гнатюк Оксана Петрівна, 09.10.1973 р.н., телефон …", "09.10.1973", id="uk-born-after"),
        pytest.param("Дата рождения: 14.02.1985, место рождения: Тверь", "14.02.1985", id="ru-label"),
    ],
)
def test_a_date_of_birth_after_its_language_s_preposition(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Jeg skal skrive en venlig påmindelse til kunden om den manglende betaling, kan du hjælpe?", "da", id="da"),
        pytest.param("Kan du hjälpa mig att skriva ett kort svar till kunden om förseningen?", "sv", id="sv"),
        pytest.param("Czy możesz napisać krótką odpowiedź do klienta w sprawie opóźnienia?", "pl", id="pl"),
        pytest.param("Poți să scrii un răspuns scurt pentru client despre întârzierea livrării?", "ro", id="ro"),
        pytest.param("Müşteriye gönderilecek kısa bir bilgilendirme mesajı yazar mısın, lütfen?", "tr", id="tr"),
        pytest.param("Voitko kirjoittaa asiakkaalle lyhyen vastauksen toimituksen viivästymisestä?", "fi", id="fi"),
        pytest.param("Bisakah kamu menulis balasan singkat untuk pelanggan tentang keterlambatan pengiriman?", "id", id="id"),
        pytest.param("Please forward the parcel to Bogusława Wrzesińska, ul. Długa 5, 80-827 Gdańsk, by Friday.", None, id="en-with-a-polish-address"),
        pytest.param("Can you check the route from Järnvägsgatan 6 in Ängelholm to the Øresund bridge?", None, id="en-with-nordic-places"),
    ],
)
def test_languages_told_by_their_everyday_words(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hvad er forskellen på en faktura og en kreditnota? Forklar det kort for nye kolleger.", id="da-question"),
        pytest.param("Jak długo trzeba przechowywać faktury według przepisów? Krótko, proszę.", id="pl-question"),
        pytest.param("Explică pe scurt diferența dintre garanție și returnare pentru colegii noi.", id="ro-task"),
    ],
)
def test_clean_text_in_languages_told_by_everyday_words_is_not_masked(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text",
    [
        # Long inflected words no everyday list holds, which the English model tags as people.
        pytest.param("Mit csinál a felügyelet a panaszoknál? Példának vedd egy lakásbiztosítási kárrendezését. Röviden, pontokba szedve.", id="hu-compounds"),
        pytest.param("Jak działa likwidacja szkody w wariancie kosztorysowym? Napisz krótko. Dzięki.", id="pl-inflected"),
    ],
)
def test_lower_case_words_of_a_capitalising_text_in_another_language_are_no_one(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Min kollega Bodil Kragh går på pension. Skriv en kort tale til hende.", "Bodil Kragh", id="da-colleague"),
        pytest.param("Moja koleżanka Grażyna Sowińska ma jutro urodziny, napisz krótkie życzenia.", "Grażyna Sowińska", id="pl-colleague"),
        pytest.param("Prietena mea Ilinca Vârlan vrea o carte nouă. Ce să-i recomand?", "Ilinca Vârlan", id="ro-friend-after-the-word"),
        pytest.param("A szomszédom, Kovács Dénes elköltözik. Írj neki egy rövid búcsúlevelet.", "Kovács Dénes", id="hu-suffix-and-comma"),
        pytest.param("Komşum Nurcan Eldeniz için kısa bir teşekkür mesajı yazar mısın?", "Nurcan Eldeniz", id="tr-suffix"),
        pytest.param("Buatkan ucapan ulang tahun untuk teman saya Wulan Prameswari, dia suka kopi.", "Wulan Prameswari", id="id-friend"),
    ],
)
def test_the_writer_s_own_people_in_languages_told_by_everyday_words(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Dobrý den, jmenuji se Kamila Vránová a volám kvůli faktuře za říjen.", "Kamila Vránová", id="cs-introduction"),
        pytest.param("Hej, jag heter Elsa Lindqvist och har en fråga om min senaste faktura.", "Elsa Lindqvist", id="sv-introduction"),
        pytest.param("Sammanfatta samtalet: kunden Bertil Åkesson vill säga upp sitt abonnemang från nästa månad.", "Bertil Åkesson", id="sv-role-with-article"),
        pytest.param("Shrň hovor pro kolegy: zákaznice Irena Doležalová reklamuje pračku, která netopí.", "Irena Doležalová", id="cs-role"),
        pytest.param("Vă rog completați cererea: Nume Cozma, prenume Viorica, funcția contabil.", "Cozma", id="ro-name-field"),
        pytest.param("Przetłumacz na angielski: 'Cześć Bożena, paczka dotrze do Ciebie w piątek.'", "Bożena", id="pl-greeting"),
        pytest.param("Mohon buat pesan selamat datang untuk tamu villa kami:\nNama tamu: Sulastri\nCheck-in: Jumat", "Sulastri", id="id-guest-name-field"),
    ],
)
def test_introductions_roles_greetings_and_name_fields_in_languages_told_by_everyday_words(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Riscrivi in modo più cortese: 'Si informa che il sig. Brambati dell'interno 3 ha segnalato un guasto all'ascensore.'", "Brambati", id="it-lower-case-sig"),
        pytest.param("Pan doktor Šimánek je zítra na školení, napiš krátkou SMS pro pacienty, že se termín ruší.", "Šimánek", id="cs-title-and-rank"),
        pytest.param("Kun je dit netjes maken voor het overdrachtsboek?\n\n0210 dhr Hoekstra (kmr 21) belde, kreeg deur niet open", "Hoekstra", id="nl-lower-case-dhr"),
        pytest.param("Kun je dit netjes maken voor het overdrachtsboek?\n\n0340 mevr De Wit klaagde over lawaai op de gang", "De Wit", id="nl-lower-case-mevr"),
        pytest.param("Kannst du die Adressen als Tabelle für den Serienbrief ausgeben?\n\nFam. Wirth\nRurstraße 31\n52156 Monschau", "Wirth", id="de-fam"),
        pytest.param("Résume ce sinistre : dégât des eaux provenant de l'appartement du dessus (M. Lagarde), constat signé.", "Lagarde", id="fr-m-dot"),
        pytest.param("Riscrivi la comunicazione: l'amministratrice Ornella Caporali farà un sopralluogo giovedì mattina.", "Ornella Caporali", id="it-party-of-a-case"),
    ],
)
def test_titles_and_parties_of_a_case(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize("text", ["Type M. Then press enter to continue.", "Is the M. Night Shyamalan twist in The Sixth Sense overrated?"])
def test_an_initial_m_is_no_title(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Draft a reply to this for me: 'Dzień dobry, paczka nadal nie dotarła, chociaż według śledzenia przesyłki "
                     "miała być wczoraj. Proszę o pilny kontakt i informację, kiedy mogę się jej spodziewać.'", id="en-quoting-polish"),
        pytest.param("Is this a complaint or a question? 'Merhaba, siparişim iki haftadır gelmedi, kargo takip numarası da "
                     "çalışmıyor. Lütfen en kısa sürede bana dönüş yapın, teşekkürler.'", id="en-quoting-turkish"),
    ],
)
def test_an_english_request_quoting_a_message_stays_english(text: str) -> None:
    assert foreign_language(text) is None


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Wczoraj dzwoniła Grażyna z działu kadr w sprawie urlopu, odpisz jej proszę uprzejmie.", "Grażyna", id="pl-given-name-alone"),
        pytest.param("Kan du skriva en kort påminnelse till föräldrarna om att Joakim och Ebba ska hämta läxorna på fredag?", "Ebba", id="sv-given-names-alone"),
        pytest.param("Ciao! Mi aiuti con il tableau per il matrimonio di Gianluca e Selamawit? Sono una trentina di tavoli.", "Selamawit", id="it-given-names"),
        pytest.param("Tu peux m'aider à répondre à cet avis ? On veut remercier pour le compliment sur la réception. Mention spéciale à Ingrid, adorable.", "Ingrid", id="fr-given-name"),
        pytest.param("Maak hier een bevestigingsmail van voor de reservering. Eén persoon heeft een notenallergie, zegt Femke, en ze vieren een verjaardag.", "Femke", id="nl-given-name"),
    ],
)
def test_a_given_name_inside_a_sentence_of_a_language_that_capitalises_no_noun(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Este año tenemos caseta en la Feria de Abril y somos de Triana de toda la vida, ¿me escribes el texto?", id="es-of-a-month-and-a-district"),
        pytest.param("Le paradoxe de Zénon, c'est quoi exactement ? Et pourquoi est-ce que les philosophes en parlent encore ?", id="fr-an-eponym-after-de"),
        pytest.param("Para la carta de los niños tenemos una pizza Margarita y unas croquetas, ¿me ayudas con las descripciones?", id="es-a-dish"),
        pytest.param("Nel menu di stasera c'è la pasta alla Norma e il tiramisù, mi scrivi le descrizioni per i clienti?", id="it-in-the-manner-of"),
        # A masculine article names a thing, in writing no one's given name.
        pytest.param("Mi scrivi una caption? Foto della nostra pizza con il Vesuvio sullo sfondo, tono allegro.", id="it-the-volcano"),
        pytest.param("Roteiro para o grupo da terceira idade: Cristo Redentor, Pão de Açúcar e um jogo no Maracanã, por favor.", id="pt-a-longer-name"),
    ],
)
def test_what_of_names_and_dishes_inside_such_a_sentence_are_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_place_or_a_tool_inside_such_a_sentence_is_no_one(find: Find) -> None:
    text = "Kan du förklara hur vi delar filer i Teams med kollegorna på kontoret i Uppsala, kort och enkelt?"
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_small_place_named_like_a_word_of_the_text_s_language_is_that_word(find: Find) -> None:
    text = "Koliko dana godišnjeg odmora pripada radniku prema Zakonu o radu i može li se prenijeti u sljedeću godinu?"
    assert [v for t, v in find(text) if t == "LOCATION"] == [], find(text)


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Mieszkam teraz w Kłodzku i pracuję zdalnie, czy mogę zmienić adres w systemie kadrowym?", "Kłodzku", id="pl-i-live-in"),
        pytest.param("Jeg bor i Aarhus og arbejder hjemmefra, kan jeg ændre min adresse i lønsystemet?", "Aarhus", id="da-i-live-in"),
        pytest.param("Locuiesc la Turda de doi ani și vreau să schimb adresa din contract, cum procedez?", "Turda", id="ro-i-live-in"),
    ],
)
def test_where_the_writer_lives_in_languages_told_by_everyday_words(find: Find, text: str, place: str) -> None:
    assert any(t == "LOCATION" and place in v for t, v in find(text)), find(text)


def test_a_kin_word_before_one_capitalised_word_without_a_possessive_is_no_one(find: Find) -> None:
    assert [v for t, v in find("Wir danken Mutter Erde und Vater Staat für alles, was sie uns geben.") if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("hola, pásame un correo para el proveedor: el contacto es damián quiroga salcedo, dice que llega el martes", "damián quiroga salcedo", id="es-lower-case-three-words"),
        pytest.param("kan du skrive en melding om at ingrid bjørnstad og jakub wiśniewski er med på turen?", "jakub wiśniewski", id="nb-lower-case-joined-by-og"),
        pytest.param("kan du skrive en melding om at ingrid bjørnstad og jakub wiśniewski er med på turen?", "ingrid bjørnstad", id="nb-lower-case-first-of-two"),
        pytest.param("oi, me ajuda com uma msg pro motorista? buscar benedita aparecida da silva no hotel às 9", "benedita aparecida da silva", id="pt-lower-case-with-a-particle"),
    ],
)
def test_a_full_name_typed_in_lower_case_is_someone_s_in_another_language(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("kan du lage en ryddig oversikt til foreldremøtet? og skriv en kort melding om dugnad lørdag", id="nb-function-words-english-writes-too"),
        pytest.param("Napiš krátký průvodce: Karlův most a Vyšehrad, ať je to pro turisty zajímavé.", id="cs-function-words"),
        pytest.param("Napisz krótki tekst na plakat dla uczniów z przykładami Roberta Lewandowskiego i Wisławy Szymborskiej: jak zaczynali i ile pracowali.", id="pl-the-famous-declined"),
        pytest.param("Připrav krátký text do brožury pro školní výlet: Vyšehrad, Karlův most a Petřín. Zmiň Franze Kafku a Václava Havla, ať je to pro děti zajímavé.", id="cs-the-famous-declined"),
        pytest.param("Keksi jakson nimiä podcastille, joka käsittelee Tove Janssonia.", id="fi-the-famous-declined"),
    ],
)
def test_the_language_s_function_words_and_its_declined_famous_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_the_writer_s_own_people_are_masked_in_tagalog(find: Find) -> None:
    text = "Pakisulat ng maikling mensahe para sa kaibigan kong si Maricel Dumalagan, lilipat siya sa Cebu sa susunod na buwan."
    assert any("Maricel Dumalagan" in v for t, v in find(text) if t == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Nuovo intestatario: Carmela Li Causi, nata a Agrigento il 14/03/1971, residente a Torino.", "Agrigento", id="it-born-in"),
        pytest.param("La titular es Nerea Olabarria, nacida en Tolosa el 02/11/1988, y el contrato pasa a su nombre.", "Tolosa", id="es-born-in"),
        pytest.param("Subsemnata Ileana Pop, născută în Sighișoara la 01.02.1977, solicit schimbarea furnizorului.", "Sighișoara", id="ro-born-in"),
        # A record with a meter's code and a tax code is technical text; the birthplace before its date is still someone's.
        pytest.param("Prepara la voltura in JSON: intestatario Paolo Neri, nato a Bari il 02/03/1970, POD IT001E00000001, codice cliente 88123",
                     "Bari", id="it-born-in-a-technical-record"),
    ],
)
def test_where_someone_was_born_is_theirs_in_another_language(find: Find, text: str, place: str) -> None:
    assert ("LOCATION", place) in find(text), find(text)


def test_an_italian_surname_opening_with_an_article_is_whole(find: Find) -> None:
    text = "Nuovo intestatario: Carmela Li Causi, nata a Agrigento il 14/03/1971, residente a Torino."
    assert any("Carmela Li Causi" in v for t, v in find(text) if t == "PERSON"), find(text)


def test_a_hungarian_introduces_themselves_after_the_name(find: Find) -> None:
    text = "Kérlek, írd át udvariasabbra: Tisztelt Ügyfélszolgálat! Nagy Eszter vagyok, a számlám hibás, kérem a javítását."
    assert any("Nagy Eszter" in v for t, v in find(text) if t == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text, language",
    [
        # A case ending after a name and an apostrophe is no article, a number's label no "no".
        pytest.param(
            "Aşağıdaki bilgilerle İGDAŞ'a doğalgaz açma dilekçesi yaz:\nAd Soyad: Hacer Aydoğan\nT.C. Kimlik No: 41209638564\n"
            "Adres: Yeni Mah. Çınar Sok. No:3, Tarsus/Mersin\nDaire kiracı, ev sahibi Su Yıldırım muvafakatname verdi, ekte.",
            "tr", id="tr-suffix-and-label",
        ),
        # Function words the six languages vote with are a language's own too, once its everyday words are there.
        pytest.param("Kan du skriva en bokningsbekräftelse för den här resan? Personlig men proffsig ton.", "sv", id="sv-not-nl"),
        pytest.param("Vysvětli mi vyúčtování od Pražské energetiky: co je distribuční sazba D02d a proč platím zálohy?", "cs", id="cs-not-fr"),
        pytest.param("ate pa-help naman po, yung sim ni rowena na-deactivate daw kasi hindi na-register. pano po ma-reactivate? nakapangalan sa kanya, taga bauang kami", "tl", id="tl-not-fr"),
        pytest.param("Qu'il vienne demain, l'homme est là.", "fr", id="fr-elision-still-votes"),
        pytest.param("No, I don't think so. Invoice No: 123 is paid.", None, id="en"),
    ],
)
def test_the_vote_reads_the_language_s_own_words(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ze heeft sinds gisteren koorts en vlekjes op de benen die niet wegdrukken. Dochter Lieselot belt terug.", "Lieselot", id="nl-bare-kin-given"),
        pytest.param("Zählerstand abgelesen am 31.12. Eigentümerin Lena Vogel, bitte Rechnung an sie.", "Lena Vogel", id="de-owner"),
        pytest.param("Corectează te rog cererea asta:\n\nSubsemnata Maricica Rusu, CNP 2840206082070, domiciliată în Brașov", "Maricica Rusu", id="ro-undersigned"),
        pytest.param("Réinitialisation demandée par Antoine DESCAMPS (poste 4412) : compte verrouillé après trois essais.", "Antoine DESCAMPS", id="fr-requested-by"),
        pytest.param("Incidencia solicitada por Marta Gil Roca el lunes, sigue sin resolverse.", "Marta Gil Roca", id="es-requested-by"),
    ],
)
def test_roles_of_forms_and_desks_in_other_languages_name_someone(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn moeder heeft koorts sinds gisteren. Dochter Aarde is geen naam.",
        "Der Eigentümer wechselt zum 1. Januar, bitte den Zählerstand melden.",
    ],
)
def test_a_role_before_no_name_stays(find: Find, text: str) -> None:
    assert [value for kind, value in find(text) if kind == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, value, kind",
    [
        pytest.param("ate pa-help naman po, yung sim ni ligaya na-deactivate daw kasi hindi na-register. nakapangalan sa kanya, taga manila kami. pano po ma-reactivate? may laman pa yung gcash nya", "ligaya", "PERSON", id="tl-article"),
        pytest.param("ate pa-help naman po, yung sim ni ligaya na-deactivate daw kasi hindi na-register. nakapangalan sa kanya, taga manila kami. pano po ma-reactivate? may laman pa yung gcash nya", "manila", "LOCATION", id="tl-home"),
        pytest.param("Pakisabi kay Maricel na hindi ako makakapunta bukas, may meeting kasi kami sa opisina.", "Maricel", "PERSON", id="tl-kay"),
        # The family name after the given name, one no list holds.
        pytest.param(
            "pa-translate po sa english: hindi pa po namin natatanggap yung allotment ng asawa ni arnel sumalinog ngayong buwan, pwede po ba pa-check",
            "arnel sumalinog", "PERSON", id="tl-article-full-name",
        ),
    ],
)
def test_tagalog_marks_a_person_s_name_and_home(find: Find, text: str, value: str, kind: str) -> None:
    assert (kind, value) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ang sabi ni Lola ay pumunta ka sa tindahan, sige na po, hindi pa bukas ang palengke.",
        "ate pa-help naman po, yung sim ko na-deactivate daw kasi hindi na-register. nakapangalan sa akin, pano po ma-reactivate? may laman pa yung gcash ko",
    ],
)
def test_tagalog_kin_and_chat_words_are_no_one(find: Find, text: str) -> None:
    assert [value for kind, value in find(text) if kind == "PERSON"] == [], find(text)


def test_a_role_opening_a_lower_case_run_is_left_out_of_the_name(find: Find) -> None:
    text = "maak van deze notitie een bevestigingsmail voor de betalingsregeling:\n\nklant ravi ramdin, mathenesserweg 77b, 3027 hg rotterdam, achterstand € 846,12"
    assert ("PERSON", "ravi ramdin") in find(text), find(text)


def test_a_lower_case_run_holding_the_language_s_words_is_no_one(find: Find) -> None:
    text = "kun je 3 captions maken voor onze stroopwafel-post? iets met 'beter dan die van de albert heijn' maar zonder dat het gemeen klinkt."
    assert [value for kind, value in find(text) if kind == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("Bạn có thể viết giúp tôi một email xin nghỉ phép ba ngày vào tuần sau không?", "vi", id="vi"),
        pytest.param("Μπορείς να μου γράψεις ένα σύντομο μήνυμα για την καθυστέρηση της παράδοσης;", "el", id="el"),
        pytest.param("Can you translate 'cảm ơn' and 'ευχαριστώ' for the welcome card?", None, id="en-quoting-words"),
    ],
)
def test_vietnamese_and_greek_are_told_by_their_words(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        # Read as English, the model tagged these capitalised phrases as people and places.
        pytest.param("Viết giúp tôi đoạn giới thiệu quán cà phê để đăng lên Facebook. Giọng văn thân thiện, khoảng 100 chữ.", id="vi-copy"),
        pytest.param("Nên mua gói cước nào cho iPhone 15? Mạng nào sóng mạnh hơn ở vùng ven biển?", id="vi-question"),
        pytest.param("Đi vịnh Hạ Long và sân bay Nội Bài mất bao lâu bằng xe khách?", id="vi-places-after-their-kind"),
        pytest.param("Διάβασα ότι αλλάζουν οι κανόνες για τη βραχυχρόνια μίσθωση. Τι ισχύει φέτος;", id="el-question"),
        pytest.param("Χρειάζομαι ένα πρότυπο για ανακοίνωση στην είσοδο της πολυκατοικίας, σύντομο και ευγενικό.", id="el-notice"),
    ],
)
def test_clean_vietnamese_and_greek_text_is_not_masked(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        # A family name opens the run; its other syllables are words too ("Anh", "Long").
        pytest.param("Nhắn giúp tôi cho khách: KH Lê Văn Phúc, SĐT 0983 417 265, hẹn lắp mạng sáng thứ Bảy.", "Lê Văn Phúc", id="vi-after-a-label's-acronym"),
        pytest.param("Soạn tin nhắc tiền nhà cho khách thuê Bùi Đức Anh, lịch sự thôi nha.", "Bùi Đức Anh", id="vi-syllables-that-are-words"),
        pytest.param("Ένοικος 2ου ορόφου: Ελένη Γεωργίου, τηλ. 22810 88412. Γράψε της ένα ευγενικό μήνυμα.", "Ελένη Γεωργίου", id="el-listed-in-greek-letters"),
        pytest.param("Γράψε μια αναφορά: ο υδραυλικός Σταύρος Κωνσταντινίδης ήρθε την Τρίτη και άλλαξε τον σωλήνα.", "Σταύρος Κωνσταντινίδης", id="el-surname-by-its-ending"),
    ],
)
def test_names_in_vietnamese_and_greek_text(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("kannst du eine mail an die versicherung schreiben? ich bin waldemar, erreichbar unter 0171 448920", "waldemar", id="de-ich-bin"),
        pytest.param("kannst du helfen? versicherungsnehmerin ist meine frau leonie fuchs, vertragsnr. tk-4821937", "leonie fuchs", id="de-meine-frau"),
        pytest.param("hola soy jordi puigdevall, al final no podemos ir a la boda, lo siento mucho", "jordi puigdevall", id="es-soy"),
        pytest.param("bitte eine kurze schilderung für die versicherung: der andere ist hinten drauf. zeugin war leonie fuchs, die hat alles gesehen.",
                     "leonie fuchs", id="de-witness"),
        pytest.param("napisz pismo. świadek: tadeusz kowalczyk widział wszystko z przystanku.", "tadeusz kowalczyk", id="pl-witness-label"),
        # The introduction's clause goes on after its "and".
        pytest.param("szanowni państwo, nazywam się gabriela pyka i mieszkam w krakowie. szukam kontaktu z krewnymi.", "gabriela pyka", id="pl-name-and"),
        pytest.param("hola, soy jordi puigdevall y vivo en girona, necesito ayuda con la factura", "jordi puigdevall", id="es-soy-y"),
    ],
)
def test_the_writer_and_their_people_typed_in_lower_case_in_another_language(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Hallo! Wir sind Annika und Matthias und heiraten am 6. September in Luzern.", ["Annika", "Matthias"], id="de-wir-sind"),
        pytest.param("¡Hola! Somos Lucía y Mateo y nos casamos el 6 de septiembre en Sevilla.", ["Lucía", "Mateo"], id="es-somos"),
        pytest.param("Bonjour ! Nous sommes Chloé et Hugo et nous nous marions le 6 septembre à Lyon.", ["Chloé", "Hugo"], id="fr-nous-sommes"),
    ],
)
def test_a_couple_saying_who_they_are_with_capitals(find: Find, text: str, names: list[str]) -> None:
    people = [v for t, v in find(text) if t == "PERSON"]
    assert all(any(name in p for p in people) for name in names), people


@pytest.mark.parametrize(
    "text",
    [
        # German capitalises every noun: what someone is after "ich bin" is no name.
        "Hallo, ich bin Lehrerin und brauche ein Angebot für die Klasse.",
        "Ich bin Rentner und wohne seit Jahren hier, können Sie helfen?",
    ],
)
def test_a_capitalised_noun_after_i_am_is_no_name(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize("text", ["ich bin müde, kannst du die mail an den vermieter kürzer machen?", "ich bin müde und will nach hause, kannst du die mail kürzer machen?"])
def test_a_state_after_i_am_is_no_name(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


def test_a_witness_s_words_that_are_no_name_stay(find: Find) -> None:
    text = "bitte kurz zusammenfassen: die zeugin war sehr sicher, der fahrer war zu schnell unterwegs."
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text",
    [
        "maria mangiava la pizza con gli amici ieri sera",
        "ho visto lionel messi allo stadio ieri sera, che partita",
        "wir fahren nächste woche nach berlin und hamburg",
        # Words the languages' lists leave out because name lists hold them too ("bir", "yang"):
        # no word before them places a person.
        "Web sitemiz için İngilizce ve Türkçe kısa bir tanıtım yazısı yazar mısın?",
        "Tolong tulis dalam Bahasa Indonesia yang santai tapi sopan, maksimal 150 kata.",
        "Tratamiento: implante en el 36 con corona de zirconio, precio cerrado",
    ],
)
def test_lower_case_words_after_a_given_name_that_name_no_one_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("REDACTA UN AVISO: EL SISTEMA DE FACTURACIÓN ESTARÁ CAÍDO EL SÁBADO POR MANTENIMIENTO. DISCULPEN LAS MOLESTIAS.", "es"),
        ("TRADUCI IN INGLESE: AVVISO - IL SERVIZIO CLIENTI SARÀ CHIUSO IL 15 AGOSTO PER FERRAGOSTO.", "it"),
        ("Mach das etwas freundlicher:\nACHTUNG: AB MONTAG IST DIE KANTINE AM FREITAG GESCHLOSSEN, NICHT MEHR AM MONTAG.", "de"),
        ("TRANSLATE THESE BUTTON LABELS TO SPANISH AND KEEP THEM SHORT: MARK AS READ, ARCHIVE, SNOOZE", None),
    ],
)
def test_a_notice_in_capitals_is_told_by_its_words(text: str, language: str | None) -> None:
    assert foreign_language(text) == language


def test_a_name_in_a_notice_in_capitals_of_another_language_is_masked(find: Find) -> None:
    text = (
        "Mach das etwas freundlicher:\nACHTUNG: AB MONTAG IST ANNELIESE BRÜCKNER FÜR DIE SCHLÜSSELAUSGABE ZUSTÄNDIG, "
        "NICHT MEHR DESHAWN WHITFIELD. FRAGEN BITTE AN DURCHWAHL 214."
    )
    masked = [v for e, v in find(text) if e == "PERSON"]
    assert "ANNELIESE BRÜCKNER" in masked and "DESHAWN WHITFIELD" in masked, masked


def test_a_notice_in_capitals_of_another_language_is_not_read_as_names(find: Find) -> None:
    text = "REDACTA UN AVISO: EL SISTEMA DE FACTURACIÓN ESTARÁ CAÍDO EL SÁBADO DE 22:00 A 02:00 POR MANTENIMIENTO. DISCULPEN LAS MOLESTIAS."
    assert [v for e, v in find(text) if e in ("PERSON", "LOCATION")] == []


def test_a_code_after_a_cue_in_a_notice_in_capitals_is_no_one(find: Find) -> None:
    text = "NOTICE TO ALL CREW\nHOURS OF REST ARE RECORDED DAILY IN ACCORDANCE WITH STCW A-VIII/1 AND MLC 2006 STANDARD A2.3."
    assert [v for e, v in find(text) if e == "PERSON"] == []


def test_a_name_after_a_cue_in_a_notice_in_capitals_is_still_masked(find: Find) -> None:
    text = "PLEASE CHECK THE ROTA WITH LUKA HORVAT BEFORE FRIDAY, THE KEYS ARE WITH AINO ON FLOOR 2"
    masked = [v for e, v in find(text) if e == "PERSON"]
    assert "LUKA HORVAT" in masked and "AINO" in masked, masked


def test_a_booking_s_names_after_cues_in_capitals_are_still_masked(find: Find) -> None:
    text = (
        "The DOCS for P1 keeps getting rejected at online check-in. Can you spot what is wrong with it?\n\n"
        "RP/LON1A0955/LON1A0955            AA/SU  14MAR25/0912Z   TN6524\n  1.BERIDZE/NINO MS   2.QUISPEMAMANI/XIMENA MS\n"
        "  3  LO 282 Y 22APR 2 LHRWAW HK2  1035 1410  22APR  E  LO/TN6524\n"
    )
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert "BERIDZE" in masked and "QUISPEMAMANI" in masked, masked


def test_a_full_name_before_the_number_to_call_is_no_make_and_model(find: Find) -> None:
    text = (
        "Voitko parantaa tätä Tori-ilmoitusta? Haluan sen lyhyemmäksi.\n\nMyydään Iittala Birds by Toikka -lintu, "
        "Sieppo, alkuperäislaatikossa. Nouto Mannerheiminkatu 14 B 7, 21100 Naantali. Soita Mikko Lehtonen 050 381 4427, ei postitusta."
    )
    assert ("PERSON", "Mikko Lehtonen") in find(text), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ich: Welche Mail? Ich bin übrigens Gisela.", "Gisela"),
        ("Hola, soy también Ximena, la hermana de la compradora.", "Ximena"),
    ],
)
def test_a_writer_saying_who_they_are_with_a_word_of_chat_between(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_writer_saying_what_they_are_with_a_word_between_stays(find: Find) -> None:
    assert [v for e, v in find("Ich bin übrigens Lehrerin und wohne seit Jahren hier.") if e == "PERSON"] == []
