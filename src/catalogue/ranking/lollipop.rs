//! The lollipop chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{keys_or_missing};
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::lollipop;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, ANY, "the name of each lollipop"),
        RoleSpec::required(Role::Y, NUMBER, "the value; rows with the same name are averaged"),
        RoleSpec::optional(Role::Values, NUMBER, "a second value per name: the other end of a dumbbell"),
        RoleSpec::optional(Role::Group, ANY, "instead of --values: the first two values of this column become the \
                   dumbbell's two ends (y averaged per name and group)"),
    ],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Fuel economy of 32 cars (mtcars, 1974)",
        filter: None,
        roles: &[(Role::X, "column1"), (Role::Y, "mpg")],
        labels: &[(Role::X, "Car"), (Role::Y, "Miles per US gallon")],
    },
    variant_samples: &[(
        "dumbbell",
        Sample {
            dataset: "gapminder.csv",
            title: "Life expectancy by continent, 1952 and 2007 (country mean)",
            filter: Some(("year", &["1952", "2007"])),
            roles: &[(Role::X, "continent"), (Role::Y, "lifeExp"), (Role::Group, "year")],
            labels: &[(Role::X, "Continent"), (Role::Y, "Life expectancy (years)")],
        },
    )],
    params: &[
        ParamSpec::count("top", 1, 200, "draw only this many lollipops, the largest (auto: all; a footnote counts the rest)"),
        ParamSpec::switch(
            "keep-order",
            "lollipops in the data's order, not largest first: for categories with a natural order",
        ),
        ParamSpec::count("highlight", 0, 50, "how many of the largest the highlight variant colours (auto: 3)"),
    ],
};

/// Splits the rows on the first two values of `groups`: the mean per name
/// of the first group's values, and of the second's.
fn pivot_two(labels: &[String], values: &[f64], groups: &[String]) -> (Vec<String>, Vec<lollipop::Item>) {
    let mut names: Vec<String> = Vec::new();
    for g in groups {
        if names.len() < 2 && !names.contains(g) {
            names.push(g.clone());
        }
    }
    let side = |name: Option<&String>| -> Vec<(String, f64)> {
        let Some(name) = name else { return Vec::new() };
        let (keys, vals): (Vec<String>, Vec<f64>) = labels
            .iter()
            .zip(values)
            .zip(groups)
            .filter(|(_, g)| *g == name)
            .map(|((l, v), _)| (l.clone(), *v))
            .unzip();
        mean_by(&keys, &vals)
    };
    let (first, second) = (side(names.first()), side(names.get(1)));
    let mut order: Vec<String> = Vec::new();
    for l in labels {
        if !order.contains(l) {
            order.push(l.clone());
        }
    }
    let find = |side: &[(String, f64)], l: &str| side.iter().find(|(k, _)| k == l).map(|(_, v)| *v);
    let items = order
        .into_iter()
        .map(|label| lollipop::Item {
            value: find(&first, &label).unwrap_or(f64::NAN),
            end: find(&second, &label),
            label,
        })
        .collect();
    (names, items)
}

/// One lollipop per name; with `ends`, the mean of each name's second values.
fn lollipop_items(labels: &[String], values: &[f64], ends: Option<&[f64]>) -> Vec<lollipop::Item> {
    let ends = ends.map(|e| mean_by(labels, e));
    mean_by(labels, values)
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| lollipop::Item {
            label,
            value,
            end: ends.as_ref().and_then(|e| e.get(i)).map(|(_, v)| *v),
        })
        .collect()
}

/// The mean of the finite values per key, keys in order of first appearance.
fn mean_by(keys: &[String], values: &[f64]) -> Vec<(String, f64)> {
    group_values(keys, values)
        .into_iter()
        .map(|(k, vs)| {
            let finite: Vec<f64> = vs.into_iter().filter(|v| v.is_finite()).collect();
            let mean = if finite.is_empty() {
                f64::NAN
            } else {
                finite.iter().sum::<f64>() / finite.len() as f64
            };
            (k, mean)
        })
        .collect()
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<lollipop::Input> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let (names, items) = if let Some(groups) = b.optional_categories(table, Role::Group)? {
        pivot_two(&labels, &values, &keys_or_missing(groups))
    } else if b.column_name(Role::Values).is_some() {
        let ends = b.numbers(table, Role::Values)?;
        let names = vec![b.label(Role::Y), b.label(Role::Values)];
        (names, lollipop_items(&labels, &values, Some(&ends)))
    } else {
        (Vec::new(), lollipop_items(&labels, &values, None))
    };
    Ok(lollipop::Input {
        title: b.title.clone(),
        label_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        start_name: names.first().cloned().unwrap_or_default(),
        end_name: names.get(1).cloned().unwrap_or_default(),
        items,
        highlight: Vec::new(),
        top: b.param("top").map(|n| n as usize),
        keep_order: b.param("keep-order").is_some(),
        highlight_top: b.param("highlight").map(|n| n as usize),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Prepared, chart, screen};
    #[test]
    fn the_lollipop_names_what_fits_and_counts_the_rest() {
        let Ok(Prepared::Lollipop(input)) = chart("lollipop").prepare_sample(0) else {
            panic!("a lollipop sample");
        };
        let names: Vec<&str> = input.items.iter().map(|i| i.label.as_str()).collect();
        for size in [(80, 24), (100, 30)] {
            let lines = screen(chart("lollipop"), 0, size);
            let missing = crate::catalogue::names_left_out(&lines);
            // A name is the text left of the stems on its row.
            let shown = lines
                .iter()
                .map(|l| l.chars().take_while(char::is_ascii).collect::<String>())
                .filter(|t| names.contains(&t.trim()))
                .count();
            assert_eq!(
                shown + missing,
                32,
                "{size:?}: {shown} shown, {missing} left out\n{}",
                lines.join("\n")
            );
        }
    }

    #[test]
    fn dumbbells_pivot_on_the_first_two_groups() {
        let labels: Vec<String> = ["a", "a", "b", "a", "b"].iter().map(ToString::to_string).collect();
        let groups: Vec<String> = ["x", "y", "x", "x", "z"].iter().map(ToString::to_string).collect();
        let values = [1.0, 10.0, 5.0, 3.0, 99.0];
        let (names, items) = pivot_two(&labels, &values, &groups);
        assert_eq!(names, vec!["x", "y"]);
        assert_eq!(items.len(), 2);
        assert_eq!(
            (items[0].label.as_str(), items[0].value, items[0].end),
            ("a", 2.0, Some(10.0))
        );
        assert_eq!(
            (items[1].label.as_str(), items[1].value, items[1].end),
            ("b", 5.0, None)
        );
    }
}
