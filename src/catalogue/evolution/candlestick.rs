//! The candlestick chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER, NUMBER_OR_DATE};
use crate::data::table::Kind;
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::candlestick;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::X, NUMBER_OR_DATE, "the period of each candle, usually a date"),
        RoleSpec::required(Role::Open, NUMBER, "the opening price"),
        RoleSpec::required(Role::High, NUMBER, "the highest price"),
        RoleSpec::required(Role::Low, NUMBER, "the lowest price"),
        RoleSpec::required(Role::Close, NUMBER, "the closing price (its label titles the price axis)"),
        RoleSpec::optional(Role::Values, NUMBER, "the traded volume (variant volume)"),
        RoleSpec::optional(Role::Group, ANY, "the ticker, when the table holds several: the first one is drawn"),
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
    params: &[ParamSpec::count(
        "window",
        2,
        200,
        "periods in the moving-average variant's mean of the close (auto: 20); longer is smoother and lags more",
    )],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<candlestick::Input> {
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
    Ok(candlestick::Input {
        title,
        x_title: b.label(Role::X),
        y_title: b.label(Role::Close),
        volume_title: b.label(Role::Values),
        x_is_date: b.kind(table, Role::X) == Some(Kind::Date),
        candles,
        window: b.param("window").map(|w| w as usize),
    })
}
