//! # Wordcloud
//!
//! A wordcloud writes the most frequent words of a text with a font size
//! that grows with each word's count (here the area of a word grows with
//! its count: the size is proportional to the square root), packed around
//! the centre, the most frequent first. Colour repeats the count, from pale
//! to strong. In a terminal every letter is one cell, so size cannot show:
//! there colour and order (the most frequent words nearest the centre)
//! carry the counts, and a colour key says so.
//!
//! ## When to use
//! A quick, decorative overview of what a text is about, for an audience
//! that will not read exact numbers: a title slide, a poster, a first look.
//!
//! ## Caveat
//! Sizes are hard to compare, long words look more important than short
//! ones with the same count, and the layout (position, neighbours) means
//! nothing. A raw count is led by empty words ("the", "one", "upon") and
//! splits one word over several spellings, so common English stop words
//! (a small embedded list of function words, archaic pronouns and small
//! numbers) are left out, a possessive ("whale's") counts for its word,
//! and a simple plural ("whales", "boxes", "parties") counts for its
//! singular when the singular is in the list too; a footnote says so.
//! Irregular plurals ("men") stay apart. To rank or compare words, use a barplot: the `ranked` variant
//! shows the same top words as a sorted bar list, which answers "which
//! word is most frequent, and by how much" at a glance.
//!
//! ## Variants
//! - `basic`: the cloud: sizes and colours from the counts, placed on a
//!   spiral from the centre, most frequent first, never overlapping.
//! - `ranked`: the most frequent words as a horizontal bar list, largest
//!   on top, as many as fit one per line (at most 25), with their counts.
//!
//! ## Related
//! barplot, lollipop, treemap, circular-packing
//!
//! ## Copying
//! Needs `theme.rs`, `scale.rs`, `stats.rs` and `axes.rs` from the gallery.

use crate::axes::{self, Axis, DrawResult, Frame};
use crate::scale;
use crate::stats;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::HashMap;
use std::f64::consts::TAU;

/// One word and how often it occurs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    /// The word as drawn.
    pub text: String,
    /// How often the word occurs; the word's area grows with it.
    pub count: f64,
}

/// The data of a wordcloud, with the titles that label it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    /// The chart's title, drawn above it.
    pub title: String,
    /// What the counts are, e.g. "Occurrences".
    pub value_title: String,
    /// The words to place, any order; the most frequent are placed first.
    pub words: Vec<Word>,
    /// At most this many words are placed, the most frequent first
    /// (`None`: 150).
    pub max_words: Option<usize>,
}

/// The ways to draw a wordcloud, as the module's `## Variants` describes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `basic`: The cloud: sizes and colours from the counts, placed on a spiral from the centre,
    /// most frequent first, never overlapping.
    Basic,
    /// `ranked`: The most frequent words as a horizontal bar list, largest on top, as many as fit
    /// one per line (at most 25), with their counts.
    Ranked,
}

impl Variant {
    /// Every variant, the default first, in the order `rgg list` shows them.
    pub const ALL: [Variant; 2] = [Variant::Basic, Variant::Ranked];

    /// The variant's id, as `rgg show --variant` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Variant::Basic => "basic",
            Variant::Ranked => "ranked",
        }
    }
}

/// At most this many words go into the cloud.
const MAX_WORDS: usize = 150;
/// At most this many bars in the ranked list.
const MAX_RANKED: usize = 25;

/// Draws `input` as a wordcloud in the style of `variant`, filling `area`, with `theme`'s colours,
/// fonts and sizes; input with nothing to draw gets a message instead of a chart.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    variant: Variant,
    theme: &Theme,
) -> DrawResult<(), DB> {
    let words: Vec<&Word> = input
        .words
        .iter()
        .filter(|w| w.count.is_finite() && w.count > 0.0 && !w.text.trim().is_empty())
        .collect();
    let (cleaned, tidied) = tidy(&words);
    // The most frequent first; a stable sort keeps ties in data order.
    let mut words: Vec<&Word> = cleaned.iter().collect();
    words.sort_by(|a, b| b.count.total_cmp(&a.count));
    if words.is_empty() {
        return axes::draw_empty(area, theme, &input.title, "No words with a positive count");
    }
    let area = &axes::draw_footnote(area, theme, &tidied.note())?;
    match variant {
        Variant::Basic => draw_cloud(area, input, &words, theme),
        Variant::Ranked => draw_ranked(area, input, &words, theme),
    }
}

