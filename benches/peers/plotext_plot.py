#!/usr/bin/env python3
"""plotext peer for benches/peers.sh: read an x,y CSV (header row) with the csv
module and draw it with plotext at COLSxROWS, colourless, on stdout.

Usage: plotext_plot.py scatter|line FILE.csv [COLS ROWS]   (default 200 60)
"""
import csv
import sys

import plotext as plt


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit("usage: plotext_plot.py scatter|line FILE.csv [COLS ROWS]")
    kind, path = sys.argv[1], sys.argv[2]
    cols, rows = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) == 5 else (200, 60)
    xs, ys = [], []
    with open(path, newline="") as f:
        reader = csv.reader(f)
        next(reader)  # header
        for x, y in reader:
            xs.append(float(x))
            ys.append(float(y))
    plt.limitsize(False, False)  # else plotext shrinks the plot to the (absent) terminal
    plt.plotsize(cols, rows)
    plt.clear_color()  # plain text, like `rgg show --color never`
    if kind == "scatter":
        plt.scatter(xs, ys, marker="braille")
    elif kind == "line":
        plt.plot(xs, ys, marker="braille")
    else:
        sys.exit(f"unknown chart {kind!r}: scatter or line")
    plt.show()


if __name__ == "__main__":
    main()
