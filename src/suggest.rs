//! `rgg suggest FILE`: look at a CSV's columns and say, data-to-viz style,
//! which chart types fit, best first, each with the exact command to try.
//! Every suggestion is checked: its command binds and draws.

use crate::catalogue;
use crate::data::profile::{self, named, nested, profile, Profile};
use crate::data::table::{Column, Kind, Table};
use crate::data::user::{self, LoadedFile};
use crate::data::{Role, RoleColumns};
use crate::prepare::{Data, Request};
use crate::text::{sanitize, shell_path, shell_word};
use anyhow::Result;
use std::collections::HashSet;
use std::fmt::Write as _;

/// One chart that fits, with the roles to pass and why.
struct Suggestion {
    score: u32,
    chart: &'static str,
    roles: Vec<RoleColumns>,
    reason: String,
}

// One long list of data-to-viz rules, read top to bottom; split by family
// it would only scatter what belongs together.
#[allow(clippy::too_many_lines)]
fn candidates(table: &Table, p: &[Profile]) -> Vec<Suggestion> {
    let rows = table.rows();
    let numbers: Vec<&Profile> = p.iter().filter(|c| c.kind == Kind::Number && !c.row_number).collect();
    let dates: Vec<&Profile> = p.iter().filter(|c| c.kind == Kind::Date).collect();
    let groups: Vec<&Profile> = p
        .iter()
        .filter(|c| c.kind == Kind::Category && (2..=12).contains(&c.distinct))
        .collect();
    let labels: Vec<&Profile> = p
        .iter()
        .filter(|c| c.kind == Kind::Category && c.distinct == rows)
        .collect();
    let cats: Vec<&Profile> = p
        .iter()
        .filter(|c| c.kind == Kind::Category && c.distinct >= 2)
        .collect();
    let mut out = Vec::new();
    let mut add = |score: u32, chart: &'static str, roles: Vec<(Role, &str)>, reason: String| {
        // The columns as a command line writes them (`--path a,b`).
        let roles = roles.into_iter().map(|(r, c)| RoleColumns::parse(r, c)).collect();
        out.push(Suggestion {
            score,
            chart,
            roles,
            reason,
        });
    };
    let group = groups.first().map(|g| g.name.as_str());

    // Geography: coordinates, region codes.
    let lat = named(p, profile::LATITUDE);
    let lon = named(p, profile::LONGITUDE);
    if let (Some(lat), Some(lon)) = (&lat, &lon) {
        add(
            95,
            "bubble-map",
            vec![(Role::Lat, lat), (Role::Lon, lon)],
            "latitude and longitude columns: points on a map".into(),
        );
        add(
            85,
            "hexbin-map",
            vec![(Role::Lat, lat), (Role::Lon, lon)],
            "many points on a map: density by hexagonal bins".into(),
        );
    }
    if let (Some(loc), Some(value)) = (
        named(p, profile::REGION),
        numbers.iter().find(|n| !n.name.eq_ignore_ascii_case("id")),
    ) {
        add(
            80,
            "choropleth",
            vec![(Role::Locations, &loc), (Role::Values, &value.name)],
            format!("regions ({loc}) with a value: colour each region by {}", value.name),
        );
    }
    // Networks and flows.
    let source = named(p, profile::SOURCE);
    let target = named(p, profile::TARGET);
    if let (Some(s), Some(t)) = (&source, &target) {
        add(
            93,
            "network",
            vec![(Role::Source, s), (Role::Target, t)],
            "an edge list: who is linked to whom".into(),
        );
        add(
            78,
            "arc-diagram",
            vec![(Role::Source, s), (Role::Target, t)],
            "an edge list with a meaningful node order".into(),
        );
        if let Some(w) = numbers.first() {
            add(
                82,
                "chord",
                vec![(Role::Source, s), (Role::Target, t), (Role::Values, &w.name)],
                format!("flows between the same set of nodes, sized by {}", w.name),
            );
        }
    }
    // Prices.
    if let (Some(date), Some(o), Some(h), Some(l), Some(c)) = (
        dates.first(),
        named(p, profile::PRICES[0]),
        named(p, profile::PRICES[1]),
        named(p, profile::PRICES[2]),
        named(p, profile::PRICES[3]),
    ) {
        add(
            96,
            "candlestick",
            vec![
                (Role::X, &date.name),
                (Role::Open, &o),
                (Role::High, &h),
                (Role::Low, &l),
                (Role::Close, &c),
            ],
            "open, high, low and close prices by date".into(),
        );
    }
    // Time.
    if let (Some(date), Some(y)) = (dates.first(), numbers.first()) {
        let mut roles = vec![(Role::X, date.name.as_str()), (Role::Y, y.name.as_str())];
        if let Some(g) = group {
            roles.push((Role::Group, g));
            add(
                80,
                "stacked-area",
                roles.clone(),
                format!("{} over time, split into the parts given by {g}", y.name),
            );
            add(
                62,
                "streamgraph",
                roles.clone(),
                "the same, around a centre line: overall patterns only".into(),
            );
        }
        add(
            92,
            "line",
            roles,
            format!("{} over time ({} is a date)", y.name, date.name),
        );
        add(
            75,
            "time-series",
            vec![(Role::X, &date.name), (Role::Y, &y.name)],
            "a long daily series: date axis, rolling mean, calendar".into(),
        );
        add(
            66,
            "area",
            vec![(Role::X, &date.name), (Role::Y, &y.name)],
            "one quantity over time, from zero".into(),
        );
    }
    // Numbers with groups.
    if let (Some(g), Some(y)) = (groups.first(), numbers.first()) {
        let few = g.distinct;
        add(
            88,
            "boxplot",
            vec![(Role::X, &g.name), (Role::Y, &y.name)],
            format!("{} compared across the {few} values of {}", y.name, g.name),
        );
        add(
            84,
            "violin",
            vec![(Role::X, &g.name), (Role::Y, &y.name)],
            format!("the shape of {} in each of the {few} groups", y.name),
        );
        if few >= 3 {
            add(
                70,
                "ridgeline",
                vec![(Role::X, &y.name), (Role::Group, &g.name)],
                format!("{few} distributions stacked: good for many groups"),
            );
        }
        if rows <= 2000 {
            add(
                64,
                "beeswarm",
                vec![(Role::X, &g.name), (Role::Y, &y.name)],
                format!("every one of the {rows} points, by group"),
            );
        }
        if few <= 3 {
            add(
                68,
                "density",
                vec![(Role::X, &y.name), (Role::Group, &g.name)],
                format!("smooth distributions of {}, one per group", y.name),
            );
        }
    }
    // Labels with one value each.
    if let (Some(label), Some(y)) = (labels.first().or(cats.first()), numbers.first()) {
        add(
            90,
            "barplot",
            vec![(Role::X, &label.name), (Role::Y, &y.name)],
            format!("one {} per {}: compare and rank", y.name, label.name),
        );
        add(
            82,
            "lollipop",
            vec![(Role::X, &label.name), (Role::Y, &y.name)],
            "the same ranking with less ink; good for many labels".into(),
        );
        if label.distinct <= 6 {
            add(
                58,
                "donut",
                vec![(Role::Names, &label.name), (Role::Values, &y.name)],
                format!("parts of the total {} (only {} parts)", y.name, label.distinct),
            );
        }
        if label.distinct >= 30 {
            add(
                40,
                "wordcloud",
                vec![(Role::Names, &label.name), (Role::Values, &y.name)],
                "many words with counts (a barplot ranks better)".into(),
            );
        }
    }
    // Hierarchies.
    let nests = profile::nestings(table, p);
    if let (Some((outer, inner)), Some(v)) = (nests.first(), numbers.first()) {
        let path = format!("{},{}", outer.name, inner.name);
        add(
            76,
            "treemap",
            vec![(Role::Path, &path), (Role::Values, &v.name)],
            format!("a hierarchy ({} > {}) of {}", outer.name, inner.name, v.name),
        );
        add(
            56,
            "circular-packing",
            vec![(Role::Path, &path), (Role::Values, &v.name)],
            "the same hierarchy as nested circles".into(),
        );
    }
    if cats.len() >= 2 {
        if let Some(v) = numbers.first() {
            let path: Vec<&str> = cats.iter().take(3).map(|c| c.name.as_str()).collect();
            let path = path.join(",");
            add(
                60,
                "sankey",
                vec![(Role::Path, &path), (Role::Values, &v.name)],
                format!("how {} flows through {}", v.name, path.replace(',', " > ")),
            );
        }
    }
    // Several numbers.
    if numbers.len() >= 2 {
        let (x, y) = (&numbers[0].name, &numbers[1].name);
        let mut roles = vec![(Role::X, x.as_str()), (Role::Y, y.as_str())];
        if let Some(g) = groups.iter().find(|g| g.distinct <= 8) {
            roles.push((Role::Group, g.name.as_str()));
        }
        add(91, "scatter", roles, format!("how {y} relates to {x}"));
        if rows >= 300 {
            add(
                72,
                "density-2d",
                vec![(Role::X, x), (Role::Y, y)],
                format!("{rows} points: where they concentrate"),
            );
        }
    }
    if numbers.len() >= 3 {
        let (x, y, a) = (&numbers[0].name, &numbers[1].name, &numbers[2].name);
        add(
            70,
            "bubble",
            vec![(Role::X, x), (Role::Y, y), (Role::Area, a)],
            format!("{y} against {x}, bubble area = {a}"),
        );
        let dims: Vec<&str> = numbers.iter().take(6).map(|n| n.name.as_str()).collect();
        let dims = dims.join(",");
        add(
            74,
            "correlogram",
            vec![(Role::Dimensions, &dims)],
            format!("every pair of the {} numeric columns at once", numbers.len().min(6)),
        );
        let mut roles = vec![(Role::Dimensions, dims.as_str())];
        if let Some(g) = group {
            roles.push((Role::Group, g));
        }
        add(
            68,
            "parallel-coordinates",
            roles,
            "each row as a line across the numeric columns".into(),
        );
    }
    // One number on its own.
    if let Some(x) = numbers.first() {
        // Histograms lead only when the number is all there is.
        let alone = groups.is_empty() && dates.is_empty() && numbers.len() == 1;
        add(
            if alone { 94 } else { 66 },
            "histogram",
            vec![(Role::X, &x.name)],
            format!("the distribution of {}", x.name),
        );
        add(
            if alone { 86 } else { 60 },
            "density",
            vec![(Role::X, &x.name)],
            format!("a smooth view of the distribution of {}", x.name),
        );
    }
    // ecdf, qq-plot, raincloud, strip, vector-field (issue 14).
    if let (Some(g), Some(y)) = (groups.first(), numbers.first()) {
        let few = g.distinct;
        if few <= 6 {
            add(
                72,
                "raincloud",
                vec![(Role::X, &g.name), (Role::Y, &y.name)],
                format!("shape, box and points of {} in each of the {few} groups", y.name),
            );
            add(
                62,
                "ecdf",
                vec![(Role::X, &y.name), (Role::Group, &g.name)],
                format!("cumulative distributions of {}, one per group, without bins", y.name),
            );
        }
        if rows <= 5000 {
            add(
                63,
                "strip",
                vec![(Role::X, &g.name), (Role::Y, &y.name)],
                format!("every one of the {rows} values of {}, jittered by group", y.name),
            );
        }
    }
    if let Some(x) = numbers.first() {
        add(
            57,
            "qq-plot",
            vec![(Role::X, &x.name)],
            format!("is {} normally distributed? its quantiles against a normal's", x.name),
        );
        add(
            55,
            "ecdf",
            vec![(Role::X, &x.name)],
            format!("the cumulative distribution of {}: medians and shares read off", x.name),
        );
    }
    // Two vector components (u, v) at positions (lon/lat, or x/y).
    let u = named(p, &["u", "dx", "u_wind", "uwnd", "u_component"]);
    let v = named(p, &["v", "dy", "v_wind", "vwnd", "v_component"]);
    let position = match (&lon, &lat) {
        (Some(lon), Some(lat)) => Some((lon.clone(), lat.clone())),
        _ => named(p, &["x"]).zip(named(p, &["y"])),
    };
    if let (Some(u), Some(v), Some((x, y))) = (u, v, position) {
        let components = format!("{u},{v}");
        add(
            // Above the maps: u and v columns say what the positions carry.
            97,
            "vector-field",
            vec![(Role::X, &x), (Role::Y, &y), (Role::Dimensions, &components)],
            format!("{u} and {v} are the two components of a vector at each ({x}, {y})"),
        );
    }
    // nc-part: sunburst, mosaic, small-multiples, cartogram.
    if let (Some((outer, inner)), Some(v)) = (nests.first(), numbers.first()) {
        // Three nested levels make a sunburst worth its rings.
        let third = cats
            .iter()
            .find(|c| c.distinct > inner.distinct && nested(table, &inner.name, &c.name));
        let (score, path) = match third {
            Some(c) => (78, format!("{},{},{}", outer.name, inner.name, c.name)),
            None => (54, format!("{},{}", outer.name, inner.name)),
        };
        add(
            score,
            "sunburst",
            vec![(Role::Path, &path), (Role::Values, &v.name)],
            format!("the hierarchy {} as nested rings", path.replace(',', " > ")),
        );
    }
    if let [a, b, ..] = groups[..] {
        if !nested(table, &a.name, &b.name) && !nested(table, &b.name, &a.name) {
            let mut roles = vec![(Role::X, a.name.as_str()), (Role::Group, b.name.as_str())];
            if let Some(v) = numbers.first() {
                roles.push((Role::Values, v.name.as_str()));
            }
            add(
                72,
                "mosaic",
                roles,
                format!(
                    "how {} splits within each {}, columns as wide as their share",
                    b.name, a.name
                ),
            );
        }
    }
    if let (Some(date), Some(y)) = (dates.first(), numbers.first()) {
        // More groups than one chart's lines can hold: one panel each.
        if let Some(g) = p
            .iter()
            .find(|c| c.kind == Kind::Category && (4..=30).contains(&c.distinct))
        {
            add(
                if g.distinct >= 6 { 83 } else { 70 },
                "small-multiples",
                vec![(Role::X, &date.name), (Role::Y, &y.name), (Role::Group, &g.name)],
                format!("{} over time, one panel per {} ({} panels)", y.name, g.name, g.distinct),
            );
        }
    }
    if let Some(v) = numbers.iter().find(|n| !n.name.eq_ignore_ascii_case("id")) {
        // A column of US states (names, postal or FIPS codes): a cartogram.
        // Names or postal codes only: row numbers 1..50 would pass as FIPS codes.
        let states = p
            .iter()
            .filter(|c| c.kind == Kind::Category && !c.row_number && c.distinct >= 10)
            .find(|c| {
                table.column(&c.name).is_some_and(|col| {
                    let found = (0..table.rows())
                        .filter(|i| rgg_gallery::map::cartogram::find_state(&col.label(*i)).is_some())
                        .count();
                    found * 5 >= table.rows() * 4
                })
            });
        if let Some(s) = states {
            add(
                78,
                "cartogram",
                vec![(Role::Locations, &s.name), (Role::Values, &v.name)],
                format!("US states ({}) sized by {}, none hidden by its area", s.name, v.name),
            );
        }
    }

    // Statistics and ML (roc, confusion-matrix, forest-plot, volcano,
    // manhattan, spectrogram): the outputs of an analysis, recognised by
    // the names their columns usually have.
    let number_named = |words: &[&str]| {
        numbers
            .iter()
            .find(|c| words.iter().any(|w| c.name.eq_ignore_ascii_case(w)))
            .map(|c| c.name.clone())
    };
    let number_containing = |words: &[&str]| -> Vec<String> {
        numbers
            .iter()
            .filter(|c| c.distinct > 2)
            .filter(|c| words.iter().any(|w| c.name.to_ascii_lowercase().contains(w)))
            .map(|c| c.name.clone())
            .collect()
    };
    let p_value = number_named(&[
        "p",
        "pval",
        "p_value",
        "pvalue",
        "p.value",
        "padj",
        "p_adjusted",
        "adj.p.val",
        "fdr",
        "qvalue",
        "q_value",
    ]);
    let fold = number_named(&[
        "log2foldchange",
        "log2_fold_change",
        "log2fc",
        "log2_fc",
        "logfc",
        "log_fc",
        "lfc",
    ]);
    if let (Some(fc), Some(pv)) = (&fold, &p_value) {
        let mut roles = vec![(Role::X, fc.as_str()), (Role::Y, pv.as_str())];
        let gene = named(p, &["gene", "gene_name", "symbol", "gene_symbol", "name"]);
        if let Some(g) = &gene {
            roles.push((Role::Names, g.as_str()));
        }
        add(
            93,
            "volcano",
            roles,
            format!("fold change {fc} and p-value {pv}: which changes are large and certain"),
        );
    }
    let chromosome = named(p, &["chr", "chrom", "chromosome", "#chrom", "chromosome_name"]);
    let position = number_named(&["pos", "bp", "position", "base_pair_location", "bp_hg19", "bp_hg38"]);
    if let (Some(c), Some(x), Some(pv)) = (&chromosome, &position, &p_value) {
        let mut roles = vec![(Role::Group, c.as_str()), (Role::X, x.as_str()), (Role::Y, pv.as_str())];
        let name = named(p, &["gene", "nearest_gene", "snp", "rsid", "rs", "id", "variant_id"]);
        if let Some(n) = &name {
            roles.push((Role::Names, n.as_str()));
        }
        add(
            96,
            "manhattan",
            roles,
            format!("{pv} by chromosome and position: a genome-wide scan"),
        );
    }
    let estimate = number_named(&[
        "estimate",
        "or",
        "odds_ratio",
        "hr",
        "hazard_ratio",
        "rr",
        "risk_ratio",
        "beta",
        "coef",
        "effect",
        "mean_difference",
    ]);
    let low = number_named(&[
        "ci_low", "ci_lower", "lower", "lower_ci", "lo", "lcl", "ll", "conf.low", "ci.lb",
    ]);
    let high = number_named(&[
        "ci_high",
        "ci_upper",
        "upper",
        "upper_ci",
        "hi",
        "ucl",
        "ul",
        "conf.high",
        "ci.ub",
    ]);
    if let (Some(e), Some(lo), Some(hi), Some(name)) = (&estimate, &low, &high, labels.first().or(cats.first())) {
        add(
            92,
            "forest-plot",
            vec![
                (Role::Names, name.name.as_str()),
                (Role::Values, e.as_str()),
                (Role::Low, lo.as_str()),
                (Role::High, hi.as_str()),
            ],
            format!("{e} with its interval {lo} to {hi} for each {}", name.name),
        );
    }
    let two_classes = p
        .iter()
        .find(|c| c.distinct == 2 && !c.row_number && !c.name.to_ascii_lowercase().contains("pred"));
    let scores = number_containing(&[
        "score",
        "prob",
        "logit",
        "logistic",
        "model",
        "classifier",
        "pred",
        "risk",
    ]);
    if let (Some(truth), false) = (two_classes, scores.is_empty()) {
        let dims = scores.iter().take(6).map(String::as_str).collect::<Vec<_>>().join(",");
        add(
            88,
            "roc",
            vec![(Role::Group, truth.name.as_str()), (Role::Dimensions, dims.as_str())],
            format!(
                "scores against the two classes of {}: how well each separates them",
                truth.name
            ),
        );
    }
    let predicted = cats
        .iter()
        .find(|c| c.name.to_ascii_lowercase().contains("pred") && c.distinct <= 30);
    let actual = cats
        .iter()
        .find(|c| !c.name.to_ascii_lowercase().contains("pred") && (2..=30).contains(&c.distinct));
    if let (Some(pr), Some(ac)) = (predicted, actual) {
        add(
            90,
            "confusion-matrix",
            vec![(Role::Y, ac.name.as_str()), (Role::X, pr.name.as_str())],
            format!("{} against {}: which classes are confused", ac.name, pr.name),
        );
    }
    let time = number_named(&["time", "t", "year", "seconds", "sample", "s"]);
    if let (Some(t), true) = (&time, rows >= 128) {
        if let Some(y) = numbers.iter().find(|c| &c.name != t && c.distinct > 2) {
            add(
                56,
                "spectrogram",
                vec![(Role::X, t.as_str()), (Role::Y, y.name.as_str())],
                format!("{rows} evenly spaced values of {}: its cycles over time", y.name),
            );
        }
    }
    // New charts of issue 14: step, waterfall, timeline (Evolution), bump, slope (Ranking).
    // A value that holds and jumps: few distinct values over many dates.
    if let (Some(date), Some(y)) = (dates.first(), numbers.first()) {
        // A table of the changes alone has few repeats: a rate or a price is said by its name.
        let levels = named(p, &["rate", "price", "level", "limit", "target"]).is_some_and(|n| n == y.name);
        if rows >= 10 && (y.distinct * 3 <= rows || levels) {
            add(
                72,
                "step",
                vec![(Role::X, &date.name), (Role::Y, &y.name)],
                format!("{} changes in steps ({} levels over {rows} rows)", y.name, y.distinct),
            );
        }
    }
    // Events: a name with a start and an end date.
    if let ([start, end, ..], Some(label)) = (&dates[..], labels.first().or(cats.first())) {
        let span = format!("{},{}", start.name, end.name);
        let mut roles = vec![(Role::Names, label.name.as_str()), (Role::X, span.as_str())];
        if let Some(g) = groups.iter().find(|g| g.name != label.name) {
            roles.push((Role::Group, g.name.as_str()));
        }
        add(
            87,
            "timeline",
            roles,
            format!("each {} from {} to {}: a timeline", label.name, start.name, end.name),
        );
    }
    // Signed amounts, one per name: changes that add up to a total.
    if let (Some(label), Some(v)) = (labels.first(), numbers.first()) {
        let signs = match table.column(&v.name) {
            Some(Column::Number(values)) => (values.iter().any(|x| *x < 0.0), values.iter().any(|x| *x > 0.0)),
            _ => (false, false),
        };
        if signs == (true, true) && rows <= 30 {
            add(
                74,
                "waterfall",
                vec![(Role::Names, &label.name), (Role::Values, &v.name)],
                format!("gains and losses in {} that walk to a total", v.name),
            );
        }
    }
    // Items measured at a few times (a year column, or dates): ranks and changes.
    let time = named(p, &["year", "season", "round", "week"]).or_else(|| dates.first().map(|d| d.name.clone()));
    let items = cats.iter().find(|c| (3..=20).contains(&c.distinct));
    if let (Some(time), Some(item), Some(y)) = (
        time,
        items,
        numbers.iter().find(|n| !n.name.eq_ignore_ascii_case("year")),
    ) {
        let times = p.iter().find(|c| c.name == time).map_or(0, |c| c.distinct);
        // Every item at every time (a panel): ranks over time are the natural view.
        let panel = rows == item.distinct * times;
        if (2..=30).contains(&times) {
            let roles = vec![
                (Role::X, time.as_str()),
                (Role::Y, y.name.as_str()),
                (Role::Group, item.name.as_str()),
            ];
            if times >= 3 {
                add(
                    if panel { 89 } else { 63 },
                    "bump",
                    roles.clone(),
                    format!("the rank of each {} by {} at each {time}", item.name, y.name),
                );
            }
            add(
                match (times, panel) {
                    (2, true) => 89,
                    (2, false) => 78,
                    (_, true) => 74,
                    _ => 57,
                },
                "slope",
                roles,
                format!("each {}'s {} at the first and last {time}", item.name, y.name),
            );
        }
    }
    out
}

