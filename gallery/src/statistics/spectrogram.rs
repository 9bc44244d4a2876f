//! # Spectrogram
//!
//! A spectrogram shows which frequencies (cycles, rhythms) a signal holds,
//! and how that changes over time. The series is cut into overlapping
//! windows; each window's power spectrum (from a Fourier transform) is one
//! column, time runs across, frequency up, and colour shows the power. A
//! steady rhythm is a horizontal band; a rhythm that speeds up climbs. The
//! periodogram is the spectrum of the whole series at once: one curve whose
//! peaks are the rhythms the series holds.
//!
//! ## When to use
//! Evenly spaced measurements with cycles in them: sound and vibration,
//! brain waves, seasonal or solar cycles. The periodogram finds the cycles;
//! the spectrogram shows whether they hold steady.
//!
//! ## Caveat
//! Time and frequency detail trade off: a long window resolves close
//! frequencies but blurs when they change, a short one the reverse (here
//! 64 years of yearly sunspot numbers tell 10- from 12-year cycles only
//! roughly). Frequencies above half the sampling rate cannot be seen and
//! fold back as false ones (aliasing). Power is shown in decibels, a log
//! scale, so weak rhythms stay visible next to strong ones.
//!
//! ## Variants
//! - `spectrogram`: power by time and frequency, in decibels on a
//!   sequential scale, with a colour bar.
//! - `periodogram`: the power spectrum of the whole series, with its
//!   strongest cycle named.
//!
//! ## Related
//! heatmap, line, time-series
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `axes.rs` and `color_bar.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::color_bar::ColorBar;
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

/// The data of a spectrogram, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// The measurements, evenly spaced in time; NaN where one is missing
    /// (filled with the series' mean).
    pub values: Vec<f64>,
    /// The time of the first measurement, e.g. 1700.
    pub start: f64,
    /// Measurements per unit of time, e.g. 1 per year (0 is taken as 1).
    pub sample_rate: f64,
    /// The time axis, e.g. "Year".
    pub time_title: String,
    /// The unit of time in words, for frequencies and periods: "year"
    /// gives "cycles per year" and "11.0-year cycle".
    pub time_unit: String,
    /// Samples per window; 0 picks a power of two near a fifth of the series.
    pub window: usize,
    /// A footnote for the reader, e.g. which rows were left out; "" for none.
    pub note: String,
}

/// The ways to draw a spectrogram, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `spectrogram`: Power by time and frequency, in decibels on a sequential scale, with a colour
    /// bar.
    Spectrogram,
    /// `periodogram`: The power spectrum of the whole series, with its strongest cycle named.
    Periodogram,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Spectrogram, Variant::Periodogram];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Spectrogram => "spectrogram",
            Variant::Periodogram => "periodogram",
        }
    }
}

/// An in-place radix-2 fast Fourier transform of the complex sequence
/// (`re`, `im`); both must have the same power-of-two length (otherwise
/// nothing is done).
pub fn fft(re: &mut [f64], im: &mut [f64]) {
    let n = re.len();
    if n < 2 || im.len() != n || !n.is_power_of_two() {
        return;
    }
    // Bit-reversal permutation.
    let mut j = 0;
    for i in 1..n {
        let mut bit = n >> 1;
        while j & bit != 0 {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if i < j {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let angle = -2.0 * PI / len as f64;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (s, c) = (angle * k as f64).sin_cos();
                let (a, b) = (start + k, start + k + len / 2);
                let (tr, ti) = (re[b] * c - im[b] * s, re[b] * s + im[b] * c);
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
        len <<= 1;
    }
}

/// The power spectrum of `x` (mean removed, Hann-windowed, zero-padded to
/// `n_fft`, a power of two at least as long): `|X_k|^2` for bins 0 to
/// `n_fft / 2`, bin k at frequency `k / n_fft` cycles per sample.
pub fn power_spectrum(x: &[f64], n_fft: usize) -> Vec<f64> {
    let n_fft = n_fft.max(x.len()).max(2).next_power_of_two();
    let mean = if x.is_empty() {
        0.0
    } else {
        x.iter().sum::<f64>() / x.len() as f64
    };
    let len = x.len();
    let mut re = vec![0.0; n_fft];
    let mut im = vec![0.0; n_fft];
    for (j, v) in x.iter().enumerate() {
        // The periodic Hann window: no hard edges to smear the spectrum.
        let w = 0.5 - 0.5 * (2.0 * PI * j as f64 / len as f64).cos();
        re[j] = (v - mean) * w;
    }
    fft(&mut re, &mut im);
    (0..=n_fft / 2).map(|k| re[k] * re[k] + im[k] * im[k]).collect()
}

/// One column of a spectrogram: the window starting at sample `start`.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The window's first sample.
    pub start: usize,
    /// Power for bins 0 to window / 2.
    pub power: Vec<f64>,
}

/// The short-time Fourier transform: windows of `window` samples (a power
/// of two), `step` apart, each as a [`Column`]. Empty when the series is
/// shorter than a window.
pub fn stft(values: &[f64], window: usize, step: usize) -> Vec<Column> {
    let window = window.max(2).next_power_of_two();
    let step = step.max(1);
    if values.len() < window {
        return Vec::new();
    }
    (0..=values.len() - window)
        .step_by(step)
        .map(|start| Column {
            start,
            power: power_spectrum(&values[start..start + window], window),
        })
        .collect()
}

/// The window for a series of `n` samples: the given one if usable, else
/// the power of two nearest a fifth of the series (at least 8, at most
/// 1024), never longer than the series.
pub fn window_for(n: usize, wanted: usize) -> usize {
    if wanted >= 2 && wanted.next_power_of_two() <= n {
        return wanted.next_power_of_two();
    }
    let fifth = (n / 5).clamp(8, 1024);
    let up = fifth.next_power_of_two();
    let down = up / 2;
    let near = if fifth - down < up - fifth { down } else { up };
    let mut w = near.max(2);
    while w > n && w > 2 {
        w /= 2;
    }
    w
}

/// The series with gaps (NaN) filled by the mean of the rest; None when
/// fewer than 4 values are known.
fn filled(values: &[f64]) -> Option<Vec<f64>> {
    let known: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if known.len() < 4 {
        return None;
    }
    let mean = known.iter().sum::<f64>() / known.len() as f64;
    Some(values.iter().map(|v| if v.is_finite() { *v } else { mean }).collect())
}

/// Draws `input` as a spectrogram in the style of `variant`, filling `area`, with `theme`'s
/// colours, fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let Some(values) = filled(&input.values) else {
        return axes::draw_empty(area, theme, &input.title, "Needs at least 4 measurements");
    };
    let rate = if input.sample_rate.is_finite() && input.sample_rate > 0.0 {
        input.sample_rate
    } else {
        1.0
    };
    let start = if input.start.is_finite() { input.start } else { 0.0 };
    let unit = if input.time_unit.trim().is_empty() {
        "unit of time"
    } else {
        input.time_unit.trim()
    };
    let gaps = input.values.iter().filter(|v| !v.is_finite()).count();
    let mut parts: Vec<String> = Vec::new();
    if !input.note.trim().is_empty() {
        parts.push(input.note.trim().to_string());
    }
    if gaps > 0 {
        parts.push(format!("{gaps} missing values filled with the mean"));
    }
    match variant {
        Variant::Spectrogram => {
            let window = window_for(values.len(), input.window);
            let step = (window / 16).max(values.len() / 400).max(1);
            parts.push(format!(
                "Windows of {} {unit}s (Hann), {} {unit}s apart",
                scale::format_value(window as f64 / rate),
                scale::format_value(step as f64 / rate)
            ));
            let area = &axes::draw_footnote(area, theme, &parts.join("; "))?;
            let columns = stft(&values, window, step);
            let geometry = Geometry {
                rate,
                start,
                window,
                step,
            };
            draw_spectrogram(area, input, &columns, &geometry, unit, theme)
        }
        Variant::Periodogram => {
            let area = &axes::draw_footnote(area, theme, &parts.join("; "))?;
            draw_periodogram(area, input, &values, rate, unit, theme)
        }
    }
}

/// Where a spectrogram's columns sit in time.
struct Geometry {
    rate: f64,
    start: f64,
    window: usize,
    step: usize,
}

/// The decibels a spectrogram's colours span, below its strongest cell.
const DYNAMIC_RANGE_DB: f64 = 40.0;

fn draw_spectrogram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    columns: &[Column],
    g: &Geometry,
    unit: &str,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let db = |p: f64| 10.0 * p.max(f64::MIN_POSITIVE).log10();
    let top = columns
        .iter()
        .flat_map(|c| c.power.iter().skip(1))
        .map(|p| db(*p))
        .fold(f64::NEG_INFINITY, f64::max);
    if columns.is_empty() || !top.is_finite() {
        return axes::draw_empty(area, theme, &input.title, "The series does not vary");
    }
    let floor = top - DYNAMIC_RANGE_DB;
    let half_step = g.step as f64 / g.rate / 2.0;
    let centre = |c: &Column| g.start + (c.start as f64 + g.window as f64 / 2.0) / g.rate;
    let (t0, t1) = (
        columns.first().map_or(g.start, centre) - half_step,
        columns.last().map_or(g.start, centre) + half_step,
    );
    let df = g.rate / g.window as f64;
    let nyquist = g.rate / 2.0;
    let bar = ColorBar::new("dB below peak", -DYNAMIC_RANGE_DB, 0.0);
    let x = Axis::linear(&input.time_title, t0, t1);
    let y = Axis::linear(format!("Frequency (cycles per {unit})"), 0.0, nyquist);
    let plot = Frame::new(&input.title, &x, &y)
        .reserve_right(bar.width(area, theme)?)
        .draw(area, theme)?;
    for c in columns {
        let tc = centre(c);
        // Bin 0 is the mean, removed: start at the first real frequency.
        for (k, p) in c.power.iter().enumerate().skip(1) {
            let t = ((db(*p) - floor) / DYNAMIC_RANGE_DB).clamp(0.0, 1.0);
            let f = k as f64 * df;
            plot.draw(&Rectangle::new(
                [
                    (tc - half_step, (f - df / 2.0).max(0.0)),
                    (tc + half_step, (f + df / 2.0).min(nyquist)),
                ],
                theme.sequential(t).filled(),
            ))?;
        }
    }
    bar.draw_beside(area, &plot, theme, |t| theme.sequential(t))
}

fn draw_periodogram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    values: &[f64],
    rate: f64,
    unit: &str,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let n_fft = values.len().next_power_of_two();
    let power = power_spectrum(values, n_fft);
    let total: f64 = power.iter().skip(1).sum();
    if !(total.is_finite() && total > 0.0) {
        return axes::draw_empty(area, theme, &input.title, "The series does not vary");
    }
    // Shares of the total power, so the axis reads without units.
    let share: Vec<f64> = power.iter().map(|p| p / total * 100.0).collect();
    let df = rate / n_fft as f64;
    let peak = share
        .iter()
        .enumerate()
        .skip(1)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or((1, 0.0), |(k, v)| (k, *v));
    let x = Axis::linear(format!("Frequency (cycles per {unit})"), 0.0, rate / 2.0);
    let y = Axis::zero_based("Share of the power (%)", peak.1 * 1.1);
    let plot = Frame::new(&input.title, &x, &y).draw(area, theme)?;
    let line: Vec<(f64, f64)> = share
        .iter()
        .enumerate()
        .skip(1)
        .map(|(k, v)| (k as f64 * df, *v))
        .collect();
    let stroke = ShapeStyle::from(&theme.color(0)).stroke_width(theme.line_width);
    plot.draw(&PathElement::new(line, stroke))?;

    let f_peak = peak.0 as f64 * df;
    plot.draw(&Circle::new(
        (f_peak, peak.1),
        theme.point_radius + 1,
        theme.color(0).filled(),
    ))?;
    let text = format!(
        "{}-{unit} cycle",
        scale::format_value((1.0 / f_peak * 10.0).round() / 10.0)
    );
    let label = theme.label_style();
    let (char_w, _) = axes::text_size(area, "0", &label)?;
    let base = area.get_base_pixel();
    let (px, py) = plot.map_coordinate(&(f_peak, peak.1));
    let (tw, _) = axes::text_size(area, &text, &label)?;
    let right_edge = plot.get_pixel_range().0.end;
    // Right of the peak unless that runs off the plot.
    let (x_at, h_pos) = if px + char_w + tw <= right_edge {
        (px + char_w, HPos::Left)
    } else {
        (px - char_w, HPos::Right)
    };
    area.draw(&Text::new(
        text,
        (x_at - base.0, py - base.1),
        label.pos(Pos::new(h_pos, VPos::Center)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_pixels::inked;

    fn argmax(v: &[f64]) -> usize {
        v.iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(k, _)| k)
    }

    /// The plain O(n^2) transform, to check the fast one against.
    fn dft(x: &[f64]) -> Vec<(f64, f64)> {
        let n = x.len();
        (0..n)
            .map(|k| {
                x.iter().enumerate().fold((0.0, 0.0), |(re, im), (j, v)| {
                    let a = -2.0 * PI * (j * k) as f64 / n as f64;
                    (re + v * a.cos(), im + v * a.sin())
                })
            })
            .collect()
    }

    #[test]
    fn the_fft_matches_the_plain_transform() {
        let x: Vec<f64> = (0..16)
            .map(|j| ((j * 7 % 5) as f64) - 1.5 + (j as f64 * 0.3).sin())
            .collect();
        let (mut re, mut im) = (x.clone(), vec![0.0; 16]);
        fft(&mut re, &mut im);
        for (k, (r, i)) in dft(&x).into_iter().enumerate() {
            assert!((re[k] - r).abs() < 1e-9 && (im[k] - i).abs() < 1e-9, "bin {k}");
        }
    }

    #[test]
    fn a_sine_peaks_at_its_frequency() {
        // 5 cycles in 64 samples: bin 5.
        let x: Vec<f64> = (0..64).map(|j| (2.0 * PI * 5.0 * j as f64 / 64.0).sin()).collect();
        let power = power_spectrum(&x, 64);
        assert_eq!(power.len(), 33);
        assert_eq!(argmax(&power), 5);
        // Without a window a whole number of cycles puts all power in one
        // bin, |X_5| = N / 2; Hann halves the amplitude and spreads it over
        // the neighbours (1/4 on each side): |X_5| = N / 4.
        assert!((power[5].sqrt() - 16.0).abs() < 1e-9, "{}", power[5].sqrt());
        assert!((power[4].sqrt() - 8.0).abs() < 1e-9);
        assert!(power[10] < 1e-18);
        // An 11-sample cycle in 309 yearly values peaks near 1/11 per year.
        let years: Vec<f64> = (0..309)
            .map(|j| 50.0 + 40.0 * (2.0 * PI * j as f64 / 11.0).sin())
            .collect();
        let power = power_spectrum(&years, 512);
        let f = argmax(&power) as f64 / 512.0;
        assert!((1.0 / f - 11.0).abs() < 0.2, "period {}", 1.0 / f);
    }

    #[test]
    fn a_constant_has_no_power() {
        assert!(power_spectrum(&[3.0; 8], 8).iter().all(|p| *p < 1e-20));
        let (mut re, mut im) = (vec![1.0; 3], vec![0.0; 3]);
        fft(&mut re, &mut im);
        assert_eq!(re, vec![1.0; 3], "not a power of two: left alone");
    }

    #[test]
    fn windows_step_along_the_series() {
        let x: Vec<f64> = (0..100).map(|j| j as f64).collect();
        let cols = stft(&x, 32, 16);
        assert_eq!(
            cols.iter().map(|c| c.start).collect::<Vec<_>>(),
            vec![0, 16, 32, 48, 64]
        );
        assert!(cols.iter().all(|c| c.power.len() == 17));
        assert!(stft(&x[..10], 32, 4).is_empty());
        assert_eq!(window_for(309, 0), 64);
        assert_eq!(window_for(309, 50), 64);
        assert_eq!(window_for(309, 1000), 64);
        assert_eq!(window_for(5, 0), 4);
        assert_eq!(window_for(100_000, 0), 1024);
    }

    fn sample() -> Input {
        Input {
            title: String::from("Sunspots"),
            values: (0..309)
                .map(|j| 50.0 + 40.0 * (2.0 * PI * j as f64 / 11.0).sin())
                .collect(),
            start: 1700.0,
            sample_rate: 1.0,
            time_title: String::from("Year"),
            time_unit: String::from("year"),
            window: 0,
            note: String::new(),
        }
    }

    #[test]
    fn both_variants_draw_the_sample() {
        for variant in Variant::ALL {
            let inked = inked(600, 400, |area| {
                draw(area, &sample(), variant, &Theme::light()).expect("draws");
            });
            assert!(inked > 3000, "{variant:?}: {inked}");
        }
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        let mut flat = sample();
        flat.values = vec![2.0; 50];
        let mut short = sample();
        short.values = vec![1.0, f64::NAN, 3.0, 4.0, 5.0];
        short.sample_rate = f64::NAN;
        let mut huge = sample();
        huge.values = vec![f64::MAX, -f64::MAX, 0.0, 1.0, f64::MAX, 2.0, -f64::MAX, 3.0];
        for input in [Input::default(), flat, short, huge] {
            for variant in Variant::ALL {
                for (w, h) in [(1, 1), (60, 30), (400, 300)] {
                    inked(w, h, |area| {
                        draw(area, &input, variant, &Theme::light()).expect("draws");
                    });
                }
            }
        }
    }
}
