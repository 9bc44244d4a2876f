//! Reading CSV into a [`Table`]: the one loader for the embedded samples,
//! a user's file and standard input.
//!
//! It streams: the first rows are read once to detect the delimiter and
//! infer each column's kind; then every row is parsed straight from the
//! reader into typed columns, reusing one `ByteRecord`, and only the columns
//! a chart uses are kept (numbers as `f64`, never as `String`).

use super::parse::{
    infer_kind, is_missing, is_missing_bytes, parse_datetime, parse_number, parse_simple_decimal, scan_decimal,
};
use super::table::{is_row_number_column, Column, Kind, Table};
use crate::text::sanitize;
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
    /// Per column: the unnamed row-number column R and pandas write, judged
    /// from the first rows (see [`super::table::is_row_number_column`]).
    pub row_numbers: Vec<bool>,
    /// Per column of dates that the first rows show as text because some
    /// do not read as dates: a message naming the first odd one out (a
    /// date written another way, a day that does not exist).
    pub misfits: Vec<Option<String>>,
    delimiter: u8,
    /// Bytes read so far that follow the header, not parsed yet.
    pending: Vec<u8>,
    /// The line number of the first byte of `pending`.
    first_line: u64,
    rest: Box<dyn Read>,
    /// Rows the whole input probably has (from its size), to size columns once.
    rows_hint: usize,
    /// Whether the bytes read are not the file's (inflated, or decoded from
    /// UTF-16): then its size says nothing about its rows.
    recoded: bool,
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
        let mut source = CsvSource::from_reader(&name, Box::new(file))?;
        if source.recoded {
            return Ok(source);
        }
        // Growing a 10M-row column by doubling copies it again and again.
        let line_bytes = (source.pending.len() / memchr::memchr_iter(b'\n', &source.pending).count().max(1)).max(1);
        source.rows_hint = usize::try_from(meta.len()).unwrap_or(0) / line_bytes;
        Ok(source)
    }

    pub fn from_reader(name: &str, reader: Box<dyn Read>) -> Result<CsvSource> {
        let (mut prefix, mut reader, recoded) = decoded(name, reader)?;
        if prefix.iter().all(u8::is_ascii_whitespace) {
            bail!("{name} is empty");
        }
        if prefix.contains(&0) {
            bail!("{name} {}", binary_kind(&prefix));
        }
        let mut notes = Vec::new();
        if std::str::from_utf8(trim_partial_utf8(&prefix)).is_err() {
            notes.push(format!("{name} is not valid UTF-8; invalid bytes are shown as �"));
        }
        if prefix.starts_with(b"\xef\xbb\xbf") {
            prefix.drain(..3);
        }
        let delimiter = detect_delimiter(&prefix);
        // Enough rows to infer kinds from (wide rows may need more bytes).
        let whole = read_enough_rows(name, &mut prefix, &mut reader)?;
        // A quote the file never closes swallows the rest of it into one
        // field: say where it opened, before any column is judged by that.
        if let Some(line) = unclosed_quote(&prefix, delimiter).filter(|_| whole) {
            bail!("{name}: line {line}: a quote opens there and is never closed");
        }
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(true)
            .from_reader(prefix.as_slice());
        let header = csv.byte_headers().map_err(|e| csv_error(name, &e))?.clone();
        let names = unique_names(
            header
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
                .collect(),
            &mut notes,
        );
        let mut first_rows: Vec<ByteRecord> = Vec::new();
        let mut record = ByteRecord::new();
        while first_rows.len() < INFER_ROWS {
            match csv.read_byte_record(&mut record) {
                Ok(true) => first_rows.push(record.clone()),
                Err(e) if first_rows.is_empty() => {
                    if let Some(line) = unclosed_quote(&prefix, delimiter) {
                        bail!("{name}: line {line}: a quote opens there and is never closed");
                    }
                    return Err(csv_error(name, &e));
                }
                // At the end, or at a bad row: infer from the rows so far;
                // loading reports the bad row (or reads a row the prefix
                // cut in two whole).
                Ok(false) | Err(_) => break,
            }
        }
        let Some(start) = first_rows.first().and_then(ByteRecord::position).cloned() else {
            bail!("{name} has a header row but no data rows");
        };
        let kinds: Vec<Kind> = (0..names.len())
            .map(|i| infer_kind(&first_rows.iter().map(|r| r.get(i).unwrap_or(b""))))
            .collect();
        let row_numbers = (0..names.len())
            .map(|i| {
                kinds[i] == Kind::Number
                    && is_row_number_column(
                        &names[i],
                        i,
                        first_rows
                            .iter()
                            .map(|r| r.get(i).and_then(|c| parse_number(c.trim_ascii())).unwrap_or(f64::NAN)),
                    )
            })
            .collect();
        let misfits = (0..names.len())
            .map(|i| {
                (kinds[i] == Kind::Category)
                    .then(|| date_misfit(name, &names[i], &first_rows, i))
                    .flatten()
            })
            .collect();
        drop(csv);
        let pending = prefix.split_off(start.byte() as usize);
        Ok(CsvSource {
            name: name.to_string(),
            names,
            kinds,
            notes,
            row_numbers,
            misfits,
            delimiter,
            pending,
            first_line: start.line(),
            rest: reader,
            rows_hint: 0,
            recoded,
        })
    }

    /// The line data row `row` (from 0, as loaded: blank lines are not
    /// rows) starts on, reading the rest of the source again. For messages
    /// about a value found wrong after loading.
    pub fn line_of_row(self, row: usize) -> Option<u64> {
        let mut reader = Cursor::new(self.pending).chain(self.rest);
        let mut scan = RowScan::new(self.first_line);
        let mut block = vec![0; 64 * 1024];
        loop {
            let n = reader.read(&mut block).ok()?;
            if n == 0 {
                return None;
            }
            for &b in &block[..n] {
                if let Some(start) = scan.step(b) {
                    if scan.rows == row + 1 {
                        return Some(start);
                    }
                }
            }
        }
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
        let mut parser = Parser {
            name: &self.name,
            names: &self.names,
            wanted,
            delimiter: self.delimiter,
            lossy: false,
            second_half: Vec::new(),
        };
        let mut builders: Vec<Builder> = wanted.iter().map(|(_, w)| Builder::new(*w)).collect();
        for builder in &mut builders {
            if let Builder::Number(v, _) | Builder::Date(v, _) = builder {
                v.reserve(self.rows_hint.min(500_000_000));
            }
        }
        let mut buf = std::mem::take(&mut self.pending);
        let mut line = self.first_line;
        let mut eof = false;
        loop {
            while buf.len() < BLOCK_BYTES && !eof {
                let before = buf.len();
                (&mut self.rest)
                    .take(BLOCK_BYTES as u64)
                    .read_to_end(&mut buf)
                    .with_context(|| format!("cannot read {}", self.name))?;
                eof = buf.len() == before;
            }
            if memchr::memchr(b'"', &buf).is_some() {
                // Quotes can hide delimiters and line breaks: from here on
                // the csv crate reads, whatever it takes.
                let rest = std::mem::replace(&mut self.rest, Box::new(std::io::empty()));
                let reader = Cursor::new(std::mem::take(&mut buf)).chain(rest);
                parser.quoted(reader, line, &mut builders)?;
                break;
            }
            let cut = if eof {
                buf.len()
            } else if let Some(i) = memchr::memrchr(b'\n', &buf) {
                i + 1
            } else {
                // One line longer than a block: read on.
                let before = buf.len();
                (&mut self.rest)
                    .take(BLOCK_BYTES as u64)
                    .read_to_end(&mut buf)
                    .with_context(|| format!("cannot read {}", self.name))?;
                eof = buf.len() == before;
                continue;
            };
            line = parser.plain(&buf[..cut], line, &mut builders)?;
            buf.drain(..cut);
            if eof && buf.is_empty() {
                break;
            }
        }
        if parser.lossy && self.notes.iter().all(|n| !n.contains("UTF-8")) {
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

/// Rows and lines of CSV bytes, as the loader counts them: a row is a
/// non-blank line, or several when a quoted field holds line breaks.
struct RowScan {
    /// The current line.
    line: u64,
    /// Rows begun so far.
    rows: usize,
    in_row: bool,
    quoted: bool,
}

impl RowScan {
    fn new(first_line: u64) -> Self {
        RowScan {
            line: first_line,
            rows: 0,
            in_row: false,
            quoted: false,
        }
    }

    /// Takes one byte; returns the row's line when a row begins with it.
    fn step(&mut self, b: u8) -> Option<u64> {
        match b {
            b'\n' => {
                self.line += 1;
                if !self.quoted {
                    self.in_row = false;
                }
                None
            }
            b'\r' => None,
            _ => {
                if b == b'"' {
                    self.quoted = !self.quoted;
                }
                if self.in_row {
                    None
                } else {
                    self.in_row = true;
                    self.rows += 1;
                    Some(self.line)
                }
            }
        }
    }
}

/// The line data row `row` (from 0) of the file at `path` starts on.
pub fn line_of_row(path: &str, row: usize) -> Option<u64> {
    CsvSource::open(path).ok()?.line_of_row(row)
}

/// Reads on until `prefix` holds enough rows to infer kinds from (wide
/// rows may need more bytes); whether it then holds the whole input.
fn read_enough_rows(name: &str, prefix: &mut Vec<u8>, reader: &mut Box<dyn Read>) -> Result<bool> {
    let mut whole = prefix.len() < SNIFF_BYTES;
    while !whole && memchr::memchr_iter(b'\n', prefix).count() <= INFER_ROWS && prefix.len() < MAX_SNIFF_BYTES {
        let before = prefix.len();
        reader
            .take(SNIFF_BYTES as u64)
            .read_to_end(prefix)
            .with_context(|| format!("cannot read {name}"))?;
        whole = prefix.len() - before < SNIFF_BYTES;
    }
    Ok(whole)
}

/// The first bytes of `reader` and the reader to go on with, decoded to
/// UTF-8 text: gzip is inflated, UTF-16 with a byte-order mark decoded,
/// and lone CR line ends (old Mac files) become LF.
fn decoded(name: &str, reader: Box<dyn Read>) -> Result<(Vec<u8>, Box<dyn Read>, bool)> {
    let read_prefix = |mut reader: Box<dyn Read>| -> Result<(Vec<u8>, Box<dyn Read>)> {
        let mut prefix = Vec::with_capacity(SNIFF_BYTES);
        (&mut reader)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut prefix)
            .with_context(|| format!("cannot read {name}"))?;
        Ok((prefix, reader))
    };
    let (mut prefix, mut reader) = read_prefix(reader)?;
    let recoded =
        prefix.starts_with(&[0x1f, 0x8b]) || prefix.starts_with(&[0xff, 0xfe]) || prefix.starts_with(&[0xfe, 0xff]);
    if prefix.starts_with(&[0x1f, 0x8b]) {
        let whole: Box<dyn Read> = Box::new(Cursor::new(prefix).chain(reader));
        (prefix, reader) = read_prefix(Box::new(InflateErrors {
            inner: flate2::read::MultiGzDecoder::new(whole),
            name: name.to_string(),
        }))?;
    }
    let utf16 = match prefix.get(..2) {
        Some([0xff, 0xfe]) => Some(true),
        Some([0xfe, 0xff]) => Some(false),
        _ => None,
    };
    if let Some(little_endian) = utf16 {
        let whole: Box<dyn Read> = Box::new(Cursor::new(prefix.split_off(2)).chain(reader));
        (prefix, reader) = read_prefix(Box::new(Utf16Reader::new(whole, little_endian)))?;
    }
    if memchr::memchr(b'\n', &prefix).is_none() && memchr::memchr(b'\r', &prefix).is_some() {
        for b in &mut prefix {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
        reader = Box::new(CrToLf(reader));
    }
    Ok((prefix, reader, recoded))
}

/// For a column most of whose first cells are dates: the message about
/// the first cell that is not one (see [`CsvSource::misfits`]).
fn date_misfit(source: &str, column: &str, rows: &[ByteRecord], i: usize) -> Option<String> {
    // Most text columns are no dates at all: a glance at the first cells
    // tells, without parsing a thousand.
    let glance: Vec<&[u8]> = rows
        .iter()
        .filter_map(|r| r.get(i))
        .map(<[u8]>::trim_ascii)
        .filter(|c| !is_missing_bytes(c))
        .take(8)
        .collect();
    let glanced_dates = glance
        .iter()
        .filter(|c| std::str::from_utf8(c).ok().and_then(parse_datetime).is_some())
        .count();
    if glanced_dates * 4 < glance.len() {
        return None;
    }
    let cells: Vec<(u64, &str)> = rows
        .iter()
        .filter_map(|r| {
            Some((
                r.position().map_or(0, csv::Position::line),
                std::str::from_utf8(r.get(i)?).ok()?.trim(),
            ))
        })
        .filter(|(_, c)| !is_missing(c))
        .collect();
    let dates: Vec<&(u64, &str)> = cells.iter().filter(|(_, c)| parse_datetime(c).is_some()).collect();
    let first = dates.first()?;
    if dates.len() * 2 < cells.len() {
        return None;
    }
    let (line, odd) = cells.iter().find(|(_, c)| parse_datetime(c).is_none())?;
    let what = if date_shaped(odd) {
        String::from("not a valid date (there is no such day)")
    } else {
        format!(
            "not a date written like the others ({:?} on line {}): write every date the same way, e.g. YYYY-MM-DD",
            first.1, first.0
        )
    };
    Some(format!(
        "{source}: line {line}, column {column:?}: {:?} is {what}",
        sanitize(odd)
    ))
}

/// Digits laid out as a date (YYYY-MM-DD or YYYY/MM/DD), whether or not
/// the day exists.
fn date_shaped(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['-', '/']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].len() == 4
        && parts[1].len() <= 2
        && parts[2].len() <= 2
}

/// The line where a quote opens that `bytes` never close, if any.
fn unclosed_quote(bytes: &[u8], delimiter: u8) -> Option<u64> {
    let mut quotes = Quotes::new(1, delimiter);
    for &b in bytes {
        quotes.step(b);
    }
    quotes.open()
}

/// Where quoted fields open and close, as the csv crate reads them: a
/// quote opens one only at the start of a field (`5'11"` is text), `""`
/// inside is a quote, and lines are counted throughout.
#[derive(Clone, Copy, Debug)]
struct Quotes {
    delimiter: u8,
    line: u64,
    field_start: bool,
    /// The line the open quoted field began on.
    opened: Option<u64>,
    /// A quote seen inside a quoted field: it closes it, or with the next
    /// quote stands for one.
    pending: bool,
}

impl Quotes {
    fn new(line: u64, delimiter: u8) -> Self {
        Quotes {
            delimiter,
            line,
            field_start: true,
            opened: None,
            pending: false,
        }
    }

    fn step(&mut self, b: u8) {
        if b == b'\n' {
            self.line += 1;
        }
        if self.opened.is_some() {
            if self.pending {
                self.pending = false;
                if b == b'"' {
                    return;
                }
                self.opened = None;
            } else {
                self.pending = b == b'"';
                return;
            }
        }
        if b == b'"' && self.field_start {
            self.opened = Some(self.line);
            self.field_start = false;
            return;
        }
        self.field_start = b == self.delimiter || b == b'\n' || b == b'\r';
    }

    /// The line of a quote still open at the end, if any.
    fn open(&self) -> Option<u64> {
        self.opened.filter(|_| !self.pending)
    }
}

/// Header names made unique: a repeated `x` becomes `x_2` (then `x_3`, or
/// the next free number), with a note, so every column can be named.
fn unique_names(names: Vec<String>, notes: &mut Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    let taken: std::collections::HashSet<String> = names.iter().cloned().collect();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for name in names {
        if seen.insert(name.clone()) {
            out.push(name);
            continue;
        }
        let renamed = (2..=taken.len() + 1)
            .map(|k| format!("{name}_{k}"))
            .find(|n| !taken.contains(n) && !seen.contains(n))
            .unwrap_or_default();
        notes.push(format!(
            "the header repeats {name:?}: column {} is called {renamed:?}",
            out.len() + 1
        ));
        seen.insert(renamed.clone());
        out.push(renamed);
    }
    out
}

/// What a file with NUL bytes is, for the message that refuses it.
fn binary_kind(prefix: &[u8]) -> String {
    // Text in UTF-16 has a NUL in (nearly) every other byte.
    let every_other_nul = |start: usize| {
        let half: Vec<u8> = prefix.iter().skip(start).step_by(2).take(200).copied().collect();
        memchr::memchr_iter(0, &half).count() * 10 >= half.len() * 9
    };
    if prefix.len() >= 4 && (every_other_nul(0) || every_other_nul(1)) {
        String::from("looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)")
    } else if prefix.starts_with(b"PK\x03\x04") {
        String::from("is a ZIP archive (an Excel .xlsx workbook?), not CSV text; save the sheet as CSV")
    } else {
        String::from("looks like a binary file, not CSV text (it contains NUL bytes)")
    }
}

/// A gzip decoder whose errors say that the compressed data is broken.
struct InflateErrors<R> {
    inner: R,
    name: String,
}

impl<R: Read> Read for InflateErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.inner.read(buf).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("{} is gzip-compressed, but cannot be inflated: {e}", self.name),
            )
        })
    }
}