/// Common English words that say nothing about a text: function words,
/// archaic pronouns and small numbers, sorted for a binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "beneath",
    "besides",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "eight",
    "either",
    "else",
    "enough",
    "ere",
    "even",
    "ever",
    "every",
    "few",
    "five",
    "for",
    "four",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "hence",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "least",
    "less",
    "let",
    "many",
    "may",
    "me",
    "might",
    "mine",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "neither",
    "never",
    "nine",
    "no",
    "nor",
    "not",
    "now",
    "o",
    "of",
    "off",
    "oft",
    "often",
    "oh",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "otherwise",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "perhaps",
    "quite",
    "rather",
    "same",
    "seven",
    "shall",
    "she",
    "should",
    "since",
    "six",
    "so",
    "some",
    "sometimes",
    "somewhat",
    "soon",
    "still",
    "such",
    "ten",
    "than",
    "that",
    "the",
    "thee",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "thence",
    "there",
    "therefore",
    "these",
    "they",
    "thine",
    "this",
    "those",
    "thou",
    "though",
    "three",
    "through",
    "thus",
    "thy",
    "till",
    "to",
    "too",
    "toward",
    "towards",
    "twas",
    "two",
    "under",
    "until",
    "unto",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "well",
    "were",
    "what",
    "whatever",
    "when",
    "whence",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "whither",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "ye",
    "yes",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// What [`tidy`] did: how many stop words it left out (the most frequent
/// few of them) and how many spellings it merged into their word.
#[derive(Clone, Debug, Default, PartialEq)]
struct Tidied {
    dropped: usize,
    examples: Vec<String>,
    merged: usize,
}

impl Tidied {
    /// The footnote: "Left out 44 common words (one, now, upon…); merged 9
    /// plurals and possessives".
    fn note(&self) -> String {
        let mut parts = Vec::new();
        if self.dropped > 0 {
            let s = if self.dropped == 1 { "" } else { "s" };
            let more = if self.dropped > self.examples.len() { "…" } else { "" };
            parts.push(format!(
                "Left out {} common word{s} ({}{more})",
                self.dropped,
                self.examples.join(", ")
            ));
        }
        if self.merged > 0 {
            let verb = if parts.is_empty() { "Merged" } else { "merged" };
            parts.push(format!("{verb} {} plurals and possessives", self.merged));
        }
        parts.join("; ")
    }
}

/// A word lower-cased, without a possessive ending ("Whale's" -> "whale",
/// "whales'" -> "whales").
fn base_form(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(stem) = lower.strip_suffix(ending) {
            if !stem.is_empty() {
                return stem.to_string();
            }
        }
    }
    lower
}

