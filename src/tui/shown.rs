//! What the chart pane shows: a chart's input prepared from its sample or
//! the user's file, with its footnote. Made by the app (drawing inline) or
//! the worker thread, and shared between them.

use crate::catalogue::{Chart, Prepared};
use crate::data::user::{self, LoadedFile};
use std::borrow::Cow;
use std::sync::Arc;

/// A chart's input ready to draw, with its footnote (for user data).
pub struct Shown {
    pub prepared: Prepared,
    pub footnote: Option<String>,
}

/// A chart's input made ready (shared with the drawing thread), or why the
/// chart cannot draw the data.
pub type ReadyChart = Result<Arc<Shown>, String>;

/// A chart's sample, or the user's file bound to the chart's roles.
pub fn prepare(chart: &Chart, variant: usize, user: Option<&LoadedFile>) -> anyhow::Result<Shown> {
    let Some(file) = user else {
        return Ok(Shown {
            prepared: chart.prepare_sample(variant)?,
            footnote: None,
        });
    };
    let title = format!("{} of {}", chart.docs().title, file.table.source);
    let bound = user::bind_loaded(file, &title, chart.roles, &[])?;
    let prepared = (chart.prepare)(&mut Cow::Borrowed(&file.table), &bound.binding)?;
    Ok(Shown {
        prepared,
        footnote: Some(bound.footnote),
    })
}
