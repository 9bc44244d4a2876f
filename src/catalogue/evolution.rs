//! Evolution charts: bindings from a table to each chart's input.

#[allow(unused_imports)]
use super::chart::{Chart, Family, Sample};
use super::prepared::Prepared;

use crate::data::binding::{xy_by_group, RoleSpec, ANY, DATE, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::evolution::{area, candlestick, line, stacked_area, streamgraph, time_series};
use std::borrow::Cow;

pub const CHARTS: &[&Chart] = &[&LINE, &AREA, &STACKED_AREA, &STREAMGRAPH, &TIME_SERIES, &CANDLESTICK];

pub const LINE: Chart = Chart {
    id: "line",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/line.rs"),
    source_path: "gallery/src/evolution/line.rs",
    variants: &["lines", "highlight"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value that evolves",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "one line per value",
        },
    ],
    sample: Sample {
        dataset: "gapminder.csv",
        title: "Life expectancy, 1952-2007",
        filter: Some((
            "country",
            &["China", "India", "Japan", "Nigeria", "South Africa", "United States"],
        )),
        roles: &[(Role::X, "year"), (Role::Y, "lifeExp"), (Role::Group, "country")],
        labels: &[(Role::X, "Year"), (Role::Y, "Life expectancy (years)")],
    },
    variant_samples: &[],
    prepare: prepare_line,
};

pub const AREA: Chart = Chart {
    id: "area",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/area.rs"),
    source_path: "gallery/src/evolution/area.rs",
    variants: &["basic", "baseline"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time; rows with the same x are summed",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the amount drawn as the filled area",
        },
    ],
    sample: Sample {
        dataset: "air_passengers.csv",
        title: "Airline passengers per year, 1949-1960",
        filter: None,
        roles: &[(Role::X, "year"), (Role::Y, "passengers")],
        labels: &[(Role::X, "Year"), (Role::Y, "Passengers (thousands)")],
    },
    variant_samples: &[],
    prepare: prepare_area,
};

pub const STACKED_AREA: Chart = Chart {
    id: "stacked-area",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/stacked_area.rs"),
    source_path: "gallery/src/evolution/stacked_area.rs",
    variants: &["stacked", "percent"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value stacked (positive)",
        },
        RoleSpec {
            role: Role::Group,
            required: true,
            kinds: ANY,
            help: "one band per value",
        },
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    prepare: prepare_stacked_area,
};

pub const STREAMGRAPH: Chart = Chart {
    id: "streamgraph",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/streamgraph.rs"),
    source_path: "gallery/src/evolution/streamgraph.rs",
    variants: &["centred", "wiggle"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the ordered variable, usually time",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value each stream's thickness shows (positive)",
        },
        RoleSpec {
            role: Role::Group,
            required: true,
            kinds: ANY,
            help: "one stream per value",
        },
    ],
    sample: Sample {
        dataset: "unemployment_industries.csv",
        title: "US unemployment by industry, 2000-2010",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "count"), (Role::Group, "series")],
        labels: &[(Role::X, "Month"), (Role::Y, "Unemployed (thousands)")],
    },
    variant_samples: &[],
    prepare: prepare_streamgraph,
};

pub const TIME_SERIES: Chart = Chart {
    id: "time-series",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/time_series.rs"),
    source_path: "gallery/src/evolution/time_series.rs",
    variants: &["date-axis", "calendar"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: DATE,
            help: "the day of each value (several values on one day are averaged)",
        },
        RoleSpec {
            role: Role::Y,
            required: true,
            kinds: NUMBER,
            help: "the value measured each day",
        },
    ],
    sample: Sample {
        dataset: "seattle-weather.csv",
        title: "Daily maximum temperature in Seattle, 2012-2015",
        filter: None,
        roles: &[(Role::X, "date"), (Role::Y, "temp_max")],
        labels: &[(Role::X, "Date"), (Role::Y, "Max temperature (°C)")],
    },
    variant_samples: &[],
    prepare: prepare_time_series,
};

pub const CANDLESTICK: Chart = Chart {
    id: "candlestick",
    family: Family::Evolution,
    source: include_str!("../../gallery/src/evolution/candlestick.rs"),
    source_path: "gallery/src/evolution/candlestick.rs",
    variants: &["ohlc", "moving-average", "volume"],
    roles: &[
        RoleSpec {
            role: Role::X,
            required: true,
            kinds: NUMBER_OR_DATE,
            help: "the period of each candle, usually a date",
        },
        RoleSpec {
            role: Role::Open,
            required: true,
            kinds: NUMBER,
            help: "the opening price",
        },
        RoleSpec {
            role: Role::High,
            required: true,
            kinds: NUMBER,
            help: "the highest price",
        },
        RoleSpec {
            role: Role::Low,
            required: true,
            kinds: NUMBER,
            help: "the lowest price",
        },
        RoleSpec {
            role: Role::Close,
            required: true,
            kinds: NUMBER,
            help: "the closing price (its label titles the price axis)",
        },
        RoleSpec {
            role: Role::Values,
            required: false,
            kinds: NUMBER,
            help: "the traded volume (variant volume)",
        },
        RoleSpec {
            role: Role::Group,
            required: false,
            kinds: ANY,
            help: "the ticker, when the table holds several: the first one is drawn",
        },
    ],
    sample: Sample {
        dataset: "stocks_ohlc.csv",
        title: "Apple (AAPL) daily prices",
        filter: Some(("Ticker", &["AAPL"])),
        roles: &[
            (Role::X, "Date"),
            (Role::Open, "Open"),
            (Role::High, "High"),
            (Role::Low, "Low"),
            (Role::Close, "Close"),
            (Role::Values, "Volume"),
            (Role::Group, "Ticker"),
        ],
        labels: &[
            (Role::X, "Date"),
            (Role::Close, "Price (USD)"),
            (Role::Values, "Volume (shares)"),
        ],
    },
    variant_samples: &[],
    prepare: prepare_candlestick,
};

