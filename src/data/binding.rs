//! Binding: which column of a table plays which role (x, y, group, ...) in
//! a chart. The samples and a user's CSV use the same binding.

use super::table::{Column, Kind, Table};
use anyhow::{bail, Result};
use std::borrow::Cow;

/// A part a column can play in a chart; the names follow plotly express.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    X,
    Y,
    Group,
    Area,
    Names,
    Values,
    /// Hierarchy levels, outermost first (treemap, packing).
    Path,
    /// Region ids or names (maps).
    Locations,
    Lat,
    Lon,
    /// Edge endpoints (networks, flows).
    Source,
    Target,
    /// Several numeric columns (parallel coordinates, correlogram, radar).
    Dimensions,
    Open,
    High,
    Low,
    Close,
}

impl Role {
    /// The command-line flag that sets this role.
    pub fn flag(self) -> &'static str {
        match self {
            Role::X => "--x",
            Role::Y => "--y",
            Role::Group => "--group",
            Role::Area => "--area",
            Role::Names => "--names",
            Role::Values => "--values",
            Role::Path => "--path",
            Role::Locations => "--locations",
            Role::Lat => "--lat",
            Role::Lon => "--lon",
            Role::Source => "--source",
            Role::Target => "--target",
            Role::Dimensions => "--dimensions",
            Role::Open => "--open",
            Role::High => "--high",
            Role::Low => "--low",
            Role::Close => "--close",
        }
    }
}

/// A role a chart declares: whether it is needed and what it accepts.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct RoleSpec {
    pub role: Role,
    pub required: bool,
    pub kinds: &'static [Kind],
    pub help: &'static str,
    /// The weights of an edge list's links: a row whose weight is 0 or
    /// less (or missing) is no link, and the footnote counts it.
    #[serde(skip)]
    pub link_weight: bool,
}

impl RoleSpec {
    /// A role the chart cannot draw without.
    pub const fn required(role: Role, kinds: &'static [Kind], help: &'static str) -> Self {
        RoleSpec {
            role,
            required: true,
            kinds,
            help,
            link_weight: false,
        }
    }

    /// A role the chart draws without (a variant may need it).
    pub const fn optional(role: Role, kinds: &'static [Kind], help: &'static str) -> Self {
        RoleSpec {
            role,
            required: false,
            kinds,
            help,
            link_weight: false,
        }
    }

    /// The optional `--values` of an edge list: each link's weight.
    pub const fn link_weight(help: &'static str) -> Self {
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help,
            link_weight: true,
        }
    }
}

pub const NUMBER: &[Kind] = &[Kind::Number];
pub const NUMBER_OR_DATE: &[Kind] = &[Kind::Number, Kind::Date];
pub const DATE: &[Kind] = &[Kind::Date];
pub const ANY: &[Kind] = &[Kind::Category, Kind::Number, Kind::Date];

/// The columns chosen for one role: one for most roles, several for
/// `--path`, `--dimensions` and the two ends' `--group`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleColumns {
    pub role: Role,
    pub columns: Vec<String>,
}

impl RoleColumns {
    pub fn new(role: Role, columns: Vec<String>) -> Self {
        RoleColumns { role, columns }
    }

    /// The written form, as a flag or a sample gives it: column names
    /// separated by commas (`--path continent,country`). The one place
    /// where such text is split.
    pub fn parse(role: Role, text: &str) -> Self {
        let columns = text
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        RoleColumns { role, columns }
    }

    /// The written form again, for a command line or a message.
    pub fn joined(&self) -> String {
        self.columns.join(",")
    }
}

/// Roles mapped to column names, axis titles, and the chart title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Binding {
    pub title: String,
    /// The chart's tunable parameters set (`--param`, and `--log-x` /
    /// `--log-y` as the `log-x` / `log-y` switches), by name; those left
    /// at `auto` are absent.
    pub params: Vec<(&'static str, f64)>,
    columns: Vec<RoleColumns>,
    labels: Vec<(Role, String)>,
}

impl Binding {
    pub fn new(title: impl Into<String>) -> Self {
        Binding {
            title: title.into(),
            ..Binding::default()
        }
    }

    /// Binds `role` to the columns written as `text` (see
    /// [`RoleColumns::parse`]).
    #[must_use]
    pub fn with(self, role: Role, text: &str) -> Self {
        self.with_columns(RoleColumns::parse(role, text))
    }

