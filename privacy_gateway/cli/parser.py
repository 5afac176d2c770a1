"""The CLI's argument parser: argparse, plus "did you mean" for mistyped commands, choices and options."""

from __future__ import annotations

import argparse
import difflib
import re
from typing import NoReturn

_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")
_UNRECOGNIZED = re.compile(r"unrecognized arguments: (.*)")


class Parser(argparse.ArgumentParser):
    """An `ArgumentParser` whose usage errors suggest the nearest command, choice or option."""

    def error(self, message: str) -> NoReturn:
        """Print usage and the error, with a suggestion when one is close; exit 2."""
        super().error(message + self._suggestion(message))

    def _suggestion(self, message: str) -> str:
        choice = _CHOICE.search(message)
        if choice:
            given, known = choice.group(1), [c.strip().strip("'") for c in choice.group(2).split(",")]
            return _did_you_mean(given, known)
        unrecognized = _UNRECOGNIZED.search(message)
        if unrecognized:
            options = self._all_options()
            for word in unrecognized.group(1).split():
                if word.startswith("-"):
                    hint = _did_you_mean(word.split("=", 1)[0], options)
                    if hint:
                        return hint
        return ""

    def _all_options(self) -> list[str]:
        """Option strings of this parser and every subcommand's, since leftovers are reported here."""
        found: list[str] = []
        stack: list[argparse.ArgumentParser] = [self]
        while stack:
            parser = stack.pop()
            for action in parser._actions:
                found += [o for o in action.option_strings if o.startswith("--")]
                if isinstance(action, argparse._SubParsersAction):
                    stack += list(action.choices.values())
        return sorted(set(found))


def _did_you_mean(given: str, known: list[str]) -> str:
    close = difflib.get_close_matches(given, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
