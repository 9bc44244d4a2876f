//! The embedded font: `DejaVu` Sans, registered with plotters once, so text is
//! drawn and measured the same on every machine, with no system fonts.

use plotters::style::{register_font, FontStyle};
use std::sync::Once;

/// Registers `DejaVu` Sans as "sans-serif" (normal and bold). Idempotent.
pub fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Both faces are valid TrueType files shipped inside the dejavu crate;
        // a failure here would mean a broken build, and text would be skipped.
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
        let _ = register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_font_measures_text() {
        use plotters::prelude::*;
        super::register();
        let font: FontDesc = ("sans-serif", 20.0).into_font();
        let (w, h) = font.box_size("Hello").expect("font");
        assert!(w > 30 && h > 10, "{w}x{h}");
    }
}
