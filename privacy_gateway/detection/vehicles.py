"""Cars and vans by make and model: "Kia Picanto", "Mercedes Sprinter", "Ford Focus", "Renault Clio".

Garages, dealers, couriers, insurers and hire desks name vehicles all day, and many makes are
surnames or given names (Ford, Mercedes, Porsche, Dodge, Kia, Lincoln) that the brand list's
privacy filter keeps out (`scripts/build-brands`), so "Kia Picanto" read as a person. A make
followed by one of its line's model names is a vehicle; a make followed by anything else is left
to the other readers ("Mercedes Garcia" is someone).

Provenance: the makes sold in Europe, the Americas and Asia and their current and recent model
ranges as the manufacturers name them, written down by hand (general knowledge, no data set).
Model names are folded to lower case without accents; numbers and codes count as written ("208",
"cx-5", "id.4").
"""

from __future__ import annotations

# Makes, folded, with their common short forms ("VW", "Merc").
MAKES = frozenset((
    "alfa romeo", "aston martin", "audi", "bentley", "bmw", "byd", "cadillac", "chevrolet", "chevy", "chrysler",
    "citroen", "cupra", "dacia", "daewoo", "daihatsu", "dodge", "ds", "ferrari", "fiat", "ford", "genesis", "gmc",
    "honda", "hyundai", "infiniti", "isuzu", "iveco", "jaguar", "jeep", "kia", "lada", "lamborghini", "land rover",
    "lexus", "lincoln", "lotus", "maserati", "mazda", "mclaren", "mercedes", "mercedes-benz", "merc", "mg", "mini",
    "mitsubishi", "nio", "nissan", "opel", "peugeot", "polestar", "porsche", "ram", "range rover", "renault",
    "rolls-royce", "saab", "seat", "skoda", "smart", "ssangyong", "subaru", "suzuki", "tata", "tesla", "toyota",
    "vauxhall", "volkswagen", "vw", "volvo", "xpeng", "leapmotor", "omoda", "jaecoo", "maxus", "ldv",
))

MODELS = frozenset(
    """
    giulia stelvio tonale giulietta mito db11 vantage dbx a1 a3 a4 a5 a6 a7 a8 q2 q3 q4 q5 q7 q8 tt r8 e-tron
    bentayga continental flying 2 3 4 5 6 7 8 x1 x2 x3 x4 x5 x6 x7 i3 i4 i5 i7 ix ix1 ix3 z4 m2 m3 m4 m5
    atto dolphin seal seagull han tang escalade xt4 xt5 lyriq spark aveo cruze malibu camaro corvette silverado equinox
    tahoe suburban traverse trax blazer bolt captiva orlando voyager pacifica c1 c3 c4 c5 berlingo cactus picasso
    spacetourer dispatch relay ami born formentor leon ateca tavascan sandero duster jogger logan spring bigster
    matiz lanos terios sirion charger challenger durango journey caravan viper ds3 ds4 ds7 roma portofino 296 f8
    500 500x 500l 600 panda tipo punto doblo ducato fiorino qubo bravo multipla
    fiesta focus puma kuga mondeo mustang ranger transit tourneo galaxy s-max c-max ka explorer bronco escape edge
    f-150 expedition maverick
    gv60 gv70 gv80 g70 g80 sierra yukon hummer civic jazz cr-v hr-v zr-v accord e:ny1 insight odyssey pilot fit
    i10 i20 i30 i40 ix35 tucson kona santa bayon ioniq inster getz elantra sonata staria
    q50 qx50 d-max mu-x daily xe xf xj f-pace e-pace i-pace f-type wrangler renegade compass cherokee avenger gladiator
    picanto rio ceed xceed proceed stonic sportage sorento niro ev3 ev6 ev9 soul stinger carens venga optima
    niva granta vesta huracan urus aventador defender discovery evoque velar sport ct ux nx rx es ls lbx
    navigator aviator nautilus corsair emira evora elise exige ghibli levante grecale mc20
    2 3 6 mx-5 mx-30 cx-3 cx-30 cx-5 cx-60 cx-80 720s artura gt
    a-class b-class c-class e-class s-class cla cls gla glb glc gle gls eqa eqb eqc eqe eqs sprinter vito citan
    sl slk amg g-class
    zs hs mg3 mg4 mg5 cyberster marvel cooper countryman clubman paceman aceman
    colt l200 outlander asx eclipse space pajero shogun mirage
    micra juke qashqai x-trail leaf ariya navara note pulsar townstar primastar interstar almera
    corsa astra mokka grandland crossland insignia zafira vivaro movano combo meriva adam agila frontera
    107 108 206 207 208 2008 306 307 308 3008 407 408 508 5008 partner rifter expert boxer traveller
    polestar 911 cayenne macan taycan panamera boxster cayman
    clio captur megane scenic kadjar arkana austral rafale espace twingo zoe kangoo trafic master koleos symbioz
    ghost phantom cullinan wraith spectre 9-3 9-5
    fabia octavia superb kamiq karoq kodiaq enyaq elroq scala citigo rapid yeti
    fortwo forfour korando tivoli rexton torres musso
    impreza forester outback xv crosstrek solterra brz levorg
    swift vitara ignis jimny s-cross across swace baleno celerio splash alto
    nexon harrier safari punch tiago
    model cybertruck roadster semi
    aygo yaris corolla c-hr rav4 prius camry hilux proace land highlander supra gr86 bz4x mirai avensis auris verso
    tundra tacoma sienna sequoia
    golf polo passat tiguan touran touareg t-roc t-cross taigo arteon up id.3 id.4 id.5 id.7 id.buzz caddy
    transporter crafter amarok multivan california beetle sharan scirocco jetta atlas
    xc40 xc60 xc90 ex30 ex90 ec40 v40 v60 v90 s60 s90 c40
    """.split()
)


