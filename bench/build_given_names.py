"""Rebuild pipeline/data/given_names_world.txt, the world's given names, from Faker's person data.

    pip install faker==40.63.0   # not a dependency of the project: only this script reads it
    python bench/build_given_names.py > pipeline/data/given_names_world.txt

Faker (MIT licence) ships, for some 80 locales, the given names of national registries and
statistics offices (the US Social Security Administration's baby names, INSEE's, Spain's INE,
India's and Ukraine's lists...; each locale module names its source). The pipeline reads the list
for one decision only: a one-word "person" is kept a person when it is a given name ("Kai a dit",
"son mari Michael"), not made an organisation (``pipeline/ner/linking.py:lone_word_person``). So
words that are also something else are left out: places (the CLDR names the lexicon holds:
"Washington", "Georgia", "Paris"), French common words ("Prudence", "Royal"), gazetteer names, and
abbreviations of common nouns.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MIN_LEN = 3  # "Al", "Bo", "Jo": two letters are as often an acronym or a particle
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# The US states and state capitals (US Census Bureau) that Faker's en_US list also holds as given
# names: the press names them as places or governments ("imposées par Washington"). CLDR's French
# names, which the lexicon holds, give "Géorgie", not "Georgia". Capitals that are first of all
# given names in the region ("Pierre", "Salem") are not listed.
US_PLACES = frozenset("""
    Washington Georgia Virginia Carolina Indiana Montana Nevada Dakota Florida Louisiana Kentucky
    Tennessee Alabama Arizona Oregon Austin Lincoln Madison Jackson Phoenix Denver Charleston
    Montgomery Raleigh Boise Helena Albany Dover Columbia Olympia Augusta Trenton Frankfort
    Richmond Nashville Atlanta Sacramento Cheyenne Juneau Hartford Concord Lansing
""".split())
LATIN_MAX = 0x24F  # Latin letters with diacritics; the press writes names in Latin script

HEADER = """\
# The world's given names, one a line, as written (capital first), for one decision only: a
# one-word "person" that is a given name stays a person ("Kai a dit", "son mari Michael") instead
# of being made an organisation (pipeline/ner/linking.py: lone_word_person).
# Built by bench/build_given_names.py from Faker {version}'s person providers (all locales), whose
# modules cite national registries and statistics offices (US SSA baby names, INSEE, INE...).
# Places, French common words, gazetteer names and abbreviations are left out (see the script).
# Faker: Copyright (c) 2012 Daniele Faraglia, MIT licence (https://github.com/joke2k/faker).
# Lines starting with "#" are comments.
"""


def faker_given_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for mod_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod_info.name}").Provider
        for attr in ATTRS:
            value = provider.__dict__.get(attr)
            if value is None or isinstance(value, property):
                continue
            names.update(n for n in value if isinstance(n, str))
    return names


def kept(name: str, gazetteer: set[str], abbreviations: set[str]) -> bool:
    from pipeline.ner import lexicon

    return (len(name) >= MIN_LEN and name.isalpha() and name[0].isupper()
            and all(ord(c) <= LATIN_MAX for c in name)
            and not lexicon.is_place_name(name) and not lexicon.is_common_word(name)  # lower-cases it
            and name not in US_PLACES and name not in gazetteer and name.upper() not in abbreviations)


def main() -> None:
    import faker

    from pipeline.ner.gazetteer import load_gazetteer
    from pipeline.patterns.entities import COMMON_ABBREVIATIONS

    gazetteer = {form for e in load_gazetteer() for form in e.forms}
    abbreviations = {a.upper() for a in COMMON_ABBREVIATIONS}
    names = sorted(n for n in faker_given_names() if kept(n, gazetteer, abbreviations))
    sys.stdout.write(HEADER.format(version=faker.VERSION))
    sys.stdout.write("".join(n + "\n" for n in names))


if __name__ == "__main__":
    main()
