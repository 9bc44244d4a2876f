//! Reading CSV into a [`Table`]: the one loader for the embedded samples,
//! a user's file and standard input.
//!
//! It streams: the first rows are read once to detect the delimiter and
//! infer each column's kind; then every row is parsed straight from the
//! reader into typed columns, reusing one `ByteRecord`, and only the columns
//! a chart uses are kept (numbers as `f64`, never as `String`).

use super::table::{is_missing, sanitize, Column, Kind, Table};
use anyhow::{anyhow, bail, Context, Result};
use csv::ByteRecord;
use std::io::{Cursor, Read};

/// Bytes looked at to detect the delimiter and binary content.
const SNIFF_BYTES: usize = 64 * 1024;
/// Rows looked at to infer each column's kind.
const INFER_ROWS: usize = 1000;

/// What a column is loaded as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    Number,
    Date,
    Text,
    /// As inferred, but text from the first value that does not fit
    /// (labels and groups may be numbers or not).
    Auto(Kind),
}

impl Want {
    /// Loads a column the way its inferred kind says.
    pub fn of(kind: Kind) -> Want {
        match kind {
            Kind::Number => Want::Number,
            Kind::Date => Want::Date,
            Kind::Category => Want::Text,
        }
    }
}

/// A CSV source whose header and first rows have been read.
pub struct CsvSource {
    /// For messages: the file name, "standard input", or a dataset name.
    pub name: String,
    pub names: Vec<String>,
    /// Each column's kind, inferred from the first rows.
    pub kinds: Vec<Kind>,
    /// Things the user should know (lossy decoding, years as numbers).
    pub notes: Vec<String>,
    reader: csv::Reader<Box<dyn Read>>,
    first_rows: Vec<ByteRecord>,
}

/// Counts of values that could not be used, per loaded column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    pub missing: usize,
    pub infinite: usize,
}

impl CsvSource {
    /// Opens a file, or standard input for "-".
    pub fn open(path: &str) -> Result<CsvSource> {
        if path == "-" {
            return CsvSource::from_reader("standard input", Box::new(std::io::stdin()));
        }
        let shown = sanitize(path);
        let meta = std::fs::metadata(path).with_context(|| format!("cannot open {shown}"))?;
        if meta.is_dir() {
            bail!("{shown} is a folder, not a CSV file");
        }
        let file = std::fs::File::open(path).with_context(|| format!("cannot open {shown}"))?;
        let name = std::path::Path::new(path)
            .file_name()
            .map_or_else(|| shown.clone(), |n| sanitize(&n.to_string_lossy()));
        CsvSource::from_reader(&name, Box::new(file))
    }

