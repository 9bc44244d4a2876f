//! Flow charts: bindings from a table to each chart's input.

#[allow(unused_imports)]
use super::{Chart, Family, Prepared, Sample};

pub const CHARTS: &[&Chart] = &[];
