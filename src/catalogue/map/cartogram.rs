//! The cartogram chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::map::cartogram;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(
            Role::Locations,
            ANY,
            "the US state of each row: its name, postal code (NY) or FIPS code; case does not matter",
        ),
        RoleSpec::required(
            Role::Values,
            NUMBER,
            "the value: circle area (dorling, positive) or tile colour (tiles); the last row of a state wins",
        ),
    ],
    sample: Sample {
        dataset: "us-states-population.csv",
        title: "Population of the US states",
        filter: None,
        roles: &[(Role::Locations, "state"), (Role::Values, "population")],
        labels: &[(Role::Values, "Population")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<cartogram::Input> {
    let names = b.categories(table, Role::Locations)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(cartogram::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        items: names
            .into_iter()
            .zip(values)
            .map(|(name, value)| cartogram::Item { name, value })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn both_cartograms_label_the_big_states_and_say_what_is_not_on_the_map() {
        for variant in [0, 1] {
            let text = screen(chart("cartogram"), variant, (100, 30)).join("\n");
            for code in ["CA", "TX", "NY"] {
                assert!(text.contains(code), "{variant}: {code}\n{text}");
            }
            assert!(text.contains("Puerto Rico is not on this map"), "{text}");
        }
    }
}
