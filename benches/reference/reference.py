#!/usr/bin/env python3
"""benches/reference/reference.py: a matplotlib/seaborn reference beside each rgg chart.

For every chart id of `rgg list --json` (or the ids given), draw the chart's
DEFAULT variant the way the Python Graph Gallery's example code would
(matplotlib, seaborn, pandas, squarify, matplotlib-venn, pywaffle, wordcloud,
networkx, geopandas, circlify, mpl-chord-diagram), from the SAME dataset file
in datasets/ and the same columns as rgg's sample (src/catalogue/<family>.rs),
at 1200x800 px (figsize 12x8, dpi 100). Then run `rgg export ID` for ours and
write a side-by-side sheet, ours | theirs, with a caption:

    target/reference/sheets/<id>.png

A chart with no reasonable matplotlib reference gets a sheet that says why.
Run it through benches/reference/run.sh (which makes the venv); see README.md.

Usage: reference.py --rgg PATH --datasets DIR --out DIR [ID ...]
"""
import argparse
import json
import os
import subprocess
import sys
import traceback
from collections import Counter

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

W, H, DPI = 12, 8, 100
DATA = "datasets"  # set from --datasets


def csv(name, **kw):
    return pd.read_csv(os.path.join(DATA, name), **kw)


def fig_ax(title, **kw):
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI, **kw)
    ax.set_title(title, loc="left")
    return fig, ax


class NoReference(Exception):
    """Raised by a chart function that has no reasonable matplotlib reference."""


# ---------------------------------------------------------------------------
# Distribution
# ---------------------------------------------------------------------------


def histogram():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin flipper length by species")
    sns.histplot(data=df, x="flipper_length_mm", ax=ax)  # PGG: sns.histplot(data=df, x=...)
    ax.set_xlabel("Flipper length (mm)")
    return fig


def density():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin flipper length by species")
    sns.kdeplot(data=df, x="flipper_length_mm", fill=True, ax=ax)  # PGG: sns.kdeplot(fill=True)
    ax.set_xlabel("Flipper length (mm)")
    return fig


def violin():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin body mass by species")
    sns.violinplot(data=df, x="species", y="body_mass_g", hue="species", ax=ax)
    ax.set(xlabel="Species", ylabel="Body mass (g)")
    return fig


def boxplot():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin body mass by species")
    sns.boxplot(data=df, x="species", y="body_mass_g", hue="species", ax=ax)
    ax.set(xlabel="Species", ylabel="Body mass (g)")
    return fig


def ridgeline():
    # PGG "ridgeline with matplotlib": one KDE per month, stacked and overlapping.
    from scipy.stats import gaussian_kde

    df = csv("seattle-weather.csv", parse_dates=["date"])
    df["month"] = df["date"].dt.month
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    fig, ax = fig_ax("Seattle daily maximum temperature by month, 2012-2015")
    xs = np.linspace(df["temp_max"].min() - 3, df["temp_max"].max() + 3, 400)
    colors = sns.color_palette("viridis", 12)
    curves = [gaussian_kde(df.loc[df["month"] == m, "temp_max"])(xs) for m in range(1, 13)]
    scale = 1.8 / max(c.max() for c in curves)  # tallest ridge reaches 1.8 rows
    for i, (m, c) in enumerate(zip(range(1, 13), curves)):
        base = 11 - i  # January on top
        ax.fill_between(xs, base, base + c * scale, color=colors[i], alpha=0.8, zorder=i)
        ax.plot(xs, base + c * scale, color="white", lw=1, zorder=i)
    ax.set_yticks(range(12), months[::-1])
    ax.set_xlabel("Daily maximum temperature (°C)")
    ax.set_ylabel("Month")
    sns.despine(ax=ax, left=True)
    return fig


def beeswarm():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin body mass by species")
    # basic: one swarm along x (the gallery's default ignores the groups).
    sns.swarmplot(data=df, x="body_mass_g", size=4, ax=ax)
    ax.set_xlabel("Body mass (g)")
    return fig


# ---------------------------------------------------------------------------
# Correlation
# ---------------------------------------------------------------------------


def scatter():
    df = csv("penguins.csv")
    fig, ax = fig_ax("Penguin bill length vs depth")
    sns.scatterplot(data=df, x="bill_length_mm", y="bill_depth_mm", hue="species", ax=ax)
    ax.set(xlabel="Bill length (mm)", ylabel="Bill depth (mm)")
    return fig


def bubble():
    df = csv("gapminder.csv")
    df = df[df["year"] == 2007]
    fig, ax = fig_ax("Wealth and health of nations, 2007")
    sns.scatterplot(data=df, x="gdpPercap", y="lifeExp", size="pop", hue="continent",
                    sizes=(20, 2000), alpha=0.6, edgecolor="black", ax=ax)
    ax.set_xscale("log")
    ax.set(xlabel="GDP per capita (US$)", ylabel="Life expectancy (years)")
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", borderaxespad=0, labelspacing=1.2)
    fig.tight_layout()
    return fig


