//! Correlation charts: bindings from a table to each chart's input.

use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;
use crate::data::binding::xy_by_group;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::correlation::bubble;
use rgg_gallery::correlation::connected_scatter;
use rgg_gallery::correlation::correlogram;
use rgg_gallery::correlation::density_2d;
use rgg_gallery::correlation::heatmap;
use rgg_gallery::correlation::scatter;
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[
    &SCATTER,
    &BUBBLE,
    &HEATMAP,
    &CORRELOGRAM,
    &CONNECTED_SCATTER,
    &DENSITY_2D,
];

pub const BUBBLE: Chart = Chart {
    id: "bubble",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/bubble.rs"),
    source_path: "gallery/src/correlation/bubble.rs",
    variants: &["log-x", "linear-x"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "horizontal position (must be positive for the log-x variant)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "vertical position",
        },
        RoleSpec {
            role: Role::Area,
            required: true,
            kinds: NUMBER,
            help: "bubble area is proportional to it (positive values only)",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one colour per value, with a legend",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Wealth and health of nations, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[
            (Role::X, "gdpPercap"),
            (Role::Y, "lifeExp"),
            (Role::Area, "pop"),
            (Role::Group, "continent"),
        ],
        labels: &[
            (Role::X, "GDP per capita (US$)"),
            (Role::Y, "Life expectancy (years)"),
            (Role::Area, "Population"),
        ],
    },
    variant_samples: &[],
    prepare: prepare_bubble,
};

fn prepare_bubble(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let area = b.numbers(table, Role::Area)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let mut groups: Vec<bubble::Group> = Vec::new();
    for (i, ((x, y), area)) in x.iter().zip(&y).zip(&area).enumerate() {
        let name = match keys.as_ref().and_then(|k| k.get(i)) {
            Some(k) if k.is_empty() => "(missing)",
            Some(k) => k.as_str(),
            None => "",
        };
        let point = bubble::Point {
            x: *x,
            y: *y,
            area: *area,
        };
        match groups.iter_mut().find(|g| g.name == name) {
            Some(g) => g.points.push(point),
            None => groups.push(bubble::Group {
                name: name.to_string(),
                points: vec![point],
            }),
        }
    }
    Ok(Prepared::Bubble(bubble::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        area_title: b.label(Role::Area),
        groups,
    }))
}

pub const SCATTER: Chart = Chart {
    id: "scatter",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/scatter.rs"),
    source_path: "gallery/src/correlation/scatter.rs",
    variants: &["basic", "regression", "log-x"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "horizontal position (must be positive for the log-x variant)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "vertical position",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one colour (and one fitted line) per value, with a legend",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin bill length vs depth",
        filter: None,
        roles: &[
            (Role::X, "bill_length_mm"),
            (Role::Y, "bill_depth_mm"),
            (Role::Group, "species"),
        ],
        labels: &[(Role::X, "Bill length (mm)"), (Role::Y, "Bill depth (mm)")],
    },
    variant_samples: &[(
        "log-x",
        Sample {
            dataset: "gapminder.csv",
            title: "Life expectancy vs income, 2007",
            filter: Some(("year", &["2007"])),
            roles: &[(Role::X, "gdpPercap"), (Role::Y, "lifeExp"), (Role::Group, "continent")],
            labels: &[(Role::X, "GDP per capita (US$)"), (Role::Y, "Life expectancy (years)")],
        },
    )],
    prepare: prepare_scatter,
};

fn prepare_scatter(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let x = b.take_numbers(table, Role::X)?;
    b.check_axis(table, Role::X, &x, b.log_x)?;
    let y = b.take_numbers(table, Role::Y)?;
    b.check_axis(table, Role::Y, &y, b.log_y)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let groups = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| scatter::Group { name, x, y })
        .collect();
    Ok(Prepared::Scatter(scatter::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        groups,
        log_x: b.log_x,
        log_y: b.log_y,
    }))
}

pub const HEATMAP: Chart = Chart {
    id: "heatmap",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/heatmap.rs"),
    source_path: "gallery/src/correlation/heatmap.rs",
    variants: &["values", "normalized"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: ANY,
            help: "the columns, one per value (numbers and dates sorted, else in order of appearance)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: ANY,
            help: "the rows, one per value (numbers and dates sorted, else in order of appearance)",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "the colour of each cell; rows with the same x and y are averaged",
        },
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
    prepare: prepare_heatmap,
};

/// The most rows, and the most columns, a heatmap shows: beyond, a cell is
/// under a pixel even on paper, and the grid of cells grows as their product.
const HEATMAP_MAX_CATEGORIES: usize = 200;

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

fn prepare_heatmap(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
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
    Ok(Prepared::Heatmap(heatmap::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        value_title: b.label(Role::Values),
        columns,
        rows,
        values: means,
        note,
    }))
}

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

