//! Ranking charts: bindings from a table to each chart's input.

use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::ranking::barplot;
use rgg_gallery::ranking::circular_barplot;
use rgg_gallery::ranking::lollipop;
use rgg_gallery::ranking::parallel_coordinates;
use rgg_gallery::ranking::radar;
use rgg_gallery::ranking::wordcloud;
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[
    &BARPLOT,
    &LOLLIPOP,
    &RADAR,
    &PARALLEL_COORDINATES,
    &CIRCULAR_BARPLOT,
    &WORDCLOUD,
];

pub const BARPLOT: Chart = Chart {
    id: "barplot",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/barplot.rs"),
    source_path: "gallery/src/ranking/barplot.rs",
    variants: &["vertical", "horizontal", "grouped", "stacked", "percent", "error-bars"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: ANY,
            help: "the category of each bar",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the bar's value; rows with the same category (and group) are summed, \
                   or averaged with a standard deviation for error-bars",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "splits each bar into groups (grouped, stacked, percent)",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Population by continent, 2007",
        filter: Some(("year", &["2007"])),
        roles: &[(Role::X, "continent"), (Role::Y, "pop")],
        labels: &[(Role::X, "Continent"), (Role::Y, "Population")],
    },
    variant_samples: &[
        ("grouped", TITANIC),
        ("stacked", TITANIC),
        ("percent", TITANIC),
        (
            "error-bars",
            Sample {
                dataset: "gapminder.csv",
                title: "Life expectancy by continent, 2007 (mean ± 1 sd)",
                filter: Some(("year", &["2007"])),
                roles: &[(Role::X, "continent"), (Role::Y, "lifeExp")],
                labels: &[(Role::X, "Continent"), (Role::Y, "Life expectancy (years)")],
            },
        ),
    ],
    prepare: prepare_barplot,
};

/// Titanic passengers by class and survival: the classic grouped data.
const TITANIC: Sample = Sample {
    dataset: "titanic.csv",
    title: "Titanic passengers by class and survival",
    filter: None,
    roles: &[(Role::X, "Class"), (Role::Y, "Freq"), (Role::Group, "Survived")],
    labels: &[(Role::Y, "Passengers")],
};

/// Empty keys become "(missing)", as in `group_values`.
fn keys_or_missing(keys: Vec<String>) -> Vec<String> {
    keys.into_iter()
        .map(|k| if k.is_empty() { String::from("(missing)") } else { k })
        .collect()
}

fn prepare_barplot(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let groups = b.optional_categories(table, Role::Group)?.map(keys_or_missing);
    Ok(Prepared::Barplot(barplot::Input {
        title: b.title.clone(),
        label_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        group_title: if groups.is_some() {
            b.label(Role::Group)
        } else {
            String::new()
        },
        rows: labels
            .into_iter()
            .zip(values)
            .enumerate()
            .map(|(i, (label, value))| barplot::Row {
                label,
                group: groups.as_ref().and_then(|g| g.get(i)).cloned().unwrap_or_default(),
                value,
            })
            .collect(),
    }))
}

pub const LOLLIPOP: Chart = Chart {
    id: "lollipop",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/lollipop.rs"),
    source_path: "gallery/src/ranking/lollipop.rs",
    variants: &["horizontal", "basic", "highlight", "dumbbell"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: ANY,
            help: "the name of each lollipop",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value; rows with the same name are averaged",
        },
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "a second value per name: the other end of a dumbbell",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "instead of --values: the first two values of this column become the \
                   dumbbell's two ends (y averaged per name and group)",
        },
    ],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Fuel economy of 32 cars (mtcars, 1974)",
        filter: None,
        roles: &[(Role::X, "column1"), (Role::Y, "mpg")],
        labels: &[(Role::X, "Car"), (Role::Y, "Miles per US gallon")],
    },
    variant_samples: &[(
        "dumbbell",
        Sample {
            dataset: "gapminder.csv",
            title: "Life expectancy by continent, 1952 and 2007 (country mean)",
            filter: Some(("year", &["1952", "2007"])),
            roles: &[(Role::X, "continent"), (Role::Y, "lifeExp"), (Role::Group, "year")],
            labels: &[(Role::X, "Continent"), (Role::Y, "Life expectancy (years)")],
        },
    )],
    prepare: prepare_lollipop,
};

