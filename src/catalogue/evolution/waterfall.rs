//! The waterfall chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use anyhow::{bail, Result};
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::waterfall::{self, Kind, Step};
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "the name of each step"),
        RoleSpec::required(Role::Values, NUMBER, "each step's change (or its amount in each group)"),
        RoleSpec::optional(
            Role::Group,
            ANY,
            "two moments, e.g. two years: walks from the first's total to the last's, one step per name",
        ),
    ],
    sample: Sample {
        dataset: "us_federal_receipts.csv",
        title: "US federal receipts, fiscal years 2007 to 2009",
        filter: Some(("year", &["2007", "2009"])),
        roles: &[(Role::Names, "source"), (Role::Values, "receipts"), (Role::Group, "year")],
        labels: &[(Role::Names, "Source of receipts"), (Role::Values, "Receipts (US$ billions)")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("top", 1, 100, "keep this many changes, the largest either way; the rest of each stretch become one Other step, totals unchanged (auto: all)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<waterfall::Input> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    let steps = match b.optional_categories(table, Role::Group)? {
        Some(groups) => bridge(&names, &values, &groups)?,
        None => changes(&names, &values),
    };
    Ok(waterfall::Input {
        title: b.title.clone(),
        label_title: b.label(Role::Names),
        value_title: b.label(Role::Values),
        steps,
        top: b.param("top").map(|n| n as usize),
    })
}

fn step(label: &str, value: f64, kind: Kind) -> Step {
    Step {
        label: label.to_string(),
        value,
        kind,
    }
}

/// Each row a change, in file order, then the total they add up to.
fn changes(names: &[String], values: &[f64]) -> Vec<Step> {
    let mut steps: Vec<Step> = names
        .iter()
        .zip(values)
        .map(|(n, v)| step(n, *v, Kind::Change))
        .collect();
    steps.push(step("Total", f64::NAN, Kind::Subtotal));
    steps
}

/// A bridge from the first group's total to the last group's: one change
/// per name (last minus first; a name missing from one group counts as 0
/// there), names in order of first appearance. Groups between the first
/// and the last are not used.
fn bridge(names: &[String], values: &[f64], groups: &[String]) -> Result<Vec<Step>> {
    let mut order: Vec<&String> = Vec::new();
    for g in groups {
        if !order.contains(&g) {
            order.push(g);
        }
    }
    let (Some(first), Some(last)) = (order.first().copied(), order.last().copied()) else {
        bail!("the group column is empty: it should name the two moments to walk between");
    };
    if first == last {
        bail!("the group column holds only {first:?}: a walk needs two values, the start and the end");
    }
    let mut rows: Vec<(&String, f64, f64)> = Vec::new();
    for ((name, value), group) in names.iter().zip(values).zip(groups) {
        if !value.is_finite() || (group != first && group != last) {
            continue;
        }
        let i = if let Some(i) = rows.iter().position(|(n, _, _)| *n == name) {
            i
        } else {
            rows.push((name, 0.0, 0.0));
            rows.len() - 1
        };
        if group == first {
            rows[i].1 += value;
        } else {
            rows[i].2 += value;
        }
    }
    let start: f64 = rows.iter().map(|r| r.1).sum();
    let end: f64 = rows.iter().map(|r| r.2).sum();
    let mut steps = vec![step(first, start, Kind::Total)];
    steps.extend(rows.iter().map(|(name, a, b)| step(name, b - a, Kind::Change)));
    steps.push(step(last, end, Kind::Total));
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn a_bridge_walks_from_the_first_total_to_the_last() {
        let names = strings(&["tax", "duty", "tax", "duty", "fees"]);
        let values = [100.0, 20.0, 80.0, 25.0, 5.0];
        let groups = strings(&["2007", "2007", "2009", "2009", "2009"]);
        let steps = bridge(&names, &values, &groups).expect("bridge");
        let got: Vec<(&str, f64, Kind)> = steps.iter().map(|s| (s.label.as_str(), s.value, s.kind)).collect();
        assert_eq!(
            got,
            [
                ("2007", 120.0, Kind::Total),
                ("tax", -20.0, Kind::Change),
                ("duty", 5.0, Kind::Change),
                ("fees", 5.0, Kind::Change),
                ("2009", 110.0, Kind::Total),
            ]
        );
        assert!(bridge(&names, &values, &strings(&["a"; 5])).is_err(), "one moment");
    }

    #[test]
    fn without_groups_each_row_is_a_change_then_the_total() {
        let steps = changes(&strings(&["Revenue", "Costs"]), &[100.0, -60.0]);
        let kinds: Vec<Kind> = steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Kind::Change, Kind::Change, Kind::Subtotal]);
    }

    #[test]
    fn the_sample_shows_both_totals_at_80x24() {
        let text = screen(chart("waterfall"), 0, (80, 24)).join("\n");
        assert!(text.contains("2568") && text.contains("2105"), "both totals:\n{text}");
    }
}