/// The singulars a plural may come from: "whales" -> "whale", "boxes" ->
/// "box", "parties" -> "party"; none for "glass" or short words ("gas").
fn singulars(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if word.chars().count() < 4 || word.ends_with("ss") {
        return out;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('s') {
        out.push(stem.to_string());
    }
    out
}

/// The words without stop words, each possessive and simple plural
/// counted with its word, in order of first appearance. A merged word is
/// written as the text writes it when the text has it ("Sea" for "Sea",
/// "seas"), else in lower case.
fn tidy(words: &[&Word]) -> (Vec<Word>, Tidied) {
    let mut tidied = Tidied::default();
    let mut dropped: Vec<(&str, f64)> = Vec::new();
    // (lower-case base form, the word as shown, its count)
    let mut kept: Vec<(String, Option<String>, f64)> = Vec::new();
    // Where each base form is in `kept`: a map keeps 100,000 words linear.
    let mut kept_at: HashMap<String, usize> = HashMap::new();
    for w in words {
        let base = base_form(&w.text);
        if STOP_WORDS.binary_search(&base.as_str()).is_ok() {
            dropped.push((w.text.as_str(), w.count));
            continue;
        }
        let own = (w.text.trim().to_lowercase() == base).then(|| w.text.trim().to_string());
        if let Some(k) = kept_at.get(&base).and_then(|i| kept.get_mut(*i)) {
            k.2 += w.count;
            k.1 = k.1.take().or(own);
            tidied.merged += 1;
        } else {
            kept_at.insert(base.clone(), kept.len());
            kept.push((base, own, w.count));
        }
    }
    // Plurals into their singulars, when the text has those too.
    let target = |base: &str| singulars(base).into_iter().find(|s| kept_at.contains_key(s));
    let mut out: Vec<(String, Option<String>, f64)> = Vec::new();
    let mut out_at: HashMap<String, usize> = HashMap::new();
    for (base, shown, count) in kept {
        let (key, shown) = match target(&base) {
            Some(singular) => {
                tidied.merged += 1;
                (singular, None)
            }
            None => (base, shown),
        };
        if let Some(k) = out_at.get(&key).and_then(|i| out.get_mut(*i)) {
            k.2 += count;
            k.1 = k.1.take().or(shown);
        } else {
            out_at.insert(key.clone(), out.len());
            out.push((key, shown, count));
        }
    }
    dropped.sort_by(|a, b| b.1.total_cmp(&a.1));
    tidied.dropped = dropped.len();
    tidied.examples = dropped.iter().take(3).map(|(t, _)| (*t).to_string()).collect();
    let words = out
        .into_iter()
        .map(|(base, shown, count)| Word {
            text: shown.unwrap_or(base),
            count,
        })
        .collect();
    (words, tidied)
}

/// A word's colour: stronger (more contrast with the background) for a
/// larger share `t` (0..=1) of the top count.
fn word_color(theme: &Theme, t: f64) -> RGBColor {
    let dark_background = Theme::text_on(theme.background) != RGBColor(20, 20, 20);
    // Viridis from its middle to the end that stands out most.
    let (weak, strong) = if dark_background { (0.3, 1.0) } else { (0.75, 0.0) };
    theme.sequential(weak + (strong - weak) * t.clamp(0.0, 1.0))
}

fn draw_cloud<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    words: &[&Word],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (w, h) = axes::dims(area);
    let m = theme.margin;
    let top = axes::draw_title(area, theme, &input.title)?;
    let cells = axes::text_in_cells(area, theme)?;
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let max = input.max_words.filter(|n| *n > 0).unwrap_or(MAX_WORDS);
    let words: Vec<&Word> = words.iter().take(max).copied().collect();
    let top_count = words.first().map_or(1.0, |w| w.count);
    let share = |c: f64| (c / top_count).sqrt();

    // The colour key along the bottom.
    let mut key_y = h - m - line_h;
    if cells {
        // On a whole text row, so the strip and its labels share one row.
        key_y -= (area.get_base_pixel().1 + key_y).rem_euclid(line_h.max(1));
    }
    let bottom = key_y - theme.gap;
    let lowest = words.last().map_or(0.0, |w| w.count);
    draw_key(area, theme, (m, key_y, w - 2 * m), (lowest, top_count), cells, share)?;
    let region = (m, top, w - m, bottom);
    if region.2 - region.0 < 2 * char_w || region.3 - region.1 < line_h {
        return Ok(());
    }

    // Grid cells for the layout: whole character cells in a terminal,
    // a few pixels on paper.
    let grid = if cells {
        (char_w.max(1), line_h.max(1))
    } else {
        let g = ((theme.label_size / 3.0).round() as i32).max(2);
        (g, g)
    };
    let boxes: Vec<(i32, i32)>;
    let fonts: Vec<f64>;
    if cells {
        fonts = vec![theme.label_size; words.len()];
        let mut b = Vec::with_capacity(words.len());
        for word in &words {
            b.push(axes::text_size(area, &word.text, &label)?);
        }
        boxes = b;
    } else {
        // Measure once at a reference size; text scales linearly with it.
        const REFERENCE: f64 = 100.0;
        let mut reference = Vec::with_capacity(words.len());
        for word in &words {
            let (tw, th) = axes::text_size(area, &word.text, &theme.font_of(REFERENCE).into())?;
            reference.push((f64::from(tw) / REFERENCE, f64::from(th) / REFERENCE));
        }
        let region_area = f64::from(region.2 - region.0) * f64::from(region.3 - region.1);
        let biggest = f64::from(region.3 - region.1) / 4.0;
        let sizes: Vec<f64> = words.iter().map(|w| share(w.count)).collect();
        let ink: f64 = sizes
            .iter()
            .zip(&reference)
            .map(|(s, (rw, rh))| (s * biggest).powi(2) * rw * rh)
            .sum();
        // Shrink until the words would cover about 55% of the region.
        let fit = if ink > 0.0 {
            (0.55 * region_area / ink).sqrt().min(1.0)
        } else {
            1.0
        };
        let smallest = theme.label_size * 0.55;
        fonts = sizes
            .iter()
            .map(|s| s * biggest * fit)
            .map(|f| if f >= smallest { f } else { 0.0 })
            .collect();
        boxes = fonts
            .iter()
            .zip(&reference)
            .map(|(f, (rw, rh))| ((rw * f).ceil() as i32, (rh * f).ceil() as i32))
            .collect();
    }
    let wanted: Vec<Option<(i32, i32)>> = fonts
        .iter()
        .zip(&boxes)
        .map(|(f, b)| (*f > 0.0).then_some(*b))
        .collect();
    let pad = if cells { (1, 0) } else { (1, 1) };
    let spots = place_words(&wanted, (region.2 - region.0, region.3 - region.1), grid, pad);
    let corner = Pos::new(HPos::Left, VPos::Top);
    for ((word, font), spot) in words.iter().zip(&fonts).zip(spots) {
        let Some((x, y)) = spot else { continue };
        let color = word_color(theme, share(word.count));
        let style = theme.font_of(*font).color(&color).pos(corner);
        area.draw(&Text::new(word.text.clone(), (region.0 + x, region.1 + y), style))?;
    }
    Ok(())
}

