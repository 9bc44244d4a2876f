//! A plotters line chart in a real terminal, drawn by rgg-term's widget.
//!
//! Run with `cargo run -p rgg-term --example waves`; `m` changes how cells
//! are cut into dots (braille, half blocks, quadrants, sextants, octants),
//! `q` or Esc quits.

use plotters::prelude::*;
use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use rgg_term::{rgb, CellArea, CellMode, ColorDepth, Colors, PlotWidget};

// The chart's colours. Text and background are drawn as the terminal's
// own; grid lines in `GRID` become a quiet dotted grid; lines in `AXIS` stay
// under the data.
const TEXT: RGBColor = RGBColor(220, 220, 220);
const BACKGROUND: RGBColor = RGBColor(0, 0, 0);
const GRID: RGBColor = RGBColor(70, 70, 70);
const AXIS: RGBColor = RGBColor(150, 150, 150);

/// Draws two waves with plotters: any code that draws on a plotters
/// `DrawingArea` works here.
fn waves(area: &CellArea) -> Result<(), DrawingAreaErrorKind<std::convert::Infallible>> {
    area.fill(&BACKGROUND)?;
    let label = ("sans-serif", 16).into_font().color(&TEXT);
    let mut chart = ChartBuilder::on(area)
        .caption("sin(x) and cos(x)", label.clone())
        .margin(8)
        .x_label_area_size(16)
        .y_label_area_size(48)
        .build_cartesian_2d(0.0..std::f64::consts::TAU, -1.2..1.2)?;
    chart
        .configure_mesh()
        .bold_line_style(GRID)
        .light_line_style(TRANSPARENT)
        .axis_style(AXIS)
        .label_style(label)
        .draw()?;
    let xs = (0..=200).map(|i| f64::from(i) * std::f64::consts::TAU / 200.0);
    let sine: Vec<(f64, f64)> = xs.clone().map(|x| (x, x.sin())).collect();
    let cosine: Vec<(f64, f64)> = xs.map(|x| (x, x.cos())).collect();
    chart.draw_series([PathElement::new(sine, RGBColor(230, 159, 0))])?;
    chart.draw_series([PathElement::new(cosine, RGBColor(86, 180, 233))])?;
    Ok(())
}

fn main() -> std::io::Result<()> {
    let colors = Colors::new(rgb(&TEXT), rgb(&BACKGROUND))
        .with_grid(rgb(&GRID))
        .with_axis(rgb(&AXIS));
    let depth = ColorDepth::detect();
    let mut mode = CellMode::Braille;
    ratatui::run(|terminal| loop {
        terminal.draw(|frame| {
            let [chart, help] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
            let widget = PlotWidget::new(waves).mode(mode).depth(depth).colors(colors.clone());
            frame.render_widget(widget, chart);
            frame.render_widget(Line::from(format!(" {} · m: next mode · q: quit", mode.name())), help);
        })?;
        if let Event::Key(key) = event::read()? {
            match key.code {
                KeyCode::Char('q') | KeyCode::Esc => return Ok(()),
                KeyCode::Char('m') => mode = mode.next(),
                _ => {}
            }
        }
    })
}
