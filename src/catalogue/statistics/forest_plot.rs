//! The forest-plot chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::statistics::forest_plot;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "the study or coefficient of each row"),
        RoleSpec::required(Role::Values, NUMBER, "the estimate; a column named like a ratio (odds ratio, HR) gets a log axis"),
        RoleSpec::required(Role::Low, NUMBER, "the lower end of its confidence interval"),
        RoleSpec::required(Role::High, NUMBER, "the upper end of its confidence interval"),
        RoleSpec::optional(Role::Area, NUMBER, "each row's weight: the square's area"),
        RoleSpec::optional(Role::Group, ANY, "marks the pooled row: pooled, overall, summary or total (a diamond)"),
    ],
    sample: Sample {
        dataset: "china_smoking.csv",
        title: "Smokers' odds of lung cancer in eight Chinese cities",
        filter: None,
        roles: &[
            (Role::Names, "city"),
            (Role::Values, "odds_ratio"),
            (Role::Low, "ci_low"),
            (Role::High, "ci_high"),
            (Role::Area, "weight_percent"),
            (Role::Group, "kind"),
        ],
        labels: &[(Role::Values, "Odds ratio, smokers vs non-smokers (95% CI)")],
    },
    variant_samples: &[],
    params: &[],
};

/// Words of a column name or label that say its values are ratios.
const RATIO_WORDS: [&str; 6] = ["ratio", "odds", "or", "hr", "rr", "irr"];

/// Whether an estimate named `name` (column or label) is a ratio.
pub(crate) fn is_ratio(name: &str) -> bool {
    name.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| RATIO_WORDS.contains(&w))
}

/// Group values that mark the pooled estimate.
const POOLED: [&str; 4] = ["pooled", "overall", "summary", "total"];

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<forest_plot::Input> {
    let names = b.categories(table, Role::Names)?;
    let estimates = b.numbers(table, Role::Values)?;
    let lows = b.numbers(table, Role::Low)?;
    let highs = b.numbers(table, Role::High)?;
    let weights = match b.column_name(Role::Area) {
        Some(_) => b.numbers(table, Role::Area)?,
        None => vec![f64::NAN; names.len()],
    };
    let kinds = b.optional_categories(table, Role::Group)?;
    let mut rows = Vec::new();
    let mut pooled = None;
    for (i, label) in names.into_iter().enumerate() {
        let at = |v: &[f64]| v.get(i).copied().unwrap_or(f64::NAN);
        let row = forest_plot::Estimate {
            label,
            estimate: at(&estimates),
            low: at(&lows),
            high: at(&highs),
            weight: at(&weights),
        };
        let kind = kinds.as_ref().and_then(|k| k.get(i)).map(|k| k.trim().to_ascii_lowercase());
        if pooled.is_none() && kind.is_some_and(|k| POOLED.contains(&k.as_str())) {
            pooled = Some(row);
        } else {
            rows.push(row);
        }
    }
    let all_positive = rows
        .iter()
        .chain(pooled.iter())
        .all(|r| r.estimate > 0.0 && r.low > 0.0 && r.high > 0.0);
    let log_scale = all_positive && (is_ratio(b.column_name(Role::Values).unwrap_or_default()) || is_ratio(&b.label(Role::Values)));
    Ok(forest_plot::Input {
        title: b.title.clone(),
        x_title: b.label(Role::Values),
        rows,
        pooled,
        reference: if log_scale { 1.0 } else { 0.0 },
        log_scale,
        note: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{chart, screen};

    #[test]
    fn ratios_are_told_by_their_names() {
        assert!(is_ratio("odds_ratio"));
        assert!(is_ratio("HR"));
        assert!(is_ratio("Odds ratio, smokers vs non-smokers"));
        assert!(!is_ratio("mean_difference"));
        assert!(!is_ratio("correlation"), "a word containing 'or' is not 'or'");
    }

    #[test]
    fn the_terminal_shows_every_city_and_the_pooled_estimate() {
        let text = screen(chart("forest-plot"), 0, (100, 30)).join("\n");
        for city in ["Beijing", "Shanghai", "Nanchang", "Pooled (Mantel-Haenszel)", "2.17 [1.98, 2.38]"] {
            assert!(text.contains(city), "{city}: {text}");
        }
    }
}
