//! Nice axis ticks and honest number labels.
//!
//! Ticks fall on 1-2-5 x 10^n steps; labels are exact decimals (never
//! 0.30000000000000004), with thousands separators or SI suffixes for large
//! values; date axes tick on calendar boundaries (years, months, days).
//!
//! Copying a chart: copy this file too (it depends on `std` only).

/// The 1-2-5 x 10^n step that cuts `span` into at most `max_ticks` intervals.
pub fn nice_step(span: f64, max_ticks: usize) -> f64 {
    let max_ticks = max_ticks.max(1) as f64;
    if !span.is_finite() || span <= 0.0 {
        return 1.0;
    }
    nice_at_least(span / max_ticks)
}

/// The smallest 1-2-5 x 10^n number at least `rough` (> 0), kept finite and
/// positive at both ends of the f64 range: 1e308 above (2e308 overflows),
/// `rough` itself where powers of ten underflow (subnormal spans).
fn nice_at_least(rough: f64) -> f64 {
    if rough.is_nan() || rough <= 0.0 {
        return 1.0;
    }
    if rough > 1e308 {
        return 1e308;
    }
    let magnitude = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| step.is_finite() && *step >= rough * (1.0 - 1e-12) && *step > 0.0)
        .unwrap_or(rough)
}

/// The nice step for `[min, max]` cut into at most `max_ticks` intervals,
/// even when `max - min` overflows (a column from -1e308 to 1e308).
fn range_step(min: f64, max: f64, max_ticks: usize) -> f64 {
    let n = max_ticks.max(1) as f64;
    // max / n - min / n overflows only for n = 1 and a span beyond f64::MAX;
    // nice_at_least caps that at 1e308.
    nice_at_least(max / n - min / n)
}

/// No axis needs more ticks than this; a step that would give more (lost
/// precision far from zero) gives the two ends instead.
const MAX_TICKS: f64 = 1000.0;

/// Multiples of a nice step inside `[min, max]`, at most about `max_ticks`
/// of them. Each tick is `k * step` for an integer `k`, so labels are exact.
/// Any finite range works, from subnormal spans to `-f64::MAX..f64::MAX`.
pub fn ticks(min: f64, max: f64, max_ticks: usize) -> (Vec<f64>, f64) {
    if !(min.is_finite() && max.is_finite()) || max < min {
        return (Vec::new(), 1.0);
    }
    if max == min {
        return (vec![min], nice_at_least(min.abs().max(1.0)));
    }
    let step = range_step(min, max, max_ticks);
    let first = (min / step - 1e-9).ceil();
    let last = (max / step + 1e-9).floor();
    if !(first.is_finite() && last.is_finite()) || last - first > MAX_TICKS || last < first {
        return (vec![min, max], step);
    }
    let values: Vec<f64> = (0..=(last - first) as usize)
        .map(|i| (first + i as f64) * step)
        .filter(|v| v.is_finite())
        .collect();
    (values, step)
}

/// `[min, max]` widened outward to multiples of the nice step for about
/// `target_ticks` intervals: value axes end on a labelled tick. The bounds
/// stay finite: an end that would round past `f64::MAX` stays where it was.
pub fn nice_bounds(min: f64, max: f64, target_ticks: usize) -> (f64, f64) {
    if !(min.is_finite() && max.is_finite()) {
        return (0.0, 1.0);
    }
    if max <= min {
        let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
        return ((min - pad).max(-f64::MAX), (max + pad).min(f64::MAX));
    }
    let step = range_step(min, max, target_ticks);
    let lo = (min / step).floor() * step;
    let hi = (max / step).ceil() * step;
    let lo = if lo.is_finite() && lo <= min { lo } else { min };
    let hi = if hi.is_finite() && hi >= max { hi } else { max };
    // Widening must not make a representable span overflow.
    if (hi - lo).is_finite() || !(max - min).is_finite() {
        (lo, hi)
    } else {
        (min, max)
    }
}

