//! The slope chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::{bail, Result};
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::slope;
use rgg_gallery::scale;
use std::borrow::Cow;

/// The twelve countries of southern and eastern Africa the sample compares.
const AFRICAN_COUNTRIES: &[&str] = &[
    "Botswana",
    "Ethiopia",
    "Kenya",
    "Lesotho",
    "Madagascar",
    "Malawi",
    "Namibia",
    "South Africa",
    "Swaziland",
    "Tanzania",
    "Zambia",
    "Zimbabwe",
];

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the time: its first and last values are the two ends"),
        RoleSpec::required(Role::Y, NUMBER, "the value compared"),
        RoleSpec::required(Role::Group, ANY, "the item: one line each"),
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Life expectancy in southern and eastern Africa, 1952 and 2007",
        filter: Some(("country", AFRICAN_COUNTRIES)),
        roles: &[(Role::X, "year"), (Role::Y, "lifeExp"), (Role::Group, "country")],
        labels: &[(Role::X, "Year"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<slope::Input> {
    let x = b.numbers(table, Role::X)?;
    let y = b.numbers(table, Role::Y)?;
    let keys = b.categories(table, Role::Group)?;
    let is_date = b.kind(table, Role::X) == Some(Kind::Date);
    let Some((first, last)) = rgg_gallery::stats::extent(x.iter().copied()) else {
        bail!("{} has no times: a slope chart compares the first and the last", b.label(Role::X));
    };
    let items = ends(&keys, &x, &y, first, last)
        .into_iter()
        .map(|(label, start, end)| slope::Item { label, start, end })
        .collect();
    Ok(slope::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Y),
        start_name: time_name(first, is_date),
        end_name: time_name(last, is_date),
        items,
    })
}

/// Each item's value at the time `first` and at the time `last` (NaN
/// where it has none; the chart counts those), items in order of first
/// appearance.
fn ends(keys: &[String], x: &[f64], y: &[f64], first: f64, last: f64) -> Vec<(String, f64, f64)> {
    let mut out: Vec<(String, f64, f64)> = Vec::new();
    for ((key, x), y) in keys.iter().zip(x).zip(y) {
        let i = if let Some(i) = out.iter().position(|(k, _, _)| k == key) {
            i
        } else {
            out.push((key.clone(), f64::NAN, f64::NAN));
            out.len() - 1
        };
        #[allow(clippy::float_cmp)] // the times are the column's own values
        if *x == first && y.is_finite() {
            out[i].1 = *y;
        }
        #[allow(clippy::float_cmp)]
        if *x == last && y.is_finite() {
            out[i].2 = *y;
        }
    }
    out
}

/// A time as a heading: "1952", or a date "2007-01-20".
fn time_name(t: f64, is_date: bool) -> String {
    if is_date {
        let (y, m, d) = scale::civil_from_days(t.round() as i64);
        return format!("{y}-{m:02}-{d:02}");
    }
    if t.fract() == 0.0 && t.abs() < 1e15 {
        return format!("{t:.0}");
    }
    scale::format_value(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn each_item_takes_its_values_at_the_first_and_last_time() {
        let keys: Vec<String> = ["a", "b", "a", "b", "c"].iter().map(|s| (*s).to_string()).collect();
        let x = [1952.0, 1952.0, 2007.0, 2007.0, 1980.0];
        let y = [40.0, 50.0, 60.0, f64::NAN, 70.0];
        let got = ends(&keys, &x, &y, 1952.0, 2007.0);
        assert_eq!(got[0], (String::from("a"), 40.0, 60.0));
        assert!(got[1].1 == 50.0 && got[1].2.is_nan(), "{got:?}");
        assert!(got[2].1.is_nan() && got[2].2.is_nan(), "c has neither end: {got:?}");
        assert_eq!(time_name(1952.0, false), "1952");
        assert_eq!(time_name(0.0, true), "1970-01-01");
    }

    #[test]
    fn the_sample_compares_1952_with_2007_and_names_the_countries_at_80x24() {
        let text = screen(chart("slope"), 0, (80, 24)).join("\n");
        for word in ["1952", "2007", "Zimbabwe", "Madagascar"] {
            assert!(text.contains(word), "{word} missing:\n{text}");
        }
    }
}
