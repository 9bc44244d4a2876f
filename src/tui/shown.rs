//! What the chart pane shows: a chart's input prepared from its sample or
//! the user's file, with its footnote. Made by the app (drawing inline) or
//! the worker thread, and shared between them.

use crate::catalogue::{Chart, Prepared};
use crate::data::user::LoadedFile;
use crate::data::RoleColumns;
use crate::prepare::{Data, Request};
use std::sync::Arc;

/// A chart's input ready to draw, with its footnote (for user data).
pub struct Shown {
    pub prepared: Prepared,
    pub footnote: Option<String>,
    /// For user data: the columns bound to each role, given or picked.
    pub roles: Vec<RoleColumns>,
}

/// What the user changed for one chart: its role columns (with
/// `--data`) and its parameters. `revision` counts the changes, so a
/// picture of an older setting is never taken for the current one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub roles: Vec<RoleColumns>,
    pub params: Vec<(&'static str, f64)>,
    pub revision: u32,
}

/// A chart's input made ready (shared with the drawing thread), or why the
/// chart cannot draw the data.
pub type ReadyChart = Result<Arc<Shown>, String>;

/// A chart's sample, or the user's file bound to the chart's roles, made
/// as `rgg show` makes it, with the user's settings.
pub fn prepare(chart: &Chart, variant: usize, user: Option<&LoadedFile>, settings: &Settings) -> anyhow::Result<Shown> {
    let data = user.map_or(Data::Sample, Data::Loaded);
    let ready = crate::prepare::prepare(&Request {
        data,
        roles: &settings.roles,
        params: &settings.params,
        ..Request::sample(chart, variant)
    })?;
    Ok(Shown {
        prepared: ready.prepared,
        footnote: ready.footnote,
        roles: ready.roles,
    })
}
