#!/usr/bin/env python3
"""stranger6: everyday chat prompts where the hard question is "private name or public name?".

Writes tune.jsonl and holdout.jsonl next to this file.  Python standard library only,
seeded and deterministic.  The two files use disjoint templates and disjoint value lists.

    python3 build.py          # write both files, print rows per class, spans per type, sha256
    python3 build.py --check  # rebuild in memory and compare with the files on disk
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter


SEED = 60117
SOURCE = "eval/stranger6/build.py"
HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")
SLOT = re.compile(r"\{([PQRS])(?:\.(\w+))?\}|\{(H|T|PH|PH2|E|EQ)\}")


# ---------------------------------------------------------------- private values, one pool per split
# Every value typed by hand; towns are real small places, street numbers, phones and e-mails invented.


def _p(given, family, loc, g, full=None, title=None):
    d = {"given": given, "family": family, "loc": loc, "g": g}
    if full:
        d["full"] = full
    if title:
        d["title"] = title
    return d


POOLS = {
    "tune": {
        "people": [
            _p("Amara", "Nwosu", "ig_NG", "F"),
            _p("Dariusz", "Wróblewski", "pl_PL", "M"),
            _p("Mercedes", "Alcaraz", "es_ES", "F", title="Ms"),
            _p("Hope", "Kamau", "sw_KE", "F"),
            _p("Kaito", "Yamashiro", "ja_JP", "M"),
            _p("Priyanka", "Raghunathan", "ta_IN", "F"),
            _p("Oluwaseun", "Adeyemi", "yo_NG", "M"),
            _p("Siobhán", "Kearney", "ga_IE", "F"),
            _p("Mateus", "Carvalho", "pt_BR", "M"),
            _p("Leilani", "Kahale", "haw_US", "F", title="Ms"),
            _p("Lan", "Nguyễn", "vi_VN", "F", full="Nguyễn Thị Lan"),
            _p("Rasmus", "Lindqvist", "sv_SE", "M"),
            _p("Fatima Zahra", "Benali", "ar_MA", "F"),
            _p("Joy", "Ford", "en_US", "F"),
            _p("Chidi", "Eze", "ig_NG", "M"),
            _p("Ingrid", "Solberg", "nb_NO", "F", title="Ms"),
            _p("Hamid", "Rezaei", "fa_IR", "M"),
            _p("Ana Lucía", "Quispe", "es_PE", "F"),
            _p("Bongani", "Dlamini", "zu_ZA", "M"),
            _p("Mariam", "Tadesse", "am_ET", "F"),
            _p("Rhys", "Pritchard", "cy_GB", "M"),
            _p("Tama", "Ngata", "mi_NZ", "M"),
            _p("Svetlana", "Morozova", "ru_RU", "F"),
            _p("Ahmet", "Yıldırım", "tr_TR", "M"),
            _p("Giulia", "Ferraro", "it_IT", "F"),
            _p("Min-jun", "Seo", "ko_KR", "M"),
            _p("Meilin", "Xu", "zh_CN", "F", full="Xu Meilin"),
            _p("Kwabena", "Asante", "ak_GH", "M"),
            _p("Anneke", "de Groot", "nl_NL", "F"),
            _p("Gareth", "Mahon", "en_GB", "M"),
            _p("Sunny", "Bains", "pa_IN", "M"),
            _p("Marisol", "Ortega", "es_MX", "F"),
            _p("Pieter", "van Wyk", "af_ZA", "M"),
            _p("Aroha", "Tipene", "mi_NZ", "F", title="Ms"),
            _p("Jakub", "Novák", "cs_CZ", "M"),
            _p("Rosalind", "Ashby", "en_GB", "F"),
            _p("Dev", "Malhotra", "hi_IN", "M"),
            _p("Noura", "Al-Hashimi", "ar_AE", "F"),
            _p("Cathal", "Ó Murchú", "ga_IE", "M"),
            _p("Hannelore", "Kessler", "de_DE", "F"),
            _p("Tevita", "Fifita", "to_TO", "M"),
            _p("Camille", "Moreau", "fr_FR", "F"),
            _p("Brendan", "Fender", "en_US", "M"),
            _p("Imani", "Mwangi", "sw_KE", "F"),
            _p("Đức", "Trần", "vi_VN", "M", full="Trần Minh Đức"),
            _p("Ruby", "Marshall", "en_AU", "F"),
        ],
        "homes": [
            ("14 Larkspur Close", "Kirkby Stephen", "07831 462 907"),
            ("ul. Lipowa 7", "Nowa Dęba", "512 308 774"),
            ("38 Rata Street", "Eketāhuna", "021 944 7712"),
            ("Calle del Olmo 22", "Navalcarnero", "612 48 93 07"),
            ("212 Sumac Hollow Road", "Chestertown", "(410) 778-4193"),
            ("9 Wattle Crescent", "Gundagai", "0412 377 581"),
            ("Rua das Acácias 415", "Pirenópolis", "(62) 98734-2261"),
            ("Plot 41, Ngong View Lane", "Kiserian", "0722 418 356"),
            ("5 Glebe Terrace", "Ballyjamesduff", "087 314 5529"),
            ("Storgata 18", "Lillesand", "412 88 306"),
            ("Hauptstraße 12", "Bad Wimpfen", "0176 2284 5931"),
        ],
        "phones": [
            "07831 462 907", "0412 377 581", "(410) 778-4193", "+48 512 308 774", "021 944 7712",
            "0722 418 356", "087 314 5529", "(62) 98734-2261", "412 88 306", "0176 2284 5931",
            "612 48 93 07", "(607) 834-2219",
        ],
        "domains": ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me"],
    },
    "holdout": {
        "people": [
            _p("Grace", "Obiora", "ig_NG", "F"),
            _p("Lukas", "Bosch", "de_DE", "M"),
            _p("Faith", "Wanjiru", "sw_KE", "F"),
            _p("Ren", "Takahashi", "ja_JP", "M"),
            _p("Kavya", "Nambiar", "ml_IN", "F"),
            _p("Adebayo", "Ogunbanjo", "yo_NG", "M"),
            _p("Orla", "Fitzmaurice", "ga_IE", "F"),
            _p("Thiago", "Nascimento", "pt_BR", "M"),
            _p("Mele", "Taufa", "to_TO", "F"),
            _p("Hà", "Phạm", "vi_VN", "F", full="Phạm Thu Hà"),
            _p("Henrik", "Aaberg", "da_DK", "M"),
            _p("Yasmin", "El Idrissi", "ar_MA", "F", title="Ms"),
            _p("Dawn", "Kellogg", "en_US", "F"),
            _p("Obinna", "Nwachukwu", "ig_NG", "M"),
            _p("Astrid", "Halvorsen", "nb_NO", "F"),
            _p("Reza", "Karimi", "fa_IR", "M"),
            _p("Rosa", "Mamani", "ay_BO", "F"),
            _p("Sipho", "Mahlangu", "zu_ZA", "M"),
            _p("Selamawit", "Gebre", "am_ET", "F"),
            _p("Dylan", "Protheroe", "cy_GB", "M"),
            _p("Wiremu", "Rangi", "mi_NZ", "M"),
            _p("Olga", "Petrenko", "uk_UA", "F"),
            _p("Emre", "Kaya", "tr_TR", "M"),
            _p("Chiara", "Lombardi", "it_IT", "F", title="Ms"),
            _p("Ji-woo", "Han", "ko_KR", "F"),
            _p("Haoran", "Liang", "zh_CN", "M", full="Liang Haoran"),
            _p("Akosua", "Boateng", "ak_GH", "F"),
            _p("Maarten", "Visser", "nl_NL", "M"),
            _p("Colin", "Gillette", "en_GB", "M"),
            _p("Harpreet", "Sandhu", "pa_IN", "F"),
            _p("Guadalupe", "Reyes", "es_MX", "F"),
            _p("Riaan", "du Plessis", "af_ZA", "M"),
            _p("Kiri", "Paewai", "mi_NZ", "F"),
            _p("Petra", "Dvořáková", "cs_CZ", "F"),
            _p("Amber", "Whitlock", "en_GB", "F", title="Ms"),
            _p("Arjun", "Venkatesan", "ta_IN", "M"),
            _p("Layla", "Haddad", "ar_LB", "F"),
            _p("Eoin", "Brannigan", "ga_IE", "M"),
            _p("Greta", "Miele", "de_DE", "F"),
            _p("Sione", "Vea", "to_TO", "M"),
            _p("Élodie", "Garnier", "fr_FR", "F"),
            _p("Summer", "Dell", "en_US", "F"),
            _p("Achieng", "Otieno", "luo_KE", "F"),
            _p("Huy", "Đỗ", "vi_VN", "M", full="Đỗ Quang Huy"),
            _p("Heinz", "Obermaier", "de_AT", "M"),
            _p("Jasper", "Kilbride", "en_US", "M"),
        ],
        "homes": [
            ("3 Foxglove Row", "Much Wenlock", "07954 118 360"),
            ("Kastanienweg 4", "Zwiesel", "0151 4470 2218"),
            ("77 Kowhai Avenue", "Ōpōtiki", "027 615 3390"),
            ("Via dei Mille 31", "Castelfranco Emilia", "347 218 5560"),
            ("1408 Dogwood Lane", "Lewisburg", "(304) 645-2291"),
            ("16 Banksia Way", "Yackandandah", "0438 902 114"),
            ("Rua Sete de Setembro 88", "Tiradentes", "(32) 99412-7780"),
            ("22 Wellesley Park", "Ennistymon", "086 271 9043"),
            ("Vestergade 9", "Ærøskøbing", "20 44 81 93"),
            ("vul. Sadova 14", "Kaniv", "067 318 44 02"),
            ("House 6, Mensah Close", "Akropong", "024 316 7725"),
            ("Calle Jacarandas 140", "Tepoztlán", "777 318 2204"),
        ],
        "phones": [
            "07954 118 360", "0438 902 114", "(540) 291-6637", "+49 151 4470 2218", "027 615 3390",
            "0733 902 541", "086 271 9043", "(32) 99412-7780", "20 44 81 93", "067 318 44 02",
            "024 316 7725", "777 318 2204", "347 218 5560", "(304) 645-2291",
        ],
        "domains": ["hotmail.com", "icloud.com", "gmx.de", "fastmail.com"],
    },
}


# ---------------------------------------------------------------- tune templates
# {key} = public value from the template's own list (never labelled);
# {P} {Q} {R} private people (full name), {P.g} given, {P.f} family, {P.t} title + family,
# {P.she}/{P.her}/{P.him} pronouns; {H} home street, {T} home town, {PH}/{PH2} phones, {E}/{EQ} e-mails.


def T(cls, name, text, vals, case="", genders=None):
    return {"cls": cls, "name": name, "text": text, "vals": vals, "case": case, "genders": genders or {}}


def V(keys, *rows):
    return [dict(zip(keys.split(), r)) for r in rows]


E3 = [{}, {}, {}]
E2 = [{}, {}]

TUNE = [
    # ------------------------------------------------------------ clean_knowledge
    T("clean_knowledge", "peak-compare",
      "Who had the better peak, {a} or {b}? Compare their best three seasons with actual numbers if you can, "
      "and tell me which one you think would win if both were at their best.",
      V("a b", ("Serena Williams", "Steffi Graf"), ("Lionel Messi", "Diego Maradona"),
        ("Eliud Kipchoge", "Haile Gebrselassie"))),
    T("clean_knowledge", "reading-mixup",
      "I'm reading {book} and I keep mixing up {c1} and {c2}. Can you remind me who is who without spoiling the ending?",
      V("book c1 c2", ("War and Peace", "Pierre Bezukhov", "Andrei Bolkonsky"),
        ("Middlemarch", "Dorothea Brooke", "Rosamond Vincy"), ("Pachinko", "Sunja", "Hansu"))),
    T("clean_knowledge", "eponym-explain",
      "Explain {eponym} like I'm fifteen. Then a couple of lines on {person}: what else did he do, and did he "
      "live to see the name catch on?",
      V("eponym person", ("Parkinson's disease", "James Parkinson"), ("the Doppler effect", "Christian Doppler"),
        ("Newton's third law", "Isaac Newton"))),
    T("clean_knowledge", "ceo-path",
      "what did {ceo} actually do at {company} before becoming ceo? and how long did {pred} stay involved after the handover",
      V("ceo company pred", ("Satya Nadella", "Microsoft", "Steve Ballmer"), ("Tim Cook", "Apple", "Steve Jobs"),
        ("Sundar Pichai", "Google", "Larry Page")), case="lower"),
    T("clean_knowledge", "myth-compare",
      "Is there a connection between {a} and {b}, or is it just two cultures telling a similar story? "
      "Keep it short, I'm preparing a slide for a Year 9 RE lesson.",
      V("a b", ("Noah's flood", "Utnapishtim in the Epic of Gilgamesh"), ("Prometheus", "the Māori story of Māui stealing fire"),
        ("the Norse god Odin hanging on Yggdrasil", "the crucifixion of Jesus"))),
    T("clean_knowledge", "form-sample",
      "I'm writing a how-to for our website on filling in the change-of-address form. Is it fine to show {ph} at "
      "{addr} as the worked example, or does that look unprofessional?",
      V("ph addr", ("John Smith", "123 Main Street, Anytown"), ("Max Mustermann", "Musterstraße 1, 12345 Musterstadt"),
        ("Jane Doe", "1 Example Road"))),

    T("clean_knowledge", "quiz-firsts",
      "I'm putting together a pub quiz round called Firsts. Can you check these answers and fix any that are wrong? "
      "Also give me one tie-breaker question on the same theme.\n1. {q1}\n2. {q2}\n3. {q3}\n4. {q4}\n5. {q5}\n"
      "If any are disputed, say so briefly rather than picking a side.",
      V("q1 q2 q3 q4 q5",
        ("First person to walk on the Moon: Neil Armstrong", "First woman in space: Valentina Tereshkova",
         "First sub-four-minute mile: Roger Bannister", "First to summit Everest: Edmund Hillary and Tenzing Norgay",
         "First woman to fly solo across the Atlantic: Amelia Earhart"),
        ("First human in space: Yuri Gagarin", "First woman to summit Everest: Junko Tabei",
         "First African-American US president: Barack Obama", "First president of a democratic South Africa: Nelson Mandela",
         "First woman to run the Boston Marathon with a race number: Kathrine Switzer"))),

    # ------------------------------------------------------------ clean_creative
    T("clean_creative", "toast-style",
      "Write a toast for {occasion} in the style of {figure}. Keep it under 150 words and sneak in one joke about {thing}.",
      V("occasion figure thing", ("a retirement party", "Winston Churchill", "spreadsheets"),
        ("a friend's wedding", "Oscar Wilde", "IKEA flat-pack furniture"),
        ("our team's end-of-year dinner", "Gordon Ramsay", "the office microwave"))),
    T("clean_creative", "roadtrip-playlist",
      "Make a playlist of 12 songs for a {mood} road trip: some {a1}, a bit of {a2}, and one or two {a3} tracks. "
      "Put them in an order that builds up, and no skips allowed.",
      V("mood a1 a2 a3", ("rainy", "Bon Iver", "Norah Jones", "Ólafur Arnalds"),
        ("summer", "Burna Boy", "Bad Bunny", "Stromae"), ("late-night", "The Weeknd", "Sade", "Nujabes"))),
    T("clean_creative", "product-copy",
      "Draft a 60-word product description for the {product} for our homeware shop's website. Tone: warm and a "
      "little cheeky, a bit like the copy on {voice}.",
      V("product voice", ("Le Creuset Signature casserole dish", "Innocent smoothie bottles"),
        ("Dyson V15 Detect", "Oatly cartons"), ("Moleskine Classic notebook", "Ben & Jerry's tubs"))),
    T("clean_creative", "crossover",
      "Write a 400-word crossover story where {c1} from {w1} meets {c2} from {w2} in {place}. "
      "They should disagree about something small.",
      V("c1 w1 c2 w2 place", ("Hermione Granger", "Harry Potter", "Sherlock Holmes", "the Conan Doyle stories", "a stuck train carriage"),
        ("Lara Croft", "Tomb Raider", "Indiana Jones", "Raiders of the Lost Ark", "a museum basement"),
        ("Captain Ahab", "Moby-Dick", "Moana", "the Disney film", "a storm at sea"))),
    T("clean_creative", "tavern-names",
      "Give me 5 names for a fantasy tavern inspired by {x}. Nothing too cheesy, and one should be a pun.",
      V("x", ("The Witcher and Skyrim",), ("Discworld and Terry Pratchett",), ("Baldur's Gate 3",)), case="upper"),

    # ------------------------------------------------------------ clean_trade
    T("clean_trade", "cafe-beans",
      "I run a small café and we're thinking of switching beans. We use {b1} for espresso at the moment; a rep keeps "
      "pushing {b2}. How do I run a fair blind tasting with the team, and does it matter that we're on a {machine}?",
      V("b1 b2 machine", ("Lavazza Super Crema", "Illy Classico", "La Marzocco Linea Mini"),
        ("Union Hand-Roasted", "Square Mile Red Brick", "Sanremo Café Racer"),
        ("Caffè Vergnano", "Climpson & Sons", "Rancilio Silvia"))),
    T("clean_trade", "boiler-fault",
      "Plumber here. Customer has a {boiler} that keeps locking out with {code}. Worth repairing at 11 years old, or "
      "do I quote for {new}? Parts I can get same day: {parts}.",
      V("boiler code new parts", ("Worcester Bosch Greenstar 30i", "an EA fault", "a Vaillant ecoTEC plus", "Grundfos pumps and Honeywell valves"),
        ("Baxi Duo-tec 28", "E133", "an Ideal Logic Max", "Wilo pumps and Danfoss valves"),
        ("Potterton Promax", "F1", "a Viessmann Vitodens 050", "Salus thermostats and Grundfos pumps"))),
    T("clean_trade", "florist-pricing",
      "Help me price a wedding package: five bridesmaid bouquets with {f1} and {f2}, plus twelve table arrangements. "
      "My wholesale costs are about 40% of retail. What margin do other florists usually put on labour?",
      V("f1 f2", ("David Austin Juliet roses", "Sarah Bernhardt peonies"), ("Café au Lait dahlias", "Queen Anne's lace"),
        ("Black Baccara roses", "Annabelle hydrangeas"))),
    T("clean_trade", "mechanic-noise",
      "Got a {car} in with a whining noise from the front end that rises with speed. Last garage fitted {p1} pads "
      "and {p2} water pump three months ago. Where would you start?",
      V("car p1 p2", ("2016 Ford Focus 1.0 EcoBoost", "Brembo", "a Gates"), ("2012 Toyota Hilux", "Bendix", "an Aisin"),
        ("2018 Volkswagen Golf GTI", "Ferodo", "an SKF"))),

    # ------------------------------------------------------------ clean_travel
    T("clean_travel", "weekend-city",
      "Plan a weekend in {city}: we like {likes}, want one blow-out dinner at {rest}, and need to be home by Sunday evening.",
      V("city likes rest", ("Venice", "glass-blowing and quiet back canals", "Harry's Bar"),
        ("New Orleans", "jazz and old cemeteries", "Antoine's"),
        ("London", "markets and galleries", "Bob Bob Ricard"))),
    T("clean_travel", "drive-or-train",
      "Is it worth driving from {a} to {b} via {c}, or is the train better? We're travelling in {month} with two teenagers and a lot of luggage.",
      V("a b c month", ("Seville", "Granada", "Córdoba", "April"), ("Munich", "Salzburg", "Berchtesgaden", "August"),
        ("Melbourne", "Adelaide", "the Great Ocean Road", "February"))),
    T("clean_travel", "away-game",
      "I've got tickets for {club} at {stadium}. What's the easiest way to get there from the city centre, and where do home fans eat before kick-off?",
      V("club stadium", ("Borussia Dortmund", "Signal Iduna Park"), ("Boca Juniors", "La Bombonera"), ("Celtic", "Celtic Park"))),
    T("clean_travel", "mustsee-list",
      "Ten days in {country}. Must-sees so far:\n• {l1}\n• {l2}\n• {l3}\nWhat am I missing, and which of these could I skip?",
      V("country l1 l2 l3", ("Jordan", "Petra", "Wadi Rum", "the Dead Sea"),
        ("Peru", "Machu Picchu", "Lake Titicaca", "the Colca Canyon"),
        ("Vietnam", "Ha Long Bay", "Hội An", "the Mekong Delta"))),

    # ------------------------------------------------------------ clean_household
    T("clean_household", "named-dish",
      "Give me a foolproof {dish} recipe for six people, with timings, and tell me in two sentences where the name comes from.",
      V("dish", ("Beef Wellington",), ("Eggs Benedict",), ("Caesar salad",))),
    T("clean_household", "appliance-fix",
      "My {a1} is leaking from underneath. Is it cheaper to get it repaired or to replace it with {a2}? Budget is about £{amt}.",
      V("a1 a2 amt", ("Bosch Serie 4 dishwasher", "a Miele G 5000", "600"),
        ("Samsung EcoBubble washing machine", "an LG F4V5", "450"), ("Smeg FAB28 fridge", "a Fisher & Paykel", "900"))),
    T("clean_household", "party-theme",
      "My son loves {x}. Suggest five party games themed on it for eight 7-year-olds in a small living room.",
      V("x", ("Spider-Man",), ("Minecraft",), ("Bluey",))),
    T("clean_household", "skin-compare",
      "compare {p1} and {p2} for really dry hands in winter. which one has less fragrance and which is better value per ml?",
      V("p1 p2", ("CeraVe Moisturising Cream", "Eucerin Aquaphor"), ("Nivea Creme", "Weleda Skin Food"),
        ("La Roche-Posay Lipikar", "Aveeno Dermexa")), case="lower"),

    # ------------------------------------------------------------ personal_chat
    T("personal_chat", "quotes-show",
      "{P.g} at work keeps quoting {show} in meetings and I don't get half the references. "
      "Give me a cheat sheet so I can keep up without binge-watching the whole thing.",
      V("show", ("Succession",), ("The Office",), ("Ted Lasso",))),
    T("personal_chat", "colleague-birthday",
      "Can you help me write a birthday message for {P}? We've sat next to each other for five years, "
      "{P.she}'s obsessed with {celeb} and {P.she} just ran {P.her} first marathon.",
      V("celeb", ("Beyoncé",), ("Bruce Springsteen",), ("Shah Rukh Khan",))),
    T("personal_chat", "manager-book",
      "my manager {P.t} wants everyone to read {book} before the offsite. is it actually good or just airport business stuff",
      V("book", ("Atomic Habits",), ("The Lean Startup",), ("Good to Great",)), case="lower"),
    T("personal_chat", "mentoring-pep",
      "I'm mentoring {P} and {Q} from the accounts team this quarter. Both are huge fans of {athlete}. "
      "Write a short pep talk for our next session that uses {athlete}'s comeback as the example.",
      V("athlete", ("Rafael Nadal",), ("Simone Biles",), ("Zlatan Ibrahimović",))),
    T("personal_chat", "settle-argument",
      "Settle an argument. {P.g} swears {claim} I say it's a myth. Who's right? {Q.g} has money on it too.",
      V("claim", ("Albert Einstein failed maths at school.",), ("Napoleon was unusually short.",),
        ("Vikings wore horned helmets.",))),

    # ------------------------------------------------------------ personal_trade
    T("personal_trade", "cafe-switch",
      "Our café's regulars are mostly office people. {P.g}, who does our mornings, wants to switch from {b1} to {b2}. "
      "{Q}, who owns the place, worries about cost. Write a one-page comparison I can show them both.",
      V("b1 b2", ("Segafredo Intermezzo", "Allpress Redchurch"), ("Kimbo Extra Cream", "Ozone Empire"),
        ("Costa Signature Blend", "Grumpy Mule Bull Shot"))),
    T("personal_trade", "plumber-job",
      "Job for tomorrow morning: {P.t}, {H}, {T}. {boiler} banging on start-up. {P.She} asked me to ring {PH} "
      "twenty minutes before I arrive. Write me a short checklist of what to bring.",
      V("boiler", ("Baxi 800 Combi",), ("Viessmann Vitodens 100-W",), ("Glow-worm Energy 25c",))),
    T("personal_trade", "florist-reply",
      "A customer, {P}, says the {flower} in {P.her} anniversary bouquet drooped within a day. "
      "Draft a kind reply offering a replacement and mention we now buy from {supplier}.",
      V("flower supplier", ("Memory Lane roses", "Dutch Flower Group"), ("Coral Charm peonies", "Triangle Nursery"),
        ("Bombastic spray roses", "Zest Flowers"))),
    T("personal_trade", "mechanic-invoice",
      "Write an invoice note: replaced the front discs on {P}'s {car}, fitted {brand} discs and pads, topped up the "
      "coolant. {P.g} wants to collect Friday after four; text {P.him} on {PH} when it's done.",
      V("car brand", ("Skoda Octavia", "Pagid"), ("Mazda CX-5", "TRW"), ("Honda Jazz", "Mintex"))),
    T("personal_trade", "landlord-oven",
      "My landlord {P} still hasn't sorted the {appliance}. It's been three weeks, and {Q}, the repair man {P.she} "
      "sent round, said on day one that it only needs a new part. Help me write a firm but polite "
      "email to {E} asking for a repair date, and mention the tenancy says appliances are {P.her} responsibility.",
      V("appliance", ("Hotpoint oven",), ("Ariston water heater",), ("Whirlpool fridge freezer",)),
      genders={"Q": "M"}),

    # ------------------------------------------------------------ personal_creative
    T("personal_creative", "gran-poem",
      "Write a funny poem for my grandmother {P.g}'s 80th. She loves {a}, {b} and shouting at the TV during {c}.",
      V("a b c", ("Elvis Presley", "crosswords", "Strictly Come Dancing"), ("Celia Cruz", "dominoes", "Real Madrid matches"),
        ("Lata Mangeshkar", "mango pickle", "the cricket")), genders={"P": "F"}),
    T("personal_creative", "engagement-playlist",
      "Make a playlist for {P} and {Q}'s engagement party. They met at {artist} gig, {Q.g} can't stand {nope}, "
      "and the last song has to be one {P.g} can sing along to badly.",
      V("artist nope", ("an Arctic Monkeys", "Coldplay"), ("a Fela Kuti tribute", "Ed Sheeran"), ("a Dua Lipa", "Nickelback"))),
    T("personal_creative", "bedtime-story",
      "Write a bedtime story starring my daughter {P.g} and her best friend {Q.g}, who get lost in the park and are "
      "rescued by {char}. About five minutes to read aloud.",
      V("char", ("Paddington Bear",), ("Miffy",), ("the Gruffalo",)), genders={"P": "F"}),
    T("personal_creative", "leaving-speech",
      "Write a leaving speech for {P}, who has run the {dept} for 22 years. {P.She} once met {celeb} at a "
      "conference and has never stopped talking about it.",
      V("dept celeb", ("warehouse", "Richard Branson"), ("school kitchen", "Jamie Oliver"), ("parts counter", "Lewis Hamilton")),
      case="upper"),

    # ------------------------------------------------------------ personal_household
    T("personal_household", "recipe-sub",
      "{P.g}'s {dish} recipe calls for {brand} but the shop here only has {alt}. Will it still work, "
      "and do I need to change the salt?",
      V("dish brand alt", ("jollof rice", "Knorr stock cubes", "Maggi cubes"), ("banana bread", "King Arthur flour", "Gold Medal flour"),
        ("pierogi", "Philadelphia cream cheese", "Lidl's quark"))),
    T("personal_household", "christmas-host",
      "We're hosting Christmas at ours this year, {H}, {T}. Guests: my parents, {P} and {Q} with their two kids, "
      "and our neighbour {R.t}, who's on {R.her} own. Plan a menu around a {dish} with one vegetarian main.",
      V("dish", ("goose",), ("glazed ham",), ("turkey crown",))),
    T("personal_household", "sleepover-snacks",
      "My son's friend {P.g} is coming for a sleepover and {P.she} has a nut allergy. Are {s1} and {s2} safe, "
      "or should I just make popcorn?",
      V("s1 s2", ("Oreos", "Pringles"), ("Jaffa Cakes", "Hula Hoops"), ("Doritos", "Haribo Goldbears"))),
    T("personal_household", "teacher-email",
      "Help me write an email to {P.t}, my daughter's teacher, about the reading log for {book}. {Q.g} says nobody "
      "told the class it was due Monday. {P.Her} email is {E}.",
      V("book", ("Charlotte's Web",), ("Matilda",), ("The Hobbit",)), genders={"Q": "F"}),
    T("personal_household", "mil-kettle",
      "my mother-in-law {P} is moving in with us next month. she has arthritis in both hands. what's a good {thing} "
      "for her? she's used a {brand} for twenty years and won't hear a word against it",
      V("thing brand", ("kettle", "Russell Hobbs"), ("tin opener", "Swan"), ("food processor", "Kenwood Chef")),
      case="lower", genders={"P": "F"}),

    T("personal_household", "birthday-dinner",
      "Need help with a group dinner. Six of us are going to {rest} on Saturday for {P.g}'s 40th. {Q} is vegan, "
      "{R.g} doesn't drink, and {P.g}'s brother flies in from {city} that afternoon, so we can't book before 8. "
      "The restaurant wants set-menu choices by Thursday and a £20 deposit each. Can you draft the group message "
      "asking everyone to choose and pay? And suggest a present under £50 for someone who's into {hobby}.",
      V("rest city hobby", ("Gordon Ramsay's Bread Street Kitchen", "Toronto", "vinyl and Fleetwood Mac"),
        ("Rick Stein's in Padstow", "Lagos", "sea swimming and Agatha Christie novels"))),

    # ------------------------------------------------------------ personal_travel
    T("personal_travel", "weekend-for-two",
      "Plan a weekend in {city} for me and {P}. {P.g} wants to see {sight}, I want to eat at {rest}. "
      "We're flying separately ({P.she}'s coming from near {T}), so we'll meet at the hotel on Friday.",
      V("city sight rest", ("Porto", "the Livraria Lello", "Cantinho do Avillez"),
        ("Barcelona", "the Sagrada Família", "El Xampanyet"), ("Amsterdam", "the Anne Frank House", "Café 't Smalle"))),
    T("personal_travel", "church-coach",
      "{P.t} from church asked me to organise the coach trip to {place}. Write a short notice for the parish "
      "newsletter with the pick-up time (7am outside the hall) and {P.her} number, {PH}.",
      V("place", ("Walsingham",), ("Knock",), ("Iona",))),
    T("personal_travel", "hike-group",
      "Me, {P.g}, {Q.g} and {R.g} are doing the {route} in {month}. {Q.g} has dodgy knees. "
      "Suggest an itinerary with shorter days and one rest day.",
      V("route month", ("West Highland Way", "May"), ("Camino Portugués", "September"), ("Tour du Mont Blanc", "July"))),
    T("personal_travel", "uncle-tickets",
      "My uncle {P} has supported {club} since the seventies and I've got him tickets for {stadium}. "
      "Write a short card to go with them, with a nod to {player}.",
      V("club stadium player", ("Leeds United", "Elland Road", "Billy Bremner"),
        ("Napoli", "the Stadio Diego Armando Maradona", "Marek Hamšík"),
        ("Kaizer Chiefs", "FNB Stadium", "Doctor Khumalo")), genders={"P": "M"}),
]


# ---------------------------------------------------------------- holdout templates (same slot syntax as TUNE)

HOLDOUT = [
    # ------------------------------------------------------------ clean_knowledge
    T("clean_knowledge", "greatest-ever",
      "Why do people call {a} the greatest {role} ever? My dad insists it's {b} and won't budge. "
      "Give me the strongest case for each in five bullet points.",
      V("a role b", ("Michael Jordan", "basketball player", "LeBron James"), ("Muhammad Ali", "heavyweight", "Joe Louis"),
        ("Pelé", "footballer", "Cristiano Ronaldo"))),
    T("clean_knowledge", "revision-eponyms",
      "Quick revision notes please, three bullet points each:\n1. {e1}\n2. {e2}\n3. {e3}",
      V("e1 e2 e3", ("Ohm's law", "Boyle's law", "Hooke's law"), ("Mendel's laws of inheritance", "Darwin's finches", "Pavlov's dogs"),
        ("Huntington's disease", "Crohn's disease", "the Heimlich manoeuvre"))),
    T("clean_knowledge", "missed-season",
      "In {show}, why does {c1} turn against {c2}? I missed most of a season and my friends won't explain it.",
      V("show c1 c2", ("Breaking Bad", "Jesse Pinkman", "Walter White"), ("The Last of Us", "Ellie", "Joel"),
        ("Squid Game", "Cho Sang-woo", "Seong Gi-hun"))),
    T("clean_knowledge", "career-path",
      "How did {a} go from {start} to {end}? Two paragraphs, and include one thing most people don't know.",
      V("a start end", ("Jacinda Ardern", "working as a DJ and policy adviser", "prime minister of New Zealand"),
        ("Chimamanda Ngozi Adichie", "studying medicine in Nsukka", "one of the best-known novelists alive"),
        ("Volodymyr Zelenskyy", "sketch comedy", "the presidency"))),
    T("clean_knowledge", "saint-named",
      "Who was {x} and why is {y} named after them? One paragraph is plenty.",
      V("x y", ("Saint Nicholas", "Santa Claus"), ("the prophet Elijah", "the cup left out at Passover"),
        ("Guru Nanak", "Guru Nanak Jayanti")), case="upper"),
    T("clean_knowledge", "sample-names",
      "For our CRM training deck, which sample customer reads most neutral: {a}, {b} or {c}? "
      "The slides go to staff in five countries and I don't want anyone thinking it's a real client.",
      V("a b c", ("Joe Bloggs", "Mario Rossi", "Erika Mustermann"), ("Fulano de Tal", "Jan Kowalski", "John Q. Public"))),

    # ------------------------------------------------------------ clean_creative
    T("clean_creative", "limerick",
      "Write a limerick about {x}.",
      V("x", ("Marie Curie",), ("Frida Kahlo",), ("Genghis Khan",))),
    T("clean_creative", "bookclub-questions",
      "Our book club is doing {book} by {author} next month. Write five discussion questions that don't give away "
      "what happens to {char}.",
      V("book author char", ("The Remains of the Day", "Kazuo Ishiguro", "Mr Stevens"), ("Beloved", "Toni Morrison", "Sethe"),
        ("Norwegian Wood", "Haruki Murakami", "Naoko"))),
    T("clean_creative", "radio-ad",
      "Write a 30-second radio ad for {product}, read in the style of {voice}. End with a one-line slogan.",
      V("product voice", ("Heinz Beanz", "a David Attenborough documentary"), ("Yorkshire Tea", "Morgan Freeman narrating"),
        ("the Toyota Corolla Cross", "a Bollywood trailer"))),
    T("clean_creative", "dnd-npc",
      "I'm running a one-shot on Saturday. Make me an innkeeper NPC who's a mix of {a} and {b}: name, look, "
      "voice, and one secret the players can discover.",
      V("a b", ("Gandalf", "Jack Sparrow"), ("Kratos", "Mary Poppins"), ("Wonder Woman", "Hercule Poirot"))),
    T("clean_creative", "haiku-sequence",
      "write a haiku sequence about {x}, five haiku, no rhyming, present tense",
      V("x", ("Mount Fuji at dawn",), ("the Chicago Bulls' 1996 season",), ("Ramadan nights in Cairo",)), case="lower"),

    # ------------------------------------------------------------ clean_trade
    T("clean_trade", "bakery-allergen",
      "Our bakery uses {f1} flour for bread and {f2} for pastry. A customer asked whether our {item} are made with "
      "{butter}. How do I word an allergen card for the counter that's accurate and not scary?",
      V("f1 f2 item butter", ("Shipton Mill", "Allinson", "croissants", "Lurpak"),
        ("Doves Farm", "Marriage's", "Danish pastries", "Président butter"),
        ("Caputo Pizzeria", "Bob's Red Mill", "focaccia squares", "Kerrygold"))),
    T("clean_trade", "drill-platform",
      "Electrician, choosing a new combi drill and sticking with it for years. {d1} vs {d2} vs {d3}: which battery "
      "platform is the safest long-term bet for a one-man business?",
      V("d1 d2 d3", ("Makita DHP486", "DeWalt DCD996", "Milwaukee M18 FPD3"), ("Hilti SF 6H-22", "Festool Quadrive TPC 18/4", "Metabo SB 18 LTX"),
        ("Ryobi R18PD7", "Einhell TE-CD 18", "Bosch GSB 18V-55"))),
    T("clean_trade", "salon-colour",
      "I own a salon and we're choosing a new colour line. Reps from {a} and {b} are coming in next week. "
      "What should I ask them about {c}, and about training for junior stylists?",
      V("a b c", ("Wella Koleston", "Schwarzkopf Igora", "ammonia-free ranges"),
        ("L'Oréal Majirel", "Redken Shades EQ", "toners"), ("Goldwell Topchic", "Matrix SoColor", "grey coverage"))),
    T("clean_trade", "pub-chalkboard",
      "Write tonight's chalkboard special for our pub: {dish} with {drink}. Under 25 words, a bit of a pun if possible.",
      V("dish drink", ("Chicken Kiev", "a pint of Guinness"), ("Welsh rarebit", "Brains SA"),
        ("Lancashire hotpot", "Thwaites Wainwright")), case="upper"),

    # ------------------------------------------------------------ clean_travel
    T("clean_travel", "first-trip-choice",
      "Which is better for a first trip to {country}: {a} or {b}? We have five nights, hate crowds and love food markets.",
      V("country a b", ("Japan", "Kanazawa", "Takayama"), ("Morocco", "Chefchaouen", "Essaouira"), ("Italy", "Matera", "Lecce"))),
    T("clean_travel", "landmark-time",
      "How long do we need at {place}, and is it worth paying extra for the guided tour? "
      "We're going with my parents, who are in their seventies.",
      V("place", ("the Taj Mahal",), ("Schönbrunn Palace",), ("Gaudí's Casa Batlló",))),
    T("clean_travel", "derby-explain",
      "Explain the rivalry between {a} and {b} to someone going to their first derby next week. "
      "What should I avoid wearing?",
      V("a b", ("Galatasaray", "Fenerbahçe"), ("Flamengo", "Fluminense"), ("Al Ahly", "Zamalek"))),
    T("clean_travel", "budget-city",
      "3 days in {city} in {month} on a tight budget. which neighbourhood should we stay in, and is {x} worth the queue",
      V("city month x", ("Mexico City", "November", "the Frida Kahlo Museum"), ("Cape Town", "March", "Robben Island"),
        ("Istanbul", "October", "the Basilica Cistern")), case="lower"),

    T("clean_travel", "honeymoon-route",
      "Planning our honeymoon: two weeks in {region}. Rough idea is to fly into {a}, spend a few days there, then "
      "{b}, then somewhere quiet on {c}. We love {likes} but hate organised tours, and the budget is mid-range, not "
      "luxury. Could you (1) put the stops in an order that doesn't backtrack, (2) suggest how to get between them "
      "without a car, and (3) flag anything that shuts for {holiday}?",
      V("region a b c likes holiday",
        ("Sicily", "Palermo", "Taormina", "the Aeolian Islands", "street food and baroque churches", "Ferragosto"),
        ("Sri Lanka", "Colombo", "Kandy", "the south coast near Mirissa", "tea estates and slow trains", "Poya days"))),

    # ------------------------------------------------------------ clean_household
    T("clean_household", "drinks-difference",
      "What's the difference between {a} and {b}? I want to serve one at a garden party for about thirty people.",
      V("a b", ("a Bellini", "a Rossini"), ("a Tom Collins", "a John Collins"), ("Bananas Foster", "Crêpes Suzette"))),
    T("clean_household", "family-car",
      "We need a family car that fits three car seats across the back. Shortlist: {a}, {b}, {c}. Which one, and why?",
      V("a b c", ("Volvo XC90", "Skoda Kodiaq", "Kia Sorento"), ("Peugeot 5008", "Citroën Berlingo", "Mercedes-Benz V-Class"),
        ("Tesla Model Y", "Hyundai Santa Fe", "Toyota Highlander"))),
    T("clean_household", "next-read",
      "My daughter is obsessed with {x}. What should she read next now that she's finished {y}? She's nine.",
      V("x y", ("Percy Jackson", "The Last Olympian"), ("Dog Man", "Twenty Thousand Fleas Under the Sea"),
        ("Tintin", "The Blue Lotus"))),
    T("clean_household", "list-app",
      "Is {a} or {b} better for sharing a shopping list with my partner? We're both on {c} and we always forget the milk.",
      V("a b c", ("AnyList", "OurGroceries", "iPhones"), ("Todoist", "Microsoft To Do", "Android"),
        ("Bring!", "Google Keep", "Samsung phones"))),

    # ------------------------------------------------------------ personal_chat
    T("personal_chat", "podcast-tip",
      "Had lunch with {P} yesterday and {P.she} recommended {podcast}. Is it any good for someone who knows "
      "nothing about {topic}? Where should I start?",
      V("podcast topic", ("The Rest Is History", "history"), ("Freakonomics Radio", "economics"), ("Radiolab", "science"))),
    T("personal_chat", "league-stats",
      "{P.f} from accounts reckons {team} will win the league this year. Give me three stats that prove {P.him} wrong "
      "before Friday's sweepstake.",
      V("team", ("Arsenal",), ("Real Madrid",), ("Bayern Munich",))),
    T("personal_chat", "group-chat-take",
      "ok so {P.g} and {Q.g} are arguing about whether {a} is better than {b}. pls give a neutral take i can screenshot into the group chat",
      V("a b", ("The Godfather Part II", "The Godfather"), ("Pokémon Red", "Pokémon Gold"), ("Friends", "Seinfeld")),
      case="lower"),
    T("personal_chat", "friendlier-rewrite",
      "Rewrite this so it sounds friendlier: \"{P.g}, the {doc} you sent {Q} is missing the {brand} figures again. Fix it today.\"",
      V("doc brand", ("quarterly report", "Unilever"), ("stock sheet", "Nestlé"), ("pitch deck", "Adidas"))),
    T("personal_chat", "slide-founder",
      "Should I tell {P} that {P.her} slide calls {celeb} the founder of {company}? It's going to the whole "
      "department on Monday and I don't want to embarrass {P.him}.",
      V("celeb company", ("Elon Musk", "Tesla"), ("Steve Wozniak", "IBM"), ("Jack Ma", "Tencent"))),

    # ------------------------------------------------------------ personal_trade
    T("personal_trade", "cake-order",
      "Customer {P} ({PH}) ordered a {cake} for Saturday, but our supplier is out of {brand}. "
      "Draft a text offering {alt} instead, no price change.",
      V("cake brand alt", ("red velvet cake", "Dr. Oetker gel colours", "Wilton colours"),
        ("Victoria sponge", "Bonne Maman strawberry jam", "Hartley's jam"),
        ("Black Forest gateau", "Luxardo cherries", "Opies cocktail cherries"))),
    T("personal_trade", "electrician-quote",
      "Write up a quote for {P.t} at {H}, {T}: replace the consumer unit with a {cu}, add two outdoor sockets and "
      "test the garage circuit. {P.She} is comparing three quotes, so keep it clear.",
      V("cu", ("Hager 18-way board",), ("Schneider Easy9 unit",), ("Wylex NHRS board",))),
    T("personal_trade", "salon-client",
      "{P.g} wants {celeb}'s {cut} but has very fine hair. How do I talk {P.him} out of it gently, or adapt it so it still works?",
      V("celeb cut", ("Zendaya", "curtain bangs"), ("Harry Styles", "mullet"), ("Rihanna", "pixie cut"))),
    T("personal_trade", "builder-kitchen",
      "I'm a builder. {P} and {Q} want {kitchen} kitchen with {hob} induction hob and keep sending me Pinterest "
      "pictures. Write a polite email to {EQ} explaining the lead times and why the worktop comes last.",
      V("kitchen hob", ("a Howdens", "a Neff"), ("a Magnet", "a Miele"), ("an IKEA Metod", "an AEG"))),
    T("personal_trade", "staff-note",
      "Tidy this note for the staff room: {P.g} is in charge of the {brand} delivery on Tuesday, {Q.g} covers the till. "
      "If the {brand2} rep calls, tell them to ring {P.g} on {PH}.",
      V("brand brand2", ("Coca-Cola", "Walkers"), ("Red Bull", "Cadbury"), ("Tetley", "McVitie's")), case="upper"),

    T("personal_trade", "bakery-hiring",
      "Long one, sorry. I run a bakery-café in {T} with my partner {P}. Our Saturday girl, {Q.g}, has been with us "
      "since she was at school and is off to university in September, so we need to hire. {R}, who supplies our "
      "{coffee} beans, says a friend's daughter might be interested. Could you write (1) a job ad for the window and "
      "Instagram, under 80 words, (2) a short reference for {Q.g} saying she trained two new starters and ran the "
      "{machine} on her own, and (3) a thank-you card from all of us?",
      V("coffee machine", ("Caravan", "Victoria Arduino Eagle One"), ("Origin", "Rocket Appartamento")),
      genders={"Q": "F"}),

    # ------------------------------------------------------------ personal_creative
    T("personal_creative", "best-man",
      "Write a best-man speech for {P}'s wedding to {Q}. Include the time {P.g} got lost in {city} looking for "
      "{landmark} and ended up at a karaoke bar.",
      V("city landmark", ("Rome", "the Trevi Fountain"), ("Dublin", "the Guinness Storehouse"), ("Paris", "Jim Morrison's grave"))),
    T("personal_creative", "sonnet-queue",
      "Turn this into a sonnet for {P.g}: we met in the queue for {film} and {P.she} spilled {drink} on my shoes, "
      "then apologised for the entire film.",
      V("film drink", ("Oppenheimer", "a Fanta"), ("Barbie", "a Tango Ice Blast"), ("Avengers: Endgame", "a Slush Puppie"))),
    T("personal_creative", "nephew-rap",
      "Compose a short rap for my nephew {P.g}'s 13th birthday. He's into {game} and thinks {player} is the best "
      "player on the planet.",
      V("game player", ("Fortnite", "Kylian Mbappé"), ("EA Sports FC 24", "Erling Haaland"), ("Roblox", "Vinícius Júnior")),
      genders={"P": "M"}),
    T("personal_creative", "retirement-verse",
      "write a retirement card verse for {P.t}, our {role} for 30 years. {P.she} always said \"{quote}\" and we'll miss it",
      V("role quote", ("school secretary", "a plaster fixes most things"), ("lollipop lady", "eyes left, eyes right"),
        ("dinner lady", "two more carrots and you can go")), case="lower", genders={"P": "F"}),

    # ------------------------------------------------------------ personal_household
    T("personal_household", "childminder-report",
      "I'm a childminder. Write a short daily report for {P}'s mum: {P.g} ate {food}, napped 40 minutes, "
      "watched {show} and painted a card for grandad.",
      V("food show", ("an Ella's Kitchen pouch", "Hey Duggee"), ("fish fingers and peas", "Peppa Pig"), ("Weetabix", "Paw Patrol"))),
    T("personal_household", "parking-note",
      "Draft a note to put through {P.t}'s door: {P.her} {car} has been parked across our drive three times this "
      "week and I couldn't get out for the school run. Firm but neighbourly.",
      V("car", ("Land Rover Defender",), ("Nissan Qashqai",), ("Mini Cooper",))),
    T("personal_household", "bill-split",
      "{P.g} and I are splitting the bills at {H}. {P.She} pays {u1} (£96 a month) and I pay {u2} (£38) plus the "
      "water. Is that fair, or should we just use a joint account?",
      V("u1 u2", ("Octopus Energy", "Sky broadband"), ("British Gas", "Virgin Media"), ("EDF", "BT"))),
    T("personal_household", "stain-borrowed",
      "How do I get {stain} out of {P}'s {item}? {P.She} lent it to me for the weekend and I really don't want to ruin it.",
      V("stain item", ("red wine", "Barbour jacket"), ("biro ink", "Levi's denim jacket"), ("coffee", "Burberry trench coat"))),
    T("personal_household", "coeliac-list",
      "grocery list for the week, {P.g}'s coming tuesday and she's coeliac: {items}. anything i should swap?",
      V("items", ("Warburtons bread, Heinz tomato soup, Kellogg's Corn Flakes, a box of pasta",),
        ("Hovis wholemeal, Oxo cubes, Weetabix, digestives",), ("Quaker oats, Bisto gravy, Jacob's crackers, tagliatelle",)),
      case="lower", genders={"P": "F"}),

    # ------------------------------------------------------------ personal_travel
    T("personal_travel", "accessible-visit",
      "{P}, {Q} and I fly into {city} on the 14th. {P.g} uses a wheelchair. How accessible are {a} and {b}, "
      "and is there a taxi firm that does ramps?",
      V("city a b", ("Athens", "the Acropolis", "the Plaka"), ("Prague", "Prague Castle", "the Charles Bridge"),
        ("Marrakech", "the Jardin Majorelle", "Jemaa el-Fnaa"))),
    T("personal_travel", "minibus-run",
      "I'm organising a minibus from {T} to {event} for the running club. {P.g} is driving and {Q.g} is collecting "
      "money. Write a WhatsApp message: pick-up 6am at the leisure centre, questions to me on {PH}.",
      V("event", ("the county half marathon",), ("the cross-country league final",), ("the regional relay championships",))),
    T("personal_travel", "inlaws-anniversary",
      "My in-laws, {P} and {Q}, want to see {sight} for their 40th anniversary. Suggest a four-day plan; "
      "{Q.g} can't walk far and {P.g} hates early starts.",
      V("sight", ("the northern lights in Tromsø",), ("the cherry blossom in Kyoto",), ("the Great Barrier Reef",))),
    T("personal_travel", "airbnb-arrival",
      "Can you write a message to {P.g}, our Airbnb host in {city}? We land at {airport} at 23:40 and need the "
      "door code before we get in the taxi. {P.Her} number is {PH} if WhatsApp doesn't work.",
      V("city airport", ("Lisbon", "Humberto Delgado Airport"), ("Rome", "Fiumicino"), ("New York", "JFK"))),
]


# Templates cut to two rows, to keep the corpus near 130 rows a split.
TRIM = {
    "roadtrip-playlist", "away-game", "party-theme", "eponym-explain",
    "quotes-show", "sleepover-snacks", "church-coach", "manager-book",
    "revision-eponyms", "derby-explain", "next-read", "dnd-npc",
    "league-stats", "sonnet-queue", "parking-note", "airbnb-arrival",
}
for _t in TUNE + HOLDOUT:
    if _t["name"] in TRIM:
        _t["vals"] = _t["vals"][:2]


def unmark(marked):
    """Strip ⟦TYPE|value⟧ markers; return (text, spans) with offsets into the plain text."""
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        value = m.group(2)
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "type": m.group(1), "value": value})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Drawer:
    """Least-used-first draws from one split's pools, ties broken by the seeded RNG."""

    def __init__(self, pool, rng):
        self.pool, self.rng = pool, rng
        self.used = Counter()

    def pick(self, kind, items, exclude=(), key=lambda x: x):
        cands = [x for x in items if key(x) not in exclude]
        low = min(self.used[(kind, key(x))] for x in cands)
        best = [x for x in cands if self.used[(kind, key(x))] == low]
        choice = best[self.rng.randrange(len(best))]
        self.used[(kind, key(choice))] += 1
        return choice


