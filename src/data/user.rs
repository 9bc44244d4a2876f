//! A user's own CSV for a chart: bind the chart's roles to the file's
//! columns (given with flags, or picked when the choice is clear), then load
//! only those columns through the same loader as the samples.

use super::binding::{Binding, Role, RoleColumns, RoleSpec};
use super::load::{line_of_row, CsvSource, Skipped, Want};
use super::schema::{describe_columns, describe_columns_near, with_misfits, Schema, MAX_NAMES_SHOWN};
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
    /// What was skipped, per column of `table`.
    pub skipped: Vec<Skipped>,
    pub notes: Vec<String>,
    /// The file it came from ("-": standard input), to find a row's line again.
    pub path: Option<String>,
    /// Per column: why a column of dates was read as text (see
    /// [`CsvSource::misfits`]).
    pub misfits: Vec<Option<String>>,
}

impl<'a> Schema<'a> {
    /// A loaded file's columns, those of dates with an odd one out (read
    /// as text) counted as dates.
    pub fn of_file(file: &'a LoadedFile) -> Self {
        let mut schema = Schema::of_table(&file.table);
        schema.kinds = with_misfits(schema.kinds, &file.misfits);
        schema
    }
}

/// Column names that say which role a column plays, for roles whose
/// columns are usually named after them (`open`, `lat`, `source`, ...).
fn role_words(role: Role) -> &'static [&'static str] {
    match role {
        Role::Open => &["open"],
        Role::High => &["high"],
        Role::Low => &["low"],
        Role::Close => &["close", "adj close", "adj_close"],
        Role::Lat => &["lat", "latitude"],
        Role::Lon => &["lon", "lng", "long", "longitude"],
        Role::Source => &["source", "from", "origin"],
        Role::Target => &["target", "to", "destination"],
        _ => &[],
    }
}

/// The role flags given, each checked: a role the chart takes, columns
/// the file has.
fn check_given(source: &Schema, roles: &[RoleSpec], given: &[RoleColumns]) -> Result<Vec<RoleColumns>> {
    for RoleColumns { role, columns } in given {
        if !roles.iter().any(|r| r.role == *role) {
            let accepted: Vec<&str> = roles.iter().map(|r| r.role.flag()).collect();
            bail!(
                "this chart does not use {}; it takes {}",
                role.flag(),
                accepted.join(", ")
            );
        }
        for name in columns {
            if source.index_of(name).is_none() {
                let columns = if source.names.len() > MAX_NAMES_SHOWN {
                    format!("the closest of its {} columns are", source.names.len())
                } else {
                    String::from("the columns are")
                };
                bail!(
                    "{}: no column named {name:?} (for {}); {columns}: {}",
                    source.name,
                    role.flag(),
                    describe_columns_near(source, name)
                );
            }
        }
    }
    Ok(given.to_vec())
}