def heatmap():
    df = csv("air_passengers.csv")
    table = df.pivot(index="year", columns="month", values="passengers")
    table.columns = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    fig, ax = fig_ax("Monthly airline passengers (thousands), 1949-1960")
    sns.heatmap(table, annot=True, fmt="d", cmap="viridis", linewidths=0.5,
                cbar_kws={"label": "Passengers (thousands)"}, ax=ax)
    ax.set(xlabel="Month", ylabel="Year")
    return fig


def correlogram():
    df = csv("penguins.csv")
    cols = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "species"]
    g = sns.pairplot(df[cols], hue="species", height=1.85, aspect=1.5)
    g.figure.suptitle("Penguin measurements, pair by pair", x=0.01, ha="left")
    g.figure.set_size_inches(W, H)
    g.figure.set_dpi(DPI)
    g.figure.subplots_adjust(top=0.93)
    return g.figure


def connected_scatter():
    df = csv("gapminder.csv")
    df = df[df["country"] == "China"].sort_values("year")
    fig, ax = fig_ax("China: income and life expectancy, 1952-2007")
    ax.plot(df["gdpPercap"], df["lifeExp"], "-o", linewidth=2)
    for _, r in df.iterrows():
        ax.annotate(str(r["year"]), (r["gdpPercap"], r["lifeExp"]), textcoords="offset points",
                    xytext=(6, -4), fontsize=9)
    ax.set(xlabel="GDP per capita (US$)", ylabel="Life expectancy (years)")
    return fig


def density_2d():
    df = csv("penguins.csv").dropna(subset=["bill_length_mm", "bill_depth_mm"])
    fig, ax = fig_ax("Penguin bill length vs depth: where the birds are")
    # 14 bins across, as rgg sizes them for 342 points.
    _, _, _, im = ax.hist2d(df["bill_length_mm"], df["bill_depth_mm"], bins=(14, 10), cmap="viridis", cmin=1)
    fig.colorbar(im, ax=ax, label="Count")
    ax.set(xlabel="Bill length (mm)", ylabel="Bill depth (mm)")
    return fig


# ---------------------------------------------------------------------------
# Ranking
# ---------------------------------------------------------------------------


def barplot():
    df = csv("gapminder.csv")
    df = df[df["year"] == 2007].groupby("continent", sort=False)["pop"].sum().reset_index()
    fig, ax = fig_ax("Population by continent, 2007")
    ax.bar(df["continent"], df["pop"])
    ax.set(xlabel="Continent", ylabel="Population")
    return fig


def lollipop():
    df = csv("mtcars.csv").rename(columns={"Unnamed: 0": "car"}).sort_values("mpg", ascending=False)
    fig, ax = fig_ax("Fuel economy of 32 cars (mtcars, 1974)")
    ax.vlines(df["car"], 0, df["mpg"], color="skyblue")
    ax.plot(df["car"], df["mpg"], "o")
    ax.tick_params(axis="x", rotation=90)
    ax.set(xlabel="Car", ylabel="Miles per US gallon")
    fig.tight_layout()
    return fig


def _penguin_measures():
    df = csv("penguins.csv")
    dims = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    return df.dropna(subset=dims), dims


def radar():
    df, dims = _penguin_measures()
    means = df.groupby("species")[dims].mean()
    # Each axis scaled on its own (min..max of the data), as rgg does.
    lo, hi = df[dims].min(), df[dims].max()
    values = ((means.loc["Adelie"] - lo) / (hi - lo)).tolist()
    angles = np.linspace(0, 2 * np.pi, len(dims), endpoint=False).tolist()
    values += values[:1]
    angles += angles[:1]
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI, subplot_kw={"polar": True})
    ax.set_title("Penguin species profiles (mean of each measurement)", loc="left")
    ax.set_theta_offset(np.pi / 2)
    ax.set_theta_direction(-1)
    ax.plot(angles, values, linewidth=2, label="Adelie")
    ax.fill(angles, values, alpha=0.25)
    ax.set_xticks(angles[:-1], dims)
    ax.set_ylim(0, 1)
    ax.legend(loc="upper right", bbox_to_anchor=(1.3, 1.1))
    return fig


def parallel_coordinates():
    df, dims = _penguin_measures()
    scaled = df[dims].copy()
    scaled = (scaled - scaled.min()) / (scaled.max() - scaled.min())
    scaled["species"] = df["species"]
    fig, ax = fig_ax("Penguin measurements by species")
    pd.plotting.parallel_coordinates(scaled, "species", color=sns.color_palette()[:3], alpha=0.4, ax=ax)
    return fig