/// A group's name and its (x, y) points.
type XyGroup = (String, Vec<(f64, f64)>);

/// (x, y) points per group, groups in order of first appearance; one
/// unnamed group when no group column is bound.
fn xy_groups(table: &Table, b: &Binding) -> Result<Vec<XyGroup>> {
    let keys = b.optional_categories(table, Role::Group)?;
    let (xs, ys) = (b.numbers(table, Role::X)?, b.numbers(table, Role::Y)?);
    Ok(xy_by_group(keys.as_deref(), xs, ys)
        .into_iter()
        .map(|(name, x, y)| (name, x.into_iter().zip(y).collect()))
        .collect())
}

fn prepare_line(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    if b.log_y {
        // Refuses zero or negative values before any drawing.
        b.axis_numbers(table, Role::Y, true)?;
    }
    let x = b.take_numbers(table, Role::X)?;
    let y = b.take_numbers(table, Role::Y)?;
    let keys = b.optional_categories(table, Role::Group)?;
    let series = xy_by_group(keys.as_deref(), x, y)
        .into_iter()
        .map(|(name, x, y)| line::Series { name, x, y })
        .collect();
    Ok(Prepared::Line(line::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
        highlight: None,
        log_y: b.log_y,
    }))
}

fn prepare_stacked_area(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    // Without --group, one band: a file of a date and a value still draws.
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| stacked_area::Series {
            name: if name.is_empty() { b.label(Role::Y) } else { name },
            points,
        })
        .collect();
    Ok(Prepared::StackedArea(stacked_area::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
    }))
}

fn prepare_area(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let xs = b.numbers(table, Role::X)?;
    let ys = b.numbers(table, Role::Y)?;
    Ok(Prepared::Area(area::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        points: xs.into_iter().zip(ys).collect(),
    }))
}

fn prepare_streamgraph(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    if b.column_name(Role::Group).is_none() {
        anyhow::bail!(
            "a streamgraph stacks several series: it needs a text column for {} (one stream per value)",
            Role::Group.flag()
        );
    }
    let series = xy_groups(table, b)?
        .into_iter()
        .map(|(name, points)| streamgraph::Series { name, points })
        .collect();
    Ok(Prepared::Streamgraph(streamgraph::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        series,
    }))
}

fn prepare_time_series(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let xs = b.numbers(table, Role::X)?;
    if b.kind(table, Role::X) != Some(Kind::Date) {
        anyhow::bail!(
            "{}: column {:?} (for {}) holds no dates (YYYY-MM-DD), but this chart needs them",
            table.source,
            b.column_name(Role::X).unwrap_or_default(),
            Role::X.flag()
        );
    }
    let ys = b.numbers(table, Role::Y)?;
    Ok(Prepared::TimeSeries(time_series::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X),
        y_title: b.label(Role::Y),
        points: xs.into_iter().zip(ys).collect(),
        window_days: None,
    }))
}

fn prepare_candlestick(table: &mut Cow<Table>, b: &Binding) -> Result<Prepared> {
    let xs = b.numbers(table, Role::X)?;
    let open = b.numbers(table, Role::Open)?;
    let high = b.numbers(table, Role::High)?;
    let low = b.numbers(table, Role::Low)?;
    let close = b.numbers(table, Role::Close)?;
    let volume = match b.column_name(Role::Values) {
        Some(_) => b.numbers(table, Role::Values)?,
        None => vec![f64::NAN; xs.len()],
    };
    // With several tickers, draw the first (candles of different series
    // cannot share one axis); the title says which.
    let keys = b.optional_categories(table, Role::Group)?;
    let first = keys.as_ref().and_then(|k| k.first().cloned());
    let mut title = b.title.clone();
    if let (Some(keys), Some(first)) = (&keys, &first) {
        let others = keys
            .iter()
            .filter(|k| *k != first)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if others > 0 {
            title = format!("{title} · {first} ({others} more in the data)");
        }
    }
    let candles = (0..xs.len())
        .filter(|i| match (&keys, &first) {
            (Some(keys), Some(first)) => keys.get(*i) == Some(first),
            _ => true,
        })
        .map(|i| candlestick::Candle {
            x: xs[i],
            open: open.get(i).copied().unwrap_or(f64::NAN),
            high: high.get(i).copied().unwrap_or(f64::NAN),
            low: low.get(i).copied().unwrap_or(f64::NAN),
            close: close.get(i).copied().unwrap_or(f64::NAN),
            volume: volume.get(i).copied().unwrap_or(f64::NAN),
        })
        .collect();
    Ok(Prepared::Candlestick(candlestick::Input {
        title,
        x_title: b.label(Role::X),
        y_title: b.label(Role::Close),
        volume_title: b.label(Role::Values),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        candles,
    }))
}
