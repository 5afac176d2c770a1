"""Animals named like people: "my dog Max", "our golden retriever Teddy", "Luna the cat", "Patient:
Bella (Labrador, 4y)", "meine Katze Mia".

Pets and farm animals are called Max, Bella, Charlie and Luna as often as children are, and vets,
insurers, shelters and owners name them in every other sentence. An animal is no one: its name,
right after the word for its kind in lower case ("dog", "kitten", a breed), or before "the" and that
word, or before a bracket that opens with a breed or a species, is left as written. Only a single
word so placed: "our dog walker Sam" and "Dr Cat Smith" have no kind's word right before the name.
"""

from __future__ import annotations

import regex

# The kinds of animal people keep, in lower case, and the common breeds; English, then German,
# French, Spanish, Italian, Dutch, Portuguese, Polish and Turkish words for the commonest. Not the
# kinds that name people's trades or sports too ("shepherd", "boxer", "setter", "pointer").
_KINDS = r"""
    dog|dogs|doggo|pooch|puppy|pup|cat|kitten|kitty|moggy|horse|pony|gelding|stallion|foal|filly|donkey|mule
    |rabbit|bunny|hamster|gerbil|guinea[ \t]pig|ferret|chinchilla|rat|mouse|parrot|budgie|cockatiel|canary|parakeet|tortoise
    |turtle|snake|lizard|gecko|iguana|goldfish|chicken|hen|rooster|goat|sheep|ewe|lamb|cow|calf|heifer
    |pig|piglet|boar|alpaca|llama|pet
    |labrador|retriever|spaniel|cocker|terrier|westie|staffie|poodle|doodle|labradoodle|cockapoo|cavapoo
    |collie|sheepdog|beagle|dachshund|sausage[ \t]dog|bulldog|frenchie|husky|malamute|pug|chihuahua|greyhound
    |whippet|lurcher|schnauzer|corgi|rottweiler|dobermann?|vizsla|weimaraner|shih[ \t]tzu|bichon|maltese
    |pomeranian|samoyed|akita|shiba|mastiff|newfoundland|dalmatian|ragdoll|siamese|sphynx|tabby|tortie
    |hund|hündin|welpe|katze|kater|kätzchen|pferd|stute|hengst|kaninchen|meerschweinchen|wellensittich
    |chien|chienne|chiot|chatte|chaton|cheval|jument|lapin|perro|perra|perrito|cachorro|gato|gata|gatito|caballo|yegua
    |conejo|cane|cagna|cagnolino|cucciolo|gatto|gatta|gattino|cavallo|coniglio|hond|hondje|puppy|kat|poes|kater|paard|konijn
    |cão|cadela|gatinho|cavalo|pies|psa|szczeniak|kot|kotka|kotek|koń|królik|köpek|kedi
"""
_KIND = "".join(_KINDS.split())
# The kind's word in lower case right before a single name: "my dog Max", "meine Katze Mia".
_KIND_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_KIND})[ \t]+$")
# "Luna the cat", "Max, our spaniel": the name, then "the" or a possessive and the kind.
_KIND_AFTER = regex.compile(rf"[ \t]*,?[ \t]+(?:the|our|my|his|her|their|a|an)[ \t]+(?:\p{{Ll}}+[ \t]+)?(?:{_KIND})(?![\p{{L}}])")
# "Bella (Labrador, 4y)", "Max (DSH, 8 yrs)": a bracket that opens with the breed or the species.
_KIND_BRACKET = regex.compile(rf"[ \t]*\((?i:(?:[\p{{L}}\-]+[ \t]+)?(?:{_KIND}|dsh|dlh|dmh|mn|fn|fs|mc)\b)")
# Breeds the recognizer takes for a person when capitalised ("Labrador", "Dobermann"): no surname among them.
_BREEDS = frozenset(
    """labrador retriever spaniel terrier westie staffie poodle labradoodle cockapoo cavapoo collie beagle dachshund
    bulldog frenchie husky malamute pug chihuahua greyhound whippet lurcher schnauzer corgi rottweiler dobermann doberman
    weimaraner vizsla bichon pomeranian samoyed akita dalmatian ragdoll siamese sphynx""".split()
)


def animal_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word, is an animal's name by the kind's word beside it (see the module)."""
    value = text[start:end]
    if " " in value.strip() or not value.strip():
        return False
    before = text[max(0, start - 30) : start]
    if _KIND_BEFORE.search(before) is not None:
        return True
    return _KIND_AFTER.match(text, end) is not None or _KIND_BRACKET.match(text, end) is not None


def breed(value: str) -> bool:
    """Whether `value` is a breed's or an animal kind's word the recognizer took for a name ("Labrador", "Dobermann")."""
    return value.strip().lower() in _BREEDS