def circular_barplot():
    # PGG "circular barplot with labels": bars on a polar axis, labels rotated.
    df = csv("mtcars.csv").rename(columns={"Unnamed: 0": "car"}).sort_values("hp")
    n = len(df)
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    width = 2 * np.pi / n
    fig, ax = plt.subplots(figsize=(W, H), dpi=DPI, subplot_kw={"polar": True})
    ax.set_title("Horsepower of 32 cars (mtcars, 1974)", loc="left")
    ax.set_theta_offset(np.pi / 2)
    ax.set_ylim(-100, df["hp"].max() + 40)
    ax.set_axis_off()
    ax.bar(angles, df["hp"], width=width * 0.9, bottom=0, color="#61a4b2", edgecolor="white")
    for a, v, name in zip(angles, df["hp"], df["car"]):
        rot = np.rad2deg(a + np.pi / 2)
        align = "right" if np.pi / 2 <= (a + np.pi / 2) % (2 * np.pi) <= 3 * np.pi / 2 else "left"
        if align == "right":
            rot += 180
        ax.text(a, v + 10, name, rotation=rot, rotation_mode="anchor", ha=align, va="center", fontsize=8)
    return fig


def wordcloud():
    from wordcloud import WordCloud

    df = csv("words_moby_dick.csv")
    wc = WordCloud(width=1200, height=760, background_color="white", random_state=1)
    wc.generate_from_frequencies(dict(zip(df["word"], df["count"])))
    fig, ax = fig_ax("Most frequent words in Moby-Dick")
    ax.imshow(wc, interpolation="bilinear")
    ax.axis("off")
    return fig


# ---------------------------------------------------------------------------
# Part of a whole
# ---------------------------------------------------------------------------


def pie():
    df = csv("titanic.csv").groupby("Class", sort=False)["Freq"].sum()
    fig, ax = fig_ax("Who was aboard the Titanic, by class")
    ax.pie(df.values, labels=df.index, autopct="%1.1f%%", startangle=90)
    return fig


def donut():
    df = csv("gapminder.csv")
    df = df[df["year"] == 2007].groupby("continent", sort=False)["pop"].sum()
    fig, ax = fig_ax("World population by continent, 2007")
    ax.pie(df.values, labels=df.index, autopct="%1.1f%%", pctdistance=0.8,
           wedgeprops={"width": 0.4, "edgecolor": "white"}, startangle=90)
    return fig


def treemap():
    # squarify draws one level; the continents are laid out first, then each
    # continent's countries inside its rectangle (PGG's squarify example, nested).
    import squarify

    df = csv("gapminder.csv")
    df = df[df["year"] == 2007]
    cont = df.groupby("continent")["pop"].sum().sort_values(ascending=False)
    colors = dict(zip(cont.index, sns.color_palette("Set2", len(cont))))
    fig, ax = fig_ax("World population by continent and country, 2007")
    wd, ht = 100.0, 100.0
    rects = squarify.squarify(squarify.normalize_sizes(cont.values, wd, ht), 0, 0, wd, ht)
    for name, r in zip(cont.index, rects):
        sub = df[df["continent"] == name].sort_values("pop", ascending=False)
        inner = squarify.squarify(squarify.normalize_sizes(sub["pop"].values, r["dx"], r["dy"]),
                                  r["x"], r["y"], r["dx"], r["dy"])
        for (_, row), q in zip(sub.iterrows(), inner):
            ax.add_patch(plt.Rectangle((q["x"], q["y"]), q["dx"], q["dy"], facecolor=colors[name],
                                       edgecolor="white", linewidth=0.8))
            if q["dx"] * q["dy"] > 12:
                ax.text(q["x"] + q["dx"] / 2, q["y"] + q["dy"] / 2, row["country"], ha="center",
                        va="center", fontsize=8)
        ax.add_patch(plt.Rectangle((r["x"], r["y"]), r["dx"], r["dy"], fill=False, edgecolor="white", linewidth=3))
        ax.text(r["x"] + 0.5, r["y"] + r["dy"] - 0.5, name, ha="left", va="top", fontsize=12, weight="bold")
    ax.set_xlim(0, wd)
    ax.set_ylim(0, ht)
    ax.axis("off")
    return fig


def waffle():
    from pywaffle import Waffle

    df = csv("titanic.csv").groupby("Survived", sort=False)["Freq"].sum()
    share = (df / df.sum() * 100).round().astype(int)
    fig = plt.figure(FigureClass=Waffle, figsize=(W, H), dpi=DPI, rows=10, columns=10,
                     values=share.values, labels=[f"{k} ({v:,})" for k, v in df.items()],
                     legend={"loc": "upper left", "bbox_to_anchor": (0, -0.02), "ncol": 2},
                     title={"label": "Did they survive the Titanic? Passengers and crew", "loc": "left"})
    return fig


def venn():
    from matplotlib_venn import venn2

    df = csv("mtcars.csv")
    manual = set(df.index[df["am"] == 1])
    straight = set(df.index[df["vs"] == 1])
    fig, ax = fig_ax("Manual gearbox, straight engine, fuel economy: 32 cars")
    venn2([manual, straight], set_labels=("Manual gearbox", "Straight engine"), ax=ax)
    return fig


def dendrogram():
    from scipy.cluster.hierarchy import dendrogram as dendro, linkage

    df = csv("mtcars.csv").rename(columns={"Unnamed: 0": "car"}).set_index("car")
    cols = ["mpg", "cyl", "disp", "hp", "drat", "wt", "qsec"]
    z = (df[cols] - df[cols].mean()) / df[cols].std()
    fig, ax = fig_ax("Which cars are alike? mtcars, clustered on 7 measures")
    # average linkage on z-scores, as rgg's sample; leaves on the left, as rgg draws them.
    dendro(linkage(z, "average"), labels=z.index.tolist(), orientation="right", ax=ax, leaf_font_size=9)
    ax.set_xlabel("Distance (Euclidean on z-scores, average linkage)")
    fig.tight_layout()
    return fig


