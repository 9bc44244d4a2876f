//! The sunburst chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::part_of_a_whole::sunburst;
use std::borrow::Cow;
use std::collections::HashMap;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(
            Role::Path,
            ANY,
            "hierarchy levels, outermost first, comma-separated (e.g. package,subpackage,class); \
             a row's path ends at its first empty level",
        ),
        RoleSpec::required(Role::Values, NUMBER, "the angle of each item, summed per path (positive)"),
    ],
    sample: Sample {
        dataset: "flare.csv",
        title: "The flare toolkit: code size by package and class",
        filter: None,
        roles: &[(Role::Path, "level1,level2,level3,level4"), (Role::Values, "size")],
        labels: &[(Role::Values, "bytes of code")],
    },
    variant_samples: &[],
    params: &[],
};

/// One leaf per distinct path, values summed, in order of first
/// appearance. Unlike the treemap's paths, an empty level is kept empty:
/// the sunburst ends the path there (hierarchies of uneven depth).
pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<sunburst::Input> {
    let levels = b.category_columns(table, Role::Path)?;
    let values = b.numbers(table, Role::Values)?;
    let mut leaves: Vec<sunburst::Leaf> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    for (row, value) in values.iter().enumerate().filter(|(_, v)| !v.is_nan()) {
        let path: Vec<String> = levels
            .iter()
            .map(|(_, labels)| labels.get(row).cloned().unwrap_or_default())
            .take_while(|l| !l.trim().is_empty())
            .collect();
        let i = *index.entry(path.clone()).or_insert_with(|| {
            leaves.push(sunburst::Leaf { path, value: 0.0 });
            leaves.len() - 1
        });
        if let Some(leaf) = leaves.get_mut(i) {
            leaf.value += value;
        }
    }
    Ok(sunburst::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        leaves,
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_sunburst_names_the_largest_packages_in_their_arcs() {
        let text = screen(chart("sunburst"), 0, (100, 30)).join("\n");
        // Named in the legend and again in its arc.
        assert!(text.matches("vis").count() >= 2, "{text}");
        assert!(text.contains("956k"), "the total in the centre\n{text}");
    }
}