/// The mean of the finite values per key, keys in order of first appearance.
fn mean_by(keys: &[String], values: &[f64]) -> Vec<(String, f64)> {
    group_values(keys, values)
        .into_iter()
        .map(|(k, vs)| {
            let finite: Vec<f64> = vs.into_iter().filter(|v| v.is_finite()).collect();
            let mean = if finite.is_empty() {
                f64::NAN
            } else {
                finite.iter().sum::<f64>() / finite.len() as f64
            };
            (k, mean)
        })
        .collect()
}

/// One lollipop per name; with `ends`, the mean of each name's second values.
fn lollipop_items(labels: &[String], values: &[f64], ends: Option<&[f64]>) -> Vec<lollipop::Item> {
    let ends = ends.map(|e| mean_by(labels, e));
    mean_by(labels, values)
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| lollipop::Item {
            label,
            value,
            end: ends.as_ref().and_then(|e| e.get(i)).map(|(_, v)| *v),
        })
        .collect()
}

/// Splits the rows on the first two values of `groups`: the mean per name
/// of the first group's values, and of the second's.
fn pivot_two(labels: &[String], values: &[f64], groups: &[String]) -> (Vec<String>, Vec<lollipop::Item>) {
    let mut names: Vec<String> = Vec::new();
    for g in groups {
        if names.len() < 2 && !names.contains(g) {
            names.push(g.clone());
        }
    }
    let side = |name: Option<&String>| -> Vec<(String, f64)> {
        let Some(name) = name else { return Vec::new() };
        let (keys, vals): (Vec<String>, Vec<f64>) = labels
            .iter()
            .zip(values)
            .zip(groups)
            .filter(|(_, g)| *g == name)
            .map(|((l, v), _)| (l.clone(), *v))
            .unzip();
        mean_by(&keys, &vals)
    };
    let (first, second) = (side(names.first()), side(names.get(1)));
    let mut order: Vec<String> = Vec::new();
    for l in labels {
        if !order.contains(l) {
            order.push(l.clone());
        }
    }
    let find = |side: &[(String, f64)], l: &str| side.iter().find(|(k, _)| k == l).map(|(_, v)| *v);
    let items = order
        .into_iter()
        .map(|label| lollipop::Item {
            value: find(&first, &label).unwrap_or(f64::NAN),
            end: find(&second, &label),
            label,
        })
        .collect();
    (names, items)
}

fn prepare_lollipop(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let (names, items) = if let Some(groups) = b.optional_categories(table, Role::Group)? {
        pivot_two(&labels, &values, &keys_or_missing(groups))
    } else if b.column_name(Role::Values).is_some() {
        let ends = b.numbers(table, Role::Values)?;
        let names = vec![b.label(Role::Y), b.label(Role::Values)];
        (names, lollipop_items(&labels, &values, Some(&ends)))
    } else {
        (Vec::new(), lollipop_items(&labels, &values, None))
    };
    Ok(Prepared::Lollipop(lollipop::Input {
        title: b.title.clone(),
        label_title: b.label(Role::X),
        value_title: b.label(Role::Y),
        start_name: names.first().cloned().unwrap_or_default(),
        end_name: names.get(1).cloned().unwrap_or_default(),
        items,
        highlight: Vec::new(),
    }))
}

/// The penguins' four measurements, by species.
const PENGUIN_MEASURES: Sample = Sample {
    dataset: "penguins.csv",
    title: "Penguin measurements by species",
    filter: None,
    roles: &[
        (
            Role::Dimensions,
            "bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g",
        ),
        (Role::Group, "species"),
    ],
    labels: &[],
};

pub const RADAR: Chart = Chart {
    id: "radar",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/radar.rs"),
    source_path: "gallery/src/ranking/radar.rs",
    variants: &["groups", "one-group"],
    roles: &[
        RoleSpec {
            role: Role::Dimensions,
            required: true,
            kinds: NUMBER,
            help: "three or more numeric columns, comma-separated: one axis each, \
                   scaled from the column's smallest to its largest value",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one polygon per value, at the mean of its rows (without it, one polygon: the mean of all rows)",
        },
    ],
    sample: Sample {
        title: "Penguin species profiles (mean of each measurement)",
        ..PENGUIN_MEASURES
    },
    variant_samples: &[],
    prepare: prepare_radar,
};