def circular_packing():
    import circlify

    df = csv("gapminder.csv")
    df = df[df["year"] == 2007].sort_values("pop", ascending=False)
    circles = circlify.circlify(df["pop"].tolist(), show_enclosure=False,
                                target_enclosure=circlify.Circle(x=0, y=0, r=1))
    conts = sorted(df["continent"].unique())
    colors = dict(zip(conts, sns.color_palette("Set2", len(conts))))
    fig, ax = fig_ax("World population by continent and country, 2007")
    ax.axis("off")
    lim = max(max(abs(c.x) + c.r, abs(c.y) + c.r) for c in circles)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    # circlify returns circles sorted by size, ascending: match them to the data that way.
    rows = df.sort_values("pop").itertuples()
    for c, row in zip(circles, rows):
        ax.add_patch(plt.Circle((c.x, c.y), c.r, facecolor=colors[row.continent], edgecolor="white"))
        if c.r > 0.08:
            ax.annotate(row.country, (c.x, c.y), ha="center", va="center", fontsize=9)
    handles = [plt.Line2D([], [], marker="o", ls="", color=colors[k], markersize=10) for k in conts]
    ax.legend(handles, conts, loc="upper left", bbox_to_anchor=(1, 1))
    return fig


# ---------------------------------------------------------------------------
# Evolution
# ---------------------------------------------------------------------------


def line():
    df = csv("gapminder.csv")
    countries = ["China", "India", "Japan", "Nigeria", "South Africa", "United States"]
    df = df[df["country"].isin(countries)]
    fig, ax = fig_ax("Life expectancy, 1952-2007")
    sns.lineplot(data=df, x="year", y="lifeExp", hue="country", ax=ax)
    ax.set(xlabel="Year", ylabel="Life expectancy (years)")
    return fig


def area():
    df = csv("air_passengers.csv").groupby("year")["passengers"].sum()
    fig, ax = fig_ax("Airline passengers per year, 1949-1960")
    ax.fill_between(df.index, df.values, color="skyblue", alpha=0.4)
    ax.plot(df.index, df.values, color="Slateblue", alpha=0.6, linewidth=2)
    ax.set(xlabel="Year", ylabel="Passengers (thousands)")
    return fig


def _unemployment():
    df = csv("unemployment_industries.csv", parse_dates=["date"])
    return df.pivot(index="date", columns="series", values="count").fillna(0)


def stacked_area():
    t = _unemployment()
    fig, ax = fig_ax("US unemployment by industry, 2000-2010")
    ax.stackplot(t.index, t.T.values, labels=t.columns, colors=sns.color_palette("tab20", len(t.columns)))
    ax.legend(loc="upper left", fontsize=8, ncol=2)
    ax.set(xlabel="Month", ylabel="Unemployed (thousands)")
    return fig


def streamgraph():
    t = _unemployment()
    fig, ax = fig_ax("US unemployment by industry, 2000-2010")
    ax.stackplot(t.index, t.T.values, labels=t.columns, baseline="sym",
                 colors=sns.color_palette("tab20", len(t.columns)))
    ax.legend(loc="upper left", fontsize=8, ncol=2)
    ax.set(xlabel="Month", ylabel="Unemployed (thousands)")
    return fig


def time_series():
    df = csv("seattle-weather.csv", parse_dates=["date"]).set_index("date")
    fig, ax = fig_ax("Daily maximum temperature in Seattle, 2012-2015")
    ax.plot(df.index, df["temp_max"], linewidth=0.8, label="Daily")
    ax.plot(df.index, df["temp_max"].rolling(30, center=True).mean(), linewidth=2, label="Centred 30-day mean")
    ax.legend(loc="upper left")
    ax.set(xlabel="Date", ylabel="Max temperature (°C)")
    fig.autofmt_xdate()
    return fig


def candlestick():
    # PGG draws candlesticks with mplfinance; plain matplotlib gives the same picture.
    df = csv("stocks_ohlc.csv", parse_dates=["Date"])
    df = df[df["Ticker"] == "AAPL"].sort_values("Date").tail(81).reset_index(drop=True)  # rgg shows the last 81
    fig, ax = fig_ax("Apple (AAPL) daily prices (last 81 days)")
    up = df["Close"] >= df["Open"]
    colors = np.where(up, "green", "red")
    ax.vlines(df.index, df["Low"], df["High"], color=colors, linewidth=1)
    ax.bar(df.index, (df["Close"] - df["Open"]).abs(), bottom=df[["Open", "Close"]].min(axis=1),
           color=colors, width=0.6)
    ticks = df.index[::10]
    ax.set_xticks(ticks, df.loc[ticks, "Date"].dt.strftime("%Y-%m-%d"))
    ax.set(xlabel="Date", ylabel="Price (USD)")
    return fig