/// "Size and colour: count  22 ▮▮▮▮▮▮ 1,023" (in a terminal, "Colour: count").
fn draw_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    (left, y, width): (i32, i32, i32),
    (lo, hi): (f64, f64),
    cells: bool,
    share: impl Fn(f64) -> f64,
) -> DrawResult<(), DB> {
    let muted = theme.muted_style();
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let caption = if cells {
        "Colour: count"
    } else {
        "Size and colour: count"
    };
    let (lo_text, hi_text) = (scale::format_value(lo), scale::format_value(hi));
    let caption_w = axes::text_size(area, caption, &muted)?.0;
    let lo_w = axes::text_size(area, &lo_text, &label)?.0;
    let hi_w = axes::text_size(area, &hi_text, &label)?.0;
    let strip_w = (width / 3).min(char_w * 30);
    let total = caption_w + lo_w + hi_w + strip_w + 4 * char_w;
    if total > width || strip_w < 4 * char_w {
        return Ok(());
    }
    let left_pos = Pos::new(HPos::Left, VPos::Top);
    let mut x = left;
    area.draw(&Text::new(caption.to_string(), (x, y), muted.pos(left_pos)))?;
    x += caption_w + 2 * char_w;
    area.draw(&Text::new(lo_text, (x, y), label.pos(left_pos)))?;
    x += lo_w + char_w;
    // The strip runs over the same colours as the words: from the lowest
    // count's share of the top count to 1.
    let t0 = share(lo);
    let steps = strip_w.clamp(1, 64);
    for k in 0..steps {
        let (x0, x1) = (x + strip_w * k / steps, x + strip_w * (k + 1) / steps);
        let t = t0 + (1.0 - t0) * (f64::from(k) + 0.5) / f64::from(steps);
        area.draw(&Rectangle::new(
            [(x0, y), (x1, y + line_h - 1)],
            word_color(theme, t).filled(),
        ))?;
    }
    x += strip_w + char_w;
    area.draw(&Text::new(hi_text, (x, y), label.pos(left_pos)))?;
    Ok(())
}