    pub fn from_reader(name: &str, mut reader: Box<dyn Read>) -> Result<CsvSource> {
        let mut prefix = Vec::with_capacity(SNIFF_BYTES);
        (&mut reader)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut prefix)
            .with_context(|| format!("cannot read {name}"))?;
        if prefix.iter().all(u8::is_ascii_whitespace) {
            bail!("{name} is empty");
        }
        if prefix.contains(&0) {
            bail!("{name} looks like a binary file, not CSV text (it contains NUL bytes)");
        }
        let mut notes = Vec::new();
        if std::str::from_utf8(trim_partial_utf8(&prefix)).is_err() {
            notes.push(format!("{name} is not valid UTF-8; invalid bytes are shown as �"));
        }
        let body: &[u8] = prefix.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&prefix);
        let delimiter = detect_delimiter(body);
        let start = prefix.len() - body.len();
        prefix.drain(..start);
        let chained: Box<dyn Read> = Box::new(Cursor::new(prefix).chain(reader));
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(true)
            .from_reader(chained);
        let header = csv.byte_headers().map_err(|e| csv_error(name, &e))?.clone();
        let names: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let h = sanitize(String::from_utf8_lossy(h).trim());
                if h.is_empty() {
                    format!("column{}", i + 1)
                } else {
                    h
                }
            })
            .collect();
        let mut first_rows = Vec::new();
        let mut record = ByteRecord::new();
        while first_rows.len() < INFER_ROWS && csv.read_byte_record(&mut record).map_err(|e| csv_error(name, &e))? {
            first_rows.push(record.clone());
        }
        if first_rows.is_empty() {
            bail!("{name} has a header row but no data rows");
        }
        let kinds = (0..names.len())
            .map(|i| infer_kind(first_rows.iter().map(|r| r.get(i).unwrap_or(b""))))
            .collect();
        Ok(CsvSource {
            name: name.to_string(),
            names,
            kinds,
            notes,
            reader: csv,
            first_rows,
        })
    }

    pub fn index_of(&self, column: &str) -> Option<usize> {
        self.names.iter().position(|n| n == column)
    }

    pub fn kind_of(&self, column: &str) -> Option<Kind> {
        self.index_of(column).map(|i| self.kinds[i])
    }

    /// Reads every column as its inferred kind.
    pub fn load_all(self) -> Result<(Table, Vec<Skipped>)> {
        let wanted: Vec<(usize, Want)> = self.kinds.iter().enumerate().map(|(i, k)| (i, Want::of(*k))).collect();
        self.load(&wanted)
    }

    /// Reads the rest of the file, keeping only the `wanted` columns (by
    /// index), each parsed as asked. A cell that does not parse is an error
    /// that names the line, the column and the value.
    pub fn load(mut self, wanted: &[(usize, Want)]) -> Result<(Table, Vec<Skipped>)> {
        let mut builders: Vec<Builder> = wanted.iter().map(|(_, w)| Builder::new(*w)).collect();
        let mut lossy = false;
        let first_rows = std::mem::take(&mut self.first_rows);
        let mut record = ByteRecord::new();
        let mut from_buffer = first_rows.into_iter();
        loop {
            let row = match from_buffer.next() {
                Some(r) => r,
                None => {
                    if !self
                        .reader
                        .read_byte_record(&mut record)
                        .map_err(|e| csv_error(&self.name, &e))?
                    {
                        break;
                    }
                    std::mem::take(&mut record)
                }
            };
            let line = row.position().map_or(0, csv::Position::line);
            for ((col, _), builder) in wanted.iter().zip(&mut builders) {
                let cell = row.get(*col).unwrap_or(b"");
                builder.push(cell, &mut lossy).map_err(|what| {
                    anyhow!(
                        "{}: line {line}, column {:?}: {:?} is not {what}",
                        self.name,
                        self.names[*col],
                        sanitize(&String::from_utf8_lossy(cell))
                    )
                })?;
            }
            record = row;
        }
        if lossy && self.notes.iter().all(|n| !n.contains("UTF-8")) {
            self.notes.push(format!(
                "{} is not valid UTF-8; invalid bytes are shown as �",
                self.name
            ));
        }
        let names = wanted.iter().map(|(i, _)| self.names[*i].clone()).collect();
        let (columns, skipped): (Vec<Column>, Vec<Skipped>) = builders.into_iter().map(Builder::finish).unzip();
        Ok((
            Table {
                source: self.name,
                names,
                columns,
            },
            skipped,
        ))
    }
}

/// A column being filled row by row.
enum Builder {
    Number(Vec<f64>, Skipped),
    Date(Vec<f64>, Skipped),
    Text(Vec<String>, Skipped),
    /// Numbers or dates that turn into text on the first misfit.
    Auto(Box<Builder>),
}

impl Builder {
    fn new(want: Want) -> Builder {
        match want {
            Want::Number => Builder::Number(Vec::new(), Skipped::default()),
            Want::Date => Builder::Date(Vec::new(), Skipped::default()),
            Want::Text | Want::Auto(Kind::Category) => Builder::Text(Vec::new(), Skipped::default()),
            Want::Auto(kind) => Builder::Auto(Box::new(Builder::new(Want::of(kind)))),
        }
    }

