//! The dendrogram chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::{bail, Result};
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::dendrogram;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "the name of each item (leaf)"),
        RoleSpec::required(Role::Dimensions, NUMBER, "numeric columns, comma-separated: scaled to z-scores, then clustered \
                   (Euclidean distance, average linkage)"),
    ],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Which cars are alike? mtcars, clustered on 7 measures",
        filter: None,
        roles: &[
            (Role::Names, "column1"),
            (Role::Dimensions, "mpg,cyl,disp,hp,drat,wt,qsec"),
        ],
        labels: &[],
    },
    variant_samples: &[],
    params: &[ParamSpec::count(
        "clusters",
        2,
        12,
        "cut the tree into this many clusters, each in its colour (auto: only the cut variant cuts, at the widest gap)",
    )],
};

/// Hierarchical clustering of the rows (kodama): Euclidean distances
/// between rows of z-scored columns, average linkage (UPGMA). Rows with a
/// missing value are left out. Returns the names kept and the merges.
fn cluster(names: &[String], columns: &[Vec<f64>]) -> (Vec<String>, Vec<dendrogram::Merge>) {
    let rows: Vec<usize> = (0..names.len())
        .filter(|r| columns.iter().all(|c| c.get(*r).is_some_and(|v| v.is_finite())))
        .collect();
    let kept: Vec<String> = rows.iter().filter_map(|r| names.get(*r).cloned()).collect();
    let scaled: Vec<Vec<f64>> = columns
        .iter()
        .map(|c| z_scores(&rows.iter().filter_map(|r| c.get(*r).copied()).collect::<Vec<f64>>()))
        .collect();
    let n = rows.len();
    if n < 2 {
        return (kept, Vec::new());
    }
    let mut condensed = Vec::with_capacity(n * (n - 1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            let d2: f64 = scaled
                .iter()
                .map(|c| (c.get(i).unwrap_or(&0.0) - c.get(j).unwrap_or(&0.0)).powi(2))
                .sum();
            // kodama panics on NaN; z-scores keep distances finite, this
            // keeps that promise whatever the input.
            condensed.push(if d2.is_nan() { f64::MAX } else { d2.sqrt() });
        }
    }
    let tree = kodama::linkage(&mut condensed, n, kodama::Method::Average);
    let merges = tree
        .steps()
        .iter()
        .map(|s| dendrogram::Merge {
            left: s.cluster1,
            right: s.cluster2,
            height: s.dissimilarity,
        })
        .collect();
    (kept, merges)
}

/// Each column scaled to z-scores (mean 0, standard deviation 1), so that
/// no variable weighs more for its units; a constant column becomes 0.
fn z_scores(column: &[f64]) -> Vec<f64> {
    let n = column.len() as f64;
    let moments = |column: &[f64]| {
        let mean = column.iter().sum::<f64>() / n;
        let var = column.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        (mean, var.sqrt())
    };
    let (mean, sd) = moments(column);
    if !(mean.is_finite() && sd.is_finite()) {
        // Values near f64::MAX overflow the sums (and NaN distances would
        // panic in kodama): z-scores do not change with the unit, so
        // measure in units of the largest magnitude.
        let top = column.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        if top.is_finite() && top > 0.0 {
            return z_scores(&column.iter().map(|x| x / top).collect::<Vec<f64>>());
        }
        return vec![0.0; column.len()];
    }
    column
        .iter()
        .map(|x| if sd > 0.0 { (x - mean) / sd } else { 0.0 })
        .collect()
}

/// The most rows a dendrogram clusters: the distances grow with the
/// square of the rows, and no more names fit on a screen anyway.
const MAX_LEAVES: usize = 2000;

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<dendrogram::Input> {
    let names = b.categories(table, Role::Names)?;
    let columns = b.number_columns(table, Role::Dimensions)?;
    if names.len() > MAX_LEAVES {
        bail!(
            "{}: {} rows are too many for a dendrogram (at most {MAX_LEAVES}: its tree \
             and its names must fit); filter or sample the rows first",
            table.source,
            names.len()
        );
    }
    let values: Vec<Vec<f64>> = columns.into_iter().map(|(_, v)| v).collect();
    let (leaves, merges) = cluster(&names, &values);
    Ok(dendrogram::Input {
        title: b.title.clone(),
        distance_title: "Distance (Euclidean on z-scores, average linkage)".to_string(),
        leaves,
        merges,
        clusters: b.param("clusters").map(|k| k as usize),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Prepared, chart, screen};
    #[test]
    fn the_dendrogram_names_what_fits_and_counts_the_rest() {
        let Ok(Prepared::Dendrogram(input)) = chart("dendrogram").prepare_sample(0) else {
            panic!("a dendrogram sample");
        };
        let n = input.leaves.len();
        for size in [(80, 24), (100, 30), (160, 48)] {
            let lines = screen(chart("dendrogram"), 0, size);
            // A name is the text left of the tree on its row.
            let shown = lines
                .iter()
                .map(|l| l.chars().take_while(|c| c.is_ascii() && *c != '|').collect::<String>())
                .filter(|t| input.leaves.iter().any(|leaf| leaf == t.trim()))
                .count();
            let missing = crate::catalogue::names_left_out(&lines);
            assert!(shown > 0, "{size:?}");
            assert_eq!(
                shown + missing,
                n,
                "{size:?}: {shown} shown, {missing} left out\n{}",
                lines.join("\n")
            );
        }
    }

    /// Rows near ±`f64::MAX` overflowed the z-scores into NaN distances,
    /// and kodama panics on NaN.
    #[test]
    fn clustering_survives_values_at_the_ends_of_f64() {
        let names: Vec<String> = ["a", "b", "c", "d"].iter().map(ToString::to_string).collect();
        let columns = vec![vec![1e308, -1e308, f64::MAX, 0.0], vec![5e-324, 0.0, -5e-324, 1.0]];
        let (kept, merges) = cluster(&names, &columns);
        assert_eq!(kept.len(), 4);
        assert_eq!(merges.len(), 3);
        assert!(merges.iter().all(|m| m.height.is_finite()), "{merges:?}");
        let z = z_scores(&[1e308, -1e308, 1e308]);
        assert!(z.iter().all(|v| v.is_finite()) && z[0] > 0.0 && z[1] < 0.0, "{z:?}");
    }

    #[test]
    fn z_scores_centre_and_scale_each_column() {
        let z = z_scores(&[1.0, 2.0, 3.0]);
        assert_eq!(z, vec![-1.0, 0.0, 1.0]);
        assert_eq!(z_scores(&[5.0, 5.0]), vec![0.0, 0.0], "constant column");
    }

    #[test]
    fn clustering_joins_the_closest_first_and_skips_missing_rows() {
        let names: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| (*s).to_string()).collect();
        let columns = vec![vec![0.0, 0.1, 10.0, f64::NAN], vec![0.0, 0.0, 10.0, 1.0]];
        let (leaves, merges) = cluster(&names, &columns);
        assert_eq!(leaves, vec!["a", "b", "c"]);
        assert_eq!(merges.len(), 2);
        let first = &merges[0];
        assert_eq!((first.left.min(first.right), first.left.max(first.right)), (0, 1));
        assert!(merges[1].height > first.height);
        assert!(
            cluster(&names[..1], &[vec![1.0]]).1.is_empty(),
            "one leaf: nothing to join"
        );
    }
}