/// A grid of occupied cells, one bit each, rows of 64-cell words: a box
/// test reads a few words per row.
struct Occupancy {
    w: usize,
    h: usize,
    stride: usize,
    bits: Vec<u64>,
}

/// The bits of cells `x..x + len` that fall in word `k` of a row.
fn word_mask(k: usize, x: usize, len: usize) -> u64 {
    let (lo, hi) = (x.max(64 * k), (x + len).min(64 * k + 64));
    if hi <= lo {
        return 0;
    }
    let n = hi - lo;
    let ones = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
    ones << (lo - 64 * k)
}

impl Occupancy {
    fn new(w: usize, h: usize) -> Self {
        let stride = w.div_ceil(64);
        Occupancy {
            w,
            h,
            stride,
            bits: vec![0; stride * h],
        }
    }

    fn is_taken(&self, col: u16, row: u16) -> bool {
        let (col, row) = (usize::from(col), usize::from(row));
        if col >= self.w || row >= self.h {
            return true;
        }
        let word = self.bits.get(row * self.stride + col / 64).copied().unwrap_or(u64::MAX);
        word & (1u64 << (col % 64)) != 0
    }

    /// Whether the `bw` x `bh` box at (x, y) lies inside and is empty.
    fn is_free(&self, x: i64, y: i64, bw: usize, bh: usize) -> bool {
        if x < 0 || y < 0 {
            return false;
        }
        let (x, y) = (x as usize, y as usize);
        if x + bw > self.w || y + bh > self.h || bw == 0 {
            return false;
        }
        let words = (x / 64)..=((x + bw - 1) / 64);
        (y..y + bh).all(|row| {
            words.clone().all(|k| {
                let word = self.bits.get(row * self.stride + k).copied().unwrap_or(u64::MAX);
                word & word_mask(k, x, bw) == 0
            })
        })
    }

    fn fill(&mut self, x: usize, y: usize, bw: usize, bh: usize) {
        if bw == 0 {
            return;
        }
        for row in y..(y + bh).min(self.h) {
            for k in (x / 64)..=((x + bw - 1) / 64).min(self.stride.saturating_sub(1)) {
                if let Some(word) = self.bits.get_mut(row * self.stride + k) {
                    *word |= word_mask(k, x, bw);
                }
            }
        }
    }
}