/// `[min, max]` narrowed, if need be, so that `max - min` is finite: a
/// coordinate mapping divides by the span, and -1e308..1e308 has none.
/// Each end keeps its sign; values beyond the narrowed ends (|v| above
/// `f64::MAX / 2`) fall outside.
pub fn finite_span(min: f64, max: f64) -> (f64, f64) {
    if (max - min).is_finite() {
        (min, max)
    } else {
        (min.max(-SPAN_LIMIT), max.min(SPAN_LIMIT))
    }
}

/// Where [`finite_span`] cuts a range too wide for f64: half of `f64::MAX`.
pub const SPAN_LIMIT: f64 = f64::MAX / 2.0;

/// Where `v` sits between `lo` (0) and `hi` (1), computed so that it does
/// not overflow when `hi - lo` would (-1e308..1e308); 0.5 for an empty range.
pub fn fraction(v: f64, lo: f64, hi: f64) -> f64 {
    if hi <= lo {
        return 0.5;
    }
    let (d, span) = (v - lo, hi - lo);
    if d.is_finite() && span.is_finite() {
        d / span
    } else {
        (v / 2.0 - lo / 2.0) / (hi / 2.0 - lo / 2.0)
    }
}

/// Decimal places that show every multiple of `step` exactly.
fn decimals_for(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 || step >= 1.0 {
        return 0;
    }
    let d = (-step.log10() - 1e-9).ceil();
    d.clamp(0.0, 12.0) as usize
}

/// Inserts thousands separators into an integer string like "-1234567".
fn group_thousands(digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |rest| ("-", rest));
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{sign}{out}")
}

/// Magnitudes from here on are written in scientific notation ("2.5e17"):
/// an SI suffix would need "100000T".
const SCIENTIFIC_ABOVE: f64 = 1e16;
/// Magnitudes below this (and above zero) are written in scientific
/// notation too: fixed decimals would show "0.000000".
const SCIENTIFIC_BELOW: f64 = 1e-4;

/// A count with thousands separators: "1,000,000".
pub fn format_count(n: usize) -> String {
    group_thousands(&n.to_string())
}

/// The SI suffix and divisor for magnitude `abs`, or none below a million.
fn si_unit(abs: f64) -> Option<(f64, &'static str)> {
    [(1e12, "T"), (1e9, "B"), (1e6, "M")]
        .into_iter()
        .find(|(unit, _)| abs >= *unit)
}

/// The power of ten of `abs` (> 0): 17 for 2.5e17.
fn exponent(abs: f64) -> i32 {
    abs.log10().floor().clamp(-400.0, 400.0) as i32
}

/// `value` in scientific notation with `decimals` mantissa decimals, no
/// trailing zeros: "2.5e17", "1e-320", "-3e16".
fn scientific(value: f64, decimals: usize) -> String {
    if value == 0.0 {
        return String::from("0");
    }
    let text = format!("{value:.decimals$e}");
    match text.split_once('e') {
        Some((mantissa, exp)) => format!("{}e{exp}", trim_zeros(mantissa)),
        None => text,
    }
}

/// True when a scale whose largest magnitude is `max_abs` is labelled in
/// scientific notation.
fn wants_scientific(max_abs: f64) -> bool {
    max_abs >= SCIENTIFIC_ABOVE || (max_abs > 0.0 && max_abs < SCIENTIFIC_BELOW)
}

