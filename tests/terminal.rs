//! What the terminal shows, checked over the whole catalogue: text is
//! horizontal, and without colour the groups of a chart stay apart.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use rgg::catalogue;
use rgg::render::{self, cell::CellMode, cell::ColorDepth};

fn draw(id: &str, variant: usize, (w, h): (u16, u16), mode: CellMode, depth: ColorDepth) -> Buffer {
    let chart = catalogue::find(id).expect("registered");
    let prepared = chart.prepare_sample(variant).expect("sample binds");
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let theme = rgg_gallery::theme::Theme::terminal();
    render::draw_cells(
        render::Figure::new(&prepared, variant),
        &mut buf,
        area,
        mode,
        depth,
        &theme,
    );
    buf
}

fn symbol(buf: &Buffer, x: u16, y: u16) -> char {
    buf[(x, y)].symbol().chars().next().unwrap_or(' ')
}

/// Columns where three or more letters stand one above the other with no
/// letter beside any of them: a word written down a column.
fn vertical_words(buf: &Buffer) -> Vec<(u16, u16, String)> {
    let area = buf.area;
    let lone_letter = |x: u16, y: u16| {
        let letter = |x: u16| symbol(buf, x, y).is_alphabetic();
        letter(x) && (x == 0 || !letter(x - 1)) && (x + 1 >= area.width || !letter(x + 1))
    };
    let mut found = Vec::new();
    for x in 0..area.width {
        let mut run = String::new();
        for y in 0..=area.height {
            if y < area.height && lone_letter(x, y) {
                run.push(symbol(buf, x, y));
                continue;
            }
            if run.chars().count() >= 3 {
                found.push((x, y - run.chars().count() as u16, run.clone()));
            }
            run.clear();
        }
    }
    found
}

#[test]
fn no_chart_writes_a_word_down_a_column() {
    let mut failures = Vec::new();
    for chart in catalogue::all() {
        for (i, variant) in chart.variants.iter().enumerate() {
            for size in [(100, 30), (80, 24)] {
                let buf = draw(chart.id, i, size, CellMode::Braille, ColorDepth::TrueColor);
                for (x, y, word) in vertical_words(&buf) {
                    failures.push(format!(
                        "{} {variant} at {}x{}: {word:?} down column {x} from row {y}",
                        chart.id, size.0, size.1
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "vertical text:\n{}", failures.join("\n"));
}

#[test]
fn the_vertical_word_check_finds_one() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 5, 6));
    for (y, ch) in "Count".chars().enumerate() {
        buf[(1, y as u16)].set_char(ch);
    }
    assert_eq!(vertical_words(&buf), vec![(1, 0, "Count".to_string())]);
}

#[test]
fn without_colour_each_group_has_its_own_glyph_in_legend_and_plot() {
    let buf = draw("scatter", 0, (100, 30), CellMode::Braille, ColorDepth::Mono);
    let text = render::buffer_to_text(&buf, false);
    let legend = text.lines().find(|l| l.contains("Adelie")).expect("a legend row");
    let mut glyphs = Vec::new();
    for name in ["Adelie", "Gentoo", "Chinstrap"] {
        let at = legend.find(name).expect("every group in the legend");
        let glyph = legend[..at].trim_end().chars().last().expect("a key before the name");
        glyphs.push(glyph);
    }
    glyphs.dedup();
    assert_eq!(glyphs.len(), 3, "one distinct key per group: {legend}");
    let plot: String = text.lines().skip(3).collect();
    for glyph in glyphs {
        let n = plot.chars().filter(|c| *c == glyph).count();
        assert!(n > 20, "{glyph:?} marks only {n} points:\n{text}");
    }
    assert!(!text.contains('·'), "no grid without colour:\n{text}");
}

#[test]
fn grid_dots_are_quieter_than_data() {
    let buf = draw("scatter", 0, (100, 30), CellMode::Braille, ColorDepth::TrueColor);
    let area = buf.area;
    let mut grid = 0;
    let mut marks = 0;
    for y in 0..area.height {
        for x in 0..area.width {
            match symbol(&buf, x, y) {
                '·' => grid += 1,
                '\u{2801}'..='\u{28ff}' => marks += 1,
                _ => {}
            }
        }
    }
    assert!(grid > 0 && marks > 0, "{grid} grid dots, {marks} mark cells");
    // A sparse grid: far fewer cells than a solid line per tick would take.
    assert!(grid < i32::from(area.width) * 4, "{grid} grid cells");
}
