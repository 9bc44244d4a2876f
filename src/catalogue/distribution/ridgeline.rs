//! The ridgeline chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::distribution::ridgeline;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER, "the numeric variable whose density each ridge shows"),
        RoleSpec::required(Role::Group, ANY, "one ridge per value, top to bottom: text in order of appearance, numbers sorted, \
                   dates by month (Jan..Dec); a number column named month shows month names"),
    ],
    sample: Sample {
        dataset: "seattle-weather.csv",
        title: "Seattle daily maximum temperature by month, 2012-2015",
        filter: None,
        roles: &[(Role::X, "temp_max"), (Role::Group, "date")],
        labels: &[(Role::X, "Daily maximum temperature (°C)"), (Role::Group, "Month")],
    },
    variant_samples: &[],
    params: &[ParamSpec::number(
        "bandwidth",
        (0.25, 4.0, 0.25),
        1.0,
        "times the ridges' bandwidth (1.5 times Silverman's rule): above 1 smooths, below 1 shows detail",
    )],
};

/// `values` split by the categories of `role`, in an order that suits an
/// ordered axis: dates by calendar month (all years pooled, "Jan".."Dec"),
/// numbers ascending (a column named "month" holding 1..=12 shows month
/// names), text in order of first appearance. Rows without a key go to
/// "(missing)", last.
fn ordered_groups(table: &Table, b: &Binding, role: Role, values: &[f64]) -> Result<Vec<(String, Vec<f64>)>> {
    use crate::data::table::Kind;
    use rgg_gallery::scale::{civil_from_days, month_name};
    let kind = b.kind(table, role);
    if !matches!(kind, Some(Kind::Number | Kind::Date)) {
        return Ok(group_values(&b.categories(table, role)?, values));
    }
    let keys = b.numbers(table, role)?;
    let keys: Vec<f64> = if kind == Some(Kind::Date) {
        keys.iter()
            .map(|d| {
                if d.is_finite() {
                    f64::from(civil_from_days(*d as i64).1)
                } else {
                    f64::NAN
                }
            })
            .collect()
    } else {
        keys
    };
    let is_month = kind == Some(Kind::Date)
        || (b.column_name(role).is_some_and(|c| c.eq_ignore_ascii_case("month"))
            && keys
                .iter()
                .filter(|k| k.is_finite())
                .all(|k| k.fract() == 0.0 && (1.0..=12.0).contains(k)));
    let mut distinct: Vec<f64> = keys.iter().copied().filter(|k| k.is_finite()).collect();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    let mut groups: Vec<(String, Vec<f64>)> = distinct
        .iter()
        .map(|k| {
            let name = if is_month {
                month_name(*k as u32).to_string()
            } else {
                rgg_gallery::scale::format_value(*k)
            };
            (name, Vec::new())
        })
        .collect();
    let mut missing = Vec::new();
    for (k, v) in keys.iter().zip(values) {
        match distinct
            .binary_search_by(|d| d.total_cmp(k))
            .ok()
            .and_then(|i| groups.get_mut(i))
        {
            Some((_, vs)) => vs.push(*v),
            None => missing.push(*v),
        }
    }
    if !missing.is_empty() {
        groups.push((String::from("(missing)"), missing));
    }
    Ok(groups)
}

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<ridgeline::Input> {
    let values = b.numbers(table, Role::X)?;
    Ok(ridgeline::Input {
        bandwidth_scale: b.param("bandwidth"),
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Group),
        groups: ordered_groups(table, b, Role::Group, &values)?
            .into_iter()
            .map(|(name, values)| ridgeline::Group { name, values })
            .collect(),
    })
}
