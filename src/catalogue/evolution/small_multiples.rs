//! The small-multiples chart's catalogue entry: its roles, its sample and
//! how a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{xy_by_group, RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::evolution::small_multiples;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the ordered variable, usually time"),
        RoleSpec::required(Role::Y, NUMBER, "the value that evolves, on one scale for every panel"),
        RoleSpec::required(Role::Group, ANY, "one panel per value"),
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("columns", 1, 12, "panels per row, where every panel still fits (auto: the columns that give panels the best shape)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<small_multiples::Input> {
    let x = b.take_numbers(table, Role::X)?;
    let y = b.take_numbers(table, Role::Y)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let series = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| small_multiples::Series { name, x, y })
        .collect();
    Ok(small_multiples::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        columns: b.param("columns").map(|n| n as usize),
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn panels_adapt_to_the_terminal_and_the_axes_are_labelled_once() {
        let small = screen(chart("small-multiples"), 0, (80, 24)).join("\n");
        let large = screen(chart("small-multiples"), 0, (160, 48)).join("\n");
        // The first panel's title, and the y title once.
        for text in [&small, &large] {
            assert!(text.contains("Government"), "{text}");
            assert_eq!(text.matches("Unemployed (thousands)").count(), 1, "{text}");
        }
        // The large terminal holds every industry; the small one says what it left out.
        assert!(large.contains("Self-employed"), "{large}");
        assert!(!large.contains("not shown"), "{large}");
        if !small.contains("Self-employed") {
            assert!(small.contains("not shown"), "{small}");
        }
    }
}
