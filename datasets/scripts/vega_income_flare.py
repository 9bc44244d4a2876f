"""Cut datasets/us-household-income.csv and datasets/flare.csv from the npm
package vega-datasets 3.2.1.

    npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz
    python3 datasets/scripts/vega_income_flare.py package/data datasets
"""

import collections
import csv
import json
import sys

BRACKETS = {
    "<10000": "Under $25k",
    "10000 to 14999": "Under $25k",
    "15000 to 24999": "Under $25k",
    "25000 to 34999": "$25k-50k",
    "35000 to 49999": "$25k-50k",
    "50000 to 74999": "$50k-75k",
    "75000 to 99999": "$75k-100k",
    "100000 to 149999": "$100k-150k",
    "150000 to 199999": "$150k+",
    "200000+": "$150k+",
}
ORDER = ["Under $25k", "$25k-50k", "$50k-75k", "$75k-100k", "$100k-150k", "$150k+"]


def income(src, dst):
    rows = json.load(open(f"{src}/income.json"))
    households = collections.defaultdict(float)
    region = {}
    for r in rows:
        households[(r["name"], BRACKETS[r["group"]])] += r["pct"] * r["total"]
        # Puerto Rico is the only state-level row of region "other".
        region[r["name"]] = "Puerto Rico" if r["region"] == "other" else r["region"].capitalize()
    with open(f"{dst}/us-household-income.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["state", "region", "income", "households"])
        for state in sorted(region):
            for b in ORDER:
                w.writerow([state, region[state], b, round(households[(state, b)])])


def flare(src, dst):
    nodes = json.load(open(f"{src}/flare.json"))
    by_id = {n["id"]: n for n in nodes}

    def path(n):
        p = []
        while n.get("parent"):
            p.append(n["name"])
            n = by_id[n["parent"]]
        return p[::-1]

    with open(f"{dst}/flare.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["level1", "level2", "level3", "level4", "size"])
        for n in nodes:
            if "size" in n:
                p = path(n)
                w.writerow(p + [""] * (4 - len(p)) + [n["size"]])


if __name__ == "__main__":
    income(sys.argv[1], sys.argv[2])
    flare(sys.argv[1], sys.argv[2])