/// The label of tick `value` on an axis whose ticks are `step` apart and
/// whose largest magnitude is `max_abs`: "0.25", "12,500", "1.5B", "2.5e17".
pub fn format_tick(value: f64, step: f64, max_abs: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let value = if value.abs() < step * 1e-9 { 0.0 } else { value };
    if wants_scientific(max_abs) {
        // Enough mantissa digits to tell ticks one step apart.
        let digits = if value == 0.0 || !(step.is_finite() && step > 0.0) {
            0
        } else {
            (exponent(value.abs()) - exponent(step)).clamp(0, 16) as usize
        };
        return scientific(value, digits);
    }
    if let Some((unit, suffix)) = si_unit(max_abs) {
        if value == 0.0 {
            // "0B" or "0.0B" would put a unit on nothing.
            return String::from("0");
        }
        let d = decimals_for(step / unit);
        return format!("{:.*}{suffix}", d, value / unit);
    }
    let d = decimals_for(step);
    if d == 0 && max_abs >= 10_000.0 {
        return group_thousands(&format!("{value:.0}"));
    }
    format!("{value:.d$}")
}

/// A compact label for one value (bar ends, cell annotations): three
/// significant digits, SI suffixes for large values, scientific notation
/// for huge and tiny ones, no trailing zeros.
pub fn format_value(value: f64) -> String {
    if !value.is_finite() {
        return String::from("-");
    }
    let abs = value.abs();
    if wants_scientific(abs) {
        return scientific(value, 2);
    }
    if let Some((unit, suffix)) = si_unit(abs).or(if abs >= 1e4 { Some((1e3, "k")) } else { None }) {
        return format!(
            "{}{suffix}",
            trim_zeros(&format!("{:.*}", sig_decimals(abs / unit), value / unit))
        );
    }
    trim_zeros(&format!("{:.*}", sig_decimals(abs), value))
}

