//! Property tests over table shapes and cell contents: whatever a CSV
//! holds (any f64, dates from year 1 to 9999, labels from every Unicode
//! category), loading, binding every chart and drawing it, in every cell
//! mode and as a PNG, never panics.

use proptest::prelude::*;
use rgg::catalogue;
use rgg::data::load::CsvSource;
use rgg::data::user::{bind_loaded, LoadedFile};
use rgg::render::{self, cell::CellMode, cell::ColorDepth, export};

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        (-1e6f64..1e6).prop_map(|v| format!("{v}")),
        (0i32..40).prop_map(|v| v.to_string()),
        Just(String::new()),
        Just("NA".to_string()),
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-inf".to_string()),
        Just("2012-03-01".to_string()),
        Just("2020-02".to_string()),
        Just("\"quoted, with comma\"".to_string()),
        Just("\u{1b}[31mred\u{1b}[0m".to_string()),
        Just("日本語".to_string()),
        "[a-c]{1,3}",
        "[ -~]{0,12}".prop_map(|s| s.replace(['"', ',', '\n', '\r'], "")),
    ]
}

fn csv_text() -> impl Strategy<Value = String> {
    (1usize..5, 1usize..25).prop_flat_map(|(cols, rows)| {
        proptest::collection::vec(proptest::collection::vec(cell(), cols), rows).prop_map(move |grid| {
            let header: Vec<String> = (0..cols).map(|i| format!("c{i}")).collect();
            let mut text = header.join(",");
            text.push('\n');
            for row in grid {
                text.push_str(&row.join(","));
                text.push('\n');
            }
            text
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_csv_binds_and_draws_every_chart_without_panic(text in csv_text()) {
        let source = CsvSource::from_reader("p.csv", Box::new(std::io::Cursor::new(text.into_bytes())));
        let Ok(source) = source else { return Ok(()) };
        let wanted: Vec<_> = source.kinds.iter().enumerate().map(|(i, k)| (i, rgg::data::load::Want::Auto(*k))).collect();
        let notes = source.notes.clone();
        let Ok((table, skipped)) = source.load(&wanted) else { return Ok(()) };
        let file = LoadedFile { table, skipped, notes, path: None, misfits: Vec::new() };
        for chart in catalogue::all() {
            let Ok(bound) = bind_loaded(&file, "t", chart.roles, &[]) else { continue };
            let Ok(prepared) = (chart.prepare)(&mut std::borrow::Cow::Borrowed(&file.table), &bound.binding) else { continue };
            for variant in 0..chart.variants.len() {
                let area = ratatui::layout::Rect::new(0, 0, 60, 20);
                let mut buf = ratatui::buffer::Buffer::empty(area);
                let figure = render::Figure { prepared: &prepared, variant, footnote: Some(&bound.footnote) };
                render::draw_cells(figure, &mut buf, area, CellMode::Braille, ColorDepth::Mono, &rgg_gallery::theme::Theme::terminal());
                let text = render::buffer_to_text(&buf, false);
                prop_assert!(!text.contains('\u{1b}'), "an escape reached the screen");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The whole input space: every f64 (subnormals, ±MAX, NaN, ±inf, huge and
// tiny ranges, constant columns), dates from year 1 to 9999, labels from
// every Unicode category. Every chart, every variant, every cell mode, and a
// PNG of one chart per case.

/// Any f64 as a CSV cell, written the ways files write numbers.
fn any_number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_map(|v| format!("{v:e}")),
        any::<f64>().prop_map(|v| format!("{v}")),
        prop::sample::select(vec![
            f64::MAX,
            -f64::MAX,
            1e308,
            -1e308,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1e16,
            2.5e17,
            0.0,
            -0.0,
        ])
        .prop_map(|v| format!("{v:e}")),
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-inf".to_string()),
    ]
}

/// A number column on one scale: 10^e times a small spread, for e from
/// subnormal to the top of f64, so ranges are both huge and tiny.
fn scaled_number(exp: i32, spread: f64) -> impl Strategy<Value = String> {
    (-1.0f64..1.0).prop_map(move |t| format!("{:e}", (1.0 + t * spread) * 10f64.powi(exp)))
}

/// A date from year 1 to 9999, in the formats files use.
fn any_date() -> impl Strategy<Value = String> {
    (1i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// A label from any Unicode category: letters of every script, combining
/// marks, wide characters, right-to-left text, ZWJ emoji, controls.
fn any_label() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}]{1,8}",
        "[\\p{Mn}\\p{Me}\\p{Mc}]{1,3}",
        "[\\p{Cf}\\p{Co}\\p{Zl}\\p{Zp}]{1,3}",
        "[\u{1}-\u{1f}\u{7f}-\u{9f}]{1,3}",
        prop::sample::select(vec![
            "नमस्ते",
            "สวัสดี",
            "日本語のラベル",
            "שלום",
            "مرحبا",
            "👩‍👩‍👧‍👦",
            "🏳️‍🌈",
            "e\u{301}\u{301}\u{301}",
            "\u{202e}evil",
            "\u{1b}]52;c;aGk=\u{7}",
            "\u{200b}",
            "",
        ])
        .prop_map(String::from),
    ]
}

/// One column: a kind, then cells of that kind.
fn any_column(rows: usize) -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        proptest::collection::vec(any_number(), rows),
        (-320i32..=307, prop::sample::select(vec![0.0, 1e-12, 0.5, 1.0]))
            .prop_flat_map(move |(e, spread)| proptest::collection::vec(scaled_number(e, spread), rows)),
        any_number().prop_map(move |v| vec![v; rows]),
        proptest::collection::vec(any_date(), rows),
        proptest::collection::vec(any_label(), rows),
        proptest::collection::vec(prop::sample::select(vec!["a", "b", "c"]).prop_map(String::from), rows),
    ]
}

/// A CSV field, quoted (so commas, quotes and line breaks in labels stay
/// in their cell); NUL would make the file binary, so it never appears.
fn quoted(cell: &str) -> String {
    format!("\"{}\"", cell.replace('\0', "").replace('"', "\"\""))
}

fn extreme_csv() -> impl Strategy<Value = String> {
    (1usize..5, 1usize..30).prop_flat_map(|(cols, rows)| {
        proptest::collection::vec(any_column(rows), cols).prop_map(move |columns| {
            let header: Vec<String> = (0..cols).map(|i| format!("c{i}")).collect();
            let mut text = header.join(",");
            text.push('\n');
            for r in 0..rows {
                let row: Vec<String> = columns.iter().map(|c| quoted(&c[r])).collect();
                text.push_str(&row.join(","));
                text.push('\n');
            }
            text
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn extreme_values_dates_and_labels_draw_every_chart_without_panic(
        text in extreme_csv(),
        mode in 0usize..CellMode::ALL.len(),
        png_chart in 0usize..64,
        (w, h) in (0u16..100, 0u16..40),
    ) {
        let source = CsvSource::from_reader("p.csv", Box::new(std::io::Cursor::new(text.into_bytes())));
        let Ok(source) = source else { return Ok(()) };
        let wanted: Vec<_> = source.kinds.iter().enumerate().map(|(i, k)| (i, rgg::data::load::Want::Auto(*k))).collect();
        let notes = source.notes.clone();
        let Ok((table, skipped)) = source.load(&wanted) else { return Ok(()) };
        let file = LoadedFile { table, skipped, notes, path: None, misfits: Vec::new() };
        let charts = catalogue::all();
        for (c, chart) in charts.iter().enumerate() {
            let Ok(bound) = bind_loaded(&file, "t", chart.roles, &[]) else { continue };
            let Ok(prepared) = (chart.prepare)(&mut std::borrow::Cow::Borrowed(&file.table), &bound.binding) else { continue };
            for variant in 0..chart.variants.len() {
                // Every cell mode over the cases, at any size.
                let cell_mode = CellMode::ALL[(mode + variant) % CellMode::ALL.len()];
                let area = ratatui::layout::Rect::new(0, 0, w, h);
                let mut buf = ratatui::buffer::Buffer::empty(area);
                let figure = render::Figure { prepared: &prepared, variant, footnote: Some(&bound.footnote) };
                render::draw_cells(figure, &mut buf, area, cell_mode, ColorDepth::TrueColor, &rgg_gallery::theme::Theme::terminal());
                let text = render::buffer_to_text(&buf, false);
                prop_assert!(!text.contains('\u{1b}'), "an escape reached the screen");
            }
            // Every chart and variant on paper too (a small picture, not
            // encoded); one chart a case all the way to PNG bytes.
            for variant in 0..chart.variants.len() {
                let figure = render::Figure { prepared: &prepared, variant, footnote: Some(&bound.footnote) };
                let theme = export::Paper::White.theme(160, 110);
                prop_assert!(export::render_rgb(figure, (160, 110), &theme).is_ok());
            }
            if c == png_chart % charts.len() {
                for variant in 0..chart.variants.len() {
                    let figure = render::Figure { prepared: &prepared, variant, footnote: Some(&bound.footnote) };
                    prop_assert!(export::render(figure, export::Format::Png, (200, 140)).is_ok());
                }
            }
        }
    }
}

/// A column from -1e308 to 1e308 spans more than an f64 holds: the axis is
/// cut to about ±9e307, and the chart says that values are off it instead
/// of dropping them silently. Its labels read in scientific notation.
#[test]
fn a_column_wider_than_f64_is_drawn_with_a_note() {
    let text = "x,y\n-1e308,1e308\n0,0\n1e308,-1e308\n3e307,5\n";
    let source =
        CsvSource::from_reader("huge.csv", Box::new(std::io::Cursor::new(text.as_bytes().to_vec()))).expect("csv");
    let wanted: Vec<_> = source
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (i, rgg::data::load::Want::Auto(*k)))
        .collect();
    let notes = source.notes.clone();
    let (table, skipped) = source.load(&wanted).expect("load");
    let file = LoadedFile {
        table,
        skipped,
        notes,
        path: None,
        misfits: Vec::new(),
    };
    for id in ["scatter", "line", "histogram", "area"] {
        let chart = catalogue::find(id).expect("registered");
        let bound = bind_loaded(&file, "t", chart.roles, &[]).expect("binds");
        let prepared = (chart.prepare)(&mut std::borrow::Cow::Borrowed(&file.table), &bound.binding).expect("prepares");
        let area = ratatui::layout::Rect::new(0, 0, 120, 30);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        let figure = render::Figure {
            prepared: &prepared,
            variant: 0,
            footnote: Some(&bound.footnote),
        };
        render::draw_cells(
            figure,
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::Mono,
            &rgg_gallery::theme::Theme::terminal(),
        );
        let screen = render::buffer_to_text(&buf, false);
        assert!(screen.contains("off the chart"), "{id}:\n{screen}");
        assert!(screen.contains("e307") && !screen.contains("00000T"), "{id}:\n{screen}");
    }
}
