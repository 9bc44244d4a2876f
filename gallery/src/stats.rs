//! Small statistics the charts need: quantiles, binning, kernel density,
//! least-squares lines. Inputs may hold NaN or infinities; they are skipped.
//!
//! Copying a chart: copy this file too if its doc says it uses `stats`.

/// The finite values of `values`, sorted ascending.
pub fn sorted_finite(values: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    v
}

/// Minimum and maximum of the finite values, if there are any.
pub fn extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Quantile `q` in 0..=1 of ascending `sorted` values, linearly
/// interpolated (R's type 7, numpy's default).
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let pos = q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64))
}

/// The arithmetic mean of the finite values; `None` when there are none.
pub fn mean(values: &[f64]) -> Option<f64> {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.is_empty() {
        None
    } else {
        Some(finite.iter().sum::<f64>() / finite.len() as f64)
    }
}

/// Sample standard deviation (n - 1) of the finite values.
pub fn std_dev(values: &[f64]) -> Option<f64> {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.len() < 2 {
        return None;
    }
    let m = finite.iter().sum::<f64>() / finite.len() as f64;
    let var = finite.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (finite.len() - 1) as f64;
    Some(var.sqrt())
}

/// Tukey's box: quartiles, whiskers at the furthest points within 1.5 IQR,
/// and the points beyond them.
#[derive(Clone, Debug, PartialEq)]
pub struct FiveNumber {
    /// The smallest observation no more than 1.5 IQR below Q1 (Q1 if there is none).
    pub low_whisker: f64,
    /// The first quartile (25th percentile).
    pub q1: f64,
    /// The median (50th percentile).
    pub median: f64,
    /// The third quartile (75th percentile).
    pub q3: f64,
    /// The largest observation no more than 1.5 IQR above Q3 (Q3 if there is none).
    pub high_whisker: f64,
    /// The observations beyond the whiskers, in ascending order.
    pub outliers: Vec<f64>,
}

/// The boxplot summary (quartiles, Tukey whiskers, outliers) of the finite values; `None` when
/// there are none.
pub fn five_number(values: &[f64]) -> Option<FiveNumber> {
    let s = sorted_finite(values);
    let q1 = quantile(&s, 0.25)?;
    let median = quantile(&s, 0.5)?;
    let q3 = quantile(&s, 0.75)?;
    let iqr = q3 - q1;
    let (lo_fence, hi_fence) = (q1 - 1.5 * iqr, q3 + 1.5 * iqr);
    let inside = || s.iter().copied().filter(|v| *v >= lo_fence && *v <= hi_fence);
    Some(FiveNumber {
        low_whisker: inside().next().unwrap_or(q1),
        q1,
        median,
        q3,
        high_whisker: inside().next_back().unwrap_or(q3),
        outliers: s.iter().copied().filter(|v| *v < lo_fence || *v > hi_fence).collect(),
    })
}

/// Equal-width bins: `edges` has one more entry than `counts`.
#[derive(Clone, Debug, PartialEq)]
pub struct Bins {
    /// The bin edges, ascending: one more than there are bins.
    pub edges: Vec<f64>,
    /// How many values fall in each bin.
    pub counts: Vec<usize>,
}

/// Counts `values` into bins of width `width` whose edges are multiples of
/// the width, covering `[min, max]`. A zero or non-finite width, or no
/// finite values, gives no bins.
pub fn bin(values: &[f64], min: f64, max: f64, width: f64) -> Bins {
    if !(width.is_finite() && width > 0.0 && min.is_finite() && max.is_finite()) || max < min {
        return Bins {
            edges: Vec::new(),
            counts: Vec::new(),
        };
    }
    let start = (min / width).floor() * width;
    // Near -f64::MAX the multiple below min overflows: start at min.
    let start = if start.is_finite() { start } else { min };
    // Distances in widths; near ±f64::MAX, v - start overflows, so divide first.
    let widths = |v: f64| {
        let d = v - start;
        if d.is_finite() {
            d / width
        } else {
            v / width - start / width
        }
    };
    let n = (widths(max).floor() as usize + 1).min(10_000);
    let edges = (0..=n).map(|i| (start + i as f64 * width).min(f64::MAX)).collect();
    let mut counts = vec![0; n];
    for v in values.iter().copied().filter(|v| v.is_finite()) {
        let i = widths(v).floor();
        if i >= 0.0 && (i as usize) < n {
            counts[i as usize] += 1;
        }
    }
    Bins { edges, counts }
}