/// Lone CR line ends as LF.
struct CrToLf(Box<dyn Read>);

impl Read for CrToLf {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        for b in &mut buf[..n] {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
        Ok(n)
    }
}

/// UTF-16 (either byte order) decoded to UTF-8 as it is read; unpaired
/// surrogates become U+FFFD.
struct Utf16Reader {
    inner: Box<dyn Read>,
    little_endian: bool,
    /// Bytes read but not decoded yet (an odd byte, half a surrogate pair).
    raw: Vec<u8>,
    /// UTF-8 decoded but not handed out yet.
    out: Vec<u8>,
    at: usize,
    eof: bool,
}

impl Utf16Reader {
    fn new(inner: Box<dyn Read>, little_endian: bool) -> Self {
        Utf16Reader {
            inner,
            little_endian,
            raw: Vec::new(),
            out: Vec::new(),
            at: 0,
            eof: false,
        }
    }

    fn fill(&mut self) -> std::io::Result<()> {
        let mut block = vec![0u8; 64 * 1024];
        while self.at >= self.out.len() && !self.eof {
            let n = self.inner.read(&mut block)?;
            self.eof = n == 0;
            self.raw.extend_from_slice(&block[..n]);
            let mut units: Vec<u16> = self
                .raw
                .chunks_exact(2)
                .map(|p| {
                    if self.little_endian {
                        u16::from_le_bytes([p[0], p[1]])
                    } else {
                        u16::from_be_bytes([p[0], p[1]])
                    }
                })
                .collect();
            let mut used = units.len() * 2;
            // Keep a high surrogate at the end for its pair in the next block.
            if !self.eof && units.last().is_some_and(|u| (0xd800..0xdc00).contains(u)) {
                units.pop();
                used -= 2;
            }
            self.raw.drain(..used);
            self.out.clear();
            self.at = 0;
            let mut text = String::with_capacity(units.len());
            text.extend(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)));
            if self.eof && !self.raw.is_empty() {
                text.push(char::REPLACEMENT_CHARACTER);
                self.raw.clear();
            }
            self.out.extend_from_slice(text.as_bytes());
        }
        Ok(())
    }
}

