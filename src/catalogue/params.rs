//! A chart's tunable parameters (`--param NAME=VALUE`, the TUI's `p`
//! panel): each declared with its kind, range and default, and applied by
//! the chart's `prepare` into its gallery `Input`, so a copied module keeps
//! the same knob.

/// One parameter a chart declares.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct ParamSpec {
    /// Its name on the command line (`--param bins=30`).
    pub name: &'static str,
    pub help: &'static str,
    pub kind: ParamKind,
}

/// What values a parameter takes. A value is an `f64` (a switch is 0 or
/// 1, a choice the index of its option); no value means the chart's own
/// choice (shown as `auto`).
#[derive(Clone, Copy, Debug, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ParamKind {
    /// A whole number from `min` to `max`; `auto` lets the chart choose.
    Count { min: u32, max: u32 },
    /// A number from `min` to `max` in steps of `step`; `auto` is `default`.
    Number {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
    },
    /// On or off (off by default).
    Switch,
    /// One of a few named options (the value is its index); `auto` lets
    /// the chart choose.
    Choice { options: &'static [&'static str] },
}

impl ParamSpec {
    pub const fn count(name: &'static str, min: u32, max: u32, help: &'static str) -> Self {
        ParamSpec {
            name,
            help,
            kind: ParamKind::Count { min, max },
        }
    }

    pub const fn number(
        name: &'static str,
        (min, max, step): (f64, f64, f64),
        default: f64,
        help: &'static str,
    ) -> Self {
        ParamSpec {
            name,
            help,
            kind: ParamKind::Number {
                min,
                max,
                step,
                default,
            },
        }
    }

    pub const fn switch(name: &'static str, help: &'static str) -> Self {
        ParamSpec {
            name,
            help,
            kind: ParamKind::Switch,
        }
    }

    pub const fn choice(name: &'static str, options: &'static [&'static str], help: &'static str) -> Self {
        ParamSpec {
            name,
            help,
            kind: ParamKind::Choice { options },
        }
    }

    /// The option a choice's value names (`None` for `auto`, other kinds
    /// and values that name no option).
    pub fn option(&self, value: Option<f64>) -> Option<&'static str> {
        match (self.kind, value) {
            (ParamKind::Choice { options }, Some(v)) if v >= 0.0 && v.fract() == 0.0 => {
                options.get(v as usize).copied()
            }
            _ => None,
        }
    }

    /// The allowed values, for a message: "2 to 200, or auto".
    pub fn range(&self) -> String {
        match self.kind {
            ParamKind::Count { min, max } => format!("a whole number from {min} to {max}, or auto"),
            ParamKind::Number { min, max, default, .. } => format!("a number from {min} to {max} (auto: {default})"),
            ParamKind::Switch => String::from("on or off"),
            ParamKind::Choice { options } => format!("one of {}, or auto", options.join(", ")),
        }
    }