# ---------------------------------------------------------------------------
# Maps (geopandas)
# ---------------------------------------------------------------------------

WORLD_CRS = "EPSG:4326"  # PGG plots GeoJSON as is, in lon/lat
US_CRS = "EPSG:5070"  # Albers equal-area, contiguous US


def _split_antimeridian(geom):
    """A ring that crosses the 180th meridian (Russia, Fiji in the file) drawn
    as is streaks across the whole map: cut it at +-180 degrees instead."""
    from shapely import affinity, make_valid
    from shapely.geometry import MultiPolygon, Polygon, box

    parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    out = []
    for part in parts:
        xs = [x for x, _ in part.exterior.coords]
        if max(xs) - min(xs) <= 180 or part.bounds[1] < -60:  # Antarctica wraps around the pole: keep it
            out.append(part)
            continue
        shifted = make_valid(Polygon([(x + 360 if x < 0 else x, y) for x, y in part.exterior.coords]))
        out.append(shifted.intersection(box(-180, -90, 180, 90)))
        out.append(affinity.translate(shifted.intersection(box(180, -90, 540, 90)), xoff=-360))
    polys = []
    for g in out:
        polys.extend(p for p in getattr(g, "geoms", [g]) if isinstance(p, Polygon) and not p.is_empty)
    return MultiPolygon(polys)


def _world():
    import geopandas as gpd

    world = gpd.read_file(os.path.join(DATA, "countries-110m.geojson"))
    world["geometry"] = world.geometry.apply(_split_antimeridian)
    return world


def _us_states():
    import geopandas as gpd

    g = gpd.read_file(os.path.join(DATA, "us-states-10m.geojson"))
    # The lower 48 (Alaska 02, Hawaii 15 and territories out), as a plain PGG map would.
    g = g[~g["id"].isin(["02", "15", "60", "66", "69", "72", "78"])]
    return g.to_crs(US_CRS)


def _airports():
    import geopandas as gpd

    ap = csv("airports.csv")
    routes = csv("routes.csv")
    counts = Counter(routes["origin"]) + Counter(routes["destination"])
    ap["routes"] = ap["iata"].map(counts).fillna(0)
    ap = ap[(ap["longitude"] > -125) & (ap["longitude"] < -66) & (ap["latitude"] > 24) & (ap["latitude"] < 50)]
    return gpd.GeoDataFrame(ap, geometry=gpd.points_from_xy(ap["longitude"], ap["latitude"]),
                            crs="EPSG:4326").to_crs(US_CRS)


def background_map():
    fig, ax = fig_ax("The countries of the world")
    _world().to_crs(WORLD_CRS).plot(ax=ax, color="#69b3a2", edgecolor="white", linewidth=0.4)
    ax.axis("off")
    return fig


def choropleth():
    df = csv("gapminder.csv")
    df = df[df["year"] == 2007]
    world = _world()
    world["iso_num"] = pd.to_numeric(world["id"], errors="coerce")
    world = world.merge(df[["iso_num", "lifeExp"]], on="iso_num", how="left").to_crs(WORLD_CRS)
    fig, ax = fig_ax("Life expectancy, 2007")
    world.plot(column="lifeExp", cmap="viridis", legend=True, ax=ax, edgecolor="white", linewidth=0.3,
               missing_kwds={"color": "lightgrey", "label": "No data"},
               legend_kwds={"label": "Life expectancy (years)", "orientation": "horizontal", "shrink": 0.5})
    ax.axis("off")
    return fig


def bubble_map():
    fig, ax = fig_ax("US airports by number of routes")
    _us_states().plot(ax=ax, color="#eeeeee", edgecolor="white")
    ap = _airports()
    ax.scatter(ap.geometry.x, ap.geometry.y, s=ap["routes"] * 2, alpha=0.5, edgecolor="white")
    ax.axis("off")
    return fig


def connection_map():
    # PGG's connection map: every route as a great circle (Basemap's
    # drawgreatcircle there; pyproj's Geod here), over the states.
    from matplotlib.collections import LineCollection
    from pyproj import Geod, Transformer

    fig, ax = fig_ax("US air routes")
    _us_states().plot(ax=ax, color="#eeeeee", edgecolor="white")
    ap = _airports()
    lonlat = {r.iata: (r.longitude, r.latitude) for r in ap.itertuples()}
    geod = Geod(ellps="WGS84")
    to_map = Transformer.from_crs("EPSG:4326", US_CRS, always_xy=True)
    segs, widths, seen = [], [], set()
    for r in csv("routes.csv").itertuples():
        key = tuple(sorted((r.origin, r.destination)))
        if r.origin not in lonlat or r.destination not in lonlat or key in seen:
            continue
        seen.add(key)
        (x0, y0), (x1, y1) = lonlat[r.origin], lonlat[r.destination]
        pts = [(x0, y0)] + geod.npts(x0, y0, x1, y1, 16) + [(x1, y1)]
        xs, ys = to_map.transform([p[0] for p in pts], [p[1] for p in pts])
        segs.append(list(zip(xs, ys)))
        widths.append(0.3 + 0.3 * r.carriers)
    ax.add_collection(LineCollection(segs, linewidths=widths, colors="#1f77b4", alpha=0.15))
    ax.scatter(ap.geometry.x, ap.geometry.y, s=3, color="black")
    ax.axis("off")
    return fig