/// A bin width by the Freedman-Diaconis rule (Sturges when the IQR is 0),
/// rounded to a 1-2-5 step so bin edges are readable numbers.
pub fn auto_bin_width(values: &[f64]) -> f64 {
    let s = sorted_finite(values);
    let (Some(lo), Some(hi)) = (s.first().copied(), s.last().copied()) else {
        return 1.0;
    };
    if hi <= lo {
        return 1.0;
    }
    let n = s.len() as f64;
    let iqr = quantile(&s, 0.75).unwrap_or(hi) - quantile(&s, 0.25).unwrap_or(lo);
    // Halves, so that -1e308..1e308 does not overflow.
    let half_span = hi / 2.0 - lo / 2.0;
    let half_iqr = quantile(&s, 0.75).unwrap_or(hi) / 2.0 - quantile(&s, 0.25).unwrap_or(lo) / 2.0;
    let width = if iqr > 0.0 {
        4.0 * half_iqr / n.cbrt()
    } else {
        2.0 * half_span / (n.log2() + 1.0)
    };
    // A width past f64::MAX: about ten bins instead.
    let width = if width.is_finite() { width } else { half_span / 5.0 };
    let width = nearest_nice(width.max(half_span / 100.0));
    if width.is_finite() && width > 0.0 {
        width
    } else {
        // Subnormal spans round to no width at all.
        1.0
    }
}

/// The 1-2-5 x 10^n number nearest to `x` (by ratio).
fn nearest_nice(x: f64) -> f64 {
    let magnitude = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .filter(|v| v.is_finite() && *v > 0.0)
        .min_by(|a, b| (a / x).ln().abs().total_cmp(&(b / x).ln().abs()))
        .unwrap_or(x)
}

/// Silverman's rule-of-thumb bandwidth for a Gaussian kernel.
pub fn silverman_bandwidth(values: &[f64]) -> f64 {
    let s = sorted_finite(values);
    let n = s.len() as f64;
    let sd = std_dev(&s).unwrap_or(0.0);
    let iqr = quantile(&s, 0.75).unwrap_or(0.0) - quantile(&s, 0.25).unwrap_or(0.0);
    let spread = if iqr > 0.0 { sd.min(iqr / 1.34) } else { sd };
    let bw = 0.9 * spread * n.powf(-0.2);
    if bw.is_finite() && bw > 0.0 {
        bw
    } else {
        1.0
    }
}

/// Gaussian kernel density estimate of `values` at each of `at`.
///
/// Exact for small inputs. When values x points passes [`KDE_EXACT_WORK`],
/// the values are first spread over a fine grid (linear binning, bins
/// 1/32 of a bandwidth wide) and each point sums only the bins
/// within six bandwidths: O(values + points x 384) instead of O(values x
/// points), the method of R's `density()`, with errors far below a pixel.
pub fn kde(values: &[f64], bandwidth: f64, at: &[f64]) -> Vec<f64> {
    let data: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if data.is_empty() || !(bandwidth.is_finite() && bandwidth > 0.0) {
        return vec![0.0; at.len()];
    }
    let norm = 1.0 / (data.len() as f64 * bandwidth * (2.0 * std::f64::consts::PI).sqrt());
    if data.len().saturating_mul(at.len()) > KDE_EXACT_WORK {
        if let Some(density) = binned_kde(&data, bandwidth, at, norm) {
            return density;
        }
    }
    at.iter()
        .map(|x| {
            norm * data
                .iter()
                .map(|v| (-0.5 * ((x - v) / bandwidth).powi(2)).exp())
                .sum::<f64>()
        })
        .collect()
}

/// Up to this many kernel evaluations, [`kde`] sums every value exactly.
pub const KDE_EXACT_WORK: usize = 4_000_000;

/// The most bins [`kde`] spreads values over (8 MB of weights).
const KDE_MAX_BINS: usize = 1 << 20;