    /// Reads a value as the command line writes it; `None` is `auto`.
    pub fn parse(&self, text: &str) -> Result<Option<f64>, String> {
        let text = text.trim();
        let bad = || format!("--param {}={text:?}: {} takes {}", self.name, self.name, self.range());
        match self.kind {
            ParamKind::Switch => match text.to_ascii_lowercase().as_str() {
                "on" | "true" | "yes" | "1" => Ok(Some(1.0)),
                "off" | "false" | "no" | "0" => Ok(None),
                _ => Err(bad()),
            },
            _ if text.eq_ignore_ascii_case("auto") => Ok(None),
            ParamKind::Count { min, max } => match text.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => Ok(Some(f64::from(n))),
                _ => Err(bad()),
            },
            ParamKind::Number { min, max, .. } => match text.parse::<f64>() {
                Ok(x) if x.is_finite() && (min..=max).contains(&x) => Ok(Some(x)),
                _ => Err(bad()),
            },
            ParamKind::Choice { options } => match options.iter().position(|o| o.eq_ignore_ascii_case(text)) {
                Some(i) => Ok(Some(i as f64)),
                None => Err(bad()),
            },
        }
    }

    /// A value as the command line writes it.
    pub fn show(&self, value: Option<f64>) -> String {
        match (self.kind, value) {
            (ParamKind::Switch, Some(_)) => String::from("on"),
            (ParamKind::Switch, None) => String::from("off"),
            (_, None) => String::from("auto"),
            (ParamKind::Count { .. }, Some(v)) => format!("{v:.0}"),
            (ParamKind::Number { .. }, Some(v)) => format!("{}", (v * 1000.0).round() / 1000.0),
            (ParamKind::Choice { .. }, Some(_)) => self.option(value).unwrap_or("auto").to_string(),
        }
    }

    /// The next value up (`up`) or down from `value`, within the range:
    /// `auto` sits below the smallest count, and at a number's default; a
    /// choice goes round from `auto` through its options and back.
    pub fn step(&self, value: Option<f64>, up: bool) -> Option<f64> {
        match self.kind {
            ParamKind::Switch => value.is_none().then_some(1.0),
            ParamKind::Count { min, max } => {
                let (min, max) = (f64::from(min), f64::from(max));
                // Bigger steps further out, so 2 to 200 is a few presses.
                let step = |v: f64| (v / 10.0).floor().max(1.0);
                match (value, up) {
                    (None, true) => Some(min),
                    (None, false) => None,
                    (Some(v), true) => Some((v + step(v)).min(max)),
                    (Some(v), false) if v <= min => None,
                    (Some(v), false) => Some((v - step(v - 1.0)).max(min)),
                }
            }
            ParamKind::Number {
                min,
                max,
                step,
                default,
            } => {
                let v = value.unwrap_or(default);
                let next = if up { v + step } else { v - step };
                let next = (next / step).round() * step;
                let next = next.clamp(min, max);
                ((next - default).abs() > step / 2.0).then_some(next)
            }
            ParamKind::Choice { options } => {
                // auto is position 0, option i position i + 1.
                let n = options.len() + 1;
                let at = self
                    .option(value)
                    .and_then(|o| options.iter().position(|p| *p == o))
                    .map_or(0, |i| i + 1);
                let next = if up { (at + 1) % n } else { (at + n - 1) % n };
                next.checked_sub(1).map(|i| i as f64)
            }
        }
    }
}

