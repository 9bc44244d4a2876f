"""Scores of three simple classifiers on the breast cancer Wisconsin data.

Writes datasets/breast_cancer_scores.csv: one row per tumour (569) with its
diagnosis and, for each classifier, the out-of-fold probability that it is
malignant (5-fold stratified cross-validation, so no tumour is scored by a
model that saw it), plus the class the two-feature model predicts at 0.5.

Rerun: pip install scikit-learn==1.9.1 numpy; python breast_cancer_scores.py
(from datasets/scripts/). The data is the CSV that scikit-learn ships in
sklearn/datasets/data/breast_cancer.csv (UCI, Wolberg, Street & Mangasarian
1995, CC BY 4.0).
"""

import csv
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

data = load_breast_cancer()
X, y = data.data, data.target
malignant = (y == 0).astype(int)  # sklearn codes malignant as 0
names = list(data.feature_names)
two = [names.index("mean radius"), names.index("mean texture")]

folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)


def oof(model, features):
    proba = cross_val_predict(model, features, malignant, cv=folds, method="predict_proba")
    return proba[:, 1]


scores = {
    "logistic_regression_30_features": oof(make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)), X),
    "logistic_regression_radius_texture": oof(make_pipeline(StandardScaler(), LogisticRegression()), X[:, two]),
    "decision_tree_depth_2_radius_texture": oof(DecisionTreeClassifier(max_depth=2, random_state=0), X[:, two]),
}
predicted = np.where(scores["logistic_regression_radius_texture"] >= 0.5, "malignant", "benign")

out = Path(__file__).resolve().parent.parent / "breast_cancer_scores.csv"
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "diagnosis", "malignant", *scores.keys(), "predicted_radius_texture"])
    for i in range(len(y)):
        diagnosis = "malignant" if malignant[i] else "benign"
        row = [i + 1, diagnosis, malignant[i]]
        row += [f"{scores[k][i]:.4f}" for k in scores]
        row.append(predicted[i])
        w.writerow(row)
print("wrote", out)