/// [`kde`] by linear binning; `None` when the grid cannot be built (a span
/// that overflows), and the caller sums exactly.
fn binned_kde(data: &[f64], bandwidth: f64, at: &[f64], norm: f64) -> Option<Vec<f64>> {
    let (lo, hi) = extent(data.iter().copied())?;
    let span = hi - lo;
    if !span.is_finite() {
        return None;
    }
    // Bins 1/32 of a bandwidth wide (coarser only past KDE_MAX_BINS).
    let bins = ((span / (bandwidth / 32.0)).ceil() as usize + 1).clamp(2, KDE_MAX_BINS);
    let delta = span / (bins - 1) as f64;
    let mut weights = vec![0.0f64; bins];
    if delta > 0.0 {
        for v in data {
            let pos = (v - lo) / delta;
            let i = (pos.floor() as usize).min(bins - 2);
            let frac = (pos - i as f64).clamp(0.0, 1.0);
            weights[i] += 1.0 - frac;
            weights[i + 1] += frac;
        }
    } else {
        weights[0] = data.len() as f64;
    }
    let reach = 6.0 * bandwidth;
    Some(
        at.iter()
            .map(|x| {
                if !x.is_finite() {
                    return 0.0;
                }
                let (first, last) = if delta > 0.0 {
                    (
                        ((x - reach - lo) / delta).floor().max(0.0) as usize,
                        (((x + reach - lo) / delta).ceil().max(0.0) as usize).min(bins - 1),
                    )
                } else {
                    (0, 0)
                };
                norm * (first..=last)
                    .map(|j| {
                        let c = lo + j as f64 * delta;
                        weights[j] * (-0.5 * ((x - c) / bandwidth).powi(2)).exp()
                    })
                    .sum::<f64>()
            })
            .collect(),
    )
}

/// `n` evenly spaced points from `lo` to `hi` inclusive.
pub fn linspace(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    match n {
        0 => Vec::new(),
        1 => vec![lo],
        _ if ((hi - lo) * (n - 1) as f64).is_finite() => {
            (0..n).map(|i| lo + (hi - lo) * i as f64 / (n - 1) as f64).collect()
        }
        // -1e308..1e308: the span (or span x i) overflows; a weighted
        // mean of the ends does not.
        _ => (0..n)
            .map(|i| {
                let t = i as f64 / (n - 1) as f64;
                lo * (1.0 - t) + hi * t
            })
            .collect(),
    }
}

/// `k` of the indices `0..n`, in increasing order, chosen at random but
/// the same every time (a fixed seed): a sample that a redraw does not
/// change. All of them when `k >= n`. Knuth's selection sampling, O(n).
pub fn sample_indices(n: usize, k: usize) -> Vec<usize> {
    if k >= n {
        return (0..n).collect();
    }
    // SplitMix64: small, fast, and good enough to pick rows.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut out = Vec::with_capacity(k);
    for i in 0..n {
        let (left, wanted) = ((n - i) as f64, (k - out.len()) as f64);
        if wanted <= 0.0 {
            break;
        }
        if next() * left < wanted {
            out.push(i);
        }
    }
    out
}

/// Least-squares line y = intercept + slope * x over the pairs where both
/// are finite; None when x has no spread.
pub fn linear_fit(xs: &[f64], ys: &[f64]) -> Option<(f64, f64)> {
    let pairs: Vec<(f64, f64)> = xs
        .iter()
        .zip(ys)
        .map(|(x, y)| (*x, *y))
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect();
    if pairs.len() < 2 {
        return None;
    }
    let n = pairs.len() as f64;
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = pairs.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = pairs.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    if sxx <= f64::EPSILON * n {
        return None;
    }
    let slope = sxy / sxx;
    Some((my - slope * mx, slope))
}

/// Pearson's correlation coefficient of the pairs where both are finite;
/// None with fewer than two pairs or when either variable has no spread.
pub fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = xs
        .iter()
        .zip(ys)
        .map(|(x, y)| (*x, *y))
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect();
    if pairs.len() < 2 {
        return None;
    }
    let n = pairs.len() as f64;
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = pairs.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let syy: f64 = pairs.iter().map(|p| (p.1 - my).powi(2)).sum();
    let sxy: f64 = pairs.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let r = sxy / (sxx * syy).sqrt();
    (sxx > 0.0 && syy > 0.0 && r.is_finite()).then_some(r.clamp(-1.0, 1.0))
}

