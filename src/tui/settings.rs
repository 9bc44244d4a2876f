//! The parameter panel (`p`) and the roles panel (`r`): what each row
//! shows and how a key changes the chart's settings. Plain functions of the
//! chart, its settings and the user's file, so the app and the view share
//! them and tests need no terminal.

use super::shown::Settings;
use crate::catalogue::Chart;
use crate::data::binding::RoleSpec;
use crate::data::schema::Schema;
use crate::data::table::Kind;
use crate::data::user::LoadedFile;
use crate::data::{Role, RoleColumns};
use crate::text::{shell_path, shell_word};
use std::fmt::Write as _;

/// Which panel is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelKind {
    Params,
    Roles,
}

/// An open panel and its selected row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panel {
    pub kind: PanelKind,
    pub row: usize,
}

/// One row of a panel: a name, its value now, and what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub value: String,
    pub help: String,
}

/// The rows of the parameter panel.
pub fn param_rows(chart: &Chart, settings: &Settings) -> Vec<Row> {
    chart
        .params
        .iter()
        .map(|spec| Row {
            name: spec.name.to_string(),
            value: spec.show(param(settings, spec.name)),
            help: format!("{} ({})", spec.help, spec.range()),
        })
        .collect()
}

/// The rows of the roles panel: each role, its columns now, the columns
/// that could take it.
pub fn role_rows(chart: &Chart, bound: &[RoleColumns], file: &LoadedFile) -> Vec<Row> {
    chart
        .roles
        .iter()
        .map(|spec| {
            let now = bound.iter().find(|b| b.role == spec.role);
            let value = now.map_or_else(|| String::from("(none)"), RoleColumns::joined);
            let others: Vec<String> = candidates(spec, file)
                .into_iter()
                .filter(|c| now.is_none_or(|n| !n.columns.contains(c)))
                .take(6)
                .collect();
            let help = if several(spec.role) {
                format!("{}; several columns: set them with {} a,b", spec.help, spec.role.flag())
            } else if others.is_empty() {
                spec.help.to_string()
            } else {
                format!("{}; could also be: {}", spec.help, others.join(", "))
            };
            Row {
                name: spec.role.flag().to_string(),
                value,
                help,
            }
        })
        .collect()
}

/// A parameter's value in `settings`, if set.
fn param(settings: &Settings, name: &str) -> Option<f64> {
    settings.params.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// Roles that take several columns at once: the panel shows them but
/// leaves choosing them to the command line.
fn several(role: Role) -> bool {
    matches!(role, Role::Path | Role::Dimensions)
}

/// The file's columns whose kind the role takes, in file order.
fn candidates(spec: &RoleSpec, file: &LoadedFile) -> Vec<String> {
    let schema = Schema::of_file(file);
    schema
        .names
        .iter()
        .zip(&schema.kinds)
        .filter(|(_, kind)| spec.kinds.contains(kind) || (**kind == Kind::Date && spec.kinds.contains(&Kind::Number)))
        .map(|(name, _)| name.clone())
        .collect()
}

/// The parameter on `row` one step up or down: the new settings, or
/// `None` when nothing changes.
pub fn step_param(chart: &Chart, settings: &Settings, row: usize, up: bool) -> Option<Settings> {
    let spec = chart.params.get(row)?;
    let now = param(settings, spec.name);
    let next = spec.step(now, up);
    if next == now {
        return None;
    }
    let mut changed = settings.clone();
    changed.params.retain(|(n, _)| *n != spec.name);
    if let Some(v) = next {
        changed.params.push((spec.name, v));
    }
    changed.revision = changed.revision.wrapping_add(1);
    Some(changed)
}

/// The role on `row` bound to the next (or previous) column that can take
/// it; an optional role passes through "(none)". `bound` is what the chart
/// binds now (given or picked).
pub fn step_role(
    chart: &Chart,
    settings: &Settings,
    bound: &[RoleColumns],
    file: &LoadedFile,
    row: usize,
    up: bool,
) -> Option<Settings> {
    let spec = chart.roles.get(row)?;
    if several(spec.role) {
        return None;
    }
    let mut choices: Vec<Option<String>> = candidates(spec, file).into_iter().map(Some).collect();
    if !spec.required {
        choices.insert(0, None);
    }
    if choices.is_empty() {
        return None;
    }
    let now = bound
        .iter()
        .find(|b| b.role == spec.role)
        .and_then(|b| b.columns.first().cloned());
    let at = choices.iter().position(|c| *c == now);
    let n = choices.len();
    let next = match (at, up) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, _) => 0,
    };
    let pick = choices[next].clone();
    if pick == now {
        return None;
    }
    let mut roles: Vec<RoleColumns> = bound.iter().filter(|b| b.role != spec.role).cloned().collect();
    if let Some(column) = pick {
        roles.push(RoleColumns::new(spec.role, vec![column]));
    }
    Some(Settings {
        roles,
        params: settings.params.clone(),
        revision: settings.revision.wrapping_add(1),
    })
}

/// The `rgg show` command that draws what the chart pane shows.
pub fn command_line(chart: &Chart, variant: usize, settings: &Settings, file: Option<&LoadedFile>) -> String {
    let mut line = format!("rgg show {}", chart.id);
    if variant > 0 {
        if let Some(name) = chart.variants.get(variant) {
            let _ = write!(line, " --variant {name}");
        }
    }
    if let Some(path) = file.and_then(|f| f.path.as_deref()) {
        let _ = write!(line, " --data {}", shell_path(path));
        for chosen in &settings.roles {
            let _ = write!(line, " {} {}", chosen.role.flag(), shell_word(&chosen.joined()));
        }
    }
    for spec in chart.params {
        if let Some(v) = param(settings, spec.name) {
            let _ = write!(line, " --param {}={}", spec.name, spec.show(Some(v)));
        }
    }
    line
}