/// Top-left corners (in pixels from the region's corner) for boxes of
/// `sizes` pixels, placed in order along an elliptical spiral from the
/// centre of a `region` (width, height) so that no two boxes (grown by
/// `pad` grid cells right and below) overlap and all lie inside. Positions
/// snap to a `grid` (cell width, height); `None` for a box that is not
/// wanted or does not fit.
fn place_words(
    sizes: &[Option<(i32, i32)>],
    region: (i32, i32),
    grid: (i32, i32),
    pad: (usize, usize),
) -> Vec<Option<(i32, i32)>> {
    let (gx, gy) = (grid.0.max(1), grid.1.max(1));
    let (cols, rows) = ((region.0 / gx).max(0) as usize, (region.1 / gy).max(0) as usize);
    let mut occupied = Occupancy::new(cols, rows);
    let mut free = cols * rows;
    // The spiral's cells still free: a box centred on a cell covers that
    // cell, so a taken cell is no centre any more.
    let mut order = spiral_cells(cols, rows, (gx, gy));
    // Boxes at least this big failed already: the next one that big fails too.
    let mut failed: Vec<(usize, usize)> = Vec::new();
    let mut taken_since = 0;
    let mut out = Vec::with_capacity(sizes.len());
    for size in sizes {
        let Some((w, h)) = *size else {
            out.push(None);
            continue;
        };
        let bw = (w.max(1) + gx - 1) as usize / gx as usize + pad.0;
        let bh = (h.max(1) + gy - 1) as usize / gy as usize + pad.1;
        // A full cloud: after a dozen misses the rarest words are left out
        // rather than searched for, which keeps the layout fast.
        if bw * bh > free || failed.len() >= 12 || failed.iter().any(|(fw, fh)| bw >= *fw && bh >= *fh) {
            out.push(None);
            continue;
        }
        let (half_w, half_h) = (f64::from(w) / 2.0, f64::from(h) / 2.0);
        let spot = order
            .iter()
            .filter(|(c, r)| !occupied.is_taken(*c, *r))
            .find_map(|(col, row)| {
                let x = ((f64::from(*col) + 0.5) * f64::from(gx) - half_w) / f64::from(gx);
                let y = ((f64::from(*row) + 0.5) * f64::from(gy) - half_h) / f64::from(gy);
                let (x, y) = (x.round() as i64, y.round() as i64);
                occupied.is_free(x, y, bw, bh).then_some((x as usize, y as usize))
            });
        if let Some((x, y)) = spot {
            occupied.fill(x, y, bw, bh);
            free = free.saturating_sub(bw * bh);
            // Dropping the taken centres costs a pass over the spiral:
            // do it once enough of them have piled up to slow the search.
            taken_since += bw * bh;
            if taken_since * 8 >= order.len() {
                order.retain(|(c, r)| !occupied.is_taken(*c, *r));
                taken_since = 0;
            }
            out.push(Some((x as i32 * gx, y as i32 * gy)));
        } else {
            failed.push((bw, bh));
            out.push(None);
        }
    }
    out
}

/// The cells of a `cols` x `rows` grid (cells `cell` pixels big) in the
/// order an Archimedean spiral from the centre reaches them: the spiral is
/// stretched to the grid's shape and moves one row further out per turn,
/// and each cell is passed at the turn whose radius is nearest its own.
fn spiral_cells(cols: usize, rows: usize, cell: (i32, i32)) -> Vec<(u16, u16)> {
    if cols == 0 || rows == 0 || cols > usize::from(u16::MAX) || rows > usize::from(u16::MAX) {
        return Vec::new();
    }
    let (gx, gy) = (f64::from(cell.0.max(1)), f64::from(cell.1.max(1)));
    let (w, h) = (cols as f64 * gx, rows as f64 * gy);
    let stretch = w / h;
    let (cx, cy) = (w / 2.0, h / 2.0);
    // Radius grows by `a` per radian: one row per turn.
    let a = gy / TAU;
    let mut cells: Vec<(f64, u16, u16)> = Vec::with_capacity(cols * rows);
    for row in 0..rows {
        for col in 0..cols {
            let dx = ((col as f64 + 0.5) * gx - cx) / stretch;
            let dy = (row as f64 + 0.5) * gy - cy;
            let phi = dy.atan2(dx).rem_euclid(TAU);
            let turns = ((dx.hypot(dy) / a - phi) / TAU).round().max(0.0);
            cells.push((phi + TAU * turns, col as u16, row as u16));
        }
    }
    cells.sort_by(|p, q| p.0.total_cmp(&q.0));
    cells.into_iter().map(|(_, c, r)| (c, r)).collect()
}