/// The report `rgg suggest FILE` prints.
pub fn report(path: &str) -> Result<String> {
    let file: LoadedFile = user::load_file(path)?;
    let profiles = profile(&file.table);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} rows, {} columns",
        sanitize(&file.table.source),
        file.table.rows(),
        profiles.len()
    );
    for (p, column) in profiles.iter().zip(&file.table.columns) {
        let kind = match column {
            Column::Number(_) if p.row_number => "row numbers (not suggested)".to_string(),
            Column::Number(_) => "numbers".to_string(),
            Column::Date(_) => "dates".to_string(),
            Column::Category(_) => format!("text, {} distinct", p.distinct),
        };
        let _ = writeln!(out, "  {:<24} {kind}", p.name);
    }
    let mut suggestions = candidates(&file.table, &profiles);
    suggestions.sort_by_key(|s| std::cmp::Reverse(s.score));
    let mut seen = HashSet::new();
    let mut shown = 0;
    let _ = writeln!(out, "\nCharts that fit, best first:");
    for s in suggestions {
        if !seen.insert(s.chart) {
            continue;
        }
        let Some(chart) = catalogue::find(s.chart) else {
            continue;
        };
        // Only what really draws: bind and prepare exactly as `rgg show` would.
        let request = Request {
            data: Data::Loaded(&file),
            roles: &s.roles,
            ..Request::sample(chart, 0)
        };
        let drawable = crate::prepare::prepare(&request).is_ok();
        if !drawable {
            continue;
        }
        shown += 1;
        let flags = s.roles.iter().fold(String::new(), |mut flags, chosen| {
            let _ = write!(flags, " {} {}", chosen.role.flag(), shell_word(&chosen.joined()));
            flags
        });
        let _ = writeln!(out, "{shown:>3}. {:<20} {}", s.chart, s.reason);
        let _ = writeln!(out, "     rgg show {} --data {}{flags}", s.chart, shell_path(path));
        if shown == 10 {
            break;
        }
    }
    if shown == 0 {
        let _ = writeln!(out, "  none: rgg needs at least one numeric, date or grouping column");
    }
    Ok(out.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_when_needed() {
        assert_eq!(shell_word("Sepal.Length"), "Sepal.Length");
        assert_eq!(shell_word("total bill"), "'total bill'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word(""), "''");
        assert_eq!(shell_word("a$b`c\"d"), "'a$b`c\"d'");
        assert_eq!(
            shell_word("x\u{1b}]52;c;aGk=\u{7}y's.csv"),
            "$'x\\x1b]52;c;aGk=\\x07y\\'s.csv'"
        );
        assert_eq!(shell_path("-n.csv"), "./-n.csv");
        assert_eq!(shell_path("-"), "-");
    }

    #[test]
    fn suggest_prints_no_escape_and_quotes_what_it_prints() {
        let dir = std::env::temp_dir().join(format!("rgg-suggest-esc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("x\u{1b}]52;c;aGk=\u{7} it's.csv");
        std::fs::write(&path, "name,v\na,1\nb,2\nc,3\n").expect("write");
        let report = report(&path.to_string_lossy()).expect("report");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(!report.chars().any(|c| c.is_control() && c != '\n'), "{report:?}");
        let quoted = format!("$'{}/x\\x1b]52;c;aGk=\\x07 it\\'s.csv'", dir.to_string_lossy());
        assert!(report.contains(&format!("--data {quoted} ")), "{report}");
    }

    #[test]
    fn the_new_charts_are_suggested_for_their_data() {
        let best = |csv: &str| -> Vec<&'static str> {
            let t = Table::from_csv("t.csv", csv).expect("table");
            let mut c = candidates(&t, &profile(&t));
            c.sort_by_key(|s| std::cmp::Reverse(s.score));
            c.iter().take(3).map(|s| s.chart).collect()
        };
        let terms = "name,start,end,party\nA,2001-01-20,2005-01-20,x\nB,2005-01-20,2009-01-20,y\n";
        assert_eq!(best(terms).first(), Some(&"timeline"));
        let league = "year,team,points\n2020,A,10\n2020,B,20\n2020,C,15\n2021,A,25\n2021,B,18\n2021,C,12\n";
        assert!(best(league).contains(&"slope"), "{:?}", best(league));
        let three = format!("{league}2022,A,22\n2022,B,30\n2022,C,11\n");
        assert!(best(&three).contains(&"bump"), "{:?}", best(&three));
        let mut rate = String::from("date,rate\n");
        for (i, r) in [5.0, 4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.25, 0.1]
            .iter()
            .enumerate()
        {
            let _ = writeln!(rate, "20{:02}-01-01,{r}", i + 10);
        }
        let t = Table::from_csv("t.csv", &rate).expect("table");
        assert!(candidates(&t, &profile(&t)).iter().any(|s| s.chart == "step"));
        let pl = "item,amount\nRevenue,383\nCosts,-214\nTax,-17\n";
        let t = Table::from_csv("t.csv", pl).expect("table");
        assert!(candidates(&t, &profile(&t)).iter().any(|s| s.chart == "waterfall"));
    }

    #[test]
    fn nesting_is_detected() {
        let t =
            Table::from_csv("t.csv", "continent,country\nEurope,France\nEurope,Spain\nAsia,Japan\n").expect("table");
        assert!(nested(&t, "continent", "country"));
        let flat = Table::from_csv("t.csv", "a,b\nx,1\ny,1\n").expect("table");
        assert!(!nested(&flat, "b", "a") || flat.rows() == 2);
        assert!(!nested(&flat, "a", "b"), "b=1 sits under both x and y");
    }

    #[test]
    fn the_row_number_column_is_never_suggested() {
        let dir = std::env::temp_dir().join(format!("rgg-suggest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("rn.csv");
        let mut text = String::from("\"\",Species,val\n");
        for i in 1..=30 {
            let _ = writeln!(text, "{i},{},{}", ["a", "b", "c"][i % 3], (i * 7) % 11);
        }
        std::fs::write(&path, text).expect("write");
        let report = report(&path.to_string_lossy()).expect("report");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(report.contains("column1") && report.contains("row numbers"), "{report}");
        let commands: Vec<&str> = report.lines().filter(|l| l.contains("rgg show")).collect();
        assert!(!commands.is_empty(), "{report}");
        assert!(commands.iter().all(|c| !c.contains("column1")), "{report}");
        assert!(commands.iter().any(|c| c.contains("--x Species --y val")), "{report}");
    }
}

#[cfg(test)]
mod nc_part_tests {
    use super::*;

    fn charts(csv: &str) -> Vec<&'static str> {
        let table = Table::from_csv("t.csv", csv).expect("table");
        candidates(&table, &profile(&table))
            .into_iter()
            .map(|s| s.chart)
            .collect()
    }

    #[test]
    fn us_states_with_a_value_suggest_a_cartogram() {
        let mut csv = String::from("state,population\n");
        for (s, v) in [("Alabama", 1), ("Alaska", 2), ("Arizona", 3), ("Texas", 4), ("Ohio", 5)] {
            for k in 0..2 {
                let _ = writeln!(csv, "{s},{}", v * 10 + k);
            }
        }
        for (s, v) in [("NY", 6), ("CA", 7), ("FL", 8), ("GA", 9), ("Utah", 10), ("Iowa", 11)] {
            let _ = writeln!(csv, "{s},{v}");
        }
        assert!(charts(&csv).contains(&"cartogram"), "{csv}");
        assert!(!charts("name,v\na,1\nb,2\nc,3\n").contains(&"cartogram"));
    }

    #[test]
    fn two_crossed_categories_suggest_a_mosaic_and_a_three_level_path_a_sunburst() {
        let crossed = "class,survived,n\n1st,yes,3\n1st,no,1\n2nd,yes,2\n2nd,no,2\n3rd,yes,1\n3rd,no,4\n";
        assert!(charts(crossed).contains(&"mosaic"));
        let tree = "a,b,c,v\nx,x1,x1a,1\nx,x1,x1b,2\nx,x2,x2a,3\ny,y1,y1a,4\ny,y1,y1b,5\ny,y2,y2a,6\n";
        assert!(charts(tree).contains(&"sunburst"));
    }
}
