#!/usr/bin/env python3
"""matplotlib peer for benches/peers.sh (T2): the ten charts of
`rgg export histogram boxplot violin scatter bubble heatmap barplot donut line
stacked-area`, drawn from the same datasets with the same bindings as rgg's
samples (see `rgg list --json` and src/catalogue/), each saved as a 1200x800
PNG (figsize 12x8 at dpi 100). One process for all ten: the benchmark times
the whole process, imports included. Only matplotlib (and the numpy it
brings) and the standard library: no pandas.

Usage: mpl_gallery.py DATASETS_DIR OUT_DIR
"""
import csv
import math
import os
import sys
from collections import OrderedDict, defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

# The gallery's palette (Okabe-Ito-like, as in rgg's theme).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999"]
MISSING = {"", "NA", "NaN", "nan", "null"}
W, H, DPI = 12, 8, 100


def rows(datasets, name):
    with open(os.path.join(datasets, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(v):
    return None if v in MISSING else float(v)


def groups(records, key, value):
    """{group: [values]} in order of first appearance, missing values skipped."""
    out = OrderedDict()
    for r in records:
        v = num(r[value])
        if v is not None:
            out.setdefault(r[key], []).append(v)
    return out


def figure(title):
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI)
    ax.set_title(title, loc="left")
    ax.grid(True, color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def save(fig, out, name):
    fig.savefig(os.path.join(out, name + ".png"), dpi=DPI)
    plt.close(fig)


def histogram(pen, out):
    values = [v for v in (num(r["flipper_length_mm"]) for r in pen) if v is not None]
    fig, ax = figure("Penguin flipper length by species")
    ax.hist(values, bins="auto", color=PALETTE[0], edgecolor="white")
    ax.set_xlabel("Flipper length (mm)")
    ax.set_ylabel("Count")
    save(fig, out, "histogram")


def boxplot(pen, out):
    g = groups(pen, "species", "body_mass_g")
    fig, ax = figure("Penguin body mass by species")
    box = ax.boxplot(list(g.values()), patch_artist=True, whis=1.5)
    for patch, color in zip(box["boxes"], PALETTE):
        patch.set_facecolor(color)
    ax.set_xticks(range(1, len(g) + 1), [f"{k} (n={len(v)})" for k, v in g.items()])
    ax.set_xlabel("Species")
    ax.set_ylabel("Body mass (g)")
    save(fig, out, "boxplot")


def violin(pen, out):
    g = groups(pen, "species", "body_mass_g")
    fig, ax = figure("Penguin body mass by species")
    parts = ax.violinplot(list(g.values()), showextrema=False, bw_method="silverman")
    for body, color in zip(parts["bodies"], PALETTE):
        body.set_facecolor(color)
        body.set_alpha(0.75)
    ax.set_xticks(range(1, len(g) + 1), [f"{k} (n={len(v)})" for k, v in g.items()])
    ax.set_xlabel("Species")
    ax.set_ylabel("Body mass (g)")
    save(fig, out, "violin")


def scatter(pen, out):
    fig, ax = figure("Penguin bill length vs depth")
    by = OrderedDict()
    for r in pen:
        x, y = num(r["bill_length_mm"]), num(r["bill_depth_mm"])
        if x is not None and y is not None:
            by.setdefault(r["species"], ([], []))
            by[r["species"]][0].append(x)
            by[r["species"]][1].append(y)
    for (name, (xs, ys)), color in zip(by.items(), PALETTE):
        ax.scatter(xs, ys, s=18, color=color, alpha=0.8, label=name)
    ax.legend(loc="upper left", ncols=len(by), frameon=False)
    ax.set_xlabel("Bill length (mm)")
    ax.set_ylabel("Bill depth (mm)")
    save(fig, out, "scatter")


def bubble(gap07, out):
    fig, ax = figure("Wealth and health of nations, 2007")
    by = OrderedDict()
    for r in gap07:
        by.setdefault(r["continent"], []).append((float(r["gdpPercap"]), float(r["lifeExp"]), float(r["pop"])))
    biggest = max(p for pts in by.values() for _, _, p in pts)
    scale = 3000.0 / biggest  # marker area in points^2, proportional to population
    for (name, pts), color in zip(by.items(), PALETTE):
        xs, ys, ps = zip(*pts)
        ax.scatter(xs, ys, s=[p * scale for p in ps], color=color, alpha=0.7, edgecolors="white",
                   linewidths=0.5, label=name)
    ax.set_xscale("log")
    ax.add_artist(ax.legend(loc="upper left", ncols=len(by), frameon=False, markerscale=0.3))
    sizes = [ax.scatter([], [], s=ref * scale, facecolors="none", edgecolors="grey") for ref in (1e7, 1e8, 1e9)]
    ax.legend(sizes, ["10M", "100M", "1B"], title="Population", loc="upper right", frameon=False,
              labelspacing=2.0, borderpad=1.5)
    ax.set_xlabel("GDP per capita (US$, log scale)")
    ax.set_ylabel("Life expectancy (years)")
    save(fig, out, "bubble")


def heatmap(air, out):
    years = sorted({int(r["year"]) for r in air})
    sums = np.zeros((len(years), 12))
    counts = np.zeros((len(years), 12))
    for r in air:
        i, j = years.index(int(r["year"])), int(r["month"]) - 1
        sums[i, j] += float(r["passengers"])
        counts[i, j] += 1
    values = np.divide(sums, counts, out=np.full_like(sums, np.nan), where=counts > 0)
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI)
    ax.set_title("Monthly airline passengers (thousands), 1949-1960", loc="left")
    im = ax.imshow(values, cmap="viridis", aspect="auto")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ax.set_xticks(range(12), months)
    ax.set_yticks(range(len(years)), [str(y) for y in years])
    mid = np.nanmean(values)
    for i in range(len(years)):
        for j in range(12):
            v = values[i, j]
            if not math.isnan(v):
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8,
                        color="black" if v > mid else "white")
    fig.colorbar(im, ax=ax, label="Passengers (thousands)")
    ax.set_xlabel("Month")
    ax.set_ylabel("Year")
    save(fig, out, "heatmap")