def person_full(p):
    return p.get("full") or f"{p['given']} {p['family']}"


def render(t, values, drawer, rng, split, seen_people, seen_homes):
    text = t["text"]
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    pool = POOLS[split]
    genders = t.get("genders", {})
    people, chosen = {}, []

    def person(letter):
        if letter not in people:
            want = genders.get(letter)
            items = [p for p in pool["people"] if want is None or p["g"] == want]
            avoid = {person_full(x) for x in chosen} | seen_people
            if all(person_full(x) in avoid for x in items):
                avoid = {person_full(x) for x in chosen}
            p = drawer.pick("person", items, exclude=avoid, key=person_full)
            people[letter] = p
            chosen.append(p)
        return people[letter]

    place = {}
    if "{H}" in text or "{T}" in text:
        place["home"] = drawer.pick("home", pool["homes"], exclude=seen_homes, key=lambda h: h[0])
        seen_homes.add(place["home"][0])

    def sub(m):
        letter, attr, other = m.group(1), m.group(2), m.group(3)
        if other:
            if other in ("H", "T"):
                if "home" not in place:
                    place["home"] = drawer.pick("home", pool["homes"], key=lambda h: h[0])
                street, town = place["home"][:2]
                return f"⟦LOCATION|{street if other == 'H' else town}⟧"
            if other in ("PH", "PH2"):
                if other not in place:
                    if other == "PH" and "home" in place:
                        place[other] = place["home"][2]
                    else:
                        taken = {place.get("PH"), place.get("PH2")}
                        place[other] = drawer.pick("phone", pool["phones"], exclude=taken)
                return f"⟦PHONE_NUMBER|{place[other]}⟧"
            p = person("P" if other == "E" else "Q")
            local = ascii_fold(p["given"].split()[0] + "." + p["family"].replace(" ", "")).lower()
            local = re.sub(r"[^a-z.]", "", local)
            dom = pool["domains"][rng.randrange(len(pool["domains"]))]
            return f"⟦EMAIL_ADDRESS|{local}@{dom}⟧"
        p = person(letter)
        f = p["g"] == "F"
        if attr is None:
            return f"⟦PERSON|{person_full(p)}⟧"
        if attr == "g":
            return f"⟦PERSON|{p['given']}⟧"
        if attr == "f":
            return f"⟦PERSON|{p['family']}⟧"
        if attr == "t":
            return f"{p.get('title') or ('Mrs' if f else 'Mr')} ⟦PERSON|{p['family']}⟧"
        pron = {"she": ("she", "he"), "her": ("her", "his"), "him": ("her", "him"), "herself": ("herself", "himself")}
        low = attr.lower()
        if low in pron:
            w = pron[low][0 if f else 1]
            return w.capitalize() if attr[0].isupper() else w
        raise ValueError(f"unknown slot {m.group(0)} in {t['name']}")

    marked = SLOT.sub(sub, text)
    seen_people.update(person_full(p) for p in chosen)
    if "{" in marked or "}" in marked:
        raise ValueError(f"unfilled slot in {t['name']}: {marked!r}")
    case = t.get("case", "")
    if case == "lower":
        marked = re.sub(r"⟦([a-z_]+)\|", lambda m: "⟦" + m.group(1).upper() + "|", marked.lower())
    elif case == "upper":
        marked = marked.upper()
    plain, spans = unmark(marked)
    locale = chosen[0]["loc"] if chosen else ""
    return plain, spans, locale


