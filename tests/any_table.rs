//! Property tests over table shapes and cell contents: whatever a CSV
//! holds, loading, binding every chart and drawing never panics.

use proptest::prelude::*;
use rgg::catalogue;
use rgg::data::load::CsvSource;
use rgg::data::user::{bind_loaded, LoadedFile};
use rgg::render::{self, cell::CellMode, cell::ColorDepth};

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