/// M4 downsampling for a line over `columns` pixel columns spanning x from
/// `x0` to `x1`: per column the first, lowest, highest and last point, in x
/// order. The drawn line is the same as with every point, spikes included
/// (Jugel et al., "M4", VLDB 2014). `xs` must be sorted; `ys[k]` pairs
/// with `xs[k]`.
pub fn downsample_m4(xs: &[f64], ys: &[f64], x0: f64, x1: f64, columns: usize) -> Vec<(f64, f64)> {
    let n = xs.len().min(ys.len());
    let columns = columns.max(1);
    let span = if x1 > x0 { x1 - x0 } else { 1.0 };
    let column_of = |x: f64| (((x - x0) / span * columns as f64) as usize).min(columns - 1);
    let mut out = Vec::with_capacity(columns * 4);
    let mut i = 0;
    while i < n {
        let c = column_of(xs[i]);
        let start = i;
        let (mut lo, mut hi) = (i, i);
        while i < n && column_of(xs[i]) == c {
            if ys[i] < ys[lo] {
                lo = i;
            }
            if ys[i] > ys[hi] {
                hi = i;
            }
            i += 1;
        }
        let mut keep = [start, lo, hi, i - 1];
        keep.sort_unstable();
        let mut last = usize::MAX;
        for k in keep {
            if k != last {
                out.push((xs[k], ys[k]));
                last = k;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pearson_is_one_for_a_line_and_none_without_spread() {
        let r = pearson(&[1.0, 2.0, 3.0, f64::NAN], &[2.0, 4.0, 6.0, 1.0]).expect("r");
        assert!((r - 1.0).abs() < 1e-12);
        let r = pearson(&[1.0, 2.0, 3.0], &[3.0, 1.0, 2.0]).expect("r");
        assert!((r + 0.5).abs() < 1e-12, "{r}");
        assert_eq!(pearson(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]), None);
        assert_eq!(pearson(&[1.0], &[1.0]), None);
    }

    #[test]
    fn m4_keeps_extremes_and_order() {
        let mut points: Vec<(f64, f64)> = (0..100_000)
            .map(|i| (f64::from(i), (f64::from(i) * 0.01).sin()))
            .collect();
        points[54_321].1 = 50.0;
        points[12_345].1 = -50.0;
        let (xs, ys): (Vec<f64>, Vec<f64>) = points.iter().copied().unzip();
        let out = downsample_m4(&xs, &ys, 0.0, 99_999.0, 200);
        assert!(out.len() <= 800 && out.len() >= 200, "{}", out.len());
        assert!(out.contains(&(54_321.0, 50.0)) && out.contains(&(12_345.0, -50.0)));
        assert!(out.windows(2).all(|w| w[0].0 < w[1].0), "x order kept");
        assert_eq!(out.first(), points.first());
        assert_eq!(out.last(), points.last());
        assert!(downsample_m4(&[], &[], 0.0, 1.0, 10).is_empty());
    }

    #[test]
    fn quantiles_match_numpy() {
        let s = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&s, 0.5), Some(2.5));
        assert_eq!(quantile(&s, 0.25), Some(1.75));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn five_number_flags_outliers() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 100.0, f64::NAN];
        let f = five_number(&v).expect("values");
        assert_eq!(f.outliers, vec![100.0]);
        assert_eq!(f.high_whisker, 5.0);
        assert_eq!(f.median, 3.5);
    }

    #[test]
    fn binning_counts_every_finite_value_once() {
        let v = [0.0, 0.5, 1.0, 1.5, 2.0, f64::INFINITY];
        let b = bin(&v, 0.0, 2.0, 1.0);
        assert_eq!(b.counts.iter().sum::<usize>(), 5);
        assert_eq!(b.edges.len(), b.counts.len() + 1);
        assert!(bin(&v, 0.0, 2.0, 0.0).counts.is_empty());
    }

    #[test]
    fn kde_integrates_to_one() {
        let v = [1.0, 2.0, 2.5, 3.0, 7.0];
        let xs = linspace(-10.0, 20.0, 3001);
        let d = kde(&v, silverman_bandwidth(&v), &xs);
        let area: f64 = d.iter().sum::<f64>() * (xs[1] - xs[0]);
        assert!((area - 1.0).abs() < 1e-3, "{area}");
    }

    #[test]
    fn linear_fit_recovers_a_line() {
        let xs = [0.0, 1.0, 2.0, 3.0];
        let ys = [1.0, 3.0, 5.0, 7.0];
        let (a, b) = linear_fit(&xs, &ys).expect("fit");
        assert!((a - 1.0).abs() < 1e-12 && (b - 2.0).abs() < 1e-12);
        assert_eq!(linear_fit(&[1.0, 1.0], &[2.0, 3.0]), None);
    }

    #[test]
    fn auto_width_is_a_nice_number() {
        let v: Vec<f64> = (0..300).map(|i| 170.0 + f64::from(i % 60)).collect();
        let w = auto_bin_width(&v);
        let mantissa = w / 10f64.powf(w.log10().floor());
        assert!([1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-9), "{w}");
    }

    /// The binned estimate of a big sample matches the exact sum to well
    /// under a pixel (1e-4 of the peak).
    #[test]
    fn binned_kde_matches_the_exact_sum() {
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        // Two bumps and an outlier far away.
        let mut values: Vec<f64> = (0..30_000)
            .map(|i| if i % 3 == 0 { 10.0 + next() } else { next() * next() })
            .collect();
        values.push(500.0);
        let bw = silverman_bandwidth(&values);
        let at = linspace(-1.0, 12.0, 200);
        let norm = 1.0 / (values.len() as f64 * bw * (2.0 * std::f64::consts::PI).sqrt());
        let binned = binned_kde(&values, bw, &at, norm).unwrap_or_default();
        let exact: Vec<f64> = at
            .iter()
            .map(|x| {
                norm * values
                    .iter()
                    .map(|v| (-0.5 * ((x - v) / bw).powi(2)).exp())
                    .sum::<f64>()
            })
            .collect();
        let peak = exact.iter().fold(0.0f64, |m, v| m.max(*v));
        let worst = binned.iter().zip(&exact).fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
        assert!(worst < peak * 1e-4, "off by {worst} (peak {peak})");
        // kde() takes the binned path for this much work, and agrees.
        assert!(values.len() * at.len() > KDE_EXACT_WORK);
        assert_eq!(kde(&values, bw, &at), binned);
        // Constant data: one bin holds it all.
        let flat = binned_kde(&[2.0; 10], 0.5, &[2.0], 1.0).unwrap_or_default();
        assert!((flat[0] - 10.0).abs() < 1e-9, "{flat:?}");
    }

    #[test]
    fn samples_are_exact_in_size_spread_and_repeatable() {
        let s = sample_indices(1_000_000, 5000);
        assert_eq!(s.len(), 5000);
        assert!(s.windows(2).all(|w| w[0] < w[1]), "increasing, no repeats");
        assert_eq!(s, sample_indices(1_000_000, 5000), "the same every time");
        // Spread over the whole range, not the first rows.
        let in_second_half = s.iter().filter(|i| **i >= 500_000).count();
        assert!((2000..3000).contains(&in_second_half), "{in_second_half}");
        assert_eq!(sample_indices(3, 10), vec![0, 1, 2]);
        assert!(sample_indices(10, 0).is_empty());
    }

    #[test]
    fn linspace_spans_the_whole_f64_range() {
        let v = linspace(-f64::MAX, f64::MAX, 5);
        assert!(v.iter().all(|x| x.is_finite()), "{v:?}");
        assert_eq!(v[2], 0.0);
        let v = linspace(-1e258, f64::MAX, 200);
        assert!(v.iter().all(|x| x.is_finite()), "span x i overflows: {v:?}");
        assert_eq!(linspace(0.0, 1.0, 3), vec![0.0, 0.5, 1.0]);
    }

    /// Columns from -1e308 to 1e308: every value still lands in a bin of a
    /// finite, nice width (the span itself overflows f64).
    #[test]
    fn binning_spans_the_whole_f64_range() {
        for v in [
            vec![-1e308, 1e308, 0.0, 3e307],
            vec![-f64::MAX, f64::MAX],
            vec![f64::MAX, f64::MAX, 1.0],
            vec![0.0, 5e-324, 1e-323],
        ] {
            let w = auto_bin_width(&v);
            assert!(w.is_finite() && w > 0.0, "{v:?}: {w}");
            let (lo, hi) = extent(v.iter().copied()).unwrap_or((0.0, 1.0));
            let b = bin(&v, lo, hi, w);
            assert_eq!(b.counts.iter().sum::<usize>(), v.len(), "{v:?}: width {w}, {b:?}");
            assert!(
                b.counts.len() <= 10_000 && b.edges.iter().all(|e| e.is_finite()),
                "{v:?}"
            );
        }
    }
}