impl Read for Utf16Reader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.fill()?;
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Bytes read (and parsed) at a time.
const BLOCK_BYTES: usize = 4 << 20;
/// At most this much is read to infer the kinds of very wide files.
const MAX_SNIFF_BYTES: usize = 16 << 20;

/// Parses rows into builders, naming the place of any bad cell.
struct Parser<'a> {
    name: &'a str,
    names: &'a [String],
    wanted: &'a [(usize, Want)],
    delimiter: u8,
    lossy: bool,
    /// Columns for the second half of a block parsed in two (see `plain`).
    second_half: Vec<Builder>,
}

impl Parser<'_> {
    fn bad_cell(&self, line: u64, col: usize, cell: &[u8], what: &str) -> anyhow::Error {
        anyhow!(
            "{}: line {line}, column {:?}: {:?} is not {what}",
            self.name,
            self.names[col],
            sanitize(&String::from_utf8_lossy(cell))
        )
    }

    fn ragged(&self, line: u64, fields: usize) -> anyhow::Error {
        anyhow!(
            "{}: line {line} has {fields} fields, but the header has {}",
            self.name,
            self.names.len()
        )
    }

    /// Parses whole lines without quotes, the fast way: split on bytes,
    /// parse numbers in place; in two halves on two cores when large and
    /// every wanted column is numeric. Returns the next line number.
    fn plain(&mut self, bytes: &[u8], line: u64, builders: &mut [Builder]) -> Result<u64> {
        let numeric = self.wanted.iter().all(|(_, w)| matches!(w, Want::Number | Want::Date));
        if numeric && bytes.len() > (1 << 20) {
            let middle = bytes.len() / 2;
            let split = memchr::memchr(b'\n', &bytes[middle..]).map_or(bytes.len(), |i| middle + i + 1);
            let (first, second) = bytes.split_at(split);
            let second_line = line + memchr::memchr_iter(b'\n', first).count() as u64;
            // The second half's columns are kept from block to block, so
            // their memory is allocated (and paged in) once.
            let mut other = std::mem::take(&mut self.second_half);
            if other.is_empty() {
                other = self.wanted.iter().map(|(_, w)| Builder::new(*w)).collect();
            }
            let mut twin = Parser {
                lossy: false,
                second_half: Vec::new(),
                ..*self
            };
            let (a, b) = rayon::join(
                || self.plain_lines(first, line, builders),
                || twin.plain_lines(second, second_line, &mut other),
            );
            a?;
            let next = b?;
            for (into, from) in builders.iter_mut().zip(&mut other) {
                into.append(from);
            }
            self.second_half = other;
            return Ok(next);
        }
        self.plain_lines(bytes, line, builders)
    }

    fn plain_lines(&mut self, bytes: &[u8], mut line: u64, builders: &mut [Builder]) -> Result<u64> {
        let width = self.names.len();
        let mut slots: Vec<Option<usize>> = vec![None; width];
        for (k, (col, _)) in self.wanted.iter().enumerate() {
            if let Some(s) = slots.get_mut(*col) {
                *s = Some(k);
            }
        }
        let numeric = self.wanted.len() <= FAST_COLUMNS && self.wanted.iter().all(|(_, w)| *w == Want::Number);
        let mut values = [0.0; FAST_COLUMNS];
        let mut at = 0;
        while at < bytes.len() {
            // Most rows of a big numeric file are plain decimals: parsed in
            // one pass; any other row goes the general way below.
            if numeric {
                if let Some(used) = fast_row(&bytes[at..], self.delimiter, &slots, &mut values) {
                    for (builder, v) in builders.iter_mut().zip(values) {
                        if let Builder::Number(column, _) = builder {
                            column.push(v);
                        }
                    }
                    at += used;
                    line += 1;
                    continue;
                }
            }
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
            self.row(&bytes[at..end], line, &slots, builders)?;
            at = end + 1;
            line += 1;
        }
        Ok(line)
    }

    /// Parses one line (without its line break) cell by cell.
    fn row(&mut self, raw: &[u8], line: u64, slots: &[Option<usize>], builders: &mut [Builder]) -> Result<()> {
        let row = raw.strip_suffix(b"\r").unwrap_or(raw);
        if row.is_empty() {
            return Ok(());
        }
        let mut field = 0;
        let mut start = 0;
        // One pass over the bytes; a cell is handled when its end is found.
        for end in memchr::memchr_iter(self.delimiter, row).chain(std::iter::once(row.len())) {
            if let Some(Some(k)) = slots.get(field) {
                let cell = &row[start..end];
                builders[*k]
                    .push(cell, &mut self.lossy)
                    .map_err(|what| self.bad_cell(line, field, cell, what))?;
            }
            field += 1;
            start = end + 1;
        }
        if field != slots.len() {
            return Err(self.ragged(line, field));
        }
        Ok(())
    }

    /// Parses the rest with the csv crate (quoted fields, embedded line breaks).
    fn quoted(&mut self, reader: impl Read, first_line: u64, builders: &mut [Builder]) -> Result<()> {
        let quotes = std::rc::Rc::new(std::cell::Cell::new(Quotes::new(first_line, self.delimiter)));
        let tracker = QuoteTracker {
            inner: reader,
            state: std::rc::Rc::clone(&quotes),
        };
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(tracker);
        let mut record = ByteRecord::new();
        while csv
            .read_byte_record(&mut record)
            .map_err(|e| csv_error(self.name, &e))?
        {
            let line = first_line + record.position().map_or(1, csv::Position::line) - 1;
            if record.len() != self.names.len() {
                if record.iter().any(|f| f.contains(&b'\n')) {
                    // A field in quotes that runs over lines into a ragged
                    // row: its closing quote is missing.
                    bail!(
                        "{}: line {line}: a quote opens on this line and is never closed (or closes lines later)",
                        self.name
                    );
                }
                return Err(self.ragged(line, record.len()));
            }
            for ((col, _), builder) in self.wanted.iter().zip(builders.iter_mut()) {
                let cell = record.get(*col).unwrap_or(b"");
                builder
                    .push(cell, &mut self.lossy)
                    .map_err(|what| self.bad_cell(line, *col, cell, what))?;
            }
        }
        // The csv crate ends a quote the file never closes at its end,
        // swallowing every line after it into one field.
        if let Some(opened) = quotes.get().open() {
            bail!("{}: line {opened}: a quote opens there and is never closed", self.name);
        }
        Ok(())
    }
}

