"""Cut vega-datasets' windvectors.csv to datasets/windvectors.csv.

Usage (from the repository root, after `npm pack vega-datasets@3.2.1` and
`tar xzf vega-datasets-3.2.1.tgz`):

    python3 datasets/scripts/windvectors.py package/data/windvectors.csv > datasets/windvectors.csv

Keeps every other longitude and latitude of the 0.25-degree grid (a
0.5-degree grid, 40 x 30 points), drops `dirCat`, and adds the wind's
eastward and northward components u and v. `dir` is the direction the wind
blows from, in degrees clockwise from north (Vega-Lite's wind vector example
turns its arrows by dir + 180 degrees), so u = -speed sin(dir) and
v = -speed cos(dir).
"""

import csv
import math
import sys


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    lons = sorted({float(r["longitude"]) for r in rows})
    lats = sorted({float(r["latitude"]) for r in rows})
    keep_lon = set(lons[::2])
    keep_lat = set(lats[::2])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["longitude", "latitude", "dir", "speed", "u", "v"])
    for r in rows:
        lon, lat = float(r["longitude"]), float(r["latitude"])
        if lon not in keep_lon or lat not in keep_lat:
            continue
        direction, speed = float(r["dir"]), float(r["speed"])
        rad = math.radians(direction)
        u = -speed * math.sin(rad)
        v = -speed * math.cos(rad)
        out.writerow([r["longitude"], r["latitude"], r["dir"], r["speed"], f"{u:.2f}", f"{v:.2f}"])


if __name__ == "__main__":
    main(sys.argv[1])
