//! Part of a whole charts: bindings from a table to each chart's input.

#[allow(unused_imports)]
use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;

use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::table::{Column, Kind};
use crate::data::{Binding, Role, Table};
use anyhow::{bail, Result};
use rgg_gallery::part_of_a_whole::circular_packing;
use rgg_gallery::part_of_a_whole::dendrogram;
use rgg_gallery::part_of_a_whole::donut;
use rgg_gallery::part_of_a_whole::pie;
use rgg_gallery::part_of_a_whole::treemap;
use rgg_gallery::part_of_a_whole::venn;
use rgg_gallery::part_of_a_whole::waffle;
use std::borrow::Cow;
use std::collections::HashMap;

pub const CHARTS: &[&Chart] = &[&PIE, &DONUT, &TREEMAP, &WAFFLE, &VENN, &DENDROGRAM, &CIRCULAR_PACKING];

pub const PIE: Chart = Chart {
    id: "pie",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/pie.rs"),
    source_path: "gallery/src/part_of_a_whole/pie.rs",
    variants: &["labelled", "basic"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "one slice per value",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the size of each slice, summed per name (positive)",
        },
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Who was aboard the Titanic, by class",
        filter: None,
        roles: &[(Role::Names, "Class"), (Role::Values, "Freq")],
        labels: &[(Role::Values, "People")],
    },
    variant_samples: &[],
    prepare: prepare_pie,
};

fn prepare_pie(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(Prepared::Pie(pie::Input {
        title: b.title.clone(),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| pie::Slice { name, value })
            .collect(),
    }))
}

pub const DONUT: Chart = Chart {
    id: "donut",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/donut.rs"),
    source_path: "gallery/src/part_of_a_whole/donut.rs",
    variants: &["donut", "pie"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "one slice per value",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the size of each slice, summed per name (positive)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Names, "continent"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    prepare: prepare_donut,
};

fn prepare_donut(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(Prepared::Donut(donut::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| donut::Slice { name, value })
            .collect(),
    }))
}

pub const TREEMAP: Chart = Chart {
    id: "treemap",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/treemap.rs"),
    source_path: "gallery/src/part_of_a_whole/treemap.rs",
    variants: &["two-levels", "squarified"],
    roles: &[
        RoleSpec {
            role: Role::Path,
            required: true,
            kinds: ANY,
            help: "hierarchy levels, outermost first, comma-separated (e.g. continent,country)",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the area of each rectangle, summed per path (positive)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent and country, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Path, "continent,country"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    prepare: prepare_treemap,
};

/// One (path, summed value) per distinct path of the path columns, in order
/// of first appearance; an empty level reads "(missing)", rows without a
/// value are left out.
fn path_values(table: &Table, b: &Binding) -> Result<Vec<(Vec<String>, f64)>> {
    let levels = b.category_columns(table, Role::Path)?;
    let values = b.numbers(table, Role::Values)?;
    let mut out: Vec<(Vec<String>, f64)> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    for (row, value) in values.iter().enumerate().filter(|(_, v)| v.is_finite()) {
        let path: Vec<String> = levels
            .iter()
            .map(|(_, labels)| match labels.get(row).map(String::as_str) {
                None | Some("") => "(missing)".to_string(),
                Some(l) => l.to_string(),
            })
            .collect();
        let i = *index.entry(path.clone()).or_insert_with(|| {
            out.push((path, 0.0));
            out.len() - 1
        });
        if let Some((_, v)) = out.get_mut(i) {
            *v += value;
        }
    }
    Ok(out)
}

fn prepare_treemap(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::Treemap(treemap::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        leaves: path_values(table, b)?
            .into_iter()
            .map(|(path, value)| treemap::Leaf { path, value })
            .collect(),
    }))
}

pub const WAFFLE: Chart = Chart {
    id: "waffle",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/waffle.rs"),
    source_path: "gallery/src/part_of_a_whole/waffle.rs",
    variants: &["basic", "by-count"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "one colour of squares per value",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "what the squares count, summed per name (positive)",
        },
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Did they survive the Titanic? Passengers and crew",
        filter: None,
        roles: &[(Role::Names, "Survived"), (Role::Values, "Freq")],
        labels: &[(Role::Values, "People")],
    },
    variant_samples: &[],
    prepare: prepare_waffle,
};

fn prepare_waffle(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(Prepared::Waffle(waffle::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| waffle::Slice { name, value })
            .collect(),
    }))
}

pub const VENN: Chart = Chart {
    id: "venn",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/venn.rs"),
    source_path: "gallery/src/part_of_a_whole/venn.rs",
    variants: &["three-sets", "two-sets"],
    roles: &[RoleSpec {
        role: Role::Dimensions,
        required: true,
        kinds: ANY,
        help: "one set per column, comma-separated: text yes/true/1 or a 0/1 number is a member, \
               other numbers are members above the column's median",
    }],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Manual gearbox, straight engine, fuel economy: 32 cars",
        filter: None,
        roles: &[(Role::Dimensions, "am,vs,mpg")],
        labels: &[(Role::Dimensions, "Manual gearbox,Straight engine,mpg")],
    },
    variant_samples: &[],
    prepare: prepare_venn,
};