/// Passes bytes through, following their quotes in `state`, so an
/// unclosed quote is found once the csv crate is done.
struct QuoteTracker<R> {
    inner: R,
    state: std::rc::Rc<std::cell::Cell<Quotes>>,
}

impl<R: Read> Read for QuoteTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut quotes = self.state.get();
        for &b in &buf[..n] {
            quotes.step(b);
        }
        self.state.set(quotes);
        Ok(n)
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
        // The hot path of a big numeric file: a plain decimal, nothing else.
        if let Builder::Number(values, _) = self {
            if let Some(v) = parse_simple_decimal(cell) {
                values.push(v);
                return Ok(());
            }
        }
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
                    let what = if date_shaped(text) {
                        "a valid date (there is no such day)"
                    } else {
                        "a date (YYYY-MM-DD, YYYY-MM, YYYY/MM/DD or ISO 8601)"
                    };
                    values.push(parse_datetime(text).ok_or(what)?);
                }
            }
            Builder::Auto(_) => {}
            Builder::Text(values, skipped) => {
                let text = if let Ok(t) = std::str::from_utf8(trimmed) {
                    std::borrow::Cow::Borrowed(t)
                } else {
                    {
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

    /// Moves the values of `other` (the next rows) to the end of these,
    /// leaving `other` empty but with its memory.
    fn append(&mut self, other: &mut Builder) {
        match (self, other) {
            (Builder::Number(a, sa), Builder::Number(b, sb)) | (Builder::Date(a, sa), Builder::Date(b, sb)) => {
                a.append(b);
                sa.missing += std::mem::take(&mut sb.missing);
                sa.infinite += std::mem::take(&mut sb.infinite);
            }
            (Builder::Text(a, sa), Builder::Text(b, sb)) => {
                a.append(b);
                sa.missing += std::mem::take(&mut sb.missing);
            }
            // Only numeric columns are parsed in halves.
            _ => {}
        }
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

/// At most this many wanted columns take the one-pass path of [`fast_row`].
const FAST_COLUMNS: usize = 8;

/// Parses one row whose wanted cells are all plain decimals (see
/// [`parse_simple_decimal`]) in a single pass over its bytes, into `values`
/// (in wanted order). Returns the bytes used, line break included, or None
/// for anything else (a missing value, an exponent, spaces, a ragged or
/// empty row), which the general path then parses and reports.
fn fast_row(bytes: &[u8], delimiter: u8, slots: &[Option<usize>], values: &mut [f64; FAST_COLUMNS]) -> Option<usize> {
    let mut at = 0;
    let last = slots.len().checked_sub(1)?;
    for (field, slot) in slots.iter().enumerate() {
        if let Some(k) = slot {
            let (value, used) = scan_decimal(&bytes[at..])?;
            values[*k] = value;
            at += used;
        } else {
            at += memchr::memchr2(delimiter, b'\n', &bytes[at..]).unwrap_or(bytes.len() - at);
        }
        let next = bytes.get(at).copied();
        if field < last {
            if next != Some(delimiter) {
                return None;
            }
            at += 1;
        } else {
            return match next {
                None => Some(at),
                Some(b'\n') => Some(at + 1),
                Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => Some(at + 2),
                Some(_) => None,
            };
        }
    }
    None
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

impl Table {
    /// Reads CSV text with a header row; each column gets the kind its
    /// values have (the same loader as a user's file).
    pub fn from_csv(source: &str, text: &str) -> Result<Table> {
        let reader = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        Ok(CsvSource::from_reader(source, reader)?.load_all()?.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    fn source(text: &[u8]) -> Result<CsvSource> {
        CsvSource::from_reader("t.csv", Box::new(Cursor::new(text.to_vec())))
    }

    #[test]
    fn the_one_pass_path_reads_what_the_general_path_reads() {
        let text: &[u8] = b"a,b,c\n1,x,2\n-0.5,y,+3.25\r\n\n7.,z,.5\nNA,w,1e3\n 4,v,5\n1234567890123456,u,1\n9,t,8";
        let numbers = |src: CsvSource| src.load(&[(0, Want::Number), (2, Want::Number)]);
        // Auto columns never take the one-pass path.
        let general = |src: CsvSource| src.load(&[(0, Want::Auto(Kind::Number)), (2, Want::Auto(Kind::Number))]);
        let (fast, fast_skipped) = source(text).and_then(numbers).expect("load");
        let (slow, _) = source(text).and_then(general).expect("load");
        assert_eq!(fast_skipped[0].missing, 1);
        for (f, s) in fast.columns.iter().zip(&slow.columns) {
            let (Column::Number(f), Column::Number(s)) = (f, s) else {
                panic!("numbers expected");
            };
            assert_eq!(f.len(), 7);
            assert!(
                f.iter().zip(s).all(|(a, b)| a == b || (a.is_nan() && b.is_nan())),
                "{f:?} vs {s:?}"
            );
        }
        let err = source(b"a,b\n1,2\n3,4,5\n")
            .and_then(|s| s.load(&[(0, Want::Number), (1, Want::Number)]))
            .expect_err("ragged");
        assert!(err.to_string().contains("line 3 has 3 fields"), "{err}");
        let err = source(b"a,b\n1,2\n3,4x\n")
            .and_then(|s| s.load(&[(0, Want::Number), (1, Want::Number)]))
            .expect_err("bad cell");
        assert!(
            err.to_string().contains("line 3") && err.to_string().contains("4x"),
            "{err}"
        );
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
            let _ = writeln!(text, "{i},{i}");
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

    fn labels(t: &Table, column: &str) -> Vec<String> {
        t.column(column)
            .map(|c| (0..c.len()).map(|i| c.label(i)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_and_without_one_named() {
        let text = "name,v\r\nnaïve 😀,3\r\nb,5\r\n";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        for bytes in [le, be] {
            let (t, _) = source(&bytes).and_then(CsvSource::load_all).expect("utf-16");
            assert_eq!(labels(&t, "name"), vec!["naïve 😀", "b"]);
            assert_eq!(t.column("v"), Some(&Column::Number(vec![3.0, 5.0])));
        }
        let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let err = source(&bare).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("UTF-16 text without a byte-order mark"), "{err}");
        let err = source(b"PK\x03\x04\x14\0\0\0")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("ZIP archive"), "{err}");
    }

    #[test]
    fn gzip_is_read_as_it_is() {
        use std::io::Write as _;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"x,y\n1,2\n3,4\n").expect("gzip");
        let bytes = gz.finish().expect("gzip");
        let (t, _) = source(&bytes).and_then(CsvSource::load_all).expect("gz");
        assert_eq!(t.column("y"), Some(&Column::Number(vec![2.0, 4.0])));
        let err = source(&bytes[..12])
            .and_then(CsvSource::load_all)
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.contains("gzip-compressed, but cannot be inflated"), "{err}");
    }

    #[test]
    fn cr_only_line_ends_are_lines() {
        let (t, _) = source(b"name,v\rx,3\ry,5\r").and_then(CsvSource::load_all).expect("cr");
        assert_eq!(labels(&t, "name"), vec!["x", "y"]);
        assert_eq!(t.column("v"), Some(&Column::Number(vec![3.0, 5.0])));
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_opens_on() {
        let err = |bytes: &[u8]| {
            source(bytes)
                .and_then(CsvSource::load_all)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        for text in [&b"a,b\n\"x,1\n2,3\n"[..], b"a,b\n1,2\n3,\"x\n4,5\n6,7\n"] {
            assert_eq!(
                err(text),
                "t.csv: line 3: a quote opens there and is never closed"
                    .replace("line 3", if text[4] == b'"' { "line 2" } else { "line 3" })
            );
        }
        // Past the first rows too.
        let mut long = String::from("a,b\n");
        for i in 0..2000 {
            let _ = writeln!(long, "{i},{i}");
        }
        long.push_str("1,\"open\n2,3\n");
        assert_eq!(
            err(long.as_bytes()),
            "t.csv: line 2002: a quote opens there and is never closed"
        );
        // A quote inside a field is text, and "" inside quotes a quote.
        let (t, _) = source(b"h,v\n5'11\",1\n\"say \"\"hi\"\"\",2\n")
            .and_then(CsvSource::load_all)
            .expect("quotes");
        assert_eq!(labels(&t, "h"), vec!["5'11\"", "say \"hi\""]);
    }

    #[test]
    fn repeated_header_names_are_numbered_with_a_note() {
        let src = source(b"x,x,y,x_2\n1,2,3,4\n").expect("open");
        assert_eq!(src.names, vec!["x", "x_3", "y", "x_2"]);
        assert!(
            src.notes
                .iter()
                .any(|n| n.contains("repeats \"x\": column 2 is called \"x_3\"")),
            "{:?}",
            src.notes
        );
        let (t, _) = src.load_all().expect("load");
        assert_eq!(t.column("x_3"), Some(&Column::Number(vec![2.0])));
    }

    #[test]
    fn dates_that_do_not_fit_name_their_line() {
        let src = source(b"date,v\n2020-01-01,1\n2020-01-02,2\n01/04/2020,4\n2020-01-05,5\n").expect("open");
        assert_eq!(src.kind_of("date"), Some(Kind::Category));
        assert_eq!(
            src.misfits[0].as_deref(),
            Some(
                "t.csv: line 4, column \"date\": \"01/04/2020\" is not a date written like the others \
                 (\"2020-01-01\" on line 2): write every date the same way, e.g. YYYY-MM-DD"
            )
        );
        let src = source(b"date,v\n2020-01-01,1\n2020-02-30,2\n").expect("open");
        assert!(
            src.misfits[0]
                .as_deref()
                .is_some_and(|m| m.ends_with("\"2020-02-30\" is not a valid date (there is no such day)")),
            "{:?}",
            src.misfits
        );
        assert_eq!(src.misfits[1], None);
        // Mostly text: no date column, no message.
        assert_eq!(source(b"d\n2020-01-01\nfoo\nbar\n").expect("open").misfits, vec![None]);
        // Past the first rows, the loader says the same.
        let mut long = String::from("date\n");
        for _ in 0..1500 {
            long.push_str("2020-01-01\n");
        }
        long.push_str("2021-02-29\n");
        let err = source(long.as_bytes())
            .and_then(|s| s.load(&[(0, Want::Date)]))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("line 1502") && err.contains("is not a valid date (there is no such day)"),
            "{err}"
        );
    }
}