def hexbin_map():
    fig, ax = fig_ax("Where the US airports are")
    _us_states().plot(ax=ax, color="#eeeeee", edgecolor="white")
    ap = _airports()
    hb = ax.hexbin(ap.geometry.x, ap.geometry.y, gridsize=25, cmap="viridis", mincnt=1)
    fig.colorbar(hb, ax=ax, label="Airports", shrink=0.6)
    ax.axis("off")
    return fig


# ---------------------------------------------------------------------------
# Flow
# ---------------------------------------------------------------------------


def _les_mis():
    with open(os.path.join(DATA, "les_mis.json"), encoding="utf-8") as f:
        return json.load(f)


def network():
    import networkx as nx

    d = _les_mis()
    g = nx.Graph()
    for i, n in enumerate(d["nodes"]):
        g.add_node(i, name=n["name"], group=n["group"])
    for e in d["links"]:
        g.add_edge(e["source"], e["target"], weight=e["value"])
    pos = nx.spring_layout(g, seed=1)
    fig, ax = fig_ax("Who appears with whom in Les Misérables")
    groups = [g.nodes[n]["group"] for n in g.nodes]
    nx.draw_networkx_edges(g, pos, ax=ax, alpha=0.3)
    nx.draw_networkx_nodes(g, pos, node_color=groups, cmap="tab10", node_size=[20 + 15 * g.degree(n) for n in g],
                           ax=ax)
    nx.draw_networkx_labels(g, pos, {n: g.nodes[n]["name"] for n in g if g.degree(n) >= 10}, font_size=8, ax=ax)
    ax.axis("off")
    return fig


def chord():
    from mpl_chord_diagram import chord_diagram

    df = csv("migration.csv")
    names = sorted(set(df["source"]) | set(df["destination"]))
    m = df.pivot_table(index="source", columns="destination", values="migrants", aggfunc="sum").reindex(
        index=names, columns=names).fillna(0)
    fig, ax = fig_ax("Migration between Canadian provinces, 1966-1971")
    chord_diagram(m.values, names=names, ax=ax, directed=True, sort="size")
    return fig


def sankey():
    # The Python Graph Gallery draws sankeys with plotly (go.Sankey), which is
    # not a matplotlib picture; this is the same layout drawn by hand: nodes
    # stacked per stage, each link a band of constant width with smooth
    # (cubic) edges, coloured by its source node, as plotly's example does.
    df = csv("titanic.csv")
    stages = ["Class", "Sex", "Survived"]
    total = df["Freq"].sum()
    gap = total * 0.04
    palette = sns.color_palette("tab10")
    fig, ax = fig_ax("Titanic: who survived, by class and sex")
    ax.set_title("Titanic: who survived, by class and sex", loc="left", pad=26)
    nodes = {}  # (stage, name) -> [bottom, top, colour]
    k = 0
    for i, stage in enumerate(stages):
        sums = df.groupby(stage, sort=False)["Freq"].sum()
        y = 0.0
        for name, v in sums.items():
            nodes[(i, name)] = [y, y + v, palette[k % 10]]
            k += 1
            ax.add_patch(plt.Rectangle((i - 0.02, y), 0.04, v, color="#444444"))
            ax.text(i + (0.03 if i < len(stages) - 1 else -0.03), y + v / 2, f"{name} ({v:,})",
                    ha="left" if i < len(stages) - 1 else "right", va="center", fontsize=10)
            y += v + gap
    t = np.linspace(0, 1, 50)
    ease = 3 * t**2 - 2 * t**3
    for i in range(len(stages) - 1):
        out_y = {n[1]: nodes[n][0] for n in nodes if n[0] == i}
        in_y = {n[1]: nodes[n][0] for n in nodes if n[0] == i + 1}
        flows = df.groupby([stages[i], stages[i + 1]], sort=False)["Freq"].sum()
        for (a, b), v in flows.items():
            if v <= 0:
                continue
            y0, y1 = out_y[a], in_y[b]
            out_y[a] += v
            in_y[b] += v
            lo = y0 + (y1 - y0) * ease
            ax.fill_between(i + 0.02 + t * 0.96, lo, lo + v, color=nodes[(i, a)][2], alpha=0.45, linewidth=0)
    ax.set_xlim(-0.05, len(stages) - 0.95)
    ax.set_ylim(-gap, total + gap * 4)
    ax.invert_yaxis()
    for i, stage in enumerate(stages):
        ax.text(i, -gap / 2, stage, ha="center", va="bottom", fontsize=12, weight="bold")
    ax.axis("off")
    return fig


