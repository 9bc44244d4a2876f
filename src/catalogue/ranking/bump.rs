//! The bump chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{xy_by_group, RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::bump;
use std::borrow::Cow;

/// The twelve Asian countries the sample ranks (gapminder's names).
pub(crate) const ASIAN_COUNTRIES: &[&str] = &[
    "Japan",
    "Hong Kong, China",
    "Singapore",
    "Taiwan",
    "Korea, Rep.",
    "Malaysia",
    "China",
    "Vietnam",
    "Thailand",
    "Philippines",
    "Indonesia",
    "India",
];

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the time of each value, e.g. a year"),
        RoleSpec::required(Role::Y, NUMBER, "the value ranked at each time (rank 1 = the largest)"),
        RoleSpec::required(Role::Group, ANY, "the item ranked: one line each"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Life expectancy rank of 12 Asian countries, 1952-2007",
        filter: Some(("country", ASIAN_COUNTRIES)),
        roles: &[(Role::X, "year"), (Role::Y, "lifeExp"), (Role::Group, "country")],
        labels: &[(Role::X, "Year"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count(
        "highlight",
        0,
        30,
        "how many of the items whose rank moved most the highlight variant colours (auto: 3)",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<bump::Input> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let keys = b.categories(table, Role::Group)?;
    let series = xy_by_group(Some(&keys), x, y)
        .into_iter()
        .map(|(name, x, y)| bump::Series { name, x, y })
        .collect();
    Ok(bump::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        rank_title: rank_title(&b.label(Role::Y)),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        ascending: false,
        series,
        highlight: Vec::new(),
        movers: b.param("highlight").map(|n| n as usize),
    })
}

/// "Life expectancy (years)" ranks as "Rank by life expectancy (1 = highest)":
/// a rank has no unit.
pub(crate) fn rank_title(value: &str) -> String {
    let name = value.split(" (").next().unwrap_or_default().trim();
    if name.is_empty() {
        return String::from("Rank (1 = highest)");
    }
    let mut chars = name.chars();
    let lowered = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => a.to_lowercase().chain(name.chars().skip(1)).collect(),
        _ => name.to_string(),
    };
    format!("Rank by {lowered} (1 = highest)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_rank_axis_names_what_is_ranked_without_its_unit() {
        assert_eq!(rank_title("Life expectancy (years)"), "Rank by life expectancy (1 = highest)");
        assert_eq!(rank_title("GDP per capita"), "Rank by GDP per capita (1 = highest)");
        assert_eq!(rank_title(""), "Rank (1 = highest)");
    }

    #[test]
    fn the_sample_names_the_countries_at_both_ends_at_80x24() {
        let text = screen(chart("bump"), 0, (80, 24)).join("\n");
        for name in ["Japan", "India", "Thailand"] {
            assert!(text.contains(name), "{name} missing:\n{text}");
        }
    }
}