/// A column name as an axis title: `flipper_length_mm` becomes
/// "Flipper length (mm)"; a short last word is taken for the unit. Names
/// without separators stay as they are ("mpg").
fn readable(column: &str) -> String {
    if !column.contains(['_', '.']) {
        return column.to_string();
    }
    let words: Vec<&str> = column.split(['_', '.']).filter(|w| !w.is_empty()).collect();
    let (body, unit) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() <= 2 && last.chars().all(|c| c.is_ascii_lowercase()) => {
            (rest.to_vec(), Some(*last))
        }
        _ => (words, None),
    };
    let mut text = body.join(" ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + text.get(1..).unwrap_or_default();
    }
    match unit {
        Some(u) => format!("{text} ({u})"),
        None => text,
    }
}

/// Axis titles, the dimension columns (values per row) and each row's group
/// ("" without groups).
type DimensionColumns = (Vec<String>, Vec<Vec<f64>>, Vec<String>);

fn dimensions(table: &Table, b: &Binding) -> Result<DimensionColumns> {
    let columns = b.number_columns(table, Role::Dimensions)?;
    let rows = columns.first().map_or(0, |(_, c)| c.len());
    let keys = match b.optional_categories(table, Role::Group)? {
        Some(keys) => keys_or_missing(keys),
        None => vec![String::new(); rows],
    };
    let names = columns.iter().map(|(n, _)| readable(n)).collect();
    Ok((names, columns.into_iter().map(|(_, c)| c).collect(), keys))
}

fn prepare_radar(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let (axes, columns, keys) = dimensions(table, b)?;
    let ranges = columns
        .iter()
        .map(|c| {
            c.iter()
                .filter(|v| v.is_finite())
                .fold((f64::NAN, f64::NAN), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
        })
        .collect();
    // One polygon per group, in order of first appearance: the mean of its rows.
    let mut names: Vec<String> = Vec::new();
    for k in &keys {
        if !names.contains(k) {
            names.push(k.clone());
        }
    }
    let groups = names
        .into_iter()
        .map(|name| {
            let values = columns
                .iter()
                .map(|c| {
                    let rows: Vec<f64> = keys
                        .iter()
                        .zip(c)
                        .filter(|(k, v)| **k == name && v.is_finite())
                        .map(|(_, v)| *v)
                        .collect();
                    if rows.is_empty() {
                        f64::NAN
                    } else {
                        rows.iter().sum::<f64>() / rows.len() as f64
                    }
                })
                .collect();
            radar::Group { name, values }
        })
        .collect();
    Ok(Prepared::Radar(radar::Input {
        title: b.title.clone(),
        axes,
        ranges,
        groups,
    }))
}

pub const PARALLEL_COORDINATES: Chart = Chart {
    id: "parallel-coordinates",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/parallel_coordinates.rs"),
    source_path: "gallery/src/ranking/parallel_coordinates.rs",
    variants: &["scaled", "standardized"],
    roles: &[
        RoleSpec {
            role: Role::Dimensions,
            required: true,
            kinds: NUMBER,
            help: "two or more numeric columns, comma-separated: one vertical axis each, in this order",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one colour per value, with a legend",
        },
    ],
    sample: PENGUIN_MEASURES,
    variant_samples: &[],
    prepare: prepare_parallel_coordinates,
};

fn prepare_parallel_coordinates(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let (axes, columns, keys) = dimensions(table, b)?;
    let mut groups: Vec<parallel_coordinates::Group> = Vec::new();
    let mut group_at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        let row = columns.iter().map(|c| c.get(i).copied().unwrap_or(f64::NAN)).collect();
        if let Some(g) = group_at.get(key.as_str()).and_then(|at| groups.get_mut(*at)) {
            g.rows.push(row);
        } else {
            group_at.insert(key, groups.len());
            groups.push(parallel_coordinates::Group {
                name: key.clone(),
                rows: vec![row],
            });
        }
    }
    Ok(Prepared::ParallelCoordinates(parallel_coordinates::Input {
        title: b.title.clone(),
        axes,
        groups,
    }))
}

pub const CIRCULAR_BARPLOT: Chart = Chart {
    id: "circular-barplot",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/circular_barplot.rs"),
    source_path: "gallery/src/ranking/circular_barplot.rs",
    variants: &["basic", "grouped"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: ANY,
            help: "the name of each bar",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the bar's length (positive); rows with the same name are summed",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "gathers the bars into coloured sectors (variant grouped)",
        },
    ],
    sample: Sample {
        dataset: "mtcars.csv",
        title: "Horsepower of 32 cars (mtcars, 1974)",
        filter: None,
        roles: &[(Role::X, "column1"), (Role::Y, "hp"), (Role::Group, "cyl")],
        labels: &[(Role::Y, "Horsepower"), (Role::Group, "Cylinders")],
    },
    variant_samples: &[],
    prepare: prepare_circular_barplot,
};

