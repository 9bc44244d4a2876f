"""Cut datasets/us_federal_receipts.csv from vega-datasets' budget.json.

Rerun: `npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz`, then
`python3 datasets/scripts/us_federal_receipts.py package/data/budget.json > datasets/us_federal_receipts.csv`.

budget.json is the receipts table of the US Office of Management and Budget's
Public Budget Database (FY2016 budget): one row per receipt account, amounts in
thousands of dollars per fiscal year. This sums the accounts of each source
category per year and keeps fiscal years 1962-2014, the actual years (2015 on
are estimates, and the 1976 transition quarter is not a fiscal year).
"""

import collections
import json
import sys

rows = json.load(open(sys.argv[1]))
totals = collections.defaultdict(float)
order = []
for row in rows:
    source = row["Source category name"]
    if source == "Legislative Proposals":
        continue  # future proposals, zero in every actual year
    if source not in order:
        order.append(source)
    for year in range(1962, 2015):
        cell = str(row.get(str(year), "0")).replace(",", "")
        totals[(year, source)] += float(cell or 0)

print("year,source,receipts")
for year in range(1962, 2015):
    for source in order:
        # thousands of dollars -> billions, to the nearest million
        print(f'{year},"{source}",{totals[(year, source)] / 1e6:.3f}')
