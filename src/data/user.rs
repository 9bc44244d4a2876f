//! A user's own CSV for a chart: bind the chart's roles to the file's
//! columns (given with flags, or picked when the choice is clear), then load
//! only those columns through the same loader as the samples.

use super::binding::{Binding, Role, RoleSpec};
use super::load::{CsvSource, Skipped, Want};
use super::table::{Column, Kind, Table};
use anyhow::{bail, Result};
use std::fmt::Write as _;

/// A user's table bound to one chart, with what the user should be told.
pub struct UserData {
    pub table: Table,
    pub bound: Bound,
}

/// A chart's roles bound to a user's columns.
pub struct Bound {
    pub binding: Binding,
    /// For stderr: which columns were picked, what was skipped.
    pub notes: Vec<String>,
    /// For the chart itself: the source, its rows, what was dropped.
    pub footnote: String,
}

/// A whole file, every column loaded (for the TUI, where any chart may ask).
pub struct LoadedFile {
    pub table: Table,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<String>,
}

/// The columns of a source or a table: what binding looks at.
pub struct Schema<'a> {
    pub name: &'a str,
    pub names: &'a [String],
    pub kinds: Vec<Kind>,
}

impl<'a> Schema<'a> {
    pub fn of_source(source: &'a CsvSource) -> Self {
        Schema {
            name: &source.name,
            names: &source.names,
            kinds: source.kinds.clone(),
        }
    }

    pub fn of_table(table: &'a Table) -> Self {
        Schema {
            name: &table.source,
            names: &table.names,
            kinds: table.columns.iter().map(Column::kind).collect(),
        }
    }

    fn index_of(&self, column: &str) -> Option<usize> {
        self.names.iter().position(|n| n == column)
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Number => "numbers",
        Kind::Date => "dates",
        Kind::Category => "text",
    }
}

