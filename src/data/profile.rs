//! What a table's columns are like: their kinds, how many distinct values
//! each holds, and the names that mark coordinates, regions, links or
//! prices. `rgg suggest` and the TUI's "What data do I have?" tree both
//! read a file through this, so they never disagree about what it holds.

use crate::data::table::{Kind, Table};
use std::collections::{HashMap, HashSet};

/// Names of latitude columns.
pub const LATITUDE: &[&str] = &["lat", "latitude"];
/// Names of longitude columns.
pub const LONGITUDE: &[&str] = &["lon", "lng", "long", "longitude"];
/// Names of a link's first end.
pub const SOURCE: &[&str] = &["source", "from", "origin"];
/// Names of a link's other end.
pub const TARGET: &[&str] = &["target", "to", "destination"];
/// Names of region columns (countries, states), as ISO or FIPS codes or
/// names.
pub const REGION: &[&str] = &["iso_alpha", "iso_num", "iso", "country", "state", "fips", "id"];
/// The four price columns of a trading day, in order.
pub const PRICES: [&[&str]; 4] = [&["open"], &["high"], &["low"], &["close"]];

/// How many present values a profile reads a column for: enough to tell
/// groups from labels, without hashing every row of a huge file.
pub const DISTINCT_CAP: usize = 100_000;

/// What one column is like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub kind: Kind,
    /// Distinct values among the first [`DISTINCT_CAP`] present ones.
    pub distinct: usize,
    /// The unnamed row-number column R and pandas write: no variable.
    pub row_number: bool,
}

/// Profiles of every column of `table`, in order.
pub fn profile(table: &Table) -> Vec<Profile> {
    let row_numbers = table.row_numbers();
    table
        .names
        .iter()
        .zip(&table.columns)
        .zip(row_numbers)
        .map(|((name, column), row_number)| {
            let distinct: HashSet<String> = (0..column.len())
                .map(|i| column.label(i))
                .filter(|l| !l.is_empty())
                .take(DISTINCT_CAP)
                .collect();
            Profile {
                name: name.clone(),
                kind: column.kind(),
                distinct: distinct.len(),
                row_number,
            }
        })
        .collect()
}

/// The first column named one of `words` (any case).
pub fn named(profiles: &[Profile], words: &[&str]) -> Option<String> {
    profiles
        .iter()
        .find(|p| words.iter().any(|w| p.name.eq_ignore_ascii_case(w)))
        .map(|p| p.name.clone())
}

/// The columns that hold a variable of `kind` (row numbers left out).
pub fn of_kind(profiles: &[Profile], kind: Kind) -> impl Iterator<Item = &Profile> {
    profiles.iter().filter(move |p| p.kind == kind && !p.row_number)
}

/// Is every value of `fine` inside exactly one value of `coarse`?
pub fn nested(table: &Table, coarse: &str, fine: &str) -> bool {
    let (Some(c), Some(f)) = (table.column(coarse), table.column(fine)) else {
        return false;
    };
    let mut parent: HashMap<String, String> = HashMap::new();
    (0..table.rows()).all(|i| {
        let (cv, fv) = (c.label(i), f.label(i));
        parent.entry(fv).or_insert_with(|| cv.clone()) == &cv
    })
}

/// Pairs of categorical columns (outer, inner) where the inner one nests
/// in the outer (each inner value under one outer value), coarse first.
pub fn nestings<'a>(table: &Table, profiles: &'a [Profile]) -> Vec<(&'a Profile, &'a Profile)> {
    let cats: Vec<&Profile> = of_kind(profiles, Kind::Category).filter(|c| c.distinct >= 2).collect();
    cats.iter()
        .flat_map(|a| cats.iter().map(move |b| (*a, *b)))
        .filter(|(a, b)| a.distinct < b.distinct && nested(table, &a.name, &b.name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        Table::from_csv("t.csv", csv).expect("table")
    }

    #[test]
    fn a_profile_counts_distinct_values_and_marks_row_numbers() {
        let t = table(",kind,x\n1,a,1.5\n2,b,2\n3,a,2\n");
        let p = profile(&t);
        let summary: Vec<(&str, Kind, usize, bool)> = p
            .iter()
            .map(|c| (c.name.as_str(), c.kind, c.distinct, c.row_number))
            .collect();
        assert_eq!(summary[1], ("kind", Kind::Category, 2, false));
        assert_eq!(summary[2], ("x", Kind::Number, 2, false));
        assert!(summary[0].3, "the unnamed first column counts rows: {summary:?}");
        assert_eq!(of_kind(&p, Kind::Number).count(), 1, "row numbers are no variable");
    }

    #[test]
    fn names_match_in_any_case_and_nesting_is_found() {
        let t = table("Continent,Country,Lat,LON\nEurope,France,1,2\nEurope,Spain,3,4\nAsia,Japan,5,6\n");
        let p = profile(&t);
        assert_eq!(named(&p, LATITUDE).as_deref(), Some("Lat"));
        assert_eq!(named(&p, LONGITUDE).as_deref(), Some("LON"));
        assert_eq!(named(&p, SOURCE), None);
        let pairs: Vec<(&str, &str)> = nestings(&t, &p)
            .into_iter()
            .map(|(a, b)| (a.name.as_str(), b.name.as_str()))
            .collect();
        assert_eq!(pairs, vec![("Continent", "Country")]);
    }
}
