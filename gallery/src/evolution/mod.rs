//! Evolution: how values change over time.