/// Whether a text value means "is a member".
fn truthy(text: &str) -> bool {
    matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "yes" | "y" | "true" | "t" | "1"
    )
}

/// The median of the finite values, if any.
fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => v.get(n / 2).copied(),
        _ => Some(f64::midpoint(*v.get(n / 2 - 1)?, *v.get(n / 2)?)),
    }
}

/// Set membership per column of the dimensions role: a set name and one
/// flag per row. Text is a member when it reads yes/true/1; a number column
/// holding only 0 and 1 when it is not 0; any other number (or date) column
/// when above its median, which the set's name then says ("mpg > 19.2").
/// Set names come from the role's label when it lists one per column.
fn memberships(table: &Table, b: &Binding) -> Result<Vec<(String, Vec<bool>)>> {
    let columns = b.category_columns(table, Role::Dimensions)?;
    let label = b.label(Role::Dimensions);
    let names: Vec<&str> = label.split(',').map(str::trim).collect();
    let names_given = names.len() == columns.len() && names.iter().all(|n| !n.is_empty());
    let mut out = Vec::new();
    for (i, (column, labels)) in columns.iter().enumerate() {
        let name = if names_given {
            names.get(i).copied().unwrap_or(column).to_string()
        } else {
            column.clone()
        };
        let binary = |v: &[f64]| v.iter().filter(|x| x.is_finite()).all(|x| *x == 0.0 || *x == 1.0);
        let set = match table.column(column) {
            Some(Column::Number(v)) if binary(v) => (name, v.iter().map(|x| *x == 1.0).collect()),
            Some(column @ (Column::Number(v) | Column::Date(v))) => {
                let cut = median(v).unwrap_or(f64::INFINITY);
                let shown = if column.kind() == Kind::Date {
                    let (y, m, d) = rgg_gallery::scale::civil_from_days(cut.floor() as i64);
                    format!("{y:04}-{m:02}-{d:02}")
                } else {
                    rgg_gallery::scale::format_value(cut)
                };
                (format!("{name} > {shown}"), v.iter().map(|x| *x > cut).collect())
            }
            _ => (name, labels.iter().map(|l| truthy(l)).collect()),
        };
        out.push(set);
    }
    Ok(out)
}

fn prepare_venn(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let sets = memberships(table, b)?;
    let rows = sets.first().map_or(0, |(_, v)| v.len());
    Ok(Prepared::Venn(venn::Input {
        title: b.title.clone(),
        sets: sets.iter().map(|(name, _)| name.clone()).collect(),
        members: (0..rows)
            .map(|r| sets.iter().map(|(_, v)| v.get(r).copied().unwrap_or(false)).collect())
            .collect(),
    }))
}

pub const DENDROGRAM: Chart = Chart {
    id: "dendrogram",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/dendrogram.rs"),
    source_path: "gallery/src/part_of_a_whole/dendrogram.rs",
    variants: &["horizontal", "vertical", "cut"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "the name of each item (leaf)",
        },
        RoleSpec {
            role: Role::Dimensions,
            required: true,
            kinds: NUMBER,
            help: "numeric columns, comma-separated: scaled to z-scores, then clustered \
                   (Euclidean distance, average linkage)",
        },
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
    prepare: prepare_dendrogram,
};

/// The most rows a dendrogram clusters: the distances grow with the
/// square of the rows, and no more names fit on a screen anyway.
const MAX_LEAVES: usize = 2000;

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

fn prepare_dendrogram(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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
    Ok(Prepared::Dendrogram(dendrogram::Input {
        title: b.title.clone(),
        distance_title: "Distance (Euclidean on z-scores, average linkage)".to_string(),
        leaves,
        merges,
    }))
}