def arc_diagram():
    # PGG arc diagram: nodes on a line, each link a half circle above it.
    from matplotlib.patches import Arc

    d = _les_mis()
    order = sorted(range(len(d["nodes"])), key=lambda i: (d["nodes"][i]["group"], i))
    x = {node: k for k, node in enumerate(order)}
    colors = sns.color_palette("tab10", 11)
    fig, ax = fig_ax("Les Misérables characters and the scenes they share")
    for e in d["links"]:
        a, b = sorted((x[e["source"]], x[e["target"]]))
        ax.add_patch(Arc(((a + b) / 2, 0), b - a, b - a, theta1=0, theta2=180, linewidth=0.3 + 0.3 * e["value"],
                         color=colors[d["nodes"][e["source"]]["group"] % 10], alpha=0.5))
    ax.scatter(list(x.values()), [0] * len(x), c=[colors[d["nodes"][n]["group"] % 10] for n in x], zorder=3)
    ax.set_xticks(list(x.values()), [d["nodes"][n]["name"] for n in x], rotation=90, fontsize=7)
    ax.set_yticks([])
    ax.set_xlim(-1, len(x))
    ax.set_ylim(-0.5, len(x) / 2 + 1)
    ax.set_aspect("equal")
    sns.despine(ax=ax, left=True)
    return fig


def edge_bundling():
    raise NoReference("Edge bundling: the Python Graph Gallery has no Python example (its edge bundling pages "
                      "are R/d3), and matplotlib, networkx and seaborn have no bundling.")


CHARTS = {
    "histogram": histogram, "density": density, "violin": violin, "boxplot": boxplot,
    "ridgeline": ridgeline, "beeswarm": beeswarm, "scatter": scatter, "bubble": bubble,
    "heatmap": heatmap, "correlogram": correlogram, "connected-scatter": connected_scatter,
    "density-2d": density_2d, "barplot": barplot, "lollipop": lollipop, "radar": radar,
    "parallel-coordinates": parallel_coordinates, "circular-barplot": circular_barplot,
    "wordcloud": wordcloud, "pie": pie, "donut": donut, "treemap": treemap, "waffle": waffle,
    "venn": venn, "dendrogram": dendrogram, "circular-packing": circular_packing, "line": line,
    "area": area, "stacked-area": stacked_area, "streamgraph": streamgraph, "time-series": time_series,
    "candlestick": candlestick, "background-map": background_map, "choropleth": choropleth,
    "bubble-map": bubble_map, "connection-map": connection_map, "hexbin-map": hexbin_map,
    "network": network, "chord": chord, "sankey": sankey, "arc-diagram": arc_diagram,
    "edge-bundling": edge_bundling,
}

# What each reference calls, for the sheet's caption.
HOW = {
    "histogram": "sns.histplot(x=flipper_length_mm)",
    "density": "sns.kdeplot(x=flipper_length_mm, fill=True)",
    "violin": "sns.violinplot(x=species, y=body_mass_g)",
    "boxplot": "sns.boxplot(x=species, y=body_mass_g)",
    "ridgeline": "scipy gaussian_kde per month + ax.fill_between, overlapping rows",
    "beeswarm": "sns.swarmplot(x=body_mass_g)",
    "scatter": "sns.scatterplot(hue=species)",
    "bubble": "sns.scatterplot(size=pop, sizes=(20, 2000), hue=continent), log x",
    "heatmap": "sns.heatmap(pivot, annot=True, fmt='d', cmap='viridis')",
    "correlogram": "sns.pairplot(hue=species)",
    "connected-scatter": "ax.plot('-o') + ax.annotate(year)",
    "density-2d": "ax.hist2d(bins=(14, 10), cmap='viridis', cmin=1)",
    "barplot": "ax.bar(continent, sum of pop)",
    "lollipop": "ax.vlines + ax.plot('o'), sorted",
    "radar": "polar axes, ax.plot + ax.fill, each axis min-max scaled",
    "parallel-coordinates": "pandas.plotting.parallel_coordinates on min-max scaled columns",
    "circular-barplot": "polar ax.bar + rotated ax.text labels",
    "wordcloud": "WordCloud().generate_from_frequencies",
    "pie": "ax.pie(autopct='%1.1f%%')",
    "donut": "ax.pie(wedgeprops={'width': 0.4}, autopct)",
    "treemap": "squarify, continents first, then countries inside each",
    "waffle": "pywaffle Waffle(rows=10, columns=10, values=percentages)",
    "venn": "matplotlib_venn.venn2(am == 1, vs == 1)",
    "dendrogram": "scipy linkage(z-scores, 'average') + dendrogram(orientation='right')",
    "circular-packing": "circlify.circlify(pop) + plt.Circle, coloured by continent",
    "line": "sns.lineplot(hue=country)",
    "area": "ax.fill_between + ax.plot",
    "stacked-area": "ax.stackplot",
    "streamgraph": "ax.stackplot(baseline='sym')",
    "time-series": "ax.plot(daily) + rolling(30, center=True).mean()",
    "candlestick": "ax.vlines (wicks) + ax.bar (bodies), trading days, as mplfinance",
    "background-map": "geopandas GeoDataFrame.plot, lon/lat",
    "choropleth": "geopandas plot(column=lifeExp, cmap='viridis', legend=True)",
    "bubble-map": "geopandas states (EPSG:5070) + ax.scatter(s=routes * 2)",
    "connection-map": "geopandas states + every route as a great circle (pyproj Geod)",
    "hexbin-map": "geopandas states + ax.hexbin(gridsize=25)",
    "network": "networkx spring_layout + draw_networkx, coloured by group",
    "chord": "mpl_chord_diagram.chord_diagram(matrix, directed=True)",
    "sankey": "by hand: stacked nodes + bands (the gallery itself uses plotly)",
    "arc-diagram": "matplotlib.patches.Arc per link, nodes ordered by group",
    "edge-bundling": "",
}


