//! Every chart, every variant: an insta snapshot of its terminal rendering
//! in a fixed-size ratatui `TestBackend`, a PNG export that is valid, of
//! the requested size and not blank, and no panic at any area size.

use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use rgg::catalogue;
use rgg::render::{self, cell::CellMode, cell::ColorDepth, export};

fn terminal_text(id: &str, variant: usize, w: u16, h: u16, mode: CellMode) -> String {
    let chart = catalogue::find(id).expect("registered");
    let prepared = chart.prepare_sample(variant).expect("sample binds");
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|frame| {
            let area = frame.area();
            render::draw_cells(
                render::Figure::new(&prepared, variant),
                frame.buffer_mut(),
                area,
                mode,
                ColorDepth::Mono,
                &rgg_gallery::theme::Theme::terminal(),
            );
        })
        .expect("draw");
    render::buffer_to_text(terminal.backend().buffer(), false)
}

#[test]
fn terminal_snapshots() {
    for chart in catalogue::all() {
        for (i, variant) in chart.variants.iter().enumerate() {
            let text = terminal_text(chart.id, i, 80, 24, CellMode::Braille);
            insta::assert_snapshot!(format!("{}-{variant}-80x24", chart.id), text);
        }
    }
}

#[test]
fn terminal_renders_draw_the_title_and_data() {
    for chart in catalogue::all() {
        let title = chart.sample.title;
        let text = terminal_text(chart.id, 0, 120, 40, CellMode::Half);
        let first_word = title.split_whitespace().next().unwrap_or_default();
        assert!(text.contains(first_word), "{}: title missing:\n{text}", chart.id);
        // Blocks, or without colour the marker glyphs of grouped charts;
        // the title and labels are not on the first rows' count.
        let plot: String = text.lines().skip(2).collect();
        let marks = plot
            .chars()
            .filter(|c| matches!(c, '▀' | '▄' | '█') || rgg::render::cell::MARKERS.contains(c))
            .count();
        assert!(marks > 20, "{}: almost nothing drawn:\n{text}", chart.id);
    }
}

fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("valid PNG header");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("valid PNG data");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

#[test]
fn png_exports_are_valid_sized_and_not_blank() {
    for chart in catalogue::all() {
        for variant in 0..chart.variants.len() {
            let prepared = chart.prepare_sample(variant).expect("sample binds");
            let bytes = export::render(render::Figure::new(&prepared, variant), export::Format::Png, (600, 400))
                .expect("render");
            let (w, h, pixels) = decode(&bytes);
            assert_eq!((w, h), (600, 400), "{}", chart.id);
            let inked = pixels.chunks(3).filter(|p| p.iter().any(|c| *c < 200)).count();
            let share = inked as f64 / f64::from(w * h);
            assert!(
                share > 0.02,
                "{} variant {variant}: only {share:.3} of the image is drawn",
                chart.id
            );
            let coloured = pixels
                .chunks(3)
                .filter(|p| p.iter().max().unwrap_or(&0) - p.iter().min().unwrap_or(&0) > 60)
                .count();
            assert!(coloured > 500, "{} variant {variant}: no data colour", chart.id);
        }
    }
}

#[test]
fn svg_exports_are_svg() {
    for chart in catalogue::all() {
        let prepared = chart.prepare_sample(0).expect("sample binds");
        let bytes = export::render(render::Figure::new(&prepared, 0), export::Format::Svg, (600, 400)).expect("render");
        let text = String::from_utf8(bytes).expect("utf-8");
        assert!(
            text.starts_with("<svg") && text.trim_end().ends_with("</svg>"),
            "{}",
            chart.id
        );
    }
}

#[test]
fn a_single_sample_spike_survives_a_million_point_line() {
    use rgg_gallery::evolution::line;
    let x: Vec<f64> = (0..1_000_000).map(f64::from).collect();
    let mut y: Vec<f64> = (0..1_000_000).map(|i| f64::from(i % 7) * 0.01).collect();
    y[654_321] = 100.0;
    let input = line::Input {
        title: "Spike".into(),
        series: vec![line::Series { name: "s".into(), x, y }],
        ..line::Input::default()
    };
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    let theme = rgg_gallery::theme::Theme::terminal();
    {
        use plotters::prelude::IntoDrawingArea;
        let backend = rgg::render::cell::CellBackend::new(
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::Mono,
            &rgg::render::cell::colors(&theme),
        );
        let root = backend.into_drawing_area();
        line::draw(&root, &input, line::Variant::Lines, &theme).expect("draw");
        root.present().expect("present");
    }
    let text = render::buffer_to_text(&buf, false);
    // The spike is one sample in a million; it must still reach the top of the plot.
    let top: Vec<&str> = text.lines().skip(2).take(4).collect();
    assert!(
        top.iter().any(|l| l
            .chars()
            .any(|c| ('\u{2801}'..='\u{28ff}').contains(&c) && !l.trim_start().starts_with("100"))),
        "spike lost:\n{text}"
    );
}