pub const CIRCULAR_PACKING: Chart = Chart {
    id: "circular-packing",
    family: Family::PartOfAWhole,
    source: include_str!("../../gallery/src/part_of_a_whole/circular_packing.rs"),
    source_path: "gallery/src/part_of_a_whole/circular_packing.rs",
    variants: &["nested", "one-level"],
    roles: &[
        RoleSpec {
            role: Role::Path,
            required: true,
            kinds: ANY,
            help: "hierarchy levels, outermost first, comma-separated (e.g. continent,country)",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the area of each circle, summed per path (positive)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "World population by continent and country, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::Path, "continent,country"), (Role::Values, "pop")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    prepare: prepare_circular_packing,
};

fn prepare_circular_packing(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::CircularPacking(circular_packing::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        leaves: path_values(table, b)?
            .into_iter()
            .map(|(path, value)| circular_packing::Leaf { path, value })
            .collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::catalogue::screen;

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
    fn the_venn_draws_three_sets_with_every_count_readable_in_a_terminal() {
        for size in [(80, 24), (100, 30)] {
            let lines = screen(&VENN, 0, size);
            let text = lines.join("\n");
            for name in ["Manual gearbox (13)", "Straight engine (14)", "mpg > 19.2 (15)"] {
                assert!(text.contains(name), "{size:?}: {name} missing\n{text}");
            }
            // The seven regions' counts, each a word of its own on the screen.
            let mut counts: Vec<&str> = lines
                .iter()
                .skip(2)
                .flat_map(|l| l.split(|c: char| !c.is_ascii_digit()))
                .filter(|w| w.len() == 1)
                .collect();
            counts.sort_unstable();
            let foot = lines
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .cloned()
                .unwrap_or_default();
            assert!(foot.trim_start().starts_with("12 of 32 in none"), "{size:?}: {foot}");
            assert!(!text.contains("first 2"), "{size:?}");
            assert!(
                ["0", "0", "2", "3", "4", "4", "7"].iter().all(|c| counts.contains(c)),
                "{size:?}: {counts:?}\n{text}"
            );
        }
    }

    #[test]
    fn the_pie_names_every_slice_with_its_share_in_a_terminal() {
        for size in [(80, 24), (100, 30)] {
            let text = screen(&PIE, 0, size).join("\n");
            for want in ["Crew", "40%", "3rd", "32%", "1st", "15%", "2nd", "13%"] {
                assert!(text.contains(want), "{size:?}: {want} missing\n{text}");
            }
        }
    }

    #[test]
    fn the_donut_labels_every_slice_at_80x24() {
        for size in [(80, 24), (100, 30), (160, 48)] {
            let lines = screen(&DONUT, 0, size);
            let text = lines.join("\n");
            // The legend names each continent once; its slice names it again.
            for name in ["Asia", "Africa", "Americas", "Europe", "Oceania"] {
                assert!(text.matches(name).count() >= 2, "{size:?}: {name} unlabelled\n{text}");
            }
        }
    }

    #[test]
    fn the_dendrogram_names_what_fits_and_counts_the_rest() {
        let Ok(Prepared::Dendrogram(input)) = DENDROGRAM.prepare_sample(0) else {
            panic!("a dendrogram sample");
        };
        let n = input.leaves.len();
        for size in [(80, 24), (100, 30), (160, 48)] {
            let lines = screen(&DENDROGRAM, 0, size);
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

    #[test]
    fn treemap_and_packing_group_countries_by_continent_by_default() {
        for chart in [&TREEMAP, &CIRCULAR_PACKING] {
            let text = screen(chart, 0, (100, 30)).join("\n");
            // The continents' names are drawn on the chart, beyond the legend.
            assert!(text.matches("Asia").count() >= 2, "{}\n{text}", chart.id);
        }
    }

    #[test]
    fn membership_reads_flags_text_and_medians() {
        let t = Table::from_csv("t.csv", "flag,word,n\n1,yes,1\n0,no,5\n1,True,9\n0,,3\n").expect("table");
        let b = Binding::new("t").with(Role::Dimensions, "flag,word,n");
        let sets = memberships(&t, &b).expect("sets");
        assert_eq!(sets[0], ("flag".to_string(), vec![true, false, true, false]));
        assert_eq!(sets[1], ("word".to_string(), vec![true, false, true, false]));
        // 1, 5, 9, 3: the median is 4; above it are 5 and 9.
        assert_eq!(sets[2], ("n > 4".to_string(), vec![false, true, true, false]));
        let named = b.label_as(Role::Dimensions, "A, B, C");
        let sets = memberships(&t, &named).expect("sets");
        assert_eq!(sets[2].0, "C > 4");
    }

    #[test]
    fn medians_and_z_scores() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, f64::NAN, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
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

    #[test]
    fn paths_are_summed_per_distinct_path() {
        let t = Table::from_csv("t.csv", "c,k,v\nA,x,1\nA,y,2\nA,x,3\nB,,4\nB,z,\n").expect("table");
        let b = Binding::new("t").with(Role::Path, "c,k").with(Role::Values, "v");
        let paths = path_values(&t, &b).expect("paths");
        let key = |p: &[&str]| p.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(
            paths,
            vec![
                (key(&["A", "x"]), 4.0),
                (key(&["A", "y"]), 2.0),
                (key(&["B", "(missing)"]), 4.0)
            ]
        );
    }

    #[test]
    fn every_sample_prepares() {
        for chart in CHARTS {
            for v in 0..chart.variants.len() {
                assert!(chart.prepare_sample(v).is_ok(), "{} {v}", chart.id);
            }
        }
    }
}