# ---------------------------------------------------------------------------
# Sheets
# ---------------------------------------------------------------------------


def font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 os.path.join(matplotlib.get_data_path(), "fonts/ttf/DejaVuSans.ttf")):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def placeholder(text, size=(1200, 800)):
    img = Image.new("RGB", size, "#f4f4f4")
    d = ImageDraw.Draw(img)
    f = font(22)
    words, lines, cur = text.split(), [], ""
    for w in words:
        if d.textlength(cur + " " + w, font=f) > size[0] - 120:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    y = size[1] // 2 - 16 * len(lines)
    for ln in lines:
        d.text((60, y), ln, fill="#333333", font=f)
        y += 32
    return img


def sheet(chart, ours, theirs, caption, out):
    ours_img = Image.open(ours).convert("RGB") if ours and os.path.exists(ours) else placeholder("rgg export failed")
    theirs_img = theirs if isinstance(theirs, Image.Image) else Image.open(theirs).convert("RGB")
    w = ours_img.width + theirs_img.width + 30
    h = max(ours_img.height, theirs_img.height) + 90
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.text((10, 10), f"{chart['id']}  ({chart['variants'][0]}, {chart['dataset']})", fill="black", font=font(28))
    d.text((10, 48), caption, fill="#555555", font=font(18))
    d.text((10, 72), "ours: rgg", fill="#0072B2", font=font(16))
    d.text((ours_img.width + 30, 72), "theirs: matplotlib/seaborn reference", fill="#D55E00", font=font(16))
    img.paste(ours_img, (0, 90))
    img.paste(theirs_img, (ours_img.width + 30, 90))
    d.line([(ours_img.width + 15, 90), (ours_img.width + 15, h)], fill="#cccccc", width=2)
    img.save(out)


def main():
    global DATA
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rgg", required=True)
    p.add_argument("--datasets", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("ids", nargs="*")
    a = p.parse_args()
    DATA = a.datasets
    catalogue = json.loads(subprocess.run([a.rgg, "list", "--json"], check=True, capture_output=True,
                                          text=True).stdout)
    by_id = {c["id"]: c for c in catalogue}
    ids = a.ids or [c["id"] for c in catalogue]
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        sys.exit(f"reference.py: unknown chart id(s): {', '.join(unknown)} (see `rgg list`)")
    for sub in ("ours", "theirs", "sheets"):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
    missing = [i for i in ids if i not in CHARTS]
    status = {}
    for cid in ids:
        chart = by_id[cid]
        ours = os.path.join(a.out, "ours", cid + ".png")
        r = subprocess.run([a.rgg, "export", cid, "-o", ours], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"  {cid}: rgg export failed: {r.stderr.strip()}", file=sys.stderr)
        theirs = os.path.join(a.out, "theirs", cid + ".png")
        caption = "left: rgg export (default variant) | right: how the Python Graph Gallery's code would draw it"
        if HOW.get(cid):
            caption += ": " + HOW[cid]
        if cid not in CHARTS:
            theirs_img, status[cid] = placeholder(f"No reference: reference.py has no function for '{cid}' yet."), \
                "no reference (new chart)"
        else:
            try:
                plt.close("all")
                fig = CHARTS[cid]()
                fig.savefig(theirs, dpi=DPI)
                plt.close(fig)
                theirs_img, status[cid] = theirs, "ok"
            except NoReference as e:
                theirs_img, status[cid] = placeholder("No reference. " + str(e)), "no reference"
                caption = "no reasonable matplotlib reference for this chart: see the right-hand panel"
            except Exception as e:  # a broken reference must not stop the others
                traceback.print_exc()
                theirs_img, status[cid] = placeholder(f"The reference failed: {type(e).__name__}: {e}"), "failed"
        sheet(chart, ours, theirs_img, caption, os.path.join(a.out, "sheets", cid + ".png"))
        print(f"  {cid}: {status[cid]}", file=sys.stderr)
    if missing:
        print(f"no reference function for: {', '.join(missing)}", file=sys.stderr)
    failed = [k for k, v in status.items() if v == "failed"]
    print(f"{len(ids)} sheets in {os.path.join(a.out, 'sheets')}; "
          f"{sum(v == 'ok' for v in status.values())} with a reference, "
          f"{sum(v.startswith('no reference') for v in status.values())} without, {len(failed)} failed"
          + (f": {', '.join(failed)}" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