/// "a (numbers), b (text)": the columns of a source, for messages.
pub fn describe_columns(source: &Schema) -> String {
    source
        .names
        .iter()
        .zip(&source.kinds)
        .map(|(n, k)| format!("{n} ({})", kind_name(*k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Column choices for the chart's roles: the given ones as they are, and
/// for each required role left out, the first suitable unused column.
pub fn choose_columns(
    source: &Schema,
    roles: &[RoleSpec],
    given: &[(Role, String)],
    notes: &mut Vec<String>,
) -> Result<Vec<(Role, String)>> {
    let mut chosen: Vec<(Role, String)> = Vec::new();
    for (role, column) in given {
        if !roles.iter().any(|r| r.role == *role) {
            let accepted: Vec<&str> = roles.iter().map(|r| r.role.flag()).collect();
            bail!(
                "this chart does not use {}; it takes {}",
                role.flag(),
                accepted.join(", ")
            );
        }
        for name in column.split(',').map(str::trim) {
            if source.index_of(name).is_none() {
                bail!(
                    "{}: no column named {name:?} (for {}); the columns are: {}",
                    source.name,
                    role.flag(),
                    describe_columns(source)
                );
            }
        }
        chosen.push((*role, column.clone()));
    }
    for spec in roles.iter().filter(|s| s.required) {
        if chosen.iter().any(|(r, _)| *r == spec.role) {
            continue;
        }
        let used: Vec<String> = chosen
            .iter()
            .flat_map(|(_, c)| c.split(',').map(|s| s.trim().to_string()))
            .collect();
        let free = |kind: Kind| -> Vec<&str> {
            source
                .names
                .iter()
                .zip(&source.kinds)
                .filter(|(n, k)| **k == kind && !used.contains(n))
                .map(|(n, _)| n.as_str())
                .collect()
        };
        let pick = if spec.role == Role::Dimensions {
            let numeric = free(Kind::Number);
            (numeric.len() >= 2).then(|| numeric.iter().take(8).copied().collect::<Vec<_>>().join(","))
        } else if spec.role == Role::Path {
            let text = free(Kind::Category);
            (!text.is_empty()).then(|| text.iter().take(3).copied().collect::<Vec<_>>().join(","))
        } else {
            // Roles that take labels or groups get text (or dates) when
            // picked: a number column as 272 slice names helps nobody. A
            // flag can still bind a number column on purpose.
            let order: Vec<Kind> = if spec.kinds.contains(&Kind::Category) {
                vec![Kind::Category, Kind::Date]
            } else {
                spec.kinds.to_vec()
            };
            let candidates: Vec<&str> = order.iter().flat_map(|k| free(*k)).collect();
            if let Some(first) = candidates.first() {
                let more = if candidates.len() > 1 {
                    format!(
                        " (also possible: {}; pass {} to choose)",
                        candidates[1..].join(", "),
                        spec.role.flag()
                    )
                } else {
                    String::new()
                };
                notes.push(format!("using column {first:?} for {}{more}", spec.role.flag()));
            }
            candidates.first().map(|s| (*s).to_string())
        };
        match pick {
            Some(column) => {
                if matches!(spec.role, Role::Dimensions | Role::Path) {
                    notes.push(format!("using columns {column:?} for {}", spec.role.flag()));
                }
                chosen.push((spec.role, column));
            }
            None => bail!(
                "this chart needs a column for {} ({}), and {} has no suitable one left; its columns are: {}",
                spec.role.flag(),
                spec.help,
                source.name,
                describe_columns(source)
            ),
        }
    }
    Ok(chosen)
}

/// How to load a column for a role: numbers where numbers are needed,
/// dates kept as dates, anything else as it was inferred (falling back to
/// text where a value does not fit).
fn want_for(spec: &RoleSpec, inferred: Kind) -> Want {
    let takes = |k: Kind| spec.kinds.contains(&k);
    match inferred {
        Kind::Date if takes(Kind::Date) => Want::Date,
        _ if !takes(Kind::Category) && takes(Kind::Number) => Want::Number,
        Kind::Category => Want::Text,
        kind => Want::Auto(kind),
    }
}

/// Opens `path`, binds `roles` (given plus picked) and loads only the
/// columns they use.
pub fn load(path: &str, title: &str, roles: &[RoleSpec], given: &[(Role, String)]) -> Result<UserData> {
    let source = CsvSource::open(path)?;
    let mut notes = source.notes.clone();
    let chosen = choose_columns(&Schema::of_source(&source), roles, given, &mut notes)?;
    let mut wanted: Vec<(usize, Want)> = Vec::new();
    for (role, columns) in &chosen {
        let Some(spec) = roles.iter().find(|s| s.role == *role) else {
            continue;
        };
        for name in columns.split(',').map(str::trim) {
            let Some(index) = source.index_of(name) else { continue };
            let want = want_for(spec, source.kinds[index]);
            match wanted.iter_mut().find(|(i, _)| *i == index) {
                // A column in two roles: numbers win over anything looser.
                Some((_, w)) if want == Want::Number => *w = Want::Number,
                Some(_) => {}
                None => wanted.push((index, want)),
            }
        }
    }
    let (table, skipped) = source.load(&wanted)?;
    let bound = finish_binding(&table, &skipped, title, roles, chosen, notes);
    Ok(UserData { table, bound })
}

/// Reads every column of `path`, each as its first rows suggest (falling
/// back to text where later values do not fit).
pub fn load_file(path: &str) -> Result<LoadedFile> {
    let source = CsvSource::open(path)?;
    let notes = source.notes.clone();
    let wanted: Vec<(usize, Want)> = source
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (i, Want::Auto(*k)))
        .collect();
    let (table, skipped) = source.load(&wanted)?;
    Ok(LoadedFile { table, skipped, notes })
}

/// Binds a chart's roles to an already loaded file (the TUI: one file, many charts).
pub fn bind_loaded(file: &LoadedFile, title: &str, roles: &[RoleSpec], given: &[(Role, String)]) -> Result<Bound> {
    let mut notes = file.notes.clone();
    let chosen = choose_columns(&Schema::of_table(&file.table), roles, given, &mut notes)?;
    for (role, columns) in &chosen {
        let Some(spec) = roles.iter().find(|s| s.role == *role) else {
            continue;
        };
        let needs_numbers = !spec.kinds.contains(&Kind::Category);
        for name in columns.split(',').map(str::trim) {
            if needs_numbers && matches!(file.table.column(name), Some(Column::Category(_))) {
                bail!(
                    "{}: column {name:?} (for {}) holds text, but {} needs numbers",
                    file.table.source,
                    role.flag(),
                    role.flag()
                );
            }
        }
    }
    let skipped: Vec<Skipped> = chosen
        .iter()
        .flat_map(|(_, c)| c.split(',').map(str::trim).collect::<Vec<_>>())
        .filter_map(|c| file.table.names.iter().position(|n| n == c))
        .map(|i| file.skipped[i].clone())
        .collect();
    Ok(finish_binding(&file.table, &skipped, title, roles, chosen, notes))
}

fn finish_binding(
    table: &Table,
    skipped: &[Skipped],
    title: &str,
    roles: &[RoleSpec],
    chosen: Vec<(Role, String)>,
    mut notes: Vec<String>,
) -> Bound {
    for (_, columns) in &chosen {
        for name in columns.split(',').map(str::trim) {
            if matches!(table.column(name), Some(Column::Number(_))) && name.to_lowercase().contains("year") {
                notes.push(format!(
                    "column {name:?} holds whole numbers that look like years: treated as numbers"
                ));
            }
        }
    }
    let footnote = footnote(&table.source, table, &chosen, roles, skipped, &mut notes);
    let binding = chosen.into_iter().fold(Binding::new(title), |b, (r, c)| b.with(r, c));
    Bound {
        binding,
        notes,
        footnote,
    }
}

/// "data.csv: 272 rows, 3 dropped (missing values), 1 infinite value skipped".
fn footnote(
    name: &str,
    table: &Table,
    chosen: &[(Role, String)],
    roles: &[RoleSpec],
    skipped: &[Skipped],
    notes: &mut Vec<String>,
) -> String {
    // Rows a chart cannot place: a missing number or date in a required role.
    let required_numeric: Vec<&Column> = chosen
        .iter()
        .filter(|(r, _)| roles.iter().any(|s| s.role == *r && s.required))
        .flat_map(|(_, c)| c.split(',').map(str::trim).collect::<Vec<_>>())
        .filter_map(|c| table.column(c))
        .filter(|c| matches!(c, Column::Number(_) | Column::Date(_)))
        .collect();
    let dropped = (0..table.rows())
        .filter(|i| {
            required_numeric.iter().any(|c| match c {
                Column::Number(v) | Column::Date(v) => !v[*i].is_finite(),
                Column::Category(_) => false,
            })
        })
        .count();
    let infinite: usize = skipped.iter().map(|s| s.infinite).sum();
    let mut text = format!("{name}: {} rows", table.rows());
    if dropped > 0 {
        let _ = write!(text, ", {dropped} dropped (missing values)");
    }
    if infinite > 0 {
        let s = if infinite == 1 { "" } else { "s" };
        let _ = write!(text, ", {infinite} infinite value{s} skipped");
        notes.push(format!("{infinite} infinite value{s} skipped"));
    }
    if dropped > 0 {
        notes.push(format!("{dropped} of {} rows dropped: missing values", table.rows()));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::binding::{ANY, NUMBER};

    const HISTOGRAM: &[RoleSpec] = &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER,
            help: "values",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "groups",
        },
    ];

    fn source(text: &str) -> CsvSource {
        CsvSource::from_reader("t.csv", Box::new(std::io::Cursor::new(text.as_bytes().to_vec()))).expect("source")
    }

    #[test]
    fn picks_the_first_numeric_column_and_says_so() {
        let mut notes = Vec::new();
        let src = source("name,waiting,eruptions\na,79,3.6\n");
        let chosen = choose_columns(&Schema::of_source(&src), HISTOGRAM, &[], &mut notes).expect("bind");
        assert_eq!(chosen, vec![(Role::X, "waiting".to_string())]);
        assert!(
            notes[0].contains("\"waiting\" for --x") && notes[0].contains("eruptions"),
            "{notes:?}"
        );
    }

    #[test]
    fn refuses_unknown_columns_and_roles() {
        let mut notes = Vec::new();
        let src = source("a,b\n1,x\n");
        let src = Schema::of_source(&src);
        let err = choose_columns(&src, HISTOGRAM, &[(Role::X, "zz".into())], &mut notes).expect_err("unknown");
        assert!(err.to_string().contains("a (numbers), b (text)"), "{err}");
        let err = choose_columns(&src, HISTOGRAM, &[(Role::Lat, "a".into())], &mut notes).expect_err("role");
        assert!(err.to_string().contains("does not use --lat"), "{err}");
        let text_only = source("b\nx\n");
        let err = choose_columns(&Schema::of_source(&text_only), HISTOGRAM, &[], &mut notes).expect_err("no numbers");
        assert!(err.to_string().contains("needs a column for --x"), "{err}");
    }

    #[test]
    fn footnote_counts_dropped_rows() {
        let dir = std::env::temp_dir().join(format!("rgg-user-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("d.csv");
        std::fs::write(&path, "v,g\n1,a\nNA,b\ninf,a\n4,b\n").expect("write");
        let data = load(&path.to_string_lossy(), "t", HISTOGRAM, &[(Role::Group, "g".into())]).expect("load");
        assert_eq!(
            data.bound.footnote,
            "d.csv: 4 rows, 2 dropped (missing values), 1 infinite value skipped"
        );
        assert_eq!(data.bound.binding.column_name(Role::X), Some("v"));
        let file = load_file(&path.to_string_lossy()).expect("whole file");
        let bound = bind_loaded(&file, "t", HISTOGRAM, &[]).expect("bind");
        assert_eq!(bound.footnote, data.bound.footnote, "the TUI's path says the same");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