/// The empirical cumulative distribution of `values`: for each distinct
/// finite value, ascending, the share of values at or below it. The last
/// share is 1; no finite values give no steps.
pub fn ecdf(values: &[f64]) -> Vec<(f64, f64)> {
    let s = sorted_finite(values);
    let n = s.len() as f64;
    let mut steps: Vec<(f64, f64)> = Vec::new();
    for (i, v) in s.iter().enumerate() {
        let share = (i + 1) as f64 / n;
        match steps.last_mut() {
            // Ties share one step, as tall as their count.
            Some(last) if last.0 == *v => last.1 = share,
            _ => steps.push((*v, share)),
        }
    }
    steps
}

/// The standard normal cumulative distribution function Φ(x), from the
/// complementary error function (the Chebyshev fit of Numerical Recipes'
/// `erfcc`, relative error below 1.2e-7).
pub fn normal_cdf(x: f64) -> f64 {
    const ERFC: [f64; 10] = [
        -1.265_512_23,
        1.000_023_68,
        0.374_091_96,
        0.096_784_18,
        -0.186_288_06,
        0.278_868_07,
        -1.135_203_98,
        1.488_515_87,
        -0.822_152_23,
        0.170_872_77,
    ];
    if x.is_nan() {
        return f64::NAN;
    }
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * z);
    let erfc = t * (-z * z + horner(&ERFC, t)).exp();
    if x >= 0.0 {
        1.0 - 0.5 * erfc
    } else {
        0.5 * erfc
    }
}

