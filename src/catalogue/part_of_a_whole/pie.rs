//! The pie chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{sum_by, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::part_of_a_whole::pie;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "one slice per value"),
        RoleSpec::required(Role::Values, NUMBER, "the size of each slice, summed per name (positive)"),
    ],
    sample: Sample {
        dataset: "titanic.csv",
        title: "Who was aboard the Titanic, by class",
        filter: None,
        roles: &[(Role::Names, "Class"), (Role::Values, "Freq")],
        labels: &[(Role::Values, "People")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count(
        "top",
        1,
        10,
        "name this many slices, the largest, and lump the rest into a grey Other (auto: as many as the palette has colours)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<pie::Input> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    Ok(pie::Input {
        title: b.title.clone(),
        slices: sum_by(&names, &values)
            .into_iter()
            .map(|(name, value)| pie::Slice { name, value })
            .collect(),
        top: b.param("top").map(|n| n as usize),
    })
}

#[cfg(test)]
mod tests {
    
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_pie_names_every_slice_with_its_share_in_a_terminal() {
        for size in [(80, 24), (100, 30)] {
            let text = screen(chart("pie"), 0, size).join("\n");
            for want in ["Crew", "40%", "3rd", "32%", "1st", "15%", "2nd", "13%"] {
                assert!(text.contains(want), "{size:?}: {want} missing\n{text}");
            }
        }
    }
}
