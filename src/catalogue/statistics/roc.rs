//! The roc chart's catalogue entry: its roles, its sample and how a table
//! becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::columns::readable;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::{bail, Result};
use rgg_gallery::statistics::roc;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(
            Role::Group,
            ANY,
            "the true class of each row, two values: 1, true, yes or positive (else the first value seen) is the positive one",
        ),
        RoleSpec::required(
            Role::Dimensions,
            NUMBER,
            "one or more score columns, comma-separated: one curve each; a higher score means more likely positive",
        ),
    ],
    sample: Sample {
        dataset: "breast_cancer_scores.csv",
        title: "Telling malignant from benign tumours: ROC of three classifiers",
        filter: None,
        roles: &[
            (Role::Group, "diagnosis"),
            (
                Role::Dimensions,
                "logistic_regression_30_features,logistic_regression_radius_texture,decision_tree_depth_2_radius_texture",
            ),
        ],
        labels: &[],
    },
    variant_samples: &[(
        "threshold",
        Sample {
            dataset: "breast_cancer_scores.csv",
            title: "Where cut-offs of a tumour classifier (radius + texture) fall on its ROC curve",
            filter: None,
            roles: &[
                (Role::Group, "diagnosis"),
                (Role::Dimensions, "logistic_regression_radius_texture"),
            ],
            labels: &[],
        },
    )],
    params: &[],
};

/// Class labels that name the positive class, whatever its column.
const POSITIVE: [&str; 8] = ["1", "1.0", "true", "yes", "y", "positive", "pos", "malignant"];

/// Which rows are positive (None for a row without a class), and the
/// positive class's name; an error unless there are exactly two classes.
pub(crate) fn positives(classes: &[String]) -> Result<(Vec<Option<bool>>, String)> {
    let mut seen: Vec<&str> = Vec::new();
    for c in classes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    if seen.len() != 2 {
        bail!(
            "an ROC curve needs exactly two classes in --group, found {}: {}",
            seen.len(),
            seen.iter().take(5).copied().collect::<Vec<_>>().join(", ")
        );
    }
    let positive = seen
        .iter()
        .find(|c| POSITIVE.contains(&c.to_ascii_lowercase().as_str()))
        .or(seen.first())
        .map_or_else(String::new, |c| (*c).to_string());
    let flags = classes
        .iter()
        .map(|c| {
            let c = c.trim();
            (!c.is_empty()).then(|| c == positive)
        })
        .collect();
    Ok((flags, positive))
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<roc::Input> {
    let classes = b.categories(table, Role::Group)?;
    let (flags, _) = positives(&classes)?;
    let columns = b.number_columns(table, Role::Dimensions)?;
    let keep: Vec<usize> = (0..flags.len()).filter(|i| flags[*i].is_some()).collect();
    let unlabelled = flags.len() - keep.len();
    let labels = keep.iter().map(|i| flags[*i] == Some(true)).collect();
    let classifiers = columns
        .into_iter()
        .map(|(name, values)| roc::Classifier {
            name: readable(&name),
            scores: keep.iter().map(|i| values.get(*i).copied().unwrap_or(f64::NAN)).collect(),
        })
        .collect();
    let note = if unlabelled > 0 {
        format!("{unlabelled} rows without a class left out")
    } else {
        String::new()
    };
    Ok(roc::Input {
        title: b.title.clone(),
        labels,
        classifiers,
        thresholds: Vec::new(),
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_positive_class_is_named_or_first() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
        let (flags, positive) = positives(&s(&["benign", "malignant", "", "benign"])).expect("two");
        assert_eq!(positive, "malignant");
        assert_eq!(flags, vec![Some(false), Some(true), None, Some(false)]);
        let (_, positive) = positives(&s(&["cat", "dog"])).expect("two");
        assert_eq!(positive, "cat");
        let (flags, _) = positives(&s(&["0", "1", "1"])).expect("two");
        assert_eq!(flags, vec![Some(false), Some(true), Some(true)]);
        assert!(positives(&s(&["a", "b", "c"])).is_err());
        assert!(positives(&s(&["a", "a"])).is_err());
    }

    #[test]
    fn the_terminal_shows_each_auc_in_the_legend() {
        let text = screen(chart("roc"), 0, (100, 30)).join("\n");
        assert!(text.contains("(AUC 0.995)"), "{text}");
        assert!(text.contains("(AUC 0.95)"), "{text}");
        assert!(text.contains("Chance (AUC 0.50)"), "{text}");
        let text = screen(chart("roc"), 1, (80, 24)).join("\n");
        assert!(text.contains("≥ 0.5"), "{text}");
    }
}
