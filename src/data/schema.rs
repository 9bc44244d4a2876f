//! `Schema`: the names and kinds of a source's or a table's columns, what
//! binding looks at, and how they are described in messages.

use super::load::CsvSource;
use super::table::{Column, Kind, Table};
use std::fmt::Write as _;

/// The columns of a source or a table: what binding looks at.
pub struct Schema<'a> {
    pub name: &'a str,
    pub names: &'a [String],
    pub kinds: Vec<Kind>,
    /// Per column: the unnamed row-number column R and pandas write first,
    /// never picked automatically.
    pub row_numbers: Vec<bool>,
}

impl<'a> Schema<'a> {
    pub fn of_source(source: &'a CsvSource) -> Self {
        Schema {
            name: &source.name,
            names: &source.names,
            kinds: with_misfits(source.kinds.clone(), &source.misfits),
            row_numbers: source.row_numbers.clone(),
        }
    }

    pub fn of_table(table: &'a Table) -> Self {
        Schema {
            name: &table.source,
            names: &table.names,
            kinds: table.columns.iter().map(Column::kind).collect(),
            row_numbers: table.row_numbers(),
        }
    }

    pub fn index_of(&self, column: &str) -> Option<usize> {
        self.names.iter().position(|n| n == column)
    }
}

/// Kinds with each column of dates that has an odd one out as dates: so
/// it is picked where a date belongs, and then refused with a message that
/// names the odd cell.
pub fn with_misfits(mut kinds: Vec<Kind>, misfits: &[Option<String>]) -> Vec<Kind> {
    for (kind, misfit) in kinds.iter_mut().zip(misfits) {
        if misfit.is_some() {
            *kind = Kind::Date;
        }
    }
    kinds
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Number => "numbers",
        Kind::Date => "dates",
        Kind::Category => "text",
    }
}

/// At most this many column names in a message: a screenful.
pub const MAX_NAMES_SHOWN: usize = 20;

/// "a (numbers), b (text)": the columns of a source, for messages; of a
/// wide file the first [`MAX_NAMES_SHOWN`], and how many more.
pub fn describe_columns(source: &Schema) -> String {
    let order: Vec<usize> = (0..source.names.len()).collect();
    describe_some(source, &order)
}

/// The columns at `order`, described, cut to [`MAX_NAMES_SHOWN`].
fn describe_some(source: &Schema, order: &[usize]) -> String {
    let mut text = order
        .iter()
        .take(MAX_NAMES_SHOWN)
        .map(|i| {
            let (n, k) = (&source.names[*i], source.kinds[*i]);
            if source.row_numbers.get(*i).copied().unwrap_or(false) {
                format!("{n} (row numbers)")
            } else {
                format!("{n} ({})", kind_name(k))
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    if order.len() > MAX_NAMES_SHOWN {
        let _ = write!(text, ", and {} more", order.len() - MAX_NAMES_SHOWN);
    }
    text
}

/// The columns of a source for a message about `asked`, a name it does
/// not have: all of them in file order when few, else the closest names
/// first (a typo's fix on top), cut to a screenful.
pub fn describe_columns_near(source: &Schema, asked: &str) -> String {
    let mut order: Vec<usize> = (0..source.names.len()).collect();
    if order.len() > MAX_NAMES_SHOWN {
        let asked = asked.to_lowercase();
        // Fewest edits first; among as many, the most alike start.
        let names: Vec<String> = source.names.iter().map(|n| n.to_lowercase()).collect();
        let edits: Vec<usize> = names.iter().map(|n| strsim::damerau_levenshtein(&asked, n)).collect();
        let alike: Vec<f64> = names.iter().map(|n| strsim::jaro_winkler(&asked, n)).collect();
        order.sort_by(|a, b| {
            edits[*a]
                .cmp(&edits[*b])
                .then(alike[*b].total_cmp(&alike[*a]))
                .then(a.cmp(b))
        });
    }
    describe_some(source, &order)
}