/// The polynomial with `coefficients` (constant first) at `x`.
fn horner(coefficients: &[f64], x: f64) -> f64 {
    coefficients.iter().rev().fold(0.0, |acc, c| acc * x + c)
}

/// The standard normal quantile Φ⁻¹(p) for p in (0, 1) (Wichura's
/// algorithm AS 241, `PPND16`, accurate to about 1e-16); -∞ at 0, +∞ at 1
/// and NaN outside.
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 8] = [
        3.387_132_872_796_366_5,
        133.141_667_891_784_38,
        1_971.590_950_306_551_3,
        13_731.693_765_509_46,
        45_921.953_931_549_87,
        67_265.770_927_008_7,
        33_430.575_583_588_13,
        2_509.080_928_730_122_7,
    ];
    const B: [f64; 8] = [
        1.0,
        42.313_330_701_600_91,
        687.187_007_492_057_9,
        5_394.196_021_424_751,
        21_213.794_301_586_597,
        39_307.895_800_092_71,
        28_729.085_735_721_943,
        5_226.495_278_852_545,
    ];
    const C: [f64; 8] = [
        1.423_437_110_749_683_5,
        4.630_337_846_156_546,
        5.769_497_221_460_691,
        3.647_848_324_763_204_5,
        1.270_458_252_452_368_4,
        0.241_780_725_177_450_6,
        2.272_384_498_926_918_4e-2,
        7.745_450_142_783_414e-4,
    ];
    const D: [f64; 8] = [
        1.0,
        2.053_191_626_637_759,
        1.676_384_830_183_803_8,
        0.689_767_334_985_1,
        0.148_103_976_427_480_08,
        1.519_866_656_361_645_7e-2,
        5.475_938_084_995_345e-4,
        1.050_750_071_644_416_9e-9,
    ];
    const E: [f64; 8] = [
        6.657_904_643_501_103,
        5.463_784_911_164_114,
        1.784_826_539_917_291_3,
        0.296_560_571_828_504_9,
        2.653_218_952_657_612_4e-2,
        1.242_660_947_388_078_4e-3,
        2.711_555_568_743_487_6e-5,
        2.010_334_399_292_288_1e-7,
    ];
    const F: [f64; 8] = [
        1.0,
        0.599_832_206_555_888,
        0.136_929_880_922_735_8,
        1.487_536_129_085_061_5e-2,
        7.868_691_311_456_133e-4,
        1.846_318_317_510_054_8e-5,
        1.421_511_758_316_446e-7,
        2.044_263_103_389_939_7e-15,
    ];
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180_625 - q * q;
        return q * horner(&A, r) / horner(&B, r);
    }
    let tail = if q < 0.0 { p } else { 1.0 - p };
    let r = (-tail.ln()).sqrt();
    let value = if r <= 5.0 {
        horner(&C, r - 1.6) / horner(&D, r - 1.6)
    } else {
        horner(&E, r - 5.0) / horner(&F, r - 5.0)
    };
    if q < 0.0 {
        -value
    } else {
        value
    }
}