def build(split, templates):
    rng = random.Random(f"{SEED}-{split}")
    drawer = Drawer(POOLS[split], rng)
    rows = []
    for t in templates:
        seen_people, seen_homes = set(), set()
        for n, values in enumerate(t["vals"]):
            text, spans, locale = render(t, values, drawer, rng, split, seen_people, seen_homes)
            rows.append({
                "id": f"stranger6-{t['cls']}-{t['name']}-{n}",
                "text": text, "spans": spans, "source": SOURCE,
                "class": t["cls"], "template": t["name"], "locale": locale,
            })
    return rows


def check(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in ALLOWED, (r["id"], s)
            assert s["value"] == r["text"][s["start"]:s["end"]], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"] and r["locale"] == "", r["id"]
        else:
            assert r["spans"] and r["locale"], r["id"]


def check_disjoint():
    def values(templates):
        out = set()
        for t in templates:
            for v in t["vals"]:
                out.update(x.strip().lower() for x in v.values())
        return out

    names_t = {t["name"] for t in TUNE}
    names_h = {t["name"] for t in HOLDOUT}
    assert len(names_t) == len(TUNE) and len(names_h) == len(HOLDOUT)
    assert not names_t & names_h, names_t & names_h
    assert not {t["text"] for t in TUNE} & {t["text"] for t in HOLDOUT}
    both = values(TUNE) & values(HOLDOUT)
    assert not both, both
    for kind in ("homes", "phones"):
        a = {str(x).lower() for x in POOLS["tune"][kind]}
        b = {str(x).lower() for x in POOLS["holdout"][kind]}
        if kind == "homes":
            a = {w for h in POOLS["tune"][kind] for w in h}
            b = {w for h in POOLS["holdout"][kind] for w in h}
        assert not a & b, a & b
    pt = {person_full(p).lower() for p in POOLS["tune"]["people"]}
    ph = {person_full(p).lower() for p in POOLS["holdout"]["people"]}
    assert not pt & ph, pt & ph
    parts_t = {w.lower() for p in POOLS["tune"]["people"] for w in (p["given"], p["family"])}
    parts_h = {w.lower() for p in POOLS["holdout"]["people"] for w in (p["given"], p["family"])}
    assert not parts_t & parts_h, parts_t & parts_h


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main():
    check_disjoint()
    status = 0
    for split, templates in (("tune", TUNE), ("holdout", HOLDOUT)):
        rows = build(split, templates)
        check(rows)
        data = dump(rows)
        path = os.path.join(HERE, f"{split}.jsonl")
        digest = hashlib.sha256(data).hexdigest()
        if "--check" in sys.argv:
            same = os.path.exists(path) and open(path, "rb").read() == data
            print(f"{split}.jsonl: {'unchanged' if same else 'differs from a fresh build'}")
            status |= 0 if same else 1
            continue
        with open(path, "wb") as fh:
            fh.write(data)
        per_class = Counter(r["class"] for r in rows)
        tpl = Counter()
        for t in templates:
            tpl[t["cls"]] += 1
        types = Counter(s["type"] for r in rows for s in r["spans"])
        personal = sum(1 for r in rows if r["spans"])
        lens = [len(r["text"]) for r in rows]
        print(f"== {split}: {len(rows)} rows ({personal} personal, {len(rows) - personal} clean), "
              f"{len(templates)} templates, {len({r['locale'] for r in rows if r['locale']})} locales, "
              f"lengths {min(lens)}-{max(lens)} mean {sum(lens) // len(lens)}")
        for c in sorted(per_class):
            print(f"  {c:20s} {per_class[c]:3d} rows {tpl[c]:2d} templates")
        print("  spans:", dict(sorted(types.items())))
        print("  sha256:", digest)
    sys.exit(status)


if __name__ == "__main__":
    main()
