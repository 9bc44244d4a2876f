//! The venn chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY};
use crate::data::table::{Column, Kind};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::venn;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[RoleSpec::required(Role::Dimensions, ANY, "one set per column, comma-separated: text yes/true/1 or a 0/1 number is a member, \
               other numbers are members above the column's median")],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Manual gearbox, straight engine, fuel economy: 32 cars",
        filter: None,
        roles: &[(Role::Dimensions, "am,vs,mpg")],
        labels: &[(Role::Dimensions, "Manual gearbox,Straight engine,mpg")],
    },
    variant_samples: &[],
    params: &[],
};

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

/// Whether a text value means "is a member".
fn truthy(text: &str) -> bool {
    matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "yes" | "y" | "true" | "t" | "1"
    )
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<venn::Input> {
    let sets = memberships(table, b)?;
    let rows = sets.first().map_or(0, |(_, v)| v.len());
    Ok(venn::Input {
        title: b.title.clone(),
        sets: sets.iter().map(|(name, _)| name.clone()).collect(),
        members: (0..rows)
            .map(|r| sets.iter().map(|(_, v)| v.get(r).copied().unwrap_or(false)).collect())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_venn_draws_three_sets_with_every_count_readable_in_a_terminal() {
        for size in [(80, 24), (100, 30)] {
            let lines = screen(chart("venn"), 0, size);
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
    fn medians_skip_missing_values() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, f64::NAN, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }
}
