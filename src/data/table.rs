//! `Table`: named, typed columns, the one shape every data source becomes.
//!
//! Built-in samples and a user's CSV both load through [`Table::from_csv`],
//! so a chart never knows where its data came from.

use anyhow::{Context, Result};

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
    fn filter_keeps_matching_rows() {
        let t = Table::from_csv("t.csv", "y,v\n2007,1\n2002,2\n2007,3\n").expect("table");
        let f = t.filter_in("y", &["2007"]).expect("filter");
        assert_eq!(f.column("v"), Some(&Column::Number(vec![1.0, 3.0])));
    }
}
