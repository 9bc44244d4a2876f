//! The heatmap chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::heatmap;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, ANY, "the columns, one per value (numbers and dates sorted, else in order of appearance)"),
        RoleSpec::required(Role::Y, ANY, "the rows, one per value (numbers and dates sorted, else in order of appearance)"),
        RoleSpec::required(Role::Values, NUMBER, "the colour of each cell; rows with the same x and y are averaged"),
    ],
    sample: Sample {
        dataset: "air_passengers.csv",
        title: "Monthly airline passengers (thousands), 1949-1960",
        filter: None,
        roles: &[(Role::X, "month"), (Role::Y, "year"), (Role::Values, "passengers")],
        labels: &[
            (Role::X, "Month"),
            (Role::Y, "Year"),
            (Role::Values, "Passengers (thousands)"),
        ],
    },
    variant_samples: &[],
    params: &[],
};

/// For each table row, the index of its category, and the category names.
/// Numbers and dates are sorted; text keeps the order of first appearance.
/// A column named "month" holding only 1..=12 shows month names.
fn heatmap_categories(table: &Table, b: &Binding, role: Role) -> Result<(Vec<usize>, Vec<String>)> {
    use crate::data::table::Kind;
    let labels = b.categories(table, role)?;
    let numbers = match b.kind(table, role) {
        Some(Kind::Number | Kind::Date) => Some(b.numbers(table, role)?),
        _ => None,
    };
    let Some(numbers) = numbers else {
        let keys: Vec<&str> = labels
            .iter()
            .map(|l| if l.is_empty() { "(missing)" } else { l.as_str() })
            .collect();
        // A map, not a search of the names so far: 100,000 groups stay linear.
        let mut names: Vec<String> = Vec::new();
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let index = keys
            .iter()
            .map(|k| {
                *seen.entry(k).or_insert_with(|| {
                    names.push((*k).to_string());
                    names.len() - 1
                })
            })
            .collect();
        return Ok((index, names));
    };
    let mut distinct: Vec<f64> = numbers.iter().copied().filter(|v| v.is_finite()).collect();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let is_month = b.column_name(role).is_some_and(|c| c.eq_ignore_ascii_case("month"))
        && distinct.iter().all(|v| v.fract() == 0.0 && (1.0..=12.0).contains(v));
    let missing = distinct.len();
    let index: Vec<usize> = numbers
        .iter()
        .map(|v| distinct.binary_search_by(|d| d.total_cmp(v)).unwrap_or(missing))
        .collect();
    // The first row holding each distinct value (dates are labelled the way
    // the table writes them).
    let mut first_row = vec![usize::MAX; missing];
    for (row, k) in index.iter().enumerate() {
        if let Some(slot) = first_row.get_mut(*k) {
            *slot = (*slot).min(row);
        }
    }
    let mut names: Vec<String> = distinct
        .iter()
        .zip(&first_row)
        .map(|(v, row)| {
            if is_month {
                rgg_gallery::scale::month_name(*v as u32).to_string()
            } else if b.kind(table, role) == Some(Kind::Date) {
                labels.get(*row).cloned().unwrap_or_default()
            } else {
                format!("{v}")
            }
        })
        .collect();
    if index.contains(&missing) {
        names.push(String::from("(missing)"));
    }
    Ok((index, names))
}

/// The footnote for categories left out ("" when none were).
fn heatmap_note(rows: (usize, usize), columns: (usize, usize)) -> String {
    let part = |(kept, total): (usize, usize), what: &str| {
        (kept < total).then(|| {
            format!(
                "{} of {} {what}",
                rgg_gallery::scale::format_count(kept),
                rgg_gallery::scale::format_count(total)
            )
        })
    };
    let parts: Vec<String> = [part(rows, "rows"), part(columns, "columns")]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("Showing {}: those with the most values.", parts.join(" and "))
    }
}

