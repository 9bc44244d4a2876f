//! Ranking: how categories compare on a value.