/// Column choices for the chart's roles: the given ones as they are, and
/// for each required role left out, the first suitable unused column: one
/// named after the role first (`open` for --open), dates first where dates
/// are welcome (the x of a line is time, not the measured value), never the
/// unnamed row-number column R and pandas write first.
pub fn choose_columns(
    source: &Schema,
    roles: &[RoleSpec],
    given: &[RoleColumns],
    notes: &mut Vec<String>,
) -> Result<Vec<RoleColumns>> {
    let mut chosen = check_given(source, roles, given)?;
    // A time chart (its x takes dates) of one series needs no groups.
    let over_time = roles.iter().any(|r| r.role == Role::X && r.kinds.contains(&Kind::Date));
    let mut row_number_left_out = false;
    for spec in roles.iter().filter(|s| s.required) {
        if chosen.iter().any(|c| c.role == spec.role) {
            continue;
        }
        let used: Vec<String> = chosen.iter().flat_map(|c| c.columns.iter().cloned()).collect();
        let mut free = |kind: Kind| -> Vec<&str> {
            let mut names: Vec<&str> = Vec::new();
            for (i, (n, k)) in source.names.iter().zip(&source.kinds).enumerate() {
                if *k != kind || used.contains(n) {
                    continue;
                }
                if source.row_numbers.get(i).copied().unwrap_or(false) {
                    row_number_left_out = true;
                    continue;
                }
                names.push(n.as_str());
            }
            names
        };
        let pick = if spec.role == Role::Dimensions {
            let numeric = free(Kind::Number);
            (numeric.len() >= 2).then(|| numeric.iter().take(8).map(|c| (*c).to_string()).collect::<Vec<_>>())
        } else if spec.role == Role::Path {
            let text = free(Kind::Category);
            (!text.is_empty()).then(|| text.iter().take(3).map(|c| (*c).to_string()).collect::<Vec<_>>())
        } else {
            // Roles that take labels or groups get text (or dates) when
            // picked: a number column as 272 slice names helps nobody. A
            // flag can still bind a number column on purpose. A role that
            // takes dates gets a date first: it is the time axis.
            let order: Vec<Kind> = if spec.kinds.contains(&Kind::Category) {
                vec![Kind::Category, Kind::Date]
            } else if spec.kinds.contains(&Kind::Date) {
                vec![Kind::Date, Kind::Number]
            } else {
                spec.kinds.to_vec()
            };
            let mut candidates: Vec<&str> = order.iter().flat_map(|k| free(*k)).collect();
            let words = role_words(spec.role);
            // Named after the role first, the rest in file order.
            candidates.sort_by_key(|c| !words.iter().any(|w| c.eq_ignore_ascii_case(w)));
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
            candidates.first().map(|s| vec![(*s).to_string()])
        };
        match pick {
            Some(columns) => {
                let picked = RoleColumns::new(spec.role, columns);
                if matches!(spec.role, Role::Dimensions | Role::Path) {
                    notes.push(format!("using columns {:?} for {}", picked.joined(), spec.role.flag()));
                }
                chosen.push(picked);
            }
            None if spec.role == Role::Group && over_time => {
                notes.push(format!("no text column for {}: one series", spec.role.flag()));
            }
            None => {
                let taken = if chosen.is_empty() {
                    String::new()
                } else {
                    let roles: Vec<String> = chosen
                        .iter()
                        .map(|c| format!("{} for {}", c.joined(), c.role.flag()))
                        .collect();
                    format!(" (taken: {})", roles.join(", "))
                };
                bail!(
                    "this chart needs a column for {} ({}), and {} has no suitable one left{taken}; its columns are: {}",
                    spec.role.flag(),
                    spec.help,
                    source.name,
                    describe_columns(source)
                )
            }
        }
    }
    if row_number_left_out {
        for (name, _) in source.names.iter().zip(&source.row_numbers).filter(|(_, r)| **r) {
            notes.push(format!(
                "column {name:?} holds row numbers (1, 2, 3, ...): it is not picked for you"
            ));
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
pub fn load(path: &str, title: &str, roles: &[RoleSpec], given: &[RoleColumns]) -> Result<UserData> {
    let source = CsvSource::open(path)?;
    let mut notes = source.notes.clone();
    let chosen = choose_columns(&Schema::of_source(&source), roles, given, &mut notes)?;
    refuse_misfits(&source.names, &source.misfits, roles, &chosen)?;
    let mut wanted: Vec<(usize, Want)> = Vec::new();
    for RoleColumns { role, columns } in &chosen {
        let Some(spec) = roles.iter().find(|s| s.role == *role) else {
            continue;
        };
        for name in columns {
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
    let locate = |row: usize| place_of_row(Some(path), row);
    let bound = finish_binding(&table, &skipped, title, roles, chosen, notes, &locate)?;
    Ok(UserData { table, bound })
}

/// Reads every column of `path`, each as its first rows suggest (falling
/// back to text where later values do not fit).
pub fn load_file(path: &str) -> Result<LoadedFile> {
    let source = CsvSource::open(path)?;
    let notes = source.notes.clone();
    let misfits = source.misfits.clone();
    let wanted: Vec<(usize, Want)> = source
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (i, Want::Auto(*k)))
        .collect();
    let (table, skipped) = source.load(&wanted)?;
    Ok(LoadedFile {
        table,
        skipped,
        notes,
        path: Some(path.to_string()),
        misfits,
    })
}

/// A column of dates read as text because of an odd one out, in a role
/// that needs numbers or dates: the message names that cell, not the
/// first date (which "is not a number" only because of it).
fn refuse_misfits(
    names: &[String],
    misfits: &[Option<String>],
    roles: &[RoleSpec],
    chosen: &[RoleColumns],
) -> Result<()> {
    for RoleColumns { role, columns } in chosen {
        let Some(spec) = roles.iter().find(|s| s.role == *role) else {
            continue;
        };
        if spec.kinds.contains(&Kind::Category) {
            continue;
        }
        for name in columns {
            let misfit = names
                .iter()
                .position(|n| n == name)
                .and_then(|i| misfits.get(i))
                .and_then(Option::as_ref);
            if let Some(message) = misfit {
                bail!("{message}");
            }
        }
    }
    Ok(())
}

/// Binds a chart's roles to an already loaded file (the TUI: one file, many charts).
pub fn bind_loaded(file: &LoadedFile, title: &str, roles: &[RoleSpec], given: &[RoleColumns]) -> Result<Bound> {
    let mut notes = file.notes.clone();
    let chosen = choose_columns(&Schema::of_file(file), roles, given, &mut notes)?;
    refuse_misfits(&file.table.names, &file.misfits, roles, &chosen)?;
    for RoleColumns { role, columns } in &chosen {
        let Some(spec) = roles.iter().find(|s| s.role == *role) else {
            continue;
        };
        let needs_numbers = !spec.kinds.contains(&Kind::Category);
        for name in columns {
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
    let locate = |row: usize| place_of_row(file.path.as_deref(), row);
    finish_binding(&file.table, &file.skipped, title, roles, chosen, notes, &locate)
}

/// Where data row `row` (from 0) is, for a message: "line 7" when the
/// file can be read again to find it, else "data row 6".
fn place_of_row(path: Option<&str>, row: usize) -> String {
    match path.filter(|p| *p != "-").and_then(|p| line_of_row(p, row)) {
        Some(line) => format!("line {line}"),
        None => format!("data row {}", row + 1),
    }
}

/// Values no chart can draw honestly: a latitude beyond ±90°, a longitude
/// beyond ±180° (a map would clamp or wrap them without a word), a high
/// price below the low one. The first one found: (data row, what is wrong).
fn impossible_value(table: &Table, chosen: &[RoleColumns]) -> Option<(usize, String)> {
    let numbers = |role: Role| -> Option<(&str, &[f64])> {
        let name = chosen.iter().find(|c| c.role == role)?.columns.first()?.as_str();
        match table.column(name)? {
            Column::Number(v) => Some((name, v.as_slice())),
            Column::Date(_) | Column::Category(_) => None,
        }
    };
    for (role, limit, what) in [(Role::Lat, 90.0, "a latitude"), (Role::Lon, 180.0, "a longitude")] {
        if let Some((name, values)) = numbers(role) {
            if let Some(row) = values.iter().position(|v| v.is_finite() && v.abs() > limit) {
                return Some((
                    row,
                    format!(
                        "column {name:?}: {} is not {what} (degrees from -{limit} to {limit})",
                        values[row]
                    ),
                ));
            }
        }
    }
    if let (Some((high_name, high)), Some((low_name, low))) = (numbers(Role::High), numbers(Role::Low)) {
        if let Some(row) = high.iter().zip(low).position(|(h, l)| h < l) {
            return Some((
                row,
                format!(
                    "the high price ({}, column {high_name:?}) is below the low price ({}, column {low_name:?})",
                    high[row], low[row]
                ),
            ));
        }
    }
    None
}

fn finish_binding(
    table: &Table,
    skipped: &[Skipped],
    title: &str,
    roles: &[RoleSpec],
    chosen: Vec<RoleColumns>,
    mut notes: Vec<String>,
    locate: &dyn Fn(usize) -> String,
) -> Result<Bound> {
    if let Some((row, what)) = impossible_value(table, &chosen) {
        bail!("{}: {}, {what}", table.source, locate(row));
    }
    for RoleColumns { columns, .. } in &chosen {
        for name in columns {
            if matches!(table.column(name), Some(Column::Number(_))) && name.to_lowercase().contains("year") {
                notes.push(format!(
                    "column {name:?} holds whole numbers that look like years: treated as numbers"
                ));
            }
        }
    }
    let footnote = footnote(&table.source, table, &chosen, roles, skipped, &mut notes);
    let binding = chosen.into_iter().fold(Binding::new(title), Binding::with_columns);
    Ok(Bound {
        binding,
        notes,
        footnote,
    })
}

/// Rows an edge-list chart (network, chord, arc diagram, edge bundling)
/// leaves out for their `--values` weight: 0 or less, or none
/// ([`super::network::is_link_weight`]).
fn links_without_weight(table: &Table, chosen: &[RoleColumns], roles: &[RoleSpec]) -> usize {
    let Some(weights) = roles.iter().find(|r| r.link_weight) else {
        return 0;
    };
    let Some(name) = chosen
        .iter()
        .find(|c| c.role == weights.role)
        .and_then(|c| c.columns.first())
    else {
        return 0;
    };
    match table.column(name) {
        Some(Column::Number(v)) => v.iter().filter(|w| !super::network::is_link_weight(**w)).count(),
        _ => 0,
    }
}

/// "1 missing value", "2 infinite values".
fn count(n: usize, what: &str) -> String {
    format!("{n} {what} value{}", if n == 1 { "" } else { "s" })
}

/// "data.csv: 272 rows, 3 dropped (1 missing value, 2 infinite values)".
/// `skipped` holds one entry per column of `table`.
fn footnote(
    name: &str,
    table: &Table,
    chosen: &[RoleColumns],
    roles: &[RoleSpec],
    skipped: &[Skipped],
    notes: &mut Vec<String>,
) -> String {
    let columns = |required: bool| -> Vec<usize> {
        let mut found: Vec<usize> = chosen
            .iter()
            .filter(|c| roles.iter().any(|s| s.role == c.role && s.required) == required)
            .flat_map(|c| c.columns.iter())
            .filter_map(|c| table.names.iter().position(|n| n == c))
            .filter(|i| matches!(table.columns[*i], Column::Number(_) | Column::Date(_)))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    // Rows a chart cannot place: a missing number or date in a required role.
    let required = columns(true);
    let dropped = (0..table.rows())
        .filter(|i| {
            required.iter().any(|c| match &table.columns[*c] {
                Column::Number(v) | Column::Date(v) => !v[*i].is_finite(),
                Column::Category(_) => false,
            })
        })
        .count();
    let sum = |cols: &[usize], of: fn(&Skipped) -> usize| -> usize {
        cols.iter().filter_map(|c| skipped.get(*c)).map(of).sum()
    };
    let (missing, infinite) = (sum(&required, |s| s.missing), sum(&required, |s| s.infinite));
    let other_infinite = sum(&columns(false), |s| s.infinite);
    let rows = table.rows();
    let mut text = format!(
        "{name}: {} {}",
        rgg_gallery::scale::format_count(rows),
        if rows == 1 { "row" } else { "rows" }
    );
    if dropped > 0 {
        let why: Vec<String> = [(missing, "missing"), (infinite, "infinite")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| count(*n, what))
            .collect();
        let why = if why.is_empty() {
            String::from("missing values")
        } else {
            why.join(", ")
        };
        let _ = write!(text, ", {} dropped ({why})", rgg_gallery::scale::format_count(dropped));
        notes.push(format!(
            "{} of {} rows dropped: {why}",
            rgg_gallery::scale::format_count(dropped),
            rgg_gallery::scale::format_count(rows)
        ));
    }
    let unweighted = links_without_weight(table, chosen, roles);
    if unweighted > 0 {
        let s = if unweighted == 1 { "" } else { "s" };
        let _ = write!(
            text,
            ", {unweighted} link{s} with a weight of 0 or less (or none) left out"
        );
        notes.push(format!("{unweighted} row{s} left out: a link needs a weight above 0"));
    }
    if other_infinite > 0 {
        let _ = write!(text, ", {} skipped", count(other_infinite, "infinite"));
        notes.push(format!("{} skipped", count(other_infinite, "infinite")));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::binding::{ANY, NUMBER};

    const HISTOGRAM: &[RoleSpec] = &[
        RoleSpec::required(Role::X, NUMBER, "values"),
        RoleSpec::optional(Role::Group, ANY, "groups"),
    ];

    fn source(text: &str) -> CsvSource {
        CsvSource::from_reader("t.csv", Box::new(std::io::Cursor::new(text.as_bytes().to_vec()))).expect("source")
    }

    #[test]
    fn picks_the_first_numeric_column_and_says_so() {
        let mut notes = Vec::new();
        let src = source("name,waiting,eruptions\na,79,3.6\n");
        let chosen = choose_columns(&Schema::of_source(&src), HISTOGRAM, &[], &mut notes).expect("bind");
        assert_eq!(chosen, vec![RoleColumns::parse(Role::X, "waiting")]);
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
        let err =
            choose_columns(&src, HISTOGRAM, &[RoleColumns::parse(Role::X, "zz")], &mut notes).expect_err("unknown");
        assert!(err.to_string().contains("a (numbers), b (text)"), "{err}");
        let err = choose_columns(&src, HISTOGRAM, &[RoleColumns::parse(Role::Lat, "a")], &mut notes).expect_err("role");
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
        let data = load(
            &path.to_string_lossy(),
            "t",
            HISTOGRAM,
            &[RoleColumns::parse(Role::Group, "g")],
        )
        .expect("load");
        assert_eq!(
            data.bound.footnote,
            "d.csv: 4 rows, 2 dropped (1 missing value, 1 infinite value)"
        );
        assert_eq!(data.bound.binding.column_name(Role::X), Some("v"));
        let file = load_file(&path.to_string_lossy()).expect("whole file");
        let bound = bind_loaded(&file, "t", HISTOGRAM, &[]).expect("bind");
        assert_eq!(bound.footnote, data.bound.footnote, "the TUI's path says the same");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Writes `text` to a file of its own, for the paths that read a file.
    fn file(name: &str, text: &str) -> (std::path::PathBuf, String) {
        let dir = std::env::temp_dir().join(format!("rgg-user-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        let shown = path.to_string_lossy().into_owned();
        (dir, shown)
    }

    fn chosen_for(chart: &str, text: &str) -> Result<Vec<RoleColumns>> {
        let roles = crate::catalogue::find(chart).expect("chart").roles;
        let src = source(text);
        choose_columns(&Schema::of_source(&src), roles, &[], &mut Vec::new())
    }

    #[test]
    fn a_date_and_a_number_become_x_and_y() {
        for chart in ["line", "area", "stacked-area"] {
            for text in [
                "date,v\n2020-01-01,3\n2020-01-02,5\n",
                "v,date\n3,2020-01-01\n5,2020-01-02\n",
            ] {
                let chosen = chosen_for(chart, text).expect(chart);
                assert_eq!(chosen[0], RoleColumns::parse(Role::X, "date"), "{chart}: {text}");
                assert_eq!(chosen[1], RoleColumns::parse(Role::Y, "v"), "{chart}: {text}");
            }
        }
        // A candlestick cannot be made of one number: the message says what
        // was taken, and what the file has.
        let err = chosen_for("candlestick", "date,v\n2020-01-01,3\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("needs a column for --high") && err.contains("(taken: date for --x, v for --open)"),
            "{err}"
        );
        // And the whole way: stacked-area of one series draws, in the CLI
        // path and in the TUI's.
        let (dir, path) = file("dv.csv", "date,v\n2020-01-01,3\n2020-01-02,5\n2020-01-03,4\n");
        let file = load_file(&path).expect("load");
        for chart in ["line", "area", "stacked-area", "time-series"] {
            let chart = crate::catalogue::find(chart).expect("chart");
            let data = load(&path, "t", chart.roles, &[]).expect(chart.id);
            (chart.prepare)(&mut std::borrow::Cow::Owned(data.table), &data.bound.binding).expect(chart.id);
            let bound = bind_loaded(&file, "t", chart.roles, &[]).expect(chart.id);
            (chart.prepare)(&mut std::borrow::Cow::Borrowed(&file.table), &bound.binding).expect(chart.id);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn price_columns_are_picked_by_name() {
        let chosen = chosen_for(
            "candlestick",
            "Date,Close,Low,High,Open\n2020-01-01,2,1,3,2\n2020-01-02,2,1,3,2\n",
        )
        .expect("bind");
        let want: Vec<RoleColumns> = [
            (Role::X, "Date"),
            (Role::Open, "Open"),
            (Role::High, "High"),
            (Role::Low, "Low"),
            (Role::Close, "Close"),
        ]
        .map(|(r, c)| RoleColumns::parse(r, c))
        .to_vec();
        assert_eq!(chosen, want);
    }

    #[test]
    fn the_unnamed_row_number_column_is_never_picked() {
        for header in ["", "...1", "Unnamed: 0"] {
            for first in [0, 1] {
                let mut text = format!("{header},Species,val\n");
                for (i, (s, v)) in [("a", 3), ("b", 5), ("c", 4)].iter().enumerate() {
                    let _ = writeln!(text, "{},{s},{v}", i + first);
                }
                let mut notes = Vec::new();
                let src = source(&text);
                let roles = crate::catalogue::find("barplot").expect("barplot").roles;
                let chosen = choose_columns(&Schema::of_source(&src), roles, &[], &mut notes).expect("bind");
                assert!(
                    chosen.iter().all(|c| c.columns == ["Species"] || c.columns == ["val"]),
                    "{header}: {chosen:?}"
                );
                assert!(notes.iter().any(|n| n.contains("row numbers")), "{notes:?}");
                let table = Table::from_csv("t.csv", &text).expect("table");
                let tui = choose_columns(&Schema::of_table(&table), roles, &[], &mut Vec::new()).expect("bind");
                assert_eq!(tui, chosen, "the TUI picks the same");
            }
        }
        // A named column, or one that is not 1..n, is data.
        let src = source("id,val\n1,3\n2,5\n");
        assert_eq!(src.row_numbers, vec![false, false]);
        let src = source(",val\n1,3\n3,5\n");
        assert_eq!(src.row_numbers, vec![false, false]);
    }

    #[test]
    fn one_missing_and_two_infinite_values_are_counted_as_such() {
        let (dir, path) = file("f.csv", "v\n1\nNA\ninf\n-inf\n5\n");
        let data = load(&path, "t", HISTOGRAM, &[]).expect("load");
        assert_eq!(
            data.bound.footnote,
            "f.csv: 5 rows, 3 dropped (1 missing value, 2 infinite values)"
        );
        let bound = bind_loaded(&load_file(&path).expect("file"), "t", HISTOGRAM, &[]).expect("bind");
        assert_eq!(bound.footnote, data.bound.footnote);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn impossible_coordinates_and_prices_name_the_line() {
        let map = crate::catalogue::find("bubble-map").expect("chart").roles;
        let given = [
            RoleColumns::parse(Role::Lat, "lat"),
            RoleColumns::parse(Role::Lon, "lon"),
        ];
        let (dir, path) = file("ll.csv", "city,lat,lon\na,45,10\n\nb,95.5,20\nc,1,2\n");
        let err = load(&path, "t", map, &given)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "ll.csv: line 4, column \"lat\": 95.5 is not a latitude (degrees from -90 to 90)"
        );
        let err = bind_loaded(&load_file(&path).expect("file"), "t", map, &given)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("line 4"), "the TUI says the same: {err}");
        let (dir2, path) = file("lon.csv", "city,lat,lon\n\"a\nb\",45,10\nc,1,-200\n");
        let err = load(&path, "t", map, &given)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("line 4") && err.contains("-200 is not a longitude"),
            "{err}"
        );
        let candle = crate::catalogue::find("candlestick").expect("chart").roles;
        let (dir3, path) = file(
            "hl.csv",
            "date,open,high,low,close\n2020-01-01,1,2,0.5,1.5\n2020-01-02,1,0.5,2,1.5\n",
        );
        let err = load(&path, "t", candle, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("hl.csv: line 3, the high price (0.5"), "{err}");
        for d in [dir, dir2, dir3] {
            let _ = std::fs::remove_dir_all(&d);
        }
    }

    #[test]
    fn edge_lists_say_how_many_links_had_no_positive_weight() {
        let (dir, path) = file(
            "net.csv",
            "from,to,w\nann,bob,3\nbob,cat,0\ncat,ann,-2\ndan,ann,1\nann,eve,\n",
        );
        let network = crate::catalogue::find("network").expect("chart").roles;
        let given = [RoleColumns::parse(Role::Values, "w")];
        let data = load(&path, "t", network, &given).expect("load");
        assert_eq!(
            data.bound.footnote,
            "net.csv: 5 rows, 3 links with a weight of 0 or less (or none) left out"
        );
        // Elsewhere a value of 0 or less is just a value.
        let scatter = crate::catalogue::find("scatter").expect("chart").roles;
        let (dir2, path) = file("xy.csv", "x,y\n1,-2\n2,0\n");
        assert_eq!(
            load(&path, "t", scatter, &[]).expect("load").bound.footnote,
            "xy.csv: 2 rows"
        );
        for d in [dir, dir2] {
            let _ = std::fs::remove_dir_all(&d);
        }
    }

    #[test]
    fn mixed_date_formats_name_the_odd_one_out_not_the_first_date() {
        let text = "date,v\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n01/04/2020,4\n2020-01-05,5\n";
        let (dir, path) = file("mixed.csv", text);
        let line = crate::catalogue::find("line").expect("line").roles;
        let want = "mixed.csv: line 5, column \"date\": \"01/04/2020\" is not a date written like the others";
        let err = load(&path, "t", line, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with(want), "{err}");
        let given = [RoleColumns::parse(Role::X, "date"), RoleColumns::parse(Role::Y, "v")];
        let err = load(&path, "t", line, &given)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with(want), "{err}");
        let err = bind_loaded(&load_file(&path).expect("file"), "t", line, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with(want), "the TUI says the same: {err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unknown_column_of_a_wide_file_lists_a_screenful_closest_first() {
        let names: Vec<String> = (0..10_000).map(|i| format!("col{i}")).collect();
        let values: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
        let src = source(&format!("{}\n{}\n", names.join(","), values.join(",")));
        let err = choose_columns(
            &Schema::of_source(&src),
            HISTOGRAM,
            &[RoleColumns::parse(Role::X, "Col9999x")],
            &mut Vec::new(),
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(err.len() < 800, "{} bytes: {err}", err.len());
        assert!(
            err.contains("the closest of its 10000 columns are: col9999 (numbers), "),
            "{err}"
        );
        assert!(err.ends_with(", and 9980 more"), "{err}");
        // The binding's own check (a table already loaded) is as short.
        let table = Table::from_csv("w.csv", &format!("{}\n{}\n", names.join(","), values.join(","))).expect("table");
        let err = Binding::new("t")
            .with(Role::X, "nope")
            .numbers(&table, Role::X)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.len() < 800 && err.ends_with(", and 9980 more"), "{err}");
    }
}
