#!/usr/bin/env python3
"""Deterministic data for benches/peers.sh: the same bytes on every machine.

Python's `random.Random(seed)` (Mersenne Twister) gives the same sequence on
every Python 3, so every tool reads identical files:

  points.csv  1,000,000 rows of x,y: three Gaussian clusters (about 17 MB)
  series.csv  10,000,000 rows of x,y: x = index, y = a Gaussian random walk
              with ONE single-sample spike (+2500, above the walk's maximum) at x = 6,180,339 (about 170 MB)

Usage: gen_data.py OUT_DIR
"""
import os
import random
import sys

SEED = 20240611
POINTS = 1_000_000
SERIES = 10_000_000
SPIKE_AT = 6_180_339
SPIKE = 2500.0
CHUNK = 100_000


def write_points(path):
    rng = random.Random(SEED)
    gauss = rng.gauss
    # (weight, mean x, mean y, sd x, sd y)
    clusters = [(0.5, 0.0, 0.0, 1.0, 1.0), (0.3, 4.0, 3.0, 0.6, 1.4), (0.2, -3.0, 5.0, 1.5, 0.5)]
    with open(path + ".tmp", "w", newline="\n") as f:
        f.write("x,y\n")
        buf = []
        for i in range(POINTS):
            u = rng.random()
            w, mx, my, sx, sy = clusters[0] if u < 0.5 else clusters[1] if u < 0.8 else clusters[2]
            buf.append(f"{mx + sx * gauss(0.0, 1.0):.5f},{my + sy * gauss(0.0, 1.0):.5f}\n")
            if len(buf) == CHUNK:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    os.replace(path + ".tmp", path)


def write_series(path):
    rng = random.Random(SEED + 1)
    gauss = rng.gauss
    y = 0.0
    with open(path + ".tmp", "w", newline="\n") as f:
        f.write("x,y\n")
        buf = []
        for i in range(SERIES):
            y += gauss(0.0, 1.0)
            v = y + SPIKE if i == SPIKE_AT else y
            buf.append(f"{i},{v:.3f}\n")
            if len(buf) == CHUNK:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    os.replace(path + ".tmp", path)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_data.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_points(os.path.join(out, "points.csv"))
    write_series(os.path.join(out, "series.csv"))


if __name__ == "__main__":
    main()