    #[must_use]
    pub fn with_columns(mut self, chosen: RoleColumns) -> Self {
        self.columns.retain(|c| c.role != chosen.role);
        self.columns.push(chosen);
        self
    }

    /// An axis title for `role` other than the column name (e.g. with units).
    #[must_use]
    pub fn label_as(mut self, role: Role, label: impl Into<String>) -> Self {
        self.labels.retain(|(r, _)| *r != role);
        self.labels.push((role, label.into()));
        self
    }

    /// A parameter's value, unless it is left to the chart.
    pub fn param(&self, name: &str) -> Option<f64> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// A log10 x axis: the `log-x` switch (or `--log-x`) is on.
    pub fn log_x(&self) -> bool {
        self.param("log-x").is_some()
    }

    /// A log10 y axis: the `log-y` switch (or `--log-y`) is on.
    pub fn log_y(&self) -> bool {
        self.param("log-y").is_some()
    }

    /// The columns bound, role by role.
    pub fn chosen(&self) -> &[RoleColumns] {
        &self.columns
    }

    /// The column of a one-column role.
    pub fn column_name(&self, role: Role) -> Option<&str> {
        self.column_names(role).first().copied()
    }

    /// The axis title for `role`: its label, else its column name.
    pub fn label(&self, role: Role) -> String {
        self.labels
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, l)| l.clone())
            .or_else(|| self.column_name(role).map(str::to_string))
            .unwrap_or_default()
    }

    fn column<'t>(&self, table: &'t Table, role: Role) -> Result<Option<&'t Column>> {
        let Some(name) = self.column_name(role) else {
            return Ok(None);
        };
        if let Some(c) = table.column(name) {
            return Ok(Some(c));
        }
        let schema = super::schema::Schema::of_table(table);
        bail!(
            "{}: no column named {name:?} (for {}); the columns are: {}",
            table.source,
            role.flag(),
            super::schema::describe_columns_near(&schema, name)
        )
    }

    fn required<'t>(&self, table: &'t Table, role: Role) -> Result<&'t Column> {
        match self.column(table, role)? {
            Some(c) => Ok(c),
            None => bail!("this chart needs a column for {}", role.flag()),
        }
    }

    pub fn kind(&self, table: &Table, role: Role) -> Option<Kind> {
        self.column(table, role).ok().flatten().map(Column::kind)
    }

    /// The numbers (or dates, as day numbers) of a required role.
    pub fn numbers(&self, table: &Table, role: Role) -> Result<Vec<f64>> {
        match self.required(table, role)? {
            Column::Number(v) | Column::Date(v) => Ok(v.clone()),
            Column::Category(_) => bail!(
                "{}: column {:?} (for {}) holds text, but this role needs numbers",
                table.source,
                self.column_name(role).unwrap_or_default(),
                role.flag()
            ),
        }
    }

    /// [`Binding::numbers`] without a copy when the table is owned and no
    /// other role of this binding reads the column: the column is moved
    /// out, and left empty in the table. For charts that may get millions
    /// of rows (scatter, line).
    pub fn take_numbers(&self, table: &mut Cow<Table>, role: Role) -> Result<Vec<f64>> {
        let name = self.column_name(role).unwrap_or_default();
        let shared = self
            .columns
            .iter()
            .filter(|chosen| chosen.columns.iter().any(|c| c == name))
            .count()
            > 1;
        let Cow::Owned(owned) = table else {
            return self.numbers(table, role);
        };
        if shared {
            return self.numbers(owned, role);
        }
        self.numbers_checked(owned, role)?;
        match owned
            .names
            .iter()
            .position(|n| n == name)
            .map(|i| &mut owned.columns[i])
        {
            Some(Column::Number(v) | Column::Date(v)) => Ok(std::mem::take(v)),
            _ => self.numbers(owned, role),
        }
    }

    /// Fails as [`Binding::numbers`] would, without copying anything.
    fn numbers_checked(&self, table: &Table, role: Role) -> Result<()> {
        match self.required(table, role)? {
            Column::Number(_) | Column::Date(_) => Ok(()),
            Column::Category(_) => self.numbers(table, role).map(drop),
        }
    }

    /// [`Binding::numbers`] for an axis that may be log10: then every
    /// value must be positive, and the message names one that is not.
    pub fn axis_numbers(&self, table: &Table, role: Role, log: bool) -> Result<Vec<f64>> {
        let values = self.numbers(table, role)?;
        self.check_axis(table, role, &values, log)?;
        Ok(values)
    }

    /// On a log axis (`log`), refuses a value that is not positive.
    pub fn check_axis(&self, table: &Table, role: Role, values: &[f64], log: bool) -> Result<()> {
        if log {
            if let Some((row, v)) = values.iter().enumerate().find(|(_, v)| v.is_finite() && **v <= 0.0) {
                bail!(
                    "{}: a log axis needs positive values, but column {:?} holds {v} (data row {}); drop the log flag or the row",
                    table.source,
                    self.column_name(role).unwrap_or_default(),
                    row + 1
                );
            }
        }
        Ok(())
    }

    /// The values of a required role as labels.
    pub fn categories(&self, table: &Table, role: Role) -> Result<Vec<String>> {
        let column = self.required(table, role)?;
        Ok((0..column.len()).map(|i| column.label(i)).collect())
    }

    /// The column names of a role that takes several (`--path a,b`,
    /// `--dimensions x,y,z`), in order.
    pub fn column_names(&self, role: Role) -> Vec<&str> {
        self.columns
            .iter()
            .find(|c| c.role == role)
            .map(|c| c.columns.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// Every column of a several-column role as numbers: (name, values).
    pub fn number_columns(&self, table: &Table, role: Role) -> Result<Vec<(String, Vec<f64>)>> {
        let names = self.column_names(role);
        if names.is_empty() {
            bail!("this chart needs columns for {} (comma-separated)", role.flag())
        }
        names
            .into_iter()
            .map(|name| {
                let single = Binding::new("").with_columns(RoleColumns::new(role, vec![name.to_string()]));
                Ok((name.to_string(), single.numbers(table, role)?))
            })
            .collect()
    }

    /// Every column of a several-column role as labels: (name, labels).
    pub fn category_columns(&self, table: &Table, role: Role) -> Result<Vec<(String, Vec<String>)>> {
        let names = self.column_names(role);
        if names.is_empty() {
            bail!("this chart needs columns for {} (comma-separated)", role.flag())
        }
        names
            .into_iter()
            .map(|name| {
                let single = Binding::new("").with_columns(RoleColumns::new(role, vec![name.to_string()]));
                Ok((name.to_string(), single.categories(table, role)?))
            })
            .collect()
    }

    /// The values of an optional role as labels, if it is bound.
    pub fn optional_categories(&self, table: &Table, role: Role) -> Result<Option<Vec<String>>> {
        Ok(self
            .column(table, role)?
            .map(|c| (0..c.len()).map(|i| c.label(i)).collect()))
    }
}

/// Values grouped by key, groups in order of first appearance; rows with a
/// missing key go to "(missing)".
pub fn group_values(keys: &[String], values: &[f64]) -> Vec<(String, Vec<f64>)> {
    let mut groups: Vec<(String, Vec<f64>)> = Vec::new();
    // An index by key keeps this linear: a user's file may have many keys.
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, v) in keys.iter().zip(values) {
        let key = if k.is_empty() { "(missing)" } else { k.as_str() };
        let i = *index.entry(key).or_insert_with(|| {
            groups.push((key.to_string(), Vec::new()));
            groups.len() - 1
        });
        if let Some((_, vs)) = groups.get_mut(i) {
            vs.push(*v);
        }
    }
    groups
}

