"""Odds ratios of lung cancer for smokers in eight Chinese cities.

Writes datasets/china_smoking.csv: the eight 2x2 tables that statsmodels
ships (statsmodels/datasets/china_smoking/china_smoking.csv, transcribed
from Z. Liu, Smoking and Lung Cancer Incidence in China, Int. J. Epidemiol.
21:197-201, 1992), each with its odds ratio, 95% confidence interval (Woolf,
on the log scale) and inverse-variance weight in percent, and a last row
with the Mantel-Haenszel pooled odds ratio and its interval
(Robins-Breslow-Greenland), as statsmodels' StratifiedTable computes them.
"Nanjng" in the source is spelled Nanjing here.

Rerun: pip install statsmodels==0.15.0; python china_smoking_odds_ratios.py
"""

import csv
from pathlib import Path

import numpy as np
import statsmodels.api as sm
from statsmodels.stats.contingency_tables import StratifiedTable, Table2x2

raw = sm.datasets.china_smoking.load_pandas().data
tables = []
rows = []
for _, r in raw.iterrows():
    t = np.array(
        [[r.smoking_yes_cancer_yes, r.smoking_yes_cancer_no], [r.smoking_no_cancer_yes, r.smoking_no_cancer_no]],
        dtype=float,
    )
    tables.append(t)
    tab = Table2x2(t)
    lo, hi = tab.oddsratio_confint()
    rows.append([str(r.name).replace("Nanjng", "Nanjing"), *t.astype(int).ravel(), tab.oddsratio, lo, hi, 1 / tab.log_oddsratio_se**2])

total_weight = sum(r[-1] for r in rows)
pooled = StratifiedTable(tables)
plo, phi = pooled.oddsratio_pooled_confint()

out = Path(__file__).resolve().parent.parent / "china_smoking.csv"
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["city", "smokers_cancer", "smokers_no_cancer", "nonsmokers_cancer", "nonsmokers_no_cancer",
                "odds_ratio", "ci_low", "ci_high", "weight_percent", "kind"])
    for r in rows:
        w.writerow([*r[:5], f"{r[5]:.3f}", f"{r[6]:.3f}", f"{r[7]:.3f}", f"{100 * r[8] / total_weight:.1f}", "city"])
    sums = np.sum(tables, axis=0).astype(int).ravel()
    w.writerow(["Pooled (Mantel-Haenszel)", *sums, f"{pooled.oddsratio_pooled:.3f}", f"{plo:.3f}", f"{phi:.3f}", "100.0", "pooled"])
print("wrote", out)