#[test]
fn a_downsampled_thick_line_stays_inside_its_plot() {
    use plotters::prelude::{BitMapBackend, IntoDrawingArea};
    use rgg_gallery::evolution::line;
    rgg::render::fonts::register();
    // A zigzag with a spike: M4 keeps sharp turns in every column, which a
    // thick path once mitred into spikes across the whole image.
    let x: Vec<f64> = (0..200_000).map(f64::from).collect();
    let mut y: Vec<f64> = (0..200_000).map(|i| f64::from(i % 13) - 6.0).collect();
    y[123_457] = 40.0;
    let input = line::Input {
        title: "Spike".into(),
        series: vec![line::Series { name: "s".into(), x, y }],
        ..line::Input::default()
    };
    let (w, h) = (1200u32, 800u32);
    let mut pixels = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
        let theme = rgg_gallery::theme::Theme::light();
        root.fill(&theme.background).expect("fill");
        line::draw(&root, &input, line::Variant::Lines, &theme).expect("draw");
        root.present().expect("present");
    }
    // The line is blue; nothing above the plot (title) or at the very bottom is.
    let blue = |row: u32| {
        (0..w).any(|col| {
            let i = ((row * w + col) * 3) as usize;
            let (r, b) = (i32::from(pixels[i]), i32::from(pixels[i + 2]));
            b - r > 60
        })
    };
    let stray: Vec<u32> = (0..40).chain(h - 20..h).filter(|row| blue(*row)).collect();
    assert!(stray.is_empty(), "line pixels outside the plot, rows {stray:?}");
    assert!((40..h - 20).any(blue), "the line is drawn");
}

#[test]
fn hierarchy_charts_say_how_many_values_they_skipped() {
    use plotters::prelude::IntoDrawingArea;
    use rgg_gallery::part_of_a_whole::{circular_packing, treemap};
    let leaf = |path: &[&str], value: f64| treemap::Leaf {
        path: path.iter().map(|p| (*p).to_string()).collect(),
        value,
    };
    let leaves = vec![
        leaf(&["A", "x"], 5.0),
        leaf(&["A", "y"], 3.0),
        leaf(&["B", "z"], -1.0),
        leaf(&["B", "w"], f64::NAN),
    ];
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let theme = rgg_gallery::theme::Theme::terminal();
    let text = |draw: &dyn Fn(&plotters::prelude::DrawingArea<rgg::render::cell::CellBackend, _>)| {
        let mut buf = ratatui::buffer::Buffer::empty(area);
        {
            let backend = rgg::render::cell::CellBackend::new(
                &mut buf,
                area,
                CellMode::Braille,
                ColorDepth::Mono,
                &rgg::render::cell::colors(&theme),
            );
            let root = backend.into_drawing_area();
            draw(&root);
            root.present().expect("present");
        }
        render::buffer_to_text(&buf, false)
    };
    let tree = text(&|root| {
        let input = treemap::Input {
            title: "t".into(),
            value_title: "Sales".into(),
            leaves: leaves.clone(),
        };
        treemap::draw(root, &input, treemap::Variant::Squarified, &theme).expect("draw");
    });
    let packed = text(&|root| {
        let input = circular_packing::Input {
            title: "c".into(),
            value_title: "Sales".into(),
            leaves: leaves.clone(),
        };
        circular_packing::draw(root, &input, circular_packing::Variant::OneLevel, &theme).expect("draw");
    });
    for out in [tree, packed] {
        assert!(out.contains("Area: Sales; 2 non-positive values skipped"), "{out}");
    }
}

#[test]
fn the_fast_pixel_map_agrees_with_plotters() {
    use plotters::prelude::{BitMapBackend, IntoDrawingArea};
    use rgg_gallery::axes::{Axis, Frame, PixelMap};
    rgg::render::fonts::register();
    let theme = rgg_gallery::theme::Theme::light();
    for (w, h) in [(1200, 800), (37, 19), (3, 3)] {
        let mut pixels = vec![0u8; w as usize * h as usize * 3];
        let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
        let (x, y) = (Axis::linear("x", -3.7, 1e6), Axis::linear("y", 0.001, 0.002));
        let plot = Frame::new("t", &x, &y).draw(&root, &theme).expect("frame");
        let map = PixelMap::of(&plot);
        let mut seed = 12_345u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..100_000 {
            // Inside the axes and beyond them on both sides.
            let p = (-5e5 + 2e6 * next(), 0.0005 + 0.002 * next());
            assert_eq!(map.map(p), plot.map_coordinate(&p), "{p:?} at {w}x{h}");
        }
        for p in [(x.min, y.min), (x.max, y.max), (f64::NAN, 1.0)] {
            assert_eq!(map.map(p), plot.map_coordinate(&p), "{p:?} at {w}x{h}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_area_renders_without_panic(w in 0u16..120, h in 0u16..50, chart in 0usize..64, variant in 0usize..4, mode in 0usize..5) {
        let charts = catalogue::all();
        let chart = charts[chart % charts.len()];
        let variant = variant % chart.variants.len();
        let prepared = chart.prepare_sample(variant).expect("sample binds");
        let area = ratatui::layout::Rect::new(0, 0, w, h);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        let figure = render::Figure { prepared: &prepared, variant, footnote: (w % 2 == 0).then_some("data.csv: 10 rows, 2 dropped") };
        render::draw_cells(figure, &mut buf, area, CellMode::ALL[mode], ColorDepth::TrueColor, &rgg_gallery::theme::Theme::terminal());
        let text = render::buffer_to_text(&buf, true);
        prop_assert_eq!(text.lines().count(), usize::from(h));
    }

    #[test]
    fn any_png_size_renders(w in 1u32..200, h in 1u32..200) {
        let chart = catalogue::all()[0];
        let prepared = chart.prepare_sample(0).expect("sample binds");
        let bytes = export::render(render::Figure::new(&prepared, 0), export::Format::Png, (w, h)).expect("render");
        prop_assert_eq!(decode(&bytes).0, w);
    }
}