fn draw_ranked<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    input: &Input,
    words: &[&Word],
    theme: &Theme,
) -> DrawResult<(), DB> {
    let (w, h) = axes::dims(area);
    let label = theme.label_style();
    let (char_w, line_h) = axes::text_size(area, "0", &label)?;
    let (_, title_h) = axes::text_size(area, "Ag", &theme.title_style())?;
    // One line per word: as many as the frame's plot is tall.
    let top = theme.margin + title_h + theme.gap + line_h / 2;
    let bottom = theme.margin + 2 * line_h + theme.gap / 2;
    let rows = ((h - top - bottom) / line_h.max(1)).max(1) as usize;
    let shown: Vec<&Word> = words.iter().take(rows.min(MAX_RANKED)).copied().collect();
    let count = shown.len();
    let names = shown.iter().rev().map(|w| w.text.clone()).collect();
    let y_axis = Axis::categories("", names);
    let (_, hi) = stats::extent(shown.iter().map(|w| w.count)).unwrap_or((0.0, 1.0));
    let axis = Axis::zero_based(&input.value_title, hi);
    let texts: Vec<String> = shown.iter().map(|w| scale::format_value(w.count)).collect();
    let mut need = 0;
    let mut name_w = 0;
    for (word, text) in shown.iter().zip(&texts) {
        need = need.max(axes::text_size(area, text, &label)?.0 + theme.gap);
        name_w = name_w.max(axes::text_size(area, &axes::fit_text(area, &word.text, &label, w / 3)?, &label)?.0);
    }
    let plot_w = w - 2 * theme.margin - name_w - 2 * theme.gap - 4 * char_w;
    let (min, max) = axes::headroom((axis.min, axis.max), (0.0, hi), (0, need), plot_w);
    let x_axis = Axis { min, max, ..axis };
    let title = format!("{} (top {count})", input.title);
    let plot = Frame::new(&title, &x_axis, &y_axis).draw(area, theme)?;
    let base = area.get_base_pixel();
    let (_, plot_h) = axes::dims(&plot);
    let room = plot_h / count.max(1) as i32 >= line_h;
    for (k, (word, text)) in shown.iter().zip(&texts).enumerate() {
        let yc = (count - 1 - k) as f64;
        plot.draw(&Rectangle::new(
            [(0.0, yc - 0.4), (word.count, yc + 0.4)],
            theme.color(0).filled(),
        ))?;
        if room {
            let (px, py) = plot.map_coordinate(&(word.count, yc));
            let style = label.pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(
                text.clone(),
                (px - base.0 + theme.gap / 2, py - base.1),
                style,
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, count: f64) -> Word {
        Word {
            text: text.to_string(),
            count,
        }
    }

    #[test]
    fn stop_words_are_sorted_lower_case_and_unique() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    }

    #[test]
    fn empty_words_go_and_spellings_of_one_word_count_together() {
        let words = [
            word("whale", 1023.0),
            word("one", 893.0),
            word("now", 775.0),
            word("upon", 561.0),
            word("ship", 427.0),
            word("whales", 243.0),
            word("ships", 20.0),
            word("whale's", 116.0),
            word("ship's", 10.0),
            word("glass", 5.0),
            word("parties", 3.0),
            word("party", 2.0),
            word("was", 100.0),
        ];
        let refs: Vec<&Word> = words.iter().collect();
        let (tidy, done) = tidy(&refs);
        assert_eq!(
            tidy,
            vec![
                word("whale", 1382.0),
                word("ship", 457.0),
                word("glass", 5.0),
                word("party", 5.0)
            ]
        );
        assert_eq!(done.dropped, 4);
        assert_eq!(done.examples, ["one", "now", "upon"]);
        assert_eq!(done.merged, 5);
        assert_eq!(
            done.note(),
            "Left out 4 common words (one, now, upon…); merged 5 plurals and possessives"
        );
    }

    #[test]
    fn plurals_fold_into_a_singular_that_comes_later() {
        let words = [
            word("boxes", 4.0),
            word("box", 1.0),
            word("Sea", 2.0),
            word("seas", 1.0),
        ];
        let refs: Vec<&Word> = words.iter().collect();
        let (tidy, done) = tidy(&refs);
        assert_eq!(tidy, vec![word("box", 5.0), word("Sea", 3.0)]);
        assert_eq!(done.note(), "Merged 2 plurals and possessives");
        assert_eq!(base_form("Whales'"), "whales");
        assert!(singulars("gas").is_empty() && singulars("glass").is_empty());
        assert_eq!(Tidied::default().note(), "", "nothing done: no footnote");
    }

    fn overlap(a: (i32, i32, i32, i32), b: (i32, i32, i32, i32)) -> bool {
        a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
    }

    #[test]
    fn placed_words_never_overlap_and_stay_inside() {
        let sizes: Vec<Option<(i32, i32)>> = (0..60).map(|i| Some((20 + (i * 7) % 50, 10 + i % 12))).collect();
        let spots = place_words(&sizes, (400, 200), (4, 4), (1, 1));
        let boxes: Vec<(i32, i32, i32, i32)> = spots
            .iter()
            .zip(&sizes)
            .filter_map(|(s, size)| {
                let (x, y) = (*s)?;
                let (w, h) = (*size)?;
                Some((x, y, w, h))
            })
            .collect();
        assert!(boxes.len() > 30, "most words fit: {}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.0 >= 0 && a.1 >= 0 && a.0 + a.2 <= 400 && a.1 + a.3 <= 200, "{a:?}");
            for b in &boxes[i + 1..] {
                assert!(!overlap(*a, *b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn the_first_word_goes_to_the_centre() {
        // Centred to within one grid cell.
        let spots = place_words(&[Some((40, 20))], (200, 100), (2, 2), (0, 0));
        let (x, y) = spots[0].expect("placed");
        assert!((x - 80).abs() <= 2 && (y - 40).abs() <= 2, "{x} {y}");
    }

    #[test]
    fn unwanted_and_oversized_words_are_skipped() {
        let spots = place_words(
            &[None, Some((500, 10)), Some((10, 10)), Some((600, 20))],
            (100, 100),
            (5, 5),
            (1, 1),
        );
        assert_eq!(spots[0], None);
        assert_eq!(spots[1], None, "wider than the region");
        assert!(spots[2].is_some());
        assert_eq!(spots[3], None);
        assert!(place_words(&[Some((1, 1))], (0, 0), (5, 5), (0, 0))[0].is_none());
    }

    #[test]
    fn terminal_cells_keep_a_blank_between_words() {
        // Two words of three cells on one row of ten: with one padding cell
        // they need seven cells, so both fit and stay apart.
        let spots = place_words(&[Some((24, 16)), Some((24, 16))], (80, 16), (8, 16), (1, 0));
        let (a, b) = (spots[0].expect("first"), spots[1].expect("second"));
        assert_eq!(a.1, 0);
        assert!((a.0 - b.0).abs() >= 32, "{a:?} {b:?}");
    }

    #[test]
    fn occupancy_answers_box_queries() {
        let mut o = Occupancy::new(10, 5);
        assert!(o.is_free(0, 0, 10, 5));
        o.fill(2, 1, 3, 2);
        assert!(!o.is_free(0, 0, 10, 5));
        assert!(!o.is_free(4, 2, 1, 1));
        assert!(o.is_free(5, 0, 5, 5));
        assert!(o.is_free(0, 3, 10, 2));
        assert!(!o.is_free(8, 0, 3, 1), "outside");
        assert!(!o.is_free(-1, 0, 1, 1));
    }

    #[test]
    fn stronger_colours_for_larger_counts() {
        let light = Theme::light();
        // On white paper the top word is the darkest.
        let luma = |c: RGBColor| u32::from(c.0) + u32::from(c.1) + u32::from(c.2);
        assert!(luma(word_color(&light, 1.0)) < luma(word_color(&light, 0.1)));
        let dark = Theme::terminal();
        assert!(luma(word_color(&dark, 1.0)) > luma(word_color(&dark, 0.1)));
    }
}
