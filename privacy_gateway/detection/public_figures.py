"""Athletes asked about by their careers: "Usain Bolt ran 9.58 in the 100m final in 2009", "Which
team did Michael Jordan play baseball for in 1994?", "How many Test wickets did Muttiah
Muralitharan take?".

A sentence that counts a sport's records (goals, medals, wickets, home runs, a 100m time, a
season of a named sport) asks what the world knows of a player; masking the name leaves the cloud
a record of nobody. The list of notable people barely holds sportspeople, so the frame says it.
`names` reads this only for full names, in prose with no contact details that deals with no one,
and never where a relation or a team ties the name to the writer ("my colleague … in the charity
match", "… from accounts"); a sentence that places the game at work, school, a club or a pub
("the office five-a-side", "the school swimming gala") or at a community's own occasion ("the county
swimming gala", `local_life`) is someone's too.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.dealing_words import deals
from privacy_gateway.detection.local_life import LOCAL_LIFE
from privacy_gateway.detection.sentences import sentence_bounds

# A sport's record, counted or timed: the words that only a game's statistics use.
_RECORD = regex.compile(
    # Goals scored, not a quarter's goals ("send the Q3 goals").
    r"(?i:\bscor(?:e|ed|es|ing)\b[^.?!\n]{0,40}\bgoals\b|\bgoals\b[^.?!\n]{0,60}\bscor(?:e|ed|ing)\b|"
    r"\b(?:international|league|career|World Cup)\s+goals\b)"
    r"|(?i:\b(?:hat-tricks?|Olympic|Olympics|medals?|Grand Slams?|world records?|World Cups?|"
    r"championships?|home runs?|touchdowns?|wickets|batting average|innings|Test (?:matches|centuries|runs)|"
    r"rushing yards|passing yards|rebounds|free throws|knockouts|podiums|pole positions?|Tour de France|"
    r"(?:100|200|400|800|1500|5000|10000)\s?m\b|"
    r"(?:play|played|playing|plays)\s+(?:professional\s+)?(?:baseball|basketball|football|soccer|tennis|cricket|rugby|hockey|golf)"
    r"))"
    r"|\bran\s+(?:a\s+)?\d{1,2}[.:]\d\d\b"
)
# The game where it is someone's: at work, school, a club of one's own, a pub, a charity's.
_OWN_GAME = regex.compile(
    r"(?i:\b(?:office|company|work|workplace|staff|colleagues?|school|kids?|club ladder|pub|charity|fun run|"
    r"five-a-side|parkrun|park|picnic|team-building|intramural|sunday league|local|amateur|junior|under-\d+|intranet|"
    # the writer's own side played: "we beat Legal by 30 runs", "our team lost", "us vs Finance"
    r"(?:we|us)\s+(?:beat|lost|won|drew|played|bowled|batted|thrashed|vs\.?|v\.?)|our\s+(?:team|side|squad|eleven|xi))\b)"
)
_SENTENCE_END = regex.compile(r"[.?!](?=\s|$)|\n")


def sporting_record(text: str, start: int, end: int) -> bool:
    """Whether the full name at text[start:end] stands in a sentence that counts a sport's records
    ("How many Olympic medals did … win?", "… ran 9.58 in the 100m final") and places the game
    nowhere of the writer's own (an office league, a school gala, a pub's darts)."""
    if len(text[start:end].split()) < 2:
        return False
    first, last = sentence_bounds(text, start, end, _SENTENCE_END, reach=200, closed=True)
    sentence = text[first:last]
    return _RECORD.search(sentence) is not None and _OWN_GAME.search(sentence) is None and not deals(sentence, LOCAL_LIFE)
