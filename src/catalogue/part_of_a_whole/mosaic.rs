//! The mosaic chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::part_of_a_whole::mosaic;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, ANY, "the first variable: one column per value, as wide as its share"),
        RoleSpec::required(Role::Group, ANY, "the second variable: one tile per value in each column"),
        RoleSpec::optional(
            Role::Values,
            NUMBER,
            "the count or amount of each row, summed per pair (without it, rows are counted)",
        ),
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Who survived the Titanic, by class",
        filter: None,
        roles: &[(Role::X, "Class"), (Role::Group, "Survived"), (Role::Values, "Freq")],
        labels: &[(Role::Values, "People")],
    },
    variant_samples: &[(
        "marimekko",
        Sample {
            dataset: "us-household-income.csv",
            title: "US households by region and income, 2013",
            filter: None,
            roles: &[(Role::X, "region"), (Role::Group, "income"), (Role::Values, "households")],
            labels: &[(Role::X, "Census region"), (Role::Group, "Income"), (Role::Values, "Households")],
        },
    )],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<mosaic::Input> {
    let columns = b.categories(table, Role::X)?;
    let rows = b.categories(table, Role::Group)?;
    let values = match b.column_name(Role::Values) {
        Some(_) => b.numbers(table, Role::Values)?,
        None => vec![1.0; columns.len()],
    };
    let missing = |s: String| if s.is_empty() { String::from("(missing)") } else { s };
    Ok(mosaic::Input {
        title: b.title.clone(),
        column_title: b.label(Role::X),
        row_title: b.label(Role::Group),
        value_title: b.label(Role::Values),
        cells: columns
            .into_iter()
            .zip(rows)
            .zip(values)
            .map(|((column, row), value)| mosaic::Cell {
                column: missing(column),
                row: missing(row),
                value,
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_mosaic_names_its_columns_and_writes_shares_in_the_tiles() {
        let text = screen(chart("mosaic"), 0, (80, 24)).join("\n");
        for word in ["1st", "Crew", "Survived", "Yes", "No", "%"] {
            assert!(text.contains(word), "{word}\n{text}");
        }
        let text = screen(chart("mosaic"), 1, (100, 30)).join("\n");
        for word in ["South", "Midwest", "100%", "Income"] {
            assert!(text.contains(word), "{word}\n{text}");
        }
    }
}