pub const CORRELOGRAM: Chart = Chart {
    id: "correlogram",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/correlogram.rs"),
    source_path: "gallery/src/correlation/correlogram.rs",
    variants: &["scatter-matrix", "correlation"],
    roles: &[
        RoleSpec {
            role: Role::Dimensions,
            required: true,
            kinds: NUMBER,
            help: "the numeric columns to relate, comma-separated (three to six read best)",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one colour per value in the scatter matrix, with a legend",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin measurements, pair by pair",
        filter: None,
        roles: &[
            (
                Role::Dimensions,
                "bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g",
            ),
            (Role::Group, "species"),
        ],
        labels: &[(
            Role::Dimensions,
            "Bill length (mm),Bill depth (mm),Flipper length (mm),Body mass (g)",
        )],
    },
    variant_samples: &[],
    prepare: prepare_correlogram,
};

fn prepare_correlogram(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let columns = b.number_columns(table, Role::Dimensions)?;
    let names = variable_names(&b.label(Role::Dimensions), columns.iter().map(|(c, _)| c.as_str()));
    let variables = columns
        .into_iter()
        .zip(names)
        .map(|((_, values), name)| correlogram::Variable { name, values })
        .collect();
    Ok(Prepared::Correlogram(correlogram::Input {
        title: b.title.clone(),
        variables,
        groups: b.optional_categories(table, Role::Group)?.unwrap_or_default(),
    }))
}

/// Names for several columns: the label's comma-separated parts when there
/// is one per column, else each column name made readable
/// (`bill_length_mm` -> "Bill length (mm)").
fn variable_names<'a>(label: &str, columns: impl ExactSizeIterator<Item = &'a str>) -> Vec<String> {
    let parts: Vec<&str> = label.split(',').map(str::trim).collect();
    let n = columns.len();
    let columns: Vec<&str> = columns.collect();
    if parts.len() == n && parts.iter().all(|p| !p.is_empty()) && parts != columns {
        return parts.into_iter().map(str::to_string).collect();
    }
    columns.into_iter().map(readable_column_name).collect()
}

/// `bill_length_mm` -> "Bill length (mm)", `body_mass_g` -> "Body mass (g)":
/// underscores become spaces, the first letter a capital, and a last word
/// that is a common unit goes in brackets. Other names stay as they are.
fn readable_column_name(column: &str) -> String {
    const UNITS: [&str; 10] = ["mm", "cm", "m", "km", "g", "kg", "s", "ms", "pct", "usd"];
    if !column.contains('_') {
        return column.to_string();
    }
    let mut words: Vec<&str> = column.split('_').filter(|w| !w.is_empty()).collect();
    let unit = match words.last() {
        Some(last) if words.len() > 1 && UNITS.contains(&last.to_ascii_lowercase().as_str()) => words.pop(),
        _ => None,
    };
    let mut text = words.join(" ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    match unit {
        Some(u) => format!("{text} ({u})"),
        None => text,
    }
}

pub const CONNECTED_SCATTER: Chart = Chart {
    id: "connected-scatter",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/connected_scatter.rs"),
    source_path: "gallery/src/correlation/connected_scatter.rs",
    variants: &["log-x", "linear-x", "labelled"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "horizontal position; points are joined in row order, so sort the rows by time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "vertical position",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one path per value, each in its colour, with a legend",
        },
        RoleSpec {
            role: Role::Names,
            required: false,
            kinds: ANY,
            help: "a label per point, e.g. the year (the first and last always show)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "China: income and life expectancy, 1952-2007",
        filter: Some(("country", &["China"])),
        roles: &[(Role::X, "gdpPercap"), (Role::Y, "lifeExp"), (Role::Names, "year")],
        labels: &[(Role::X, "GDP per capita (US$)"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    prepare: prepare_connected_scatter,
};

fn prepare_connected_scatter(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let labels = b.optional_categories(table, Role::Names)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let mut paths: Vec<connected_scatter::Path> = Vec::new();
    for (i, (x, y)) in x.iter().zip(&y).enumerate() {
        let name = match keys.as_ref().and_then(|k| k.get(i)) {
            Some(k) if k.is_empty() => "(missing)",
            Some(k) => k.as_str(),
            None => "",
        };
        let label = labels.as_ref().and_then(|l| l.get(i)).cloned().unwrap_or_default();
        let index = paths.iter().position(|p| p.name == name).unwrap_or_else(|| {
            paths.push(connected_scatter::Path {
                name: name.to_string(),
                ..connected_scatter::Path::default()
            });
            paths.len() - 1
        });
        let path = &mut paths[index];
        path.x.push(*x);
        path.y.push(*y);
        path.labels.push(label);
    }
    Ok(Prepared::ConnectedScatter(connected_scatter::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        paths,
    }))
}

pub const DENSITY_2D: Chart = Chart {
    id: "density-2d",
    family: Family::Correlation,
    source: include_str!("../../gallery/src/correlation/density_2d.rs"),
    source_path: "gallery/src/correlation/density_2d.rs",
    variants: &["histogram-2d", "hexbin", "contour"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "horizontal position",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "vertical position",
        },
    ],
    sample: Sample {
        dataset: "penguins.csv",
        title: "Penguin bill length vs depth: where the birds are",
        filter: None,
        roles: &[(Role::X, "bill_length_mm"), (Role::Y, "bill_depth_mm")],
        labels: &[(Role::X, "Bill length (mm)"), (Role::Y, "Bill depth (mm)")],
    },
    variant_samples: &[],
    prepare: prepare_density_2d,
};

fn prepare_density_2d(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    Ok(Prepared::Density2d(density_2d::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x: b.numbers(table, Role::X)?,
        y: b.numbers(table, Role::Y)?,
    }))
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

    #[test]
    fn column_names_become_readable_variable_names() {
        assert_eq!(readable_column_name("bill_length_mm"), "Bill length (mm)");
        assert_eq!(readable_column_name("body_mass_g"), "Body mass (g)");
        assert_eq!(readable_column_name("temp_max"), "Temp max");
        assert_eq!(readable_column_name("gdpPercap"), "gdpPercap");
        let cols = ["bill_length_mm", "body_mass_g"];
        assert_eq!(
            variable_names("bill_length_mm,body_mass_g", cols.iter().copied()),
            vec!["Bill length (mm)", "Body mass (g)"]
        );
        assert_eq!(
            variable_names("Bill (mm), Mass (g)", cols.iter().copied()),
            vec!["Bill (mm)", "Mass (g)"]
        );
        // A label that does not name every column is not used.
        assert_eq!(
            variable_names("Bill (mm)", cols.iter().copied()),
            vec!["Bill length (mm)", "Body mass (g)"]
        );
    }
}