fn prepare_circular_barplot(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let labels = keys_or_missing(b.categories(table, Role::X)?);
    let values = b.numbers(table, Role::Y)?;
    let groups = b.optional_categories(table, Role::Group)?.map(keys_or_missing);
    let mut bars: Vec<circular_barplot::Bar> = Vec::new();
    let mut bar_at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, (label, value)) in labels.into_iter().zip(values).enumerate() {
        let group = groups.as_ref().and_then(|g| g.get(i)).cloned().unwrap_or_default();
        let value = if value.is_finite() { value } else { 0.0 };
        if let Some(bar) = bar_at.get(&label).and_then(|at| bars.get_mut(*at)) {
            bar.value += value;
        } else {
            bar_at.insert(label.clone(), bars.len());
            bars.push(circular_barplot::Bar { label, group, value });
        }
    }
    // Numeric groups (cylinders, years) read best in numeric order.
    if b.kind(table, Role::Group) == Some(Kind::Number) {
        let number = |g: &str| g.parse::<f64>().unwrap_or(f64::INFINITY);
        bars.sort_by(|x, y| number(&x.group).total_cmp(&number(&y.group)));
    }
    Ok(Prepared::CircularBarplot(circular_barplot::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Y),
        group_title: if groups.is_some() {
            b.label(Role::Group)
        } else {
            String::new()
        },
        bars,
    }))
}

pub const WORDCLOUD: Chart = Chart {
    id: "wordcloud",
    family: Family::Ranking,
    source: include_str!("../../gallery/src/ranking/wordcloud.rs"),
    source_path: "gallery/src/ranking/wordcloud.rs",
    variants: &["basic", "ranked"],
    roles: &[
        RoleSpec {
            role: Role::Names,
            required: true,
            kinds: ANY,
            help: "the words",
        },
        RoleSpec {
            role: Role::Values,
            required: true,
            kinds: NUMBER,
            help: "how often each word occurs (positive); rows with the same word are summed",
        },
    ],
    sample: Sample {
        dataset: "words_moby_dick.csv",
        title: "Most frequent words in Moby-Dick",
        filter: None,
        roles: &[(Role::Names, "word"), (Role::Values, "count")],
        labels: &[(Role::Values, "Occurrences")],
    },
    variant_samples: &[],
    prepare: prepare_wordcloud,
};