    /// Adds one cell; on failure says what the cell should have been.
    fn push(&mut self, cell: &[u8], lossy: &mut bool) -> Result<(), &'static str> {
        let trimmed = cell.trim_ascii();
        if let Builder::Auto(inner) = self {
            if inner.push(cell, lossy).is_ok() {
                return Ok(());
            }
            // Keep what came so far as text, then go on as text.
            let (column, skipped) =
                std::mem::replace(inner.as_mut(), Builder::Text(Vec::new(), Skipped::default())).finish();
            let labels = (0..column.len()).map(|i| column.label(i)).collect();
            *self = Builder::Text(labels, skipped);
        }
        match self {
            Builder::Number(values, skipped) => {
                if is_missing_bytes(trimmed) {
                    skipped.missing += 1;
                    values.push(f64::NAN);
                } else {
                    let v = parse_number(trimmed).ok_or("a number")?;
                    if v.is_infinite() {
                        skipped.infinite += 1;
                        values.push(f64::NAN);
                    } else {
                        values.push(v);
                    }
                }
            }
            Builder::Date(values, skipped) => {
                if is_missing_bytes(trimmed) {
                    skipped.missing += 1;
                    values.push(f64::NAN);
                } else {
                    let text = std::str::from_utf8(trimmed).map_err(|_| "a date")?;
                    values.push(parse_datetime(text).ok_or("a date (YYYY-MM-DD, YYYY-MM, YYYY/MM/DD or ISO 8601)")?);
                }
            }
            Builder::Auto(_) => {}
            Builder::Text(values, skipped) => {
                let text = match std::str::from_utf8(trimmed) {
                    Ok(t) => std::borrow::Cow::Borrowed(t),
                    Err(_) => {
                        *lossy = true;
                        String::from_utf8_lossy(trimmed)
                    }
                };
                if is_missing(&text) {
                    skipped.missing += 1;
                    values.push(String::new());
                } else {
                    values.push(sanitize(&text));
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> (Column, Skipped) {
        match self {
            Builder::Number(v, s) => (Column::Number(v), s),
            Builder::Date(v, s) => (Column::Date(v), s),
            Builder::Text(v, s) => (Column::Category(v), s),
            Builder::Auto(inner) => inner.finish(),
        }
    }
}

fn is_missing_bytes(cell: &[u8]) -> bool {
    matches!(cell, b"" | b"NA" | b"N/A" | b"NaN" | b"nan" | b"null" | b"NULL")
}

/// A decimal number (fast path, no allocation); infinities parse as such.
pub fn parse_number(cell: &[u8]) -> Option<f64> {
    let (value, used) = fast_float2::parse_partial::<f64, _>(cell).ok()?;
    (used == cell.len()).then_some(value)
}

/// A date or date-time as (fractional) days since 1970-01-01: ISO 8601
/// dates and date-times (with or without an offset), `YYYY-MM`, and
/// `YYYY/MM/DD`.
pub fn parse_datetime(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Some(days) = super::table::parse_date(text) {
        return Some(days);
    }
    let from_civil = |dt: jiff::civil::DateTime| {
        let days = rgg_gallery::scale::days_from_civil(i32::from(dt.year()), dt.month() as u32, dt.day() as u32) as f64;
        let seconds = f64::from(dt.hour()) * 3600.0 + f64::from(dt.minute()) * 60.0 + f64::from(dt.second());
        days + seconds / 86_400.0
    };
    if let Ok(dt) = text.parse::<jiff::civil::DateTime>() {
        return Some(from_civil(dt));
    }
    if let Ok(ts) = text.parse::<jiff::Timestamp>() {
        return Some(ts.as_second() as f64 / 86_400.0);
    }
    None
}

/// Numbers if every present cell of the first rows is a number, else dates
/// if every one is a date, else categories.
fn infer_kind<'a>(cells: impl Iterator<Item = &'a [u8]> + Clone) -> Kind {
    let present = || cells.clone().map(<[u8]>::trim_ascii).filter(|c| !is_missing_bytes(c));
    if present().next().is_none() {
        return Kind::Category;
    }
    if present().all(|c| parse_number(c).is_some()) {
        return Kind::Number;
    }
    if present().all(|c| std::str::from_utf8(c).ok().and_then(parse_datetime).is_some()) {
        return Kind::Date;
    }
    Kind::Category
}

/// The delimiter among `,` `;` tab `|` that the header line uses most
/// (outside quotes); a comma when none appears.
fn detect_delimiter(text: &[u8]) -> u8 {
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in text {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = candidates.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))
        .unwrap_or((0, &0));
    if *n == 0 {
        b','
    } else {
        candidates[best]
    }
}

/// `bytes` without a UTF-8 sequence cut off at its end.
fn trim_partial_utf8(bytes: &[u8]) -> &[u8] {
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => &bytes[..e.valid_up_to()],
        _ => bytes,
    }
}