/// Keeps the `max` categories with the most finite values (in their
/// order), renumbering `index` (a dropped category becomes `usize::MAX`).
/// Returns the kept names and how many there were.
fn keep_busiest(index: &mut [usize], names: Vec<String>, values: &[f64], max: usize) -> (Vec<String>, usize) {
    let total = names.len();
    if total <= max {
        return (names, total);
    }
    let mut counts = vec![0usize; total];
    for (k, v) in index.iter().zip(values) {
        if let Some(c) = counts.get_mut(*k).filter(|_| v.is_finite()) {
            *c += 1;
        }
    }
    let mut busiest: Vec<usize> = (0..total).collect();
    busiest.sort_by(|a, b| counts[*b].cmp(&counts[*a]).then(a.cmp(b)));
    busiest.truncate(max);
    busiest.sort_unstable();
    let mut renumber = vec![usize::MAX; total];
    for (new, old) in busiest.iter().enumerate() {
        renumber[*old] = new;
    }
    for k in index.iter_mut() {
        *k = renumber.get(*k).copied().unwrap_or(usize::MAX);
    }
    let kept = busiest.iter().filter_map(|i| names.get(*i).cloned()).collect();
    (kept, total)
}

/// The most rows, and the most columns, a heatmap shows: beyond, a cell is
/// under a pixel even on paper, and the grid of cells grows as their product.
const HEATMAP_MAX_CATEGORIES: usize = 200;

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<heatmap::Input> {
    let values = b.numbers(table, Role::Values)?;
    let (mut column_of, columns) = heatmap_categories(table, b, Role::X)?;
    let (mut row_of, rows) = heatmap_categories(table, b, Role::Y)?;
    let (columns, all_columns) = keep_busiest(&mut column_of, columns, &values, HEATMAP_MAX_CATEGORIES);
    let (rows, all_rows) = keep_busiest(&mut row_of, rows, &values, HEATMAP_MAX_CATEGORIES);
    let note = heatmap_note((rows.len(), all_rows), (columns.len(), all_columns));
    let mut sums = vec![vec![(0.0, 0usize); columns.len()]; rows.len()];
    for ((c, r), v) in column_of.iter().zip(&row_of).zip(&values) {
        if let Some(cell) = sums
            .get_mut(*r)
            .and_then(|row| row.get_mut(*c))
            .filter(|_| v.is_finite())
        {
            cell.0 += v;
            cell.1 += 1;
        }
    }
    let means = sums
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(sum, n)| if n == 0 { f64::NAN } else { sum / n as f64 })
                .collect()
        })
        .collect();
    Ok(heatmap::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        value_title: b.label(Role::Values),
        columns,
        rows,
        values: means,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 100,000 groups: the busiest 200 kept (in order), the rest dropped,
    /// and a footnote says so; few groups are left alone.
    #[test]
    fn a_heatmap_of_many_groups_keeps_the_busiest_with_a_note() {
        let n = 100_000;
        let names: Vec<String> = (0..n).map(|i| format!("g{i}")).collect();
        // Group i has one value, groups divisible by 500 have three.
        let mut index: Vec<usize> = (0..n).collect();
        index.extend((0..n).step_by(500).flat_map(|i| [i, i]));
        let values = vec![1.0; index.len()];
        let (kept, total) = keep_busiest(&mut index, names, &values, HEATMAP_MAX_CATEGORIES);
        assert_eq!((kept.len(), total), (200, n));
        assert_eq!(kept[0], "g0");
        assert_eq!(kept[1], "g500");
        assert_eq!(index[500], 1);
        assert_eq!(index[1], usize::MAX, "dropped");
        assert_eq!(
            heatmap_note((200, n), (3, 3)),
            "Showing 200 of 100,000 rows: those with the most values."
        );
        assert_eq!(heatmap_note((3, 3), (4, 4)), "");
        let (kept, total) = keep_busiest(&mut [0, 1], vec!["a".into(), "b".into()], &[1.0, 2.0], 200);
        assert_eq!((kept.len(), total), (2, 2));
    }
}