fn prepare_wordcloud(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    let words = group_values(&names, &values)
        .into_iter()
        .filter(|(text, _)| text != "(missing)")
        .map(|(text, counts)| wordcloud::Word {
            text,
            count: counts.iter().filter(|v| v.is_finite()).sum(),
        })
        .collect();
    Ok(Prepared::Wordcloud(wordcloud::Input {
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        words,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::catalogue::screen;

    #[test]
    fn the_barplot_ranks_and_labels_every_bar_even_the_smallest() {
        for size in [(80, 24), (100, 30)] {
            let lines = screen(&BARPLOT, 0, size);
            let text = lines.join("\n");
            for value in ["3.81B", "930M", "899M", "586M", "24.5M"] {
                assert!(text.contains(value), "{size:?}: {value} missing\n{text}");
            }
            let names = lines
                .iter()
                .find(|l| l.contains("Oceania"))
                .cloned()
                .unwrap_or_default();
            // Columns, not bytes: the lines hold braille and block glyphs.
            let col = |line: &str, n: &str| line.find(n).and_then(|b| line.get(..b)).map(|l| l.chars().count());
            let at = |n: &str| col(&names, n).unwrap_or(usize::MAX);
            assert!(
                at("Asia") < at("Africa") && at("Africa") < at("Americas") && at("Americas") < at("Europe"),
                "{size:?}: {names}"
            );
            assert!(at("Europe") < at("Oceania"), "{size:?}: {names}");
            // Oceania's value is written over its bar, not elsewhere.
            let value_at = lines.iter().find_map(|l| col(l, "24.5M")).unwrap_or(usize::MAX);
            assert!(
                value_at.abs_diff(at("Oceania")) <= 4,
                "{size:?}: 24.5M at {value_at}\n{text}"
            );
        }
    }

    #[test]
    fn the_wordcloud_leaves_out_empty_words_and_merges_plurals() {
        for variant in 0..WORDCLOUD.variants.len() {
            let lines = screen(&WORDCLOUD, variant, (100, 30));
            let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            for empty in ["one", "now", "upon", "whales", "whale's"] {
                assert!(
                    !words.contains(&empty),
                    "{variant}: {empty} drawn\n{}",
                    lines.join("\n")
                );
            }
            assert!(words.contains(&"whale"));
            let foot = lines
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .cloned()
                .unwrap_or_default();
            assert!(foot.trim_start().starts_with("Left out"), "{foot}");
        }
    }

    #[test]
    fn the_lollipop_names_what_fits_and_counts_the_rest() {
        let Ok(Prepared::Lollipop(input)) = LOLLIPOP.prepare_sample(0) else {
            panic!("a lollipop sample");
        };
        let names: Vec<&str> = input.items.iter().map(|i| i.label.as_str()).collect();
        for size in [(80, 24), (100, 30)] {
            let lines = screen(&LOLLIPOP, 0, size);
            let missing = crate::catalogue::names_left_out(&lines);
            // A name is the text left of the stems on its row.
            let shown = lines
                .iter()
                .map(|l| l.chars().take_while(char::is_ascii).collect::<String>())
                .filter(|t| names.contains(&t.trim()))
                .count();
            assert_eq!(
                shown + missing,
                32,
                "{size:?}: {shown} shown, {missing} left out\n{}",
                lines.join("\n")
            );
        }
    }

    #[test]
    fn the_radar_draws_every_species_by_default() {
        let text = screen(&RADAR, 0, (100, 30)).join("\n");
        for species in ["Adelie", "Gentoo", "Chinstrap"] {
            assert!(text.contains(species), "{species}\n{text}");
        }
    }
    use crate::render::cell::{CellBackend, CellMode, ColorDepth};
    use plotters::prelude::{BitMapBackend, IntoDrawingArea};
    use rgg_gallery::axes::text_in_cells;
    use rgg_gallery::theme::Theme;

    #[test]
    fn column_names_read_as_axis_titles() {
        assert_eq!(readable("flipper_length_mm"), "Flipper length (mm)");
        assert_eq!(readable("body_mass_g"), "Body mass (g)");
        assert_eq!(readable("mpg"), "mpg");
        assert_eq!(readable("GDP_per_capita"), "GDP per capita");
        assert_eq!(readable(""), "");
    }

    #[test]
    fn only_the_terminal_sets_text_in_cells() {
        crate::render::fonts::register();
        let theme = Theme::terminal();
        let area = ratatui::layout::Rect::new(0, 0, 20, 5);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        let cells = CellBackend::new(
            &mut buf,
            area,
            CellMode::Braille,
            ColorDepth::Mono,
            &crate::render::cell::colors(&theme),
        )
        .into_drawing_area();
        assert_eq!(text_in_cells(&cells, &theme).ok(), Some(true));
        let mut pixels = vec![255u8; 100 * 50 * 3];
        let paper = BitMapBackend::with_buffer(&mut pixels, (100, 50)).into_drawing_area();
        assert_eq!(text_in_cells(&paper, &Theme::light()).ok(), Some(false));
    }

    #[test]
    fn dumbbells_pivot_on_the_first_two_groups() {
        let labels: Vec<String> = ["a", "a", "b", "a", "b"].iter().map(ToString::to_string).collect();
        let groups: Vec<String> = ["x", "y", "x", "x", "z"].iter().map(ToString::to_string).collect();
        let values = [1.0, 10.0, 5.0, 3.0, 99.0];
        let (names, items) = pivot_two(&labels, &values, &groups);
        assert_eq!(names, vec!["x", "y"]);
        assert_eq!(items.len(), 2);
        assert_eq!(
            (items[0].label.as_str(), items[0].value, items[0].end),
            ("a", 2.0, Some(10.0))
        );
        assert_eq!(
            (items[1].label.as_str(), items[1].value, items[1].end),
            ("b", 5.0, None)
        );
    }

    #[test]
    fn every_ranking_sample_prepares() {
        for chart in CHARTS {
            for v in 0..chart.variants.len() {
                assert!(chart.prepare_sample(v).is_ok(), "{} {v}", chart.id);
            }
        }
    }
}