/// A csv error as a message that names the place.
fn csv_error(name: &str, e: &csv::Error) -> anyhow::Error {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { pos, expected_len, len } => {
            let line = pos.as_ref().map_or(0, csv::Position::line);
            anyhow!("{name}: line {line} has {len} fields, but the header has {expected_len}")
        }
        csv::ErrorKind::Io(io) => anyhow!("cannot read {name}: {io}"),
        _ => anyhow!("{name}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &[u8]) -> Result<CsvSource> {
        CsvSource::from_reader("t.csv", Box::new(Cursor::new(text.to_vec())))
    }

    #[test]
    fn detects_delimiters() {
        assert_eq!(detect_delimiter(b"a;b;c\n1;2;3"), b';');
        assert_eq!(detect_delimiter(b"a\tb\n"), b'\t');
        assert_eq!(detect_delimiter(b"a|b|c\n"), b'|');
        assert_eq!(detect_delimiter(b"\"x;y\",b\n"), b',');
        assert_eq!(detect_delimiter(b"single\n1\n"), b',');
    }

    #[test]
    fn bom_crlf_and_quotes() {
        let (t, _) = source(b"\xef\xbb\xbfname;value\r\n\"a;b\";1,5\r\nc;2\r\n")
            .and_then(CsvSource::load_all)
            .expect("load");
        assert_eq!(t.names, vec!["name", "value"]);
        assert_eq!(t.column("name").map(|c| c.label(0)), Some("a;b".to_string()));
        assert!(
            matches!(t.column("value"), Some(Column::Category(_))),
            "1,5 is text with a ; delimiter"
        );
    }

    #[test]
    fn refusals_name_the_problem() {
        let err = |bytes: &[u8]| {
            source(bytes)
                .and_then(CsvSource::load_all)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(b"").contains("is empty"));
        assert!(err(b"a,b\n").contains("no data rows"));
        assert!(err(b"a,b\n1,2\n3\n").contains("line 3 has 1 fields, but the header has 2"));
        assert!(err(b"\x89PNG\r\n\x1a\n\0\0\0").contains("binary"));
    }

    #[test]
    fn a_bad_number_names_line_column_and_value() {
        let mut text = String::from("x,y\n");
        for i in 0..1500 {
            text.push_str(&format!("{i},{i}\n"));
        }
        text.push_str("7,oops\n");
        let src = source(text.as_bytes()).expect("open");
        assert_eq!(src.kind_of("y"), Some(Kind::Number), "inferred from the first rows");
        let err = src.load(&[(1, Want::Number)]).expect_err("bad cell").to_string();
        assert!(
            err.contains("line 1502") && err.contains("\"y\"") && err.contains("oops"),
            "{err}"
        );
    }

    #[test]
    fn missing_and_infinite_values_are_counted() {
        let (t, skipped) = source(b"v\n1\nNA\n\"\"\ninf\n-Infinity\n2\n")
            .and_then(CsvSource::load_all)
            .expect("load");
        assert_eq!(
            skipped[0],
            Skipped {
                missing: 2,
                infinite: 2
            }
        );
        assert!(
            matches!(t.column("v"), Some(Column::Number(v)) if v.len() == 6 && v.iter().filter(|x| x.is_finite()).count() == 2)
        );
    }

    #[test]
    fn non_utf8_is_decoded_lossily_with_a_note() {
        let src = source(b"name,v\ncaf\xe9,1\n").expect("open");
        assert!(src.notes.iter().any(|n| n.contains("UTF-8")));
        let (t, _) = src.load_all().expect("load");
        assert_eq!(t.column("name").map(|c| c.label(0)), Some("caf\u{fffd}".to_string()));
    }

    #[test]
    fn auto_columns_fall_back_to_text() {
        let src = source(b"g\n1\n2\nNA\nthree\n").expect("open");
        let (t, _) = src.load(&[(0, Want::Auto(Kind::Number))]).expect("load");
        let labels: Vec<String> = (0..4).map(|i| t.columns[0].label(i)).collect();
        assert_eq!(labels, vec!["1", "2", "", "three"]);
    }

    #[test]
    fn dates_and_datetimes() {
        assert_eq!(parse_datetime("1970-01-02"), Some(1.0));
        assert_eq!(parse_datetime("1970-01-01T12:00:00"), Some(0.5));
        assert_eq!(parse_datetime("1970-01-01 06:00"), Some(0.25));
        assert_eq!(parse_datetime("1970-01-02T00:00:00Z"), Some(1.0));
        assert_eq!(parse_datetime("2012/03/01"), parse_datetime("2012-03-01"));
        assert!(parse_datetime("yesterday").is_none());
        let src = source(b"when,v\n2020-01,1\n2020-02,2\n").expect("open");
        assert_eq!(src.kind_of("when"), Some(Kind::Date));
    }

    #[test]
    fn escape_sequences_in_labels_are_stripped() {
        let (t, _) = source(b"name,v\n\x1b[31mred\x1b[0m,1\n")
            .and_then(CsvSource::load_all)
            .expect("load");
        assert_eq!(t.column("name").map(|c| c.label(0)), Some("red".to_string()));
    }
}
