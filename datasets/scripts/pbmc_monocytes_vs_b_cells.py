"""Differential expression of CD14+ monocytes against CD19+ B cells.

Writes datasets/pbmc_differential_expression.csv: for each of the 765 genes
of scanpy's bundled PBMC sample (scanpy/datasets/10x_pbmc68k_reduced.h5ad
in the scanpy 1.11.5 wheel: 700 blood cells from 10x Genomics' 68k PBMC
data set, Zheng et al. 2017, log-normalised counts in raw.X), the log2 fold
change of mean normalised expression plus one (on the count scale, so
genes absent from one group stay finite), Welch's t-test p-value on the log-normalised values,
and the Benjamini-Hochberg adjusted p-value.

Rerun: pip install h5py numpy scipy; python pbmc_monocytes_vs_b_cells.py
PATH/TO/10x_pbmc68k_reduced.h5ad (from datasets/scripts/).
"""

import csv
import sys
from pathlib import Path

import h5py
import numpy as np
from scipy import sparse, stats

f = h5py.File(sys.argv[1], "r")
raw = f["raw.X"]
X = sparse.csr_matrix((raw["data"][:], raw["indices"][:], raw["indptr"][:]), shape=(700, 765)).toarray().astype(np.float64)
genes = [g.decode() for g in f["raw.var"]["index"][:]]
cats = [c.decode() for c in f["uns"]["bulk_labels_categories"][:]]
labels = np.array([cats[i] for i in f["obs"]["bulk_labels"][:]])

a = X[labels == "CD14+ Monocyte"]
b = X[labels == "CD19+ B"]
mean_a = np.expm1(a).mean(axis=0)
mean_b = np.expm1(b).mean(axis=0)
# One count of pseudocount keeps genes absent from one group finite.
log2_fc = np.log2((mean_a + 1.0) / (mean_b + 1.0))
t, p = stats.ttest_ind(a, b, equal_var=False)
p = np.where(np.isnan(p), 1.0, p)
p = np.maximum(p, 1e-300)
order = np.argsort(p)
ranked = p[order] * len(p) / (np.arange(len(p)) + 1)
adjusted = np.empty_like(p)
adjusted[order] = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])

out = Path(__file__).resolve().parent.parent / "pbmc_differential_expression.csv"
with out.open("w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["gene", "log2_fold_change", "p_value", "p_adjusted", "mean_monocytes", "mean_b_cells"])
    for i in range(len(genes)):
        w.writerow([genes[i], f"{log2_fc[i]:.4f}", f"{p[i]:.4g}", f"{adjusted[i]:.4g}", f"{mean_a[i]:.4f}", f"{mean_b[i]:.4f}"])
print("wrote", out, "monocytes", len(a), "B cells", len(b))
