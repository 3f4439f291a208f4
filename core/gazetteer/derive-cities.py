#!/usr/bin/env python3
"""Derives core/gazetteer/cities.json from two open datasets shipped as Debian packages.

Not run by the app or the tests: it documents, and repeats on demand, how the committed file was made.
  apt-get download libgeonames0 libgeonames-common unicode-cldr-core
  dpkg-deb -x libgeonames0_*.deb gn0; dpkg-deb -x libgeonames-common_*.deb gn; dpkg-deb -x unicode-cldr-core_*.deb cldr
  python3 derive-cities.py DIR > cities.json      (DIR holds gn0/, gn/ and cldr/)

1. GeoNames (CC BY 4.0), as compiled into libgeonames 0.3.0: every city with its English name,
   its French name (the package's fr translations of GeoNames alternate names), ISO country and
   population. Kept: the five largest cities of each country, every city of 250,000 people or more,
   and every city named by a time zone of the tz database (zone.tab, public domain).
2. Unicode CLDR 41 (Unicode licence): the French exemplar city of every tz zone, which fills
   capitals that GeoNames' compiled list lacks (Nouakchott, N'Djamena, Lomé, Singapore...).
"""
import collections, ctypes, json, os, re, sys

root = sys.argv[1]


def dump(lang):
    os.environ['LANGUAGE'] = lang
    libc = ctypes.CDLL('libc.so.6')
    libc.setlocale(6, b'C.UTF-8')
    libc.bindtextdomain(b'geonames', os.path.join(root, 'gn/usr/share/locale').encode())
    libc.bind_textdomain_codeset(b'geonames', b'UTF-8')
    lib = ctypes.CDLL(os.path.join(root, 'gn0/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0'))
    lib.geonames_get_n_cities.restype = ctypes.c_uint
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_uint]
    for f in ['name', 'country_code']:
        getattr(lib, 'geonames_city_get_' + f).restype = ctypes.c_char_p
        getattr(lib, 'geonames_city_get_' + f).argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    rows = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        rows.append((lib.geonames_city_get_name(c).decode(), lib.geonames_city_get_country_code(c).decode(),
                     lib.geonames_city_get_population(c)))
    return rows


# gettext caches the language per process: French names come from a second run of this script.
if len(sys.argv) > 2:
    json.dump(dump(sys.argv[2]), sys.stdout, ensure_ascii=False)
    sys.exit(0)

import subprocess
en = json.loads(subprocess.run([sys.executable, __file__, root, 'en'], capture_output=True, check=True).stdout)
fr = json.loads(subprocess.run([sys.executable, __file__, root, 'fr'], capture_output=True, check=True).stdout)

zones = {}
for line in open('/usr/share/zoneinfo/zone.tab', encoding='utf-8'):
    if line.startswith('#'):
        continue
    cc, _, tz = line.split('\t')[:3]
    zones[tz.strip()] = cc

by_country = collections.defaultdict(list)
for i, (name, cc, pop) in enumerate(en):
    by_country[cc].append(i)
keep = set()
for ids in by_country.values():
    keep.update(sorted(ids, key=lambda i: -en[i][2])[:5])
zone_cities = {(cc, tz.split('/')[-1].replace('_', ' ')) for tz, cc in zones.items()}
for i, (name, cc, pop) in enumerate(en):
    if pop >= 250000 or (cc, name) in zone_cities:
        keep.add(i)

out = {}
for i in sorted(keep, key=lambda i: (en[i][1], -en[i][2])):
    name, cc, pop = en[i]
    out.setdefault((cc, name), [name, fr[i][0], cc, pop])

fr_xml = open(os.path.join(root, 'cldr/usr/share/unicode/cldr/common/main/fr.xml'), encoding='utf-8').read()
en_xml = open(os.path.join(root, 'cldr/usr/share/unicode/cldr/common/main/en.xml'), encoding='utf-8').read()
exemplar = lambda xml, tz: (re.search(r'<zone type="' + re.escape(tz) + r'">\s*<exemplarCity>([^<]+)</exemplarCity>', xml) or [None, None])[1]
for tz, cc in zones.items():
    en_name = exemplar(en_xml, tz) or tz.split('/')[-1].replace('_', ' ')
    if (cc, en_name) in out:
        continue
    fr_name = exemplar(fr_xml, tz) or en_name
    out[(cc, en_name)] = [en_name, fr_name.replace('’', "'"), cc, 0]

rows = sorted(out.values(), key=lambda r: (r[2], -r[3], r[0]))
print('[')
print(',\n'.join(json.dumps(r, ensure_ascii=False) for r in rows))
print(']')