/// Blom's plotting positions (i - 3/8) / (n + 1/4), i = 1..=n: the
/// probabilities at which the i-th smallest of n normal values is expected,
/// nearly unbiased for a normal Q-Q plot.
pub fn blom_positions(n: usize) -> Vec<f64> {
    let n_f = n as f64;
    (1..=n).map(|i| (i as f64 - 0.375) / (n_f + 0.25)).collect()
}

/// A deterministic offset in -0.5..0.5 for the `j`-th value of group `i`
/// (splitmix64 of the pair): jitter that draws the same picture every
/// time, without a random number generator.
pub fn jitter(i: usize, j: usize) -> f64 {
    let mut z = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (j as u64).wrapping_add(0x6A09_E667_F3BC_C909);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64 - 0.5
}

#[cfg(test)]
mod distribution_tests {
    use super::*;

    #[test]
    fn ecdf_steps_at_each_distinct_value() {
        assert_eq!(
            ecdf(&[3.0, 1.0, 2.0, 2.0, f64::NAN]),
            vec![(1.0, 0.25), (2.0, 0.75), (3.0, 1.0)]
        );
        assert_eq!(ecdf(&[5.0]), vec![(5.0, 1.0)]);
        assert!(ecdf(&[f64::NAN, f64::INFINITY]).is_empty());
    }

    #[test]
    fn normal_cdf_matches_tables() {
        // Values from R's pnorm.
        for (x, p) in [
            (0.0, 0.5),
            (1.0, 0.841_344_746_068_542_9),
            (-1.959_963_984_540_054, 0.025),
            (2.5, 0.993_790_334_674_223_8),
            (-3.0, 0.001_349_898_031_630_094_6),
        ] {
            assert!((normal_cdf(x) - p).abs() < 2e-7, "{x}: {} vs {p}", normal_cdf(x));
        }
        assert!(normal_cdf(f64::INFINITY) == 1.0 && normal_cdf(f64::NEG_INFINITY) == 0.0);
        assert!(normal_cdf(f64::NAN).is_nan());
    }

    #[test]
    fn normal_quantile_matches_tables() {
        // Values from R's qnorm.
        for (p, x) in [
            (0.5, 0.0),
            (0.975, 1.959_963_984_540_054),
            (0.25, -0.674_489_750_196_081_7),
            (0.001, -3.090_232_306_167_813),
            (1e-10, -6.361_340_902_404_056),
            (0.841_344_746_068_542_9, 1.0),
        ] {
            assert!(
                (normal_quantile(p) - x).abs() < 1e-9,
                "{p}: {} vs {x}",
                normal_quantile(p)
            );
        }
        assert_eq!(normal_quantile(0.0), f64::NEG_INFINITY);
        assert_eq!(normal_quantile(1.0), f64::INFINITY);
        assert!(normal_quantile(1.5).is_nan() && normal_quantile(f64::NAN).is_nan());
        // Round trip through the CDF.
        for p in [0.01, 0.2, 0.6, 0.99] {
            assert!((normal_cdf(normal_quantile(p)) - p).abs() < 1e-6);
        }
    }

    #[test]
    fn blom_positions_give_rs_normal_scores() {
        // R: qnorm(ppoints(5)) (ppoints uses a = 3/8 for n <= 10, as Blom).
        let scores: Vec<f64> = blom_positions(5).into_iter().map(normal_quantile).collect();
        let expected = [-1.179_761_1, -0.497_200_6, 0.0, 0.497_200_6, 1.179_761_1];
        for (s, e) in scores.iter().zip(expected) {
            assert!((s - e).abs() < 1e-6, "{scores:?}");
        }
        assert!((blom_positions(1)[0] - 0.5).abs() < 1e-12);
        assert!(blom_positions(0).is_empty());
    }

    #[test]
    fn jitter_is_deterministic_centred_and_in_range() {
        let offsets: Vec<f64> = (0..1000).map(|j| jitter(2, j)).collect();
        assert!(offsets.iter().all(|d| (-0.5..0.5).contains(d)));
        assert_eq!(offsets, (0..1000).map(|j| jitter(2, j)).collect::<Vec<_>>());
        let mean = offsets.iter().sum::<f64>() / offsets.len() as f64;
        assert!(mean.abs() < 0.05, "{mean}");
        assert!(offsets.iter().any(|d| *d < -0.4) && offsets.iter().any(|d| *d > 0.4));
        assert_ne!(jitter(0, 5), jitter(1, 5));
    }
}