# The ranges of the makes that are given names too (Kia, Dacia, Mercedes, Lincoln, …): a make that is
# a given name before a model that is a name ("Kia Niro", "Dacia Logan") is that car only with one of
# its own models; before another make's ("Mercedes Adam": Opel's) it is someone.
OWN_MODELS = {
    "kia": frozenset("picanto rio ceed xceed proceed stonic sportage sorento niro ev3 ev6 ev9 soul stinger carens venga optima".split()),
    "dacia": frozenset("sandero duster jogger logan spring bigster".split()),
    "mercedes": frozenset("a-class b-class c-class e-class s-class cla cls gla glb glc gle gls eqa eqb eqc eqe eqs sprinter vito citan sl slk amg g-class".split()),
    "lincoln": frozenset("navigator aviator nautilus corsair".split()),
    "genesis": frozenset("gv60 gv70 gv80 g70 g80".split()),
    "lexus": frozenset("ct ux nx rx es ls lbx".split()),
    "audi": frozenset("a1 a3 a4 a5 a6 a7 a8 q2 q3 q4 q5 q7 q8 tt r8 e-tron".split()),
    "bentley": frozenset("bentayga continental flying".split()),
    "porsche": frozenset("911 cayenne macan taycan panamera boxster cayman".split()),
    "tata": frozenset("nexon harrier safari punch tiago".split()),
    "lada": frozenset("niva granta vesta".split()),
}


def own_model(make: str, model: str) -> bool:
    """Whether `model` (folded) is of the range of `make` (folded), one of the makes that are given names."""
    return model in OWN_MODELS.get(make, frozenset())


def vehicle(words: list[str]) -> bool:
    """Whether `words` (folded) open with a make and go on with one of the model names: "kia
    picanto", "land rover defender", "mercedes-benz sprinter", "ford transit custom"."""
    return model_end(words) is not None


def model_end(words: list[str]) -> int | None:
    """Where the model's name ends in `words` (folded) that open with a make and its model, else None."""
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in MAKES and words[n] in MODELS:
            return n + 1
    return None


def made_by(before: list[str], words: list[str]) -> list[str] | None:
    """The make's words just before `words` (all folded) when `words` is that make's model
    ("collected VW Polo": ["vw"] before ["polo"]) or ends a two-word make and goes on with its model
    ("Land" before "Rover Defender"); None otherwise. The model must stand in `words`: after "the
    Renault Clio", "Anna Berg" is someone."""
    if not words:
        return None
    if words[0] in MODELS:
        for n in (2, 1):
            if len(before) >= n and " ".join(before[-n:]) in MAKES:
                return before[-n:]
    if before and len(words) >= 2 and f"{before[-1]} {words[0]}" in MAKES and words[1] in MODELS:
        return before[-1:]
    return None

