//! The terminal backend: the `rgg-term` crate (`term/` in this workspace),
//! named here for the app, and a gallery theme as its colours.

use rgg_gallery::theme::Theme;
pub use rgg_term::{rgb, CellBackend, CellMode, ColorDepth, Colors, MARKERS};

/// The colours of a terminal theme ([`Theme::terminal`] or
/// [`Theme::terminal_light`]) by role, as the backend takes them.
pub fn colors(theme: &Theme) -> Colors {
    Colors::new(rgb(&theme.text), rgb(&theme.background))
        .with_grid(rgb(&theme.grid))
        .with_axis(rgb(&theme.axis))
        .with_palette(theme.palette.iter().map(rgb))
}