/// Decimals that give three significant digits for magnitude `abs`.
fn sig_decimals(abs: f64) -> usize {
    if abs == 0.0 || abs >= 100.0 {
        return 0;
    }
    (2.0 - abs.log10().floor()).clamp(0.0, 6.0) as usize
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Ticks for a log10 axis whose data spans `min_exp..=max_exp` in log10
/// space: powers of ten, plus 2x and 5x when there are few decades.
/// Returns (position in log10 space, label).
pub fn log_ticks(min_exp: f64, max_exp: f64, max_ticks: usize) -> Vec<(f64, String)> {
    if !(min_exp.is_finite() && max_exp.is_finite()) || max_exp < min_exp {
        return Vec::new();
    }
    // f64 holds 10^-324 to 10^308: nothing to label beyond.
    let (min_exp, max_exp) = (min_exp.max(-330.0), max_exp.min(330.0));
    if max_exp < min_exp {
        return Vec::new();
    }
    let max_ticks = max_ticks.max(2);
    let decades = (max_exp.floor() - min_exp.ceil()) as i64 + 1;
    let multipliers: &[f64] = if (decades.max(1) as usize) * 3 <= max_ticks {
        &[1.0, 2.0, 5.0]
    } else {
        &[1.0]
    };
    // Many decades: every 2nd, 5th, 10th, ... power of ten, so the labels
    // do not pile up (2..1e308 shows 1e100, 1e200, 1e300).
    let every = if decades > 2 * max_ticks as i64 {
        nice_step(decades as f64, max_ticks).max(1.0) as i32
    } else {
        1
    };
    let mut values = Vec::new();
    for e in (min_exp.floor() as i32)..=(max_exp.ceil() as i32) {
        if e.rem_euclid(every) != 0 {
            continue;
        }
        for m in multipliers {
            let v = m * 10f64.powi(e);
            let pos = v.log10();
            if v > 0.0 && v.is_finite() && pos >= min_exp - 1e-9 && pos <= max_exp + 1e-9 {
                values.push(v);
            }
        }
    }
    // Less than a decade: powers of ten would leave the axis bare, so
    // label nice linear steps at their log positions instead.
    if values.len() < 2 {
        let (lo, hi) = (10f64.powf(min_exp), 10f64.powf(max_exp));
        let (linear, step) = ticks(lo, hi, max_ticks.clamp(2, 6));
        let max_abs = linear.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        return linear
            .into_iter()
            .filter(|v| *v > 0.0)
            .map(|v| (v.log10(), format_tick(v, step, max_abs)))
            .collect();
    }
    // One style along the axis: once the top tick needs "k", all thousands get it.
    let top = values.last().copied().unwrap_or(0.0);
    values
        .into_iter()
        .map(|v| {
            let label = if top >= 1e4 && (1e3..1e6).contains(&v) {
                format!("{}k", trim_zeros(&format!("{:.1}", v / 1e3)))
            } else {
                format_value(v)
            };
            (v.log10(), label)
        })
        .collect()
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Short English name of month 1..=12 ("Jan"); "?" outside.
pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?")
}

/// The day numbers `date_ticks` labels: about 2.7 million years either way.
const MAX_DAYS: f64 = 1e9;

/// Calendar-aware ticks for a date axis in days since 1970-01-01: whole
/// years (every 1, 2, 5, 10, ... years), else months (every 1, 2, 3, 6),
/// else days. Returns (day number, label) pairs inside `[min, max]`.
pub fn date_ticks(min: f64, max: f64, max_ticks: usize) -> Vec<(f64, String)> {
    if !(min.is_finite() && max.is_finite()) || max < min {
        return Vec::new();
    }
    // Beyond a few million years the calendar arithmetic would overflow;
    // no date column reaches that far.
    let (min, max) = (min.clamp(-MAX_DAYS, MAX_DAYS), max.clamp(-MAX_DAYS, MAX_DAYS));
    let max_ticks = max_ticks.max(2);
    let (y0, _, _) = civil_from_days(min.floor() as i64);
    let (y1, _, _) = civil_from_days(max.ceil() as i64);
    let years = f64::from(y1 - y0).max(0.0);
    let in_range = |d: i64| (d as f64) >= min - 1e-9 && (d as f64) <= max + 1e-9;
    if years + 1.0 >= max_ticks as f64 / 2.0 || max - min > 3.0 * 365.0 {
        let step = nice_step(years.max(1.0), max_ticks).max(1.0) as i32;
        let start = y0 - y0.rem_euclid(step);
        return (start..=y1)
            .step_by(step.max(1) as usize)
            .map(|y| (days_from_civil(y, 1, 1), y.to_string()))
            .filter(|(d, _)| in_range(*d))
            .map(|(d, s)| (d as f64, s))
            .collect();
    }
    let months = (max - min) / 30.4;
    if months >= 2.0 {
        let step = [1, 2, 3, 6, 12]
            .into_iter()
            .find(|s| months / f64::from(*s) <= max_ticks as f64)
            .unwrap_or(12);
        let mut out = Vec::new();
        let (mut y, mut m) = (y0, 1u32);
        while y <= y1 {
            let d = days_from_civil(y, m, 1);
            if in_range(d) {
                let label = if m == 1 {
                    format!("{} {y}", month_name(m))
                } else {
                    month_name(m).to_string()
                };
                out.push((d as f64, label));
            }
            m += step;
            if m > 12 {
                m -= 12;
                y += 1;
            }
        }
        return out;
    }
    let step = nice_step(max - min, max_ticks).max(1.0) as i64;
    let first = (min.ceil() as i64).div_euclid(step) * step;
    (first..=max.floor() as i64)
        .step_by(step.max(1) as usize)
        .filter(|d| in_range(*d))
        .map(|d| {
            let (_, m, day) = civil_from_days(d);
            (d as f64, format!("{} {day}", month_name(m)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_five() {
        assert!((nice_step(10.0, 5) - 2.0).abs() < 1e-12);
        assert!((nice_step(1.0, 5) - 0.2).abs() < 1e-12);
        assert!((nice_step(100.0, 3) - 50.0).abs() < 1e-12);
        assert!((nice_step(7.0, 10) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn tick_labels_are_exact_decimals() {
        let (values, step) = ticks(0.0, 1.0, 10);
        let labels: Vec<_> = values.iter().map(|v| format_tick(*v, step, 1.0)).collect();
        assert_eq!(labels[3], "0.3");
        assert_eq!(labels.first().map(String::as_str), Some("0.0"));
        assert_eq!(labels.last().map(String::as_str), Some("1.0"));
    }

    #[test]
    fn large_values_get_separators_or_suffixes() {
        assert_eq!(format_tick(12_500.0, 2500.0, 20_000.0), "12,500");
        assert_eq!(format_tick(1.5e9, 5e8, 4e9), "1.5B");
        assert_eq!(format_tick(2e9, 1e9, 4e9), "2B");
        assert_eq!(format_tick(0.0, 5e8, 4e9), "0");
        assert_eq!(format_tick(-1_234_000.0, 1000.0, 10_000.0), "-1,234,000");
        assert_eq!(format_value(3_811_953_827.0), "3.81B");
        assert_eq!(format_value(12_345.0), "12.3k");
        assert_eq!(format_value(0.125), "0.125");
        assert_eq!(format_value(432.0), "432");
        assert_eq!(format_count(1_000_000), "1,000,000");
        assert_eq!(format_count(999), "999");
    }

    #[test]
    fn nice_bounds_widen_to_steps() {
        assert_eq!(nice_bounds(3.0, 97.0, 5), (0.0, 100.0));
        let (lo, hi) = nice_bounds(5.0, 5.0, 5);
        assert!(lo < 5.0 && hi > 5.0);
    }

    #[test]
    fn degenerate_ranges_do_not_panic() {
        assert!(ticks(f64::NAN, 1.0, 5).0.is_empty());
        assert_eq!(ticks(2.0, 2.0, 5).0, vec![2.0]);
        assert!(date_ticks(f64::NAN, 1.0, 5).is_empty());
        assert!(log_ticks(3.0, 1.0, 5).is_empty());
    }

    #[test]
    fn civil_round_trip() {
        for d in [-800_000, -1, 0, 1, 11_016, 20_000, 2_000_000] {
            let (y, m, day) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, day), d);
        }
        assert_eq!(days_from_civil(2000, 1, 1), 10_957);
    }

    #[test]
    fn date_ticks_follow_the_calendar() {
        let a = days_from_civil(2000, 1, 1) as f64;
        let b = days_from_civil(2010, 2, 1) as f64;
        let t = date_ticks(a, b, 6);
        assert!(t.iter().all(|(_, l)| l.len() == 4), "{t:?}");
        assert_eq!(t[0].1, "2000");
        let c = days_from_civil(2012, 3, 1) as f64;
        let d = days_from_civil(2012, 9, 1) as f64;
        let t = date_ticks(c, d, 8);
        assert_eq!(t[0].1, "Mar");
    }

    #[test]
    fn log_ticks_are_powers_of_ten() {
        let t = log_ticks(2.0, 5.0, 4);
        let labels: Vec<_> = t.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, vec!["100", "1k", "10k", "100k"]);
        let t = log_ticks(2.5, 3.9, 9);
        let labels: Vec<_> = t.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            vec!["500", "1000", "2000", "5000"],
            "no k when the top stays below 10k"
        );
    }

    /// Ranges at the ends of f64: finite ticks, few of them, no panic.
    #[test]
    fn ticks_cover_the_whole_f64_range() {
        let extremes = [
            (-f64::MAX, f64::MAX),
            (-1e308, 1e308),
            (0.0, f64::MAX),
            (f64::MAX, f64::MAX),
            (-f64::MAX, -f64::MAX),
            (0.0, 5e-324),
            (5e-324, 1e-322),
            (-1e-310, 1e-310),
            (1e300, 1e300 * (1.0 + f64::EPSILON)),
            (f64::MIN_POSITIVE, 1.0),
        ];
        for (lo, hi) in extremes {
            for max_ticks in [0, 1, 2, 5, 10] {
                let (values, step) = ticks(lo, hi, max_ticks);
                assert!(
                    !values.is_empty() && values.len() <= 1001,
                    "{lo}..{hi}: {} ticks",
                    values.len()
                );
                assert!(step.is_finite() && step > 0.0, "{lo}..{hi}: step {step}");
                assert!(values.iter().all(|v| v.is_finite()), "{lo}..{hi}: {values:?}");
                let (a, b) = nice_bounds(lo, hi, max_ticks);
                assert!(
                    a.is_finite() && b.is_finite() && a < b && a <= lo && b >= hi,
                    "{lo}..{hi}: {a}..{b}"
                );
            }
        }
        assert_eq!(finite_span(-1e308, 1e308), (-f64::MAX / 2.0, f64::MAX / 2.0));
        assert_eq!(finite_span(-1.0, 1e308), (-1.0, 1e308));
        assert!((fraction(0.0, -1e308, 1e308) - 0.5).abs() < 1e-12);
        assert!((fraction(1e308, -1e308, 1e308) - 1.0).abs() < 1e-12);
        assert!((fraction(3.0, 1.0, 5.0) - 0.5).abs() < 1e-12);
        let (a, b) = nice_bounds(-f64::MAX / 2.0, f64::MAX / 2.0, 5);
        assert!((b - a).is_finite(), "{a}..{b}");
        let (values, _) = ticks(-1e308, 1e308, 5);
        assert_eq!(values, vec![-1e308, -5e307, 0.0, 5e307, 1e308]);
    }

    #[test]
    fn huge_and_tiny_ticks_read_in_scientific_notation() {
        let label = |lo: f64, hi: f64| -> Vec<String> {
            let (values, step) = ticks(lo, hi, 5);
            let max_abs = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
            values.iter().map(|v| format_tick(*v, step, max_abs)).collect()
        };
        assert_eq!(label(-1e308, 1e308), vec!["-1e308", "-5e307", "0", "5e307", "1e308"]);
        assert_eq!(label(0.0, 1e17), vec!["0", "2e16", "4e16", "6e16", "8e16", "1e17"]);
        assert_eq!(
            label(1e17, 2e17),
            vec!["1e17", "1.2e17", "1.4e17", "1.6e17", "1.8e17", "2e17"]
        );
        assert_eq!(label(0.0, 1e-5), vec!["0", "2e-6", "4e-6", "6e-6", "8e-6", "1e-5"]);
        assert_eq!(format_tick(2.5e17, 5e16, 3e17), "2.5e17");
        // Just below the switch, the T suffix stays readable.
        assert_eq!(format_tick(5e15, 1e15, 9e15), "5000T");
        for v in [1e16, 2.5e17, -3e100, f64::MAX, 1e-5, 5e-324] {
            let text = format_value(v);
            assert!(text.contains('e') && text.len() <= 10, "{v}: {text}");
        }
        assert_eq!(format_value(2.5e17), "2.5e17");
        assert_eq!(format_value(12_345.0), "12.3k");
    }

    #[test]
    fn a_log_axis_over_hundreds_of_decades_shows_a_few_labels() {
        let t = log_ticks(2f64.log10(), 308.0, 6);
        let labels: Vec<_> = t.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, vec!["1e100", "1e200", "1e300"]);
        assert!(log_ticks(-400.0, 400.0, 5).len() <= 10);
        assert!(log_ticks(-1e300, 1e300, 5).len() <= 10);
    }

    #[test]
    fn date_ticks_survive_any_day_number() {
        for (lo, hi) in [
            (-1e300, 1e300),
            (0.0, f64::MAX),
            (-f64::MAX, -1e200),
            (1e15, 1e15 + 3.0),
        ] {
            let t = date_ticks(lo, hi, 6);
            assert!(t.len() <= 20, "{lo}..{hi}: {t:?}");
        }
        let (y1, y9999) = (days_from_civil(1, 1, 1) as f64, days_from_civil(9999, 12, 31) as f64);
        let t = date_ticks(y1, y9999, 6);
        assert!(t.len() >= 2 && t.iter().all(|(_, l)| l.parse::<i32>().is_ok()), "{t:?}");
    }
}
