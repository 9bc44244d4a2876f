//! Correlation: how two or more numeric variables relate.
