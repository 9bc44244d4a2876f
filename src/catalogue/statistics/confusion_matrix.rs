//! The confusion-matrix chart's catalogue entry: its roles, its sample and
//! how a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY};
use crate::data::{Binding, Role, Table};
use anyhow::{bail, Result};
use rgg_gallery::statistics::confusion_matrix;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Y, ANY, "the true class of each row (the matrix's rows)"),
        RoleSpec::required(Role::X, ANY, "the class a model predicted for it (the columns)"),
    ],
    sample: Sample {
        dataset: "breast_cancer_scores.csv",
        title: "Tumours classified from radius and texture (cut-off 0.5)",
        filter: None,
        roles: &[(Role::Y, "diagnosis"), (Role::X, "predicted_radius_texture")],
        labels: &[],
    },
    variant_samples: &[],
    params: &[],
};

/// More classes than this make cells too small to read.
const MAX_CLASSES: usize = 30;

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<confusion_matrix::Input> {
    let actual = b.categories(table, Role::Y)?;
    let predicted = b.categories(table, Role::X)?;
    let (actual, predicted): (Vec<String>, Vec<String>) = actual
        .into_iter()
        .zip(predicted)
        .filter(|(a, p)| !a.trim().is_empty() && !p.trim().is_empty())
        .unzip();
    let missing = table.rows().saturating_sub(actual.len());
    let (classes, counts) = confusion_matrix::from_pairs(&actual, &predicted);
    if classes.len() > MAX_CLASSES {
        bail!(
            "a confusion matrix of {} classes is too large to read; at most {MAX_CLASSES}",
            classes.len()
        );
    }
    let note = if missing > 0 {
        format!("{missing} rows without both classes left out")
    } else {
        String::new()
    };
    Ok(confusion_matrix::Input {
        title: b.title.clone(),
        classes,
        counts,
        note,
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_terminal_writes_counts_and_shares() {
        let text = screen(chart("confusion-matrix"), 0, (80, 24)).join("\n");
        for count in ["172", "40", "22", "335"] {
            assert!(text.contains(count), "{count}: {text}");
        }
        let text = screen(chart("confusion-matrix"), 1, (80, 24)).join("\n");
        // 172 of 212 malignant tumours, 335 of 357 benign ones.
        assert!(text.contains("81.1%") && text.contains("93.8%"), "{text}");
    }
}
