//! `Table`: named, typed columns, the one shape every data source becomes.
//!
//! Built-in samples and a user's CSV both load through [`Table::from_csv`],
//! so a chart never knows where its data came from.

use anyhow::{Context, Result};
use rgg_gallery::scale::days_from_civil;

/// The values of one column. Missing numbers and dates are NaN; missing
/// categories are empty strings.
#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    Number(Vec<f64>),
    /// Days since 1970-01-01.
    Date(Vec<f64>),
    Category(Vec<String>),
}

/// What kind of values a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Number,
    Date,
    Category,
}

impl Column {
    pub fn kind(&self) -> Kind {
        match self {
            Column::Number(_) => Kind::Number,
            Column::Date(_) => Kind::Date,
            Column::Category(_) => Kind::Category,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> usize {
        match self {
            Column::Number(v) | Column::Date(v) => v.len(),
            Column::Category(v) => v.len(),
        }
    }

    /// Row `i` as text, the way a category label shows it.
    pub fn label(&self, i: usize) -> String {
        match self {
            // Display is the shortest text that reads back as the same number.
            Column::Number(v) => v
                .get(i)
                .filter(|x| x.is_finite())
                .map(|x| format!("{x}"))
                .unwrap_or_default(),
            Column::Date(v) => v
                .get(i)
                .filter(|d| d.is_finite())
                .map(|d| {
                    let (y, m, day) = rgg_gallery::scale::civil_from_days(*d as i64);
                    format!("{y:04}-{m:02}-{day:02}")
                })
                .unwrap_or_default(),
            Column::Category(v) => v.get(i).cloned().unwrap_or_default(),
        }
    }

    fn select(&self, keep: &[usize]) -> Column {
        match self {
            Column::Number(v) => Column::Number(keep.iter().map(|i| v[*i]).collect()),
            Column::Date(v) => Column::Date(keep.iter().map(|i| v[*i]).collect()),
            Column::Category(v) => Column::Category(keep.iter().map(|i| v[*i].clone()).collect()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Where the data came from, for messages ("penguins.csv").
    pub source: String,
    pub names: Vec<String>,
    pub columns: Vec<Column>,
}

/// Cells that mean "no value".
pub fn is_missing(cell: &str) -> bool {
    matches!(cell.trim(), "" | "NA" | "N/A" | "NaN" | "nan" | "null" | "NULL")
}

/// A date in one of the layouts people write: 2012-03-01, 2012/03/01, 2012-03.
pub fn parse_date(cell: &str) -> Option<f64> {
    let s = cell.trim();
    let sep = if s.contains('-') { '-' } else { '/' };
    let mut parts = s.splitn(3, sep);
    let year: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let month: u32 = parts.next().filter(|p| (1..=2).contains(&p.len()))?.parse().ok()?;
    let day: u32 = match parts.next() {
        Some(p) if (1..=2).contains(&p.len()) => p.parse().ok()?,
        Some(_) => return None,
        None => 1,
    };
    let days_in_month = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then(|| days_from_civil(year, month, day) as f64)
}

/// Whether a column is the unnamed row-number column that R and pandas
/// write first: its header empty (loaded as `column1`), `...1` (readr) or
/// `Unnamed: 0` (pandas), and its values the whole numbers 1, 2, 3, ... (or
/// 0, 1, 2, ...) in order. Such a column is never picked for a role
/// automatically, nor suggested: a chart of row numbers says nothing.
pub fn is_row_number_column(name: &str, index: usize, values: impl IntoIterator<Item = f64>) -> bool {
    let unnamed = name.is_empty()
        || name == format!("column{}", index + 1)
        || name
            .strip_prefix("...")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || name
            .strip_prefix("Unnamed: ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !unnamed {
        return false;
    }
    let mut values = values.into_iter();
    let Some(first) = values.next() else {
        return false;
    };
    if first != 0.0 && first != 1.0 {
        return false;
    }
    let mut expected = first;
    values.all(|v| {
        expected += 1.0;
        v == expected
    })
}

impl Table {
    /// Reads CSV text with a header row; each column gets the kind its
    /// values have (the same loader as a user's file).
    pub fn from_csv(source: &str, text: &str) -> Result<Table> {
        let reader = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        Ok(super::load::CsvSource::from_reader(source, reader)?.load_all()?.0)
    }

    pub fn rows(&self) -> usize {
        self.columns.first().map_or(0, Column::len)
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.names.iter().position(|n| n == name).map(|i| &self.columns[i])
    }

    /// Per column: is it the unnamed row-number column R and pandas write
    /// ([`is_row_number_column`])?
    pub fn row_numbers(&self) -> Vec<bool> {
        self.names
            .iter()
            .zip(&self.columns)
            .enumerate()
            .map(|(i, (name, column))| match column {
                Column::Number(v) => is_row_number_column(name, i, v.iter().copied()),
                Column::Date(_) | Column::Category(_) => false,
            })
            .collect()
    }

    /// The rows where `column` (as text) is one of `values`.
    pub fn filter_in(&self, column: &str, values: &[&str]) -> Result<Table> {
        let col = self
            .column(column)
            .with_context(|| format!("{}: no column named {column:?}", self.source))?;
        let keep: Vec<usize> = (0..self.rows())
            .filter(|i| values.contains(&col.label(*i).as_str()))
            .collect();
        Ok(Table {
            source: self.source.clone(),
            names: self.names.clone(),
            columns: self.columns.iter().map(|c| c.select(&keep)).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infers_numbers_dates_and_categories() {
        let t = Table::from_csv("t.csv", "a,b,c\n1,2012-03,x\nNA,2012-04,y\n").expect("table");
        assert_eq!(t.column("a").map(Column::kind), Some(Kind::Number));
        assert_eq!(t.column("b").map(Column::kind), Some(Kind::Date));
        assert_eq!(t.column("c").map(Column::kind), Some(Kind::Category));
        assert!(matches!(t.column("a"), Some(Column::Number(v)) if v[1].is_nan()));
    }

    #[test]
    fn ragged_rows_name_the_line() {
        let err = Table::from_csv("t.csv", "a,b\n1,2\n3\n").expect_err("ragged");
        assert!(err.to_string().contains("line 3"), "{err}");
    }

    #[test]
    fn dates_are_validated() {
        assert!(parse_date("2012-02-30").is_none());
        assert!(parse_date("2012/02/29").is_some());
        assert!(parse_date("12-02-01").is_none());
        assert_eq!(parse_date("1970-01-01"), Some(0.0));
    }

    #[test]
    fn filter_keeps_matching_rows() {
        let t = Table::from_csv("t.csv", "y,v\n2007,1\n2002,2\n2007,3\n").expect("table");
        let f = t.filter_in("y", &["2007"]).expect("filter");
        assert_eq!(f.column("v"), Some(&Column::Number(vec![1.0, 3.0])));
    }
}
