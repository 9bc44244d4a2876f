//! The correlogram chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::correlation::correlogram;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Dimensions, NUMBER, "the numeric columns to relate, comma-separated (three to six read best)"),
        RoleSpec::optional(Role::Group, ANY, "one colour per value in the scatter matrix, with a legend"),
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
    params: &[],
};

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

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<correlogram::Input> {
    let columns = b.number_columns(table, Role::Dimensions)?;
    let names = variable_names(&b.label(Role::Dimensions), columns.iter().map(|(c, _)| c.as_str()));
    let variables = columns
        .into_iter()
        .zip(names)
        .map(|((_, values), name)| correlogram::Variable { name, values })
        .collect();
    Ok(correlogram::Input {
        title: b.title.clone(),
        variables,
        groups: b.optional_categories(table, Role::Group)?.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
