//! A fuzz target for the CSV loader and the binding, as proptests (cargo-fuzz
//! needs a nightly compiler): whatever bytes a file holds, loading it (as a
//! whole file, column by column in every way, from a file on disk) and
//! binding every chart's roles to it return a value or an error, never a
//! panic. Errors are fine; a panic or a hang is the bug.
//!
//! Two kinds of input: raw bytes (behind the prefixes that switch the
//! loader's paths: UTF-8 and UTF-16 byte-order marks, gzip's magic), and
//! near-CSV text built from the pieces that break loaders (quotes opened
//! and not closed, `""`, CR and CRLF line ends, repeated and empty header
//! names, odd delimiters, dates that do not exist, control characters).

use proptest::prelude::*;
use rgg::catalogue;
use rgg::data::load::{CsvSource, Want};
use rgg::data::table::Kind;
use rgg::data::user::{self, LoadedFile};

/// Loads `bytes` every way there is and binds every chart; only a panic fails.
fn load_and_bind(bytes: &[u8]) {
    let open = || CsvSource::from_reader("fuzz.csv", Box::new(std::io::Cursor::new(bytes.to_vec())));
    let Ok(source) = open() else { return };
    let columns = source.names.len();
    // Each column as every kind it could be asked for.
    for want in [
        Want::Number,
        Want::Date,
        Want::Text,
        Want::Auto(Kind::Number),
        Want::Auto(Kind::Date),
    ] {
        if let Ok(source) = open() {
            let wanted: Vec<(usize, Want)> = (0..columns).map(|i| (i, want)).collect();
            let _ = source.load(&wanted);
        }
    }
    if let Ok(source) = open() {
        let _ = source.line_of_row(3);
    }
    let notes = source.notes.clone();
    let misfits = source.misfits.clone();
    let wanted: Vec<(usize, Want)> = source
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (i, Want::Auto(*k)))
        .collect();
    let Ok((table, skipped)) = source.load(&wanted) else {
        return;
    };
    let file = LoadedFile {
        table,
        skipped,
        notes,
        path: None,
        misfits,
    };
    let first = file.table.names.first().cloned().unwrap_or_default();
    for chart in catalogue::all() {
        let _ = user::bind_loaded(&file, "t", chart.roles, &[]);
        if let Some(spec) = chart.roles.first() {
            let _ = user::bind_loaded(
                &file,
                "t",
                chart.roles,
                &[rgg::data::RoleColumns::new(spec.role, vec![first.clone()])],
            );
        }
    }
}

/// The same bytes as a file on disk, through the command line's path
/// (which reads a bad row's line again from the file).
fn load_from_disk(bytes: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else { return };
    let path = dir.path().join("fuzz.csv");
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    let path = path.to_string_lossy();
    for id in ["line", "bubble-map", "candlestick", "network", "barplot"] {
        if let Some(chart) = catalogue::find(id) {
            let _ = user::load(&path, "t", chart.roles, &[]);
        }
    }
    let _ = user::load_file(&path);
}

fn prefix() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(Vec::new()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(vec![0xff, 0xfe]),
        Just(vec![0xfe, 0xff]),
        Just(vec![0x1f, 0x8b, 0x08, 0x00]),
        Just(b"PK\x03\x04".to_vec()),
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (-1e9f64..1e9).prop_map(|v| format!("{v}")),
        (0u32..30).prop_map(|v| v.to_string()),
        Just(String::from("1e308")),
        Just(String::from("-1e308")),
        Just(String::from("NA")),
        Just(String::from("inf")),
        Just(String::from("2020-01-01")),
        Just(String::from("2020-02-30")),
        Just(String::from("01/04/2020")),
        Just(String::from("2020-01-01T12:00:00Z")),
        Just(String::from("\"")),
        Just(String::from("\"\"")),
        Just(String::from("\"a,b\"")),
        Just(String::from("\"open")),
        Just(String::from("5'11\"")),
        Just(String::from(",")),
        Just(String::from(";")),
        Just(String::from("\t")),
        Just(String::from("|")),
        Just(String::from("\n")),
        Just(String::from("\r")),
        Just(String::from("\r\n")),
        Just(String::new()),
        Just(String::from("\u{1b}]52;c;aGk=\u{7}")),
        Just(String::from("नमस्ते")),
        Just(String::from("👩\u{200d}👩\u{200d}👧")),
        Just(String::from("\0")),
        "[a-c]{1,3}",
        "\\PC{0,6}",
    ]
}

fn header() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(String::new()),
            Just(String::from("x")),
            Just(String::from("x")),
            Just(String::from("x_2")),
            Just(String::from("date")),
            Just(String::from("lat")),
            Just(String::from("lon")),
            Just(String::from("open")),
            Just(String::from("high")),
            Just(String::from("low")),
            Just(String::from("close")),
            Just(String::from("source")),
            Just(String::from("target")),
            Just(String::from("...1")),
            Just(String::from("Unnamed: 0")),
            "[a-z]{1,4}",
        ],
        1..6,
    )
    .prop_map(|names| names.join(","))
}

fn near_csv() -> impl Strategy<Value = Vec<u8>> {
    (
        header(),
        proptest::collection::vec(piece(), 0..80),
        prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
    )
        .prop_map(|(header, pieces, end)| {
            let mut text = header;
            text.push_str(end);
            for (i, p) in pieces.iter().enumerate() {
                text.push_str(p);
                text.push_str(if i % 4 == 3 { end } else { "," });
            }
            text.into_bytes()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn arbitrary_bytes_never_panic(prefix in prefix(), body in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut bytes = prefix;
        bytes.extend(body);
        load_and_bind(&bytes);
    }

    #[test]
    fn near_csv_text_never_panics(bytes in near_csv(), prefix in prefix()) {
        load_and_bind(&bytes);
        let mut with_prefix = prefix;
        with_prefix.extend(&bytes);
        load_and_bind(&with_prefix);
    }
}

proptest! {
    // Through files on disk: fewer cases, each writes a file.
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn files_on_disk_never_panic(bytes in near_csv()) {
        load_from_disk(&bytes);
    }
}