/// Parameter values set for one chart: by name, only those not `auto`.
pub type ParamValues = Vec<(&'static str, f64)>;

#[cfg(test)]
mod tests {
    use super::*;

    const BINS: ParamSpec = ParamSpec::count("bins", 2, 200, "bins");
    const BANDWIDTH: ParamSpec = ParamSpec::number("bandwidth", (0.25, 4.0, 0.25), 1.0, "bw");
    const LOG: ParamSpec = ParamSpec::switch("log-y", "log");
    const PROJECTION: ParamSpec = ParamSpec::choice(
        "projection",
        &["equal-earth", "mercator", "equirectangular"],
        "projection",
    );

    #[test]
    fn values_parse_within_their_range_and_name_it_otherwise() {
        assert_eq!(BINS.parse("30"), Ok(Some(30.0)));
        assert_eq!(BINS.parse("auto"), Ok(None));
        let err = BINS.parse("500").expect_err("out of range");
        assert!(err.contains("from 2 to 200"), "{err}");
        assert!(BINS.parse("2.5").is_err(), "not whole");
        assert_eq!(BANDWIDTH.parse("0.5"), Ok(Some(0.5)));
        assert!(BANDWIDTH.parse("NaN").is_err());
        assert!(BANDWIDTH.parse("9").is_err());
        assert_eq!(LOG.parse("on"), Ok(Some(1.0)));
        assert_eq!(LOG.parse("off"), Ok(None));
        assert!(LOG.parse("maybe").is_err());
    }

    /// The sample of `chart` in `variant` with `params` set, drawn into a
    /// `w` x `h` terminal, as text; `None` where the chart refuses them.
    fn screen_with(
        chart: &crate::catalogue::Chart,
        variant: usize,
        params: &ParamValues,
        (w, h): (u16, u16),
    ) -> Option<String> {
        let set = params.clone();
        let prepared = chart
            .prepare_sample_with(variant, |mut b| {
                b.params = set;
                b
            })
            .ok()?;
        let area = ratatui::layout::Rect::new(0, 0, w, h);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        crate::render::draw_cells(
            crate::render::Figure::new(&prepared, variant),
            &mut buf,
            area,
            crate::render::cell::CellMode::Braille,
            crate::render::cell::ColorDepth::TrueColor,
            &rgg_gallery::theme::Theme::terminal(),
        );
        Some(crate::render::buffer_to_text(&buf, false))
    }

    #[test]
    fn every_parameter_changes_what_some_variant_draws() {
        for chart in crate::catalogue::all() {
            for spec in chart.params {
                let values: Vec<f64> = match spec.kind {
                    ParamKind::Count { min, max } => vec![f64::from(min), f64::from(max)],
                    ParamKind::Number { min, max, .. } => vec![min, max],
                    ParamKind::Switch => vec![1.0],
                    // Option 0 may be what auto picks: try them all.
                    ParamKind::Choice { options } => (0..options.len()).map(|i| i as f64).collect(),
                };
                // A parameter every sample refuses (a world map's projection on
                // US samples) is left to the chart's own tests.
                let mut accepted = false;
                let changes = (0..chart.variants.len()).any(|variant| {
                    [(100, 30), (200, 60)].into_iter().any(|size| {
                        let auto = screen_with(chart, variant, &Vec::new(), size);
                        assert!(auto.is_some(), "{} {variant}: the sample prepares", chart.id);
                        values.iter().any(|v| {
                            let set = screen_with(chart, variant, &vec![(spec.name, *v)], size);
                            accepted |= set.is_some();
                            set.is_some() && set != auto
                        })
                    })
                });
                assert!(
                    changes || !accepted,
                    "{} {}: no value changes the picture",
                    chart.id,
                    spec.name
                );
            }
        }
    }

    #[test]
    fn steps_stay_in_range_and_pass_through_auto() {
        assert_eq!(BINS.step(None, true), Some(2.0));
        assert_eq!(BINS.step(Some(2.0), false), None, "below the smallest is auto");
        assert_eq!(BINS.step(Some(200.0), true), Some(200.0));
        assert_eq!(BINS.step(Some(30.0), true), Some(33.0));
        assert_eq!(BANDWIDTH.step(None, true), Some(1.25));
        assert_eq!(BANDWIDTH.step(Some(1.25), false), None, "back at the default");
        assert_eq!(BANDWIDTH.step(Some(0.25), false), Some(0.25));
        assert_eq!(LOG.step(None, true), Some(1.0));
        assert_eq!(LOG.step(Some(1.0), true), None);
        assert_eq!(BINS.show(None), "auto");
        assert_eq!(BANDWIDTH.show(Some(1.5)), "1.5");
    }

    #[test]
    fn choices_parse_by_name_and_list_the_options_otherwise() {
        assert_eq!(PROJECTION.parse("mercator"), Ok(Some(1.0)));
        assert_eq!(
            PROJECTION.parse(" Equal-Earth "),
            Ok(Some(0.0)),
            "case and spaces do not matter"
        );
        assert_eq!(PROJECTION.parse("auto"), Ok(None));
        let err = PROJECTION.parse("robinson").expect_err("not an option");
        assert!(
            err.contains("one of equal-earth, mercator, equirectangular, or auto"),
            "{err}"
        );
        assert!(PROJECTION.parse("1").is_err(), "by name, not by number");
        assert_eq!(PROJECTION.show(Some(2.0)), "equirectangular");
        assert_eq!(PROJECTION.show(None), "auto");
        assert_eq!(PROJECTION.option(Some(1.0)), Some("mercator"));
        assert_eq!(PROJECTION.option(Some(7.0)), None);
        assert_eq!(PROJECTION.option(None), None);
        assert_eq!(BINS.option(Some(1.0)), None, "only a choice has options");
    }

    #[test]
    fn choices_step_round_through_auto() {
        let up = |v| PROJECTION.step(v, true);
        let down = |v| PROJECTION.step(v, false);
        assert_eq!(up(None), Some(0.0));
        assert_eq!(up(Some(0.0)), Some(1.0));
        assert_eq!(up(Some(2.0)), None, "after the last comes auto");
        assert_eq!(down(None), Some(2.0), "before auto comes the last");
        assert_eq!(down(Some(0.0)), None);
        // Every value comes back after options + 1 steps either way.
        let mut v = None;
        for _ in 0..4 {
            v = up(v);
        }
        assert_eq!(v, None);
    }
}