/// x and y split by group keys, rows kept paired, groups in order of first
/// appearance; without keys, one unnamed group that holds the columns as
/// they are (no copy of a million values).
pub fn xy_by_group(keys: Option<&[String]>, x: Vec<f64>, y: Vec<f64>) -> Vec<(String, Vec<f64>, Vec<f64>)> {
    match keys {
        Some(keys) => group_values(keys, &x)
            .into_iter()
            .zip(group_values(keys, &y))
            .map(|((name, x), (_, y))| (name, x, y))
            .collect(),
        None => vec![(String::new(), x, y)],
    }
}

/// The sum of the finite values per key, keys in order of first appearance.
pub fn sum_by(keys: &[String], values: &[f64]) -> Vec<(String, f64)> {
    group_values(keys, values)
        .into_iter()
        .map(|(k, vs)| (k, vs.iter().filter(|v| v.is_finite()).sum()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::from_csv("t.csv", "name,value\na,1\nb,2\na,3\n").expect("table")
    }

    #[test]
    fn xy_groups_keep_rows_paired_and_ungrouped_columns_uncopied() {
        let keys = ["b", "a", "b", ""].map(String::from);
        let groups = xy_by_group(Some(&keys), vec![1.0, 2.0, 3.0, 4.0], vec![10.0, 20.0, 30.0, 40.0]);
        assert_eq!(
            groups,
            vec![
                ("b".to_string(), vec![1.0, 3.0], vec![10.0, 30.0]),
                ("a".to_string(), vec![2.0], vec![20.0]),
                ("(missing)".to_string(), vec![4.0], vec![40.0]),
            ]
        );
        let x = vec![1.0, 2.0];
        let at = x.as_ptr();
        let whole = xy_by_group(None, x, vec![3.0, 4.0]);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].1.as_ptr(), at, "the column itself, not a copy");
    }

    #[test]
    fn owned_columns_are_taken_shared_ones_copied() {
        let b = Binding::new("t").with(Role::Y, "value");
        let mut shared = Cow::Borrowed(&table());
        let original = table();
        let mut shared_of_original = Cow::Borrowed(&original);
        assert_eq!(
            b.take_numbers(&mut shared_of_original, Role::Y).ok(),
            Some(vec![1.0, 2.0, 3.0])
        );
        assert_eq!(
            original.column("value").map(Column::len),
            Some(3),
            "a shared table is left alone"
        );
        let mut owned: Cow<Table> = Cow::Owned(table());
        assert_eq!(b.take_numbers(&mut owned, Role::Y).ok(), Some(vec![1.0, 2.0, 3.0]));
        assert!(
            matches!(owned.column("value"), Some(Column::Number(v)) if v.is_empty()),
            "moved out"
        );
        // A column that plays two roles is copied for the first.
        let both = Binding::new("t").with(Role::X, "value").with(Role::Y, "value");
        let mut owned: Cow<Table> = Cow::Owned(table());
        assert_eq!(both.take_numbers(&mut owned, Role::X).ok(), Some(vec![1.0, 2.0, 3.0]));
        assert_eq!(owned.column("value").map(Column::len), Some(3));
        // Text is refused, owned or not.
        let text = Binding::new("t").with(Role::Y, "name");
        assert!(text.take_numbers(&mut owned, Role::Y).is_err());
        assert!(text.take_numbers(&mut shared, Role::Y).is_err());
    }

    #[test]
    fn unknown_columns_list_the_available_ones() {
        let b = Binding::new("t").with(Role::X, "nope");
        let err = b.numbers(&table(), Role::X).expect_err("unknown");
        assert!(err.to_string().contains("name (text), value (numbers)"), "{err}");
    }

    #[test]
    fn text_in_a_numeric_role_is_refused() {
        let b = Binding::new("t").with(Role::X, "name");
        assert!(b.numbers(&table(), Role::X).is_err());
        assert!(b.numbers(&table(), Role::Y).is_err(), "unbound required role");
    }

    #[test]
    fn sums_by_key_in_first_appearance_order() {
        let t = table();
        let b = Binding::new("t").with(Role::X, "name").with(Role::Y, "value");
        let keys = b.categories(&t, Role::X).expect("keys");
        let values = b.numbers(&t, Role::Y).expect("values");
        assert_eq!(
            sum_by(&keys, &values),
            vec![("a".to_string(), 4.0), ("b".to_string(), 2.0)]
        );
    }

    #[test]
    fn several_column_roles_split_on_commas() {
        let t = Table::from_csv("t.csv", "a,b,c\n1,2,x\n").expect("table");
        let b = Binding::new("t").with(Role::Dimensions, "a, b");
        let cols = b.number_columns(&t, Role::Dimensions).expect("numbers");
        assert_eq!(cols.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), vec!["a", "b"]);
        let bad = Binding::new("t").with(Role::Dimensions, "a,c");
        assert!(bad.number_columns(&t, Role::Dimensions).is_err(), "c holds text");
        assert!(
            Binding::new("t").number_columns(&t, Role::Dimensions).is_err(),
            "unbound"
        );
    }

    #[test]
    fn labels_override_column_names() {
        let b = Binding::new("t")
            .with(Role::X, "flipper")
            .label_as(Role::X, "Flipper (mm)");
        assert_eq!(b.label(Role::X), "Flipper (mm)");
        assert_eq!(b.label(Role::Y), "");
    }
}
