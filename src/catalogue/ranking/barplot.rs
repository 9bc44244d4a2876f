//! The barplot chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::catalogue::columns::{keys_or_missing};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::barplot;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, ANY, "the category of each bar"),
        RoleSpec::required(Role::Y, NUMBER, "the bar's value; rows with the same category (and group) are summed, \
                   or averaged with a standard deviation for error-bars"),
        RoleSpec::optional(Role::Group, ANY, "splits each bar into groups (grouped, stacked, percent)"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::X, "continent"), (Role::Y, "pop")],
        labels: &[(Role::X, "Continent"), (Role::Y, "Population")],
    },
    variant_samples: &[
        ("grouped", TITANIC),
        ("stacked", TITANIC),
        ("percent", TITANIC),
        (
            "error-bars",
            Sample {
                dataset: "gapminder.csv",
                title: "Life expectancy by continent, 2007 (mean ± 1 sd)",
                filter: Some(("year", &["2007"])),
                roles: &[(Role::X, "continent"), (Role::Y, "lifeExp")],
                labels: &[(Role::X, "Continent"), (Role::Y, "Life expectancy (years)")],
            },
        ),
    ],
    params: &[ParamSpec::switch(
        "keep-order",
        "bars in the data's order, not largest first: for categories with a natural order",
    )],
};

/// Titanic passengers by class and survival: the classic grouped data.
const TITANIC: Sample = Sample {
    dataset: "titanic.csv",
    title: "Titanic passengers by class and survival",
    filter: None,
    roles: &[(Role::X, "Class"), (Role::Y, "Freq"), (Role::Group, "Survived")],
    labels: &[(Role::Y, "Passengers")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<barplot::Input> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let groups = b.optional_categories(table, Role::Group)?.map(keys_or_missing);
    Ok(barplot::Input {
        keep_order: b.param("keep-order").is_some(),
        title: b.title.clone(),
        label_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        group_title: if groups.is_some() {
            b.label(Role::Group)
        } else {
            String::new()
        },
        rows: labels
            .into_iter()
            .zip(values)
            .enumerate()
            .map(|(i, (label, value))| barplot::Row {
                label,
                group: groups.as_ref().and_then(|g| g.get(i)).cloned().unwrap_or_default(),
                value,
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_barplot_ranks_and_labels_every_bar_even_the_smallest() {
        for size in [(80, 24), (100, 30)] {
            let lines = screen(chart("barplot"), 0, size);
            let text = lines.join("\n");
            for value in ["3.81B", "930M", "899M", "586M", "24.5M"] {
                assert!(text.contains(value), "{size:?}: {value} missing\n{text}");
            }
            let names = lines
                .iter()
                .find(|l| l.contains("Oceania"))
                .cloned()
                .unwrap_or_default();
            // Columns, not bytes: the lines hold braille and block glyphs.
            let col = |line: &str, n: &str| line.find(n).and_then(|b| line.get(..b)).map(|l| l.chars().count());
            let at = |n: &str| col(&names, n).unwrap_or(usize::MAX);
            assert!(
                at("Asia") < at("Africa") && at("Africa") < at("Americas") && at("Americas") < at("Europe"),
                "{size:?}: {names}"
            );
            assert!(at("Europe") < at("Oceania"), "{size:?}: {names}");
            // Oceania's value is written over its bar, not elsewhere.
            let value_at = lines.iter().find_map(|l| col(l, "24.5M")).unwrap_or(usize::MAX);
            assert!(
                value_at.abs_diff(at("Oceania")) <= 4,
                "{size:?}: 24.5M at {value_at}\n{text}"
            );
        }
    }
}
