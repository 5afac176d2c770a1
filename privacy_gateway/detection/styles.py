"""Names used as a style or a sound: "in the style of Gordon Ramsay", "some Bon Iver", "one or two
Ólafur Arnalds tracks" in a playlist request.

A style is one the reader is meant to know, and music by a name is an artist's: the words around
the name say it is the world's, whichever list misses it. Masking it leaves the cloud a request in
the style of nobody. `names` reads these only in prose with no contact details, music only where
no one is dealt with (a manner named so is a style in a toast for a friend's wedding too), and
never where a relation ties the name to the writer ("in the style of my boss …").
"""

from __future__ import annotations

import regex

# A manner named after someone: "in the style of", "à la", "inspired by", "channelling".
_STYLE_BEFORE = regex.compile(r"(?i:\b(?:in the (?:style|manner|voice|spirit) of|à la|a la|channel?ling|pastiche of|parody of))[ \t]+$")
# Music by a name: "some Bon Iver", "a bit of Norah Jones", "more Stromae" in a text about music.
_SOME_BEFORE = regex.compile(r"(?i:\b(?:some|a bit of|a little|a few|a dash of|lots of|plenty of|more|less|no|heavy on|light on))[ \t]+$")
_TRACKS_AFTER = regex.compile(r"^[ \t]+(?i:tracks?|songs?|albums?|records|b-sides|covers|ballads|deep cuts|classics)\b")
_MUSIC = regex.compile(r"(?i:\b(?:playlists?|songs?|tracks?|albums?|mixtapes?|setlists?|spotify|vinyl|gig|concert|band)\b)")


# An influence or a theme, read only where no one is dealt with: "ten café names inspired by Paavo
# Nurmi", "a Frida Kahlo themed dinner" ("a toast for Ana's wedding inspired by …" is a dealing's).
_INFLUENCE_BEFORE = regex.compile(r"(?i:\b(?:inspired by|influenced by|themed (?:on|around|after)|a tribute to|an homage to|homage to))[ \t]+$")
_THEMED_AFTER = regex.compile(r"^(?:[ \t]+|-)themed\b")
# Music likened to an artist's: "songs that sound like Lucio Dalla", "artists similar to Stromae".
_LIKE_BEFORE = regex.compile(r"(?i:\b(?:sounds?|sounding|similar to|in the vein of|fans of|for fans of)(?: like)?)[ \t]+$")

# A possessive after the name: "in the style of Marisol's last newsletter" copies someone's work.
_POSSESSIVE_AFTER = regex.compile(r"^['’]s?\b")


def styled_manner(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a manner ("in the style of Oscar Wilde"), whole: not
    the owner of a thing whose manner is copied ("in the style of Marisol's last newsletter")."""
    return _STYLE_BEFORE.search(text, max(0, start - 30), start) is not None and _POSSESSIVE_AFTER.match(text[end : end + 3]) is None


def styled(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is used as a style ("in the style of …"), an influence
    or a theme ("inspired by …", "a … themed dinner") or, in a text about music, as music ("some
    …", "… tracks", "songs that sound like …")."""
    if _STYLE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _POSSESSIVE_AFTER.match(text[end : end + 3]) is None and (
        _INFLUENCE_BEFORE.search(text, max(0, start - 30), start) or _THEMED_AFTER.match(text[end : end + 10])
    ):
        return True
    if not _MUSIC.search(text):
        return False
    return (
        _SOME_BEFORE.search(text, max(0, start - 20), start) is not None
        or _LIKE_BEFORE.search(text, max(0, start - 24), start) is not None
        or _TRACKS_AFTER.match(text[end : end + 20]) is not None
    )
