"""Speakers of captions and subtitles (`detection/captions.py`): the position names them, whatever the name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.captions import caption_speakers, speaker_name
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> set[str]:
    return {v for t, v in found if t == "PERSON"}


def srt(*lines: str) -> str:
    """An SRT file of one cue per line."""
    return "\n\n".join(f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{line}" for i, line in enumerate(lines, 1))


TEAMS = (
    "Make minutes from this Teams transcript:\n0:00:14.220 --> 0:00:19.100\nSeo Young-mi\nOkay, budget first.\n\n"
    "0:00:19.900 --> 0:00:26.400\nAigerim Zhaksylykova\nMost of that is the offsite, I can split it out.\n\n"
    "0:00:27.000 --> 0:00:29.000\nJoris van der Linden\nFine by me."
)


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(srt("[OKONKWO] Are we recording?", "[SIOBHÁN] Yes, go ahead."), {"OKONKWO", "SIOBHÁN"}, id="srt-brackets-caps"),
        pytest.param(srt("[Wanjiru] Are we recording?", "[Dorota] Yes."), {"Wanjiru", "Dorota"}, id="srt-brackets-title"),
        pytest.param(srt("(ZHAKSYLYKOVA) Are we recording?", "(GRACE) Yes."), {"ZHAKSYLYKOVA", "GRACE"}, id="srt-parens-names-that-are-words"),
        pytest.param(srt("[MOSS]\nAre we recording?", "[Park Ji-won]\nYes."), {"MOSS", "Park Ji-won"}, id="tag-alone-above-the-words"),
        pytest.param(srt("[O'BRIEN] Ready?", "[Siobhán Ó Dálaigh] Ready."), {"O'BRIEN", "Siobhán Ó Dálaigh"}, id="apostrophes-and-particles"),
        pytest.param(srt(">> TENDAI: Are we recording?", "- ilse: yes"), {"TENDAI", "ilse"}, id="closed-caption-colon"),
        pytest.param(srt("[김민수] 녹화 중인가요?", "[Анна] Да."), {"김민수", "Анна"}, id="other-scripts"),
        pytest.param(TEAMS, {"Seo Young-mi", "Aigerim Zhaksylykova", "Joris van der Linden"}, id="teams-name-lines"),
        pytest.param("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Park Ji-won>Okay, budget first.</v>\n\n"
                     "00:04.500 --> 00:06.000\n<v.loud Tomasz>Sure.</v>", {"Park Ji-won", "Tomasz"}, id="webvtt-voice"),
        pytest.param("Clean this up:\n>> [NKECHI] We are live.\n>> (BOGDAN) Thanks.", {"NKECHI", "BOGDAN"}, id="closed-caption-no-timing"),
    ],
)
def test_caption_speakers_are_masked(find: Find, text: str, names: set[str]) -> None:
    assert names <= people(find(text))


CLEAN_CAPTIONS = srt(
    "[MUSIC]",
    "[NARRATOR] In the beginning there was silence.",
    "[SPEAKER 1] Welcome back to the show.",
    "[INTERVIEWER] Tell us how it started.",
    "[APPLAUSE]",
    "[HOST] Thanks for coming.\n[GUEST] Glad to be here.",
    "[LAUGHTER] That was fun.",
    "(Interviewer) Right.\n- Speaker 2: Next question.",
    "[BELL RINGS]\nClass is over.",
    "[IN SPANISH] Hola.",
    "<v Narrator>Once upon a time.</v>",
    "(V.O.) The city never sleeps.\n[CHORUS] La la la.",
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(CLEAN_CAPTIONS, id="sounds-and-roles"),
        pytest.param(srt("I told you we should\nhave left earlier.", "Good morning\neveryone, welcome.", "Thank you\nvery much."), id="two-line-subtitles"),
        pytest.param("Why is this log so noisy?\n[INFO] Starting server on port 8080\n[ERROR] Connection refused\n[WARN] Retrying in 5s\n[INFO] Connected", id="log-levels"),
        pytest.param(srt("[INFO] job started", "[ERROR] job failed", "[DEBUG] retry 1"), id="log-levels-in-cues"),
        pytest.param("Reviewer\nLooks good.\n\nAuthor\nThanks.", id="no-timing-no-transcript"),
    ],
)
def test_pii_free_captions_stay_byte_identical(find: Find, text: str) -> None:
    assert people(find(text)) == set()


def test_teams_shape_needs_names_on_most_first_lines() -> None:
    text = srt("Good morning\neveryone, welcome.", "Grace\nthanks.", "Thank you\nvery much.", "Closing remarks\nfrom the board.")
    assert list(caption_speakers(text)) == []


_ROLES = ["MUSIC", "APPLAUSE", "LAUGHTER", "NARRATOR", "INTERVIEWER", "INTERVIEWEE", "HOST", "GUEST", "MODERATOR", "CALLER",
          "AGENT", "CUSTOMER", "SPEAKER", "SPEAKER 1", "SPEAKER 2", "INFO", "ERROR", "WARNING", "DEBUG", "CROWD", "ALL", "MAN",
          "WOMAN", "BELL", "SILENCE", "INAUDIBLE", "CROSSTALK", "CHEERING", "SIGHS", "NOTE", "NARRATOR (V.O.)"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_ROLES), st.sampled_from(["upper", "title", "lower"]), st.sampled_from("[(:<")), min_size=1, max_size=6))
def test_sound_and_role_tags_are_never_speakers(tags: list[tuple[str, str, str]]) -> None:
    lines = []
    for tag, case, mark in tags:
        word = getattr(tag, case)()
        lines.append({"[": f"[{word}] Go on.", "(": f"({word}) Go on.", ":": f"{word}: go on", "<": f"<v {word}>Go on.</v>"}[mark])
    assert list(caption_speakers(srt(*lines))) == []
    assert not any(speaker_name(getattr(tag, case)()) for tag, case, _ in tags)


@pytest.mark.parametrize(
    "text, name, town",
    [
        pytest.param("Add the name captions:\n\n12\n00:03:14,200 --> 00:03:17,900\n[SOTTOPANCIA: Arbër Hoxha, pescatore, Montalcino]",
                     "Arbër Hoxha", "Montalcino", id="italian-in-brackets"),
        pytest.param("Script notes for the 6pm package:\nLOWER THIRD: Dara Quigley, shop owner, Lisdoonvarna\nVO: the street flooded twice",
                     "Dara Quigley", "Lisdoonvarna", id="opening-a-line"),
    ],
)
def test_a_lower_third_names_who_speaks_and_their_town(find: Find, text: str, name: str, town: str) -> None:
    found = find(text)
    assert ("PERSON", name) in found and ("LOCATION", town) in found, found