def barplot(gap07, out):
    totals = OrderedDict()
    for r in gap07:
        totals[r["continent"]] = totals.get(r["continent"], 0.0) + float(r["pop"])
    fig, ax = figure("Population by continent, 2007")
    ax.bar(list(totals), list(totals.values()), color=PALETTE[0])
    ax.set_xlabel("Continent")
    ax.set_ylabel("Population")
    save(fig, out, "barplot")


def donut(gap07, out):
    totals = defaultdict(float)
    for r in gap07:
        totals[r["continent"]] += float(r["pop"])
    slices = sorted(totals.items(), key=lambda kv: -kv[1])
    total = sum(v for _, v in slices)
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI)
    ax.set_title("World population by continent, 2007", loc="left")
    ax.pie([v for _, v in slices], labels=[f"{k}\n{100 * v / total:.0f}%" for k, v in slices],
           colors=PALETTE, startangle=90, counterclock=False,
           wedgeprops={"width": 0.4, "edgecolor": "white"})
    ax.text(0, 0, f"{total / 1e9:.2f}B\nPopulation", ha="center", va="center", fontsize=14)
    ax.set_aspect("equal")
    save(fig, out, "donut")


def line(gap, out):
    countries = ["China", "India", "Japan", "Nigeria", "South Africa", "United States"]
    fig, ax = figure("Life expectancy, 1952-2007")
    for name, color in zip(countries, PALETTE):
        pts = sorted((int(r["year"]), float(r["lifeExp"])) for r in gap if r["country"] == name)
        xs, ys = zip(*pts)
        ax.plot(xs, ys, color=color, linewidth=2)
        ax.annotate(name, (xs[-1], ys[-1]), xytext=(4, 0), textcoords="offset points",
                    color=color, va="center")
    ax.set_xlabel("Year")
    ax.set_ylabel("Life expectancy (years)")
    save(fig, out, "line")


def stacked_area(unemp, out):
    series = OrderedDict()
    dates = sorted({r["date"] for r in unemp})
    at = {d: i for i, d in enumerate(dates)}
    for r in unemp:
        v = num(r["count"])
        series.setdefault(r["series"], np.zeros(len(dates)))
        if v is not None and v > 0:
            series[r["series"]][at[r["date"]]] += v
    # As rgg: the biggest groups get the palette's colours, the rest is "Other".
    ranked = sorted(series.items(), key=lambda kv: -kv[1].sum())
    keep = ranked[: len(PALETTE) - 1]
    other = sum((v for _, v in ranked[len(PALETTE) - 1:]), np.zeros(len(dates)))
    bands = keep + [("Other", other)]
    x = [np.datetime64(d + "-01") for d in dates]
    fig, ax = figure("US unemployment by industry, 2000-2010")
    ax.stackplot(x, *[v for _, v in bands], labels=[k for k, _ in bands], colors=PALETTE)
    ax.legend(loc="upper left", ncols=4, frameon=False)
    ax.set_xlabel("Month")
    ax.set_ylabel("Unemployed (thousands)")
    save(fig, out, "stacked-area")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mpl_gallery.py DATASETS_DIR OUT_DIR")
    datasets, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    pen = rows(datasets, "penguins.csv")
    gap = rows(datasets, "gapminder.csv")
    gap07 = [r for r in gap if r["year"] == "2007"]
    air = rows(datasets, "air_passengers.csv")
    unemp = rows(datasets, "unemployment_industries.csv")
    histogram(pen, out)
    boxplot(pen, out)
    violin(pen, out)
    scatter(pen, out)
    bubble(gap07, out)
    heatmap(air, out)
    barplot(gap07, out)
    donut(gap07, out)
    line(gap, out)
    stacked_area(unemp, out)


if __name__ == "__main__":
    main()
