//! The volcano chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::statistics::volcano;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the log2 fold change of each gene (or feature)"),
        RoleSpec::required(Role::Y, NUMBER, "its p-value, preferably adjusted (the chart takes -log10)"),
        RoleSpec::optional(Role::Names, ANY, "gene names, for the labels"),
    ],
    sample: Sample {
        dataset: "pbmc_differential_expression.csv",
        title: "Genes that set monocytes apart from B cells",
        filter: None,
        roles: &[
            (Role::X, "log2_fold_change"),
            (Role::Y, "p_adjusted"),
            (Role::Names, "gene"),
        ],
        labels: &[
            (Role::X, "log2 fold change, monocytes / B cells"),
            (Role::Y, "adjusted p"),
        ],
    },
    variant_samples: &[],
    params: &[
        ParamSpec::number(
            "fold-change",
            (0.0, 5.0, 0.25),
            1.0,
            "the log2 fold change a significant gene must reach either way (1 = twofold)",
        ),
        ParamSpec::count("labels", 0, 50, "how many of the most significant genes to name (auto: 12)"),
        ParamSpec::number("point-size", (0.25, 4.0, 0.25), 1.0, "times the points' radius: smaller for many genes, bigger for a few"),
    ],
};

/// "Higher in A" and "Higher in B" from an axis title ending in "A / B"
/// ("log2 fold change, monocytes / B cells"); "Up" and "Down" otherwise.
pub(crate) fn directions(x_title: &str) -> (String, String) {
    let tail = x_title.rsplit(',').next().unwrap_or_default();
    match tail.split_once('/') {
        Some((a, b)) if x_title.contains(',') && !a.trim().is_empty() && !b.trim().is_empty() => {
            (format!("Higher in {}", a.trim()), format!("Higher in {}", b.trim()))
        }
        _ => (String::from("Up"), String::from("Down")),
    }
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<volcano::Input> {
    let fold = b.numbers(table, Role::X)?;
    let p = b.numbers(table, Role::Y)?;
    let names = b.optional_categories(table, Role::Names)?;
    let genes = fold
        .iter()
        .zip(&p)
        .enumerate()
        .map(|(i, (f, p))| volcano::Gene {
            name: names.as_ref().and_then(|n| n.get(i)).cloned().unwrap_or_default(),
            log2_fc: *f,
            p_value: *p,
        })
        .collect();
    let x_title = b.label(Role::X);
    let (up_label, down_label) = directions(&x_title);
    Ok(volcano::Input {
        title: b.title.clone(),
        y_title: format!("−log10 {}", b.label(Role::Y)),
        x_title,
        genes,
        fc_threshold: b.param("fold-change").unwrap_or(1.0),
        p_threshold: 0.05,
        up_label,
        down_label,
        labels: match (&names, b.param("labels")) {
            (None, _) => 0,
            (Some(_), Some(n)) => n as usize,
            (Some(_), None) => 12,
        },
        note: String::new(),
        point_scale: b.param("point-size"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn directions_come_from_the_axis_title() {
        assert_eq!(
            directions("log2 fold change, monocytes / B cells"),
            (String::from("Higher in monocytes"), String::from("Higher in B cells"))
        );
        assert_eq!(directions("log2FC"), (String::from("Up"), String::from("Down")));
        assert_eq!(directions("ratio a/b"), (String::from("Up"), String::from("Down")));
    }

    #[test]
    fn the_terminal_names_the_top_genes_and_counts_the_calls() {
        let text = screen(chart("volcano"), 0, (100, 30)).join("\n");
        assert!(text.contains("TYROBP"), "{text}");
        assert!(text.contains("CD79A"), "{text}");
        assert!(text.contains("Not significant ("), "{text}");
    }
}
