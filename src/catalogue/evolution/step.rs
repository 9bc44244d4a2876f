//! The step chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{xy_by_group, RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::step;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "when each value was set or observed, usually a date"),
        RoleSpec::required(Role::Y, NUMBER, "the value, which holds until the next one"),
        RoleSpec::optional(Role::Group, ANY, "one series of steps per value"),
    ],
    sample: Sample {
        dataset: "uk_bank_rate.csv",
        title: "UK Bank Rate since 1975",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "rate")],
        labels: &[(Role::X, "Date the rate took effect"), (Role::Y, "Bank Rate (%)")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<step::Input> {
    let x = b.take_numbers(table, Role::X)?;
    let y = b.take_numbers(table, Role::Y)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let one = keys.is_none();
    let series = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| step::Series {
            // One series is named at its end by what it measures.
            name: if one { series_name(&b.label(Role::Y)) } else { name },
            x,
            y,
        })
        .collect();
    Ok(step::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
    })
}

/// "Bank Rate (%)" names its series "Bank Rate".
fn series_name(y_title: &str) -> String {
    y_title.split(" (").next().unwrap_or_default().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn one_series_is_named_after_its_value_without_the_unit() {
        assert_eq!(series_name("Bank Rate (%)"), "Bank Rate");
        assert_eq!(series_name("rate"), "rate");
    }

    #[test]
    fn the_sample_ends_on_the_rate_in_force_at_80x24() {
        let text = screen(chart("step"), 0, (80, 24)).join("\n");
        assert!(text.contains("3.75"), "the last rate:\n{text}");
        assert!(text.contains("1980"), "a date axis:\n{text}");
    }
}
