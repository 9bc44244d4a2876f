//! The widget draws charts into a ratatui `TestBackend`: a plain plotters
//! line chart and a gallery chart, each snapshotted as the screen's text.

use plotters::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;
use rgg_gallery::distribution::histogram;
use rgg_gallery::theme::Theme;
use rgg_term::{rgb, CellArea, CellMode, ColorDepth, Colors, PlotWidget};

const ORANGE: RGBColor = RGBColor(230, 159, 0);
const GRID: RGBColor = RGBColor(200, 200, 200);

/// A line chart as a plotters user would write it: a mesh, labels, a path;
/// the mesh in a grid colour the widget is told about.
fn line_chart(area: &CellArea) -> Result<(), DrawingAreaErrorKind<std::convert::Infallible>> {
    area.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(area)
        .caption("y = x²", ("sans-serif", 16))
        .margin(8)
        .x_label_area_size(16)
        .y_label_area_size(32)
        .build_cartesian_2d(0.0..4.0, 0.0..16.0)?;
    chart
        .configure_mesh()
        .bold_line_style(GRID)
        .light_line_style(TRANSPARENT)
        .draw()?;
    let points: Vec<(f64, f64)> = (0..=40).map(|i| f64::from(i) / 10.0).map(|x| (x, x * x)).collect();
    chart.draw_series([PathElement::new(points, ORANGE)])?;
    Ok(())
}

#[test]
fn the_widget_draws_a_plotters_line_chart() {
    let mut terminal = Terminal::new(TestBackend::new(40, 12)).expect("terminal");
    terminal
        .draw(|frame| {
            let colors = Colors::default().with_grid(rgb(&GRID));
            frame.render_widget(PlotWidget::new(line_chart).colors(colors), frame.area());
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    // The curve is braille in its own colour; text and the white paper are
    // the terminal's own colours.
    let curve = buffer
        .content
        .iter()
        .filter(|c| c.fg == Color::Rgb(230, 159, 0))
        .filter(|c| c.symbol().chars().all(|ch| ('\u{2801}'..='\u{28ff}').contains(&ch)))
        .count();
    assert!(curve >= 12, "{curve} braille cells of the curve");
    assert!(
        buffer.content.iter().all(|c| c.bg == Color::Reset),
        "no cell paints the paper"
    );
    // The mesh is a sparse dotted grid in its own colour.
    let grid: Vec<_> = buffer.content.iter().filter(|c| c.symbol() == "·").collect();
    assert!(!grid.is_empty() && grid.iter().all(|c| c.fg == Color::Rgb(200, 200, 200)));
    insta::assert_snapshot!(terminal.backend());
}

fn penguins() -> histogram::Input {
    // Flipper lengths (mm) of the first 15 penguins of two species in the
    // Palmer penguins data (Gorman, Williams and Fraser 2014; CC0).
    let adelie = [
        181.0, 186.0, 195.0, 193.0, 190.0, 181.0, 195.0, 193.0, 190.0, 186.0, 180.0, 182.0, 191.0, 198.0, 185.0,
    ];
    let gentoo = [
        211.0, 230.0, 210.0, 218.0, 215.0, 210.0, 211.0, 219.0, 209.0, 215.0, 214.0, 216.0, 214.0, 213.0, 210.0,
    ];
    histogram::Input {
        title: "Flipper length".into(),
        x_title: "mm".into(),
        groups: vec![
            histogram::Group {
                name: "Adelie".into(),
                values: adelie.to_vec(),
            },
            histogram::Group {
                name: "Gentoo".into(),
                values: gentoo.to_vec(),
            },
        ],
        bin_width: Some(5.0),
    }
}

/// The gallery theme's colours by role, as the backend takes them.
fn colors(theme: &Theme) -> Colors {
    Colors::new(rgb(&theme.text), rgb(&theme.background))
        .with_grid(rgb(&theme.grid))
        .with_axis(rgb(&theme.axis))
        .with_palette(theme.palette.iter().map(rgb))
}

#[test]
fn the_widget_draws_a_gallery_chart() {
    let input = penguins();
    let theme = Theme::terminal();
    let mut terminal = Terminal::new(TestBackend::new(60, 16)).expect("terminal");
    terminal
        .draw(|frame| {
            let widget = PlotWidget::new(|area: &CellArea| {
                area.fill(&theme.background)?;
                histogram::draw(area, &input, histogram::Variant::Groups, &theme)
            })
            .mode(CellMode::Half)
            .depth(ColorDepth::TrueColor)
            .colors(colors(&theme));
            frame.render_widget(widget, frame.area());
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    // Both species' bars are there, in their palette colours.
    for k in 0..2 {
        let c = theme.color(k);
        let rgb = Color::Rgb(c.0, c.1, c.2);
        assert!(
            buffer.content.iter().any(|cell| cell.fg == rgb || cell.bg == rgb),
            "group {k}"
        );
    }
    insta::assert_snapshot!(terminal.backend());
}

/// The README's example, as written there (inside `terminal.draw`).
#[test]
fn the_readme_example_draws() {
    let mut terminal = Terminal::new(TestBackend::new(30, 8)).expect("terminal");
    terminal
        .draw(|frame| {
            let chart = PlotWidget::new(|area: &CellArea| {
                let mut chart = ChartBuilder::on(area)
                    .margin(8)
                    .build_cartesian_2d(0.0..6.3, -1.0..1.0)?;
                let sine: Vec<(f64, f64)> = (0..=63).map(|i| (i as f64 / 10.0, (i as f64 / 10.0).sin())).collect();
                chart.draw_series([PathElement::new(sine, RED)])?;
                Ok::<(), DrawingAreaErrorKind<std::convert::Infallible>>(())
            })
            .mode(CellMode::Braille);
            frame.render_widget(chart, frame.area());
        })
        .expect("draw");
    let red = terminal
        .backend()
        .buffer()
        .content
        .iter()
        .filter(|c| c.fg == Color::Rgb(255, 0, 0))
        .count();
    assert!(red >= 20, "{red} cells of the sine");
}
