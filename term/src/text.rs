//! A buffer as lines of text, for printing a chart to standard output
//! without a full-screen terminal app.

use crate::color::ansi16_sgr;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use std::fmt::Write;

/// The buffer as text lines, each ending in `\n`: with ANSI colour escapes
/// (each line ends with a reset) or, without colour, plain text with
/// trailing spaces trimmed. A wide character's second cell is skipped, as a
/// terminal does.
pub fn buffer_to_text(buf: &Buffer, color: bool) -> String {
    let mut out = String::new();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut current: Option<(Color, Color)> = None;
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else { continue };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            if color && current != Some((cell.fg, cell.bg)) {
                line.push_str("\x1b[0m");
                push_sgr(&mut line, cell.fg, false);
                push_sgr(&mut line, cell.bg, true);
                current = Some((cell.fg, cell.bg));
            }
            line.push_str(symbol);
        }
        if color {
            line.push_str("\x1b[0m");
        } else {
            line.truncate(line.trim_end().len());
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn push_sgr(out: &mut String, color: Color, background: bool) {
    let base = if background { 48 } else { 38 };
    match color {
        Color::Rgb(r, g, b) => {
            let _ = write!(out, "\x1b[{base};2;{r};{g};{b}m");
        }
        Color::Indexed(i) => {
            let _ = write!(out, "\x1b[{base};5;{i}m");
        }
        named => {
            if let Some(code) = ansi16_sgr(named) {
                let code = if background { code + 10 } else { code };
                let _ = write!(out, "\x1b[{code}m");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn plain_text_is_trimmed_and_coloured_text_is_escaped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 2));
        buf[(0, 0)].set_char('a').set_fg(Color::Rgb(1, 2, 3));
        buf[(1, 0)].set_char('b').set_fg(Color::Indexed(200)).set_bg(Color::Red);
        buf[(0, 1)].set_symbol("界");
        buf[(2, 1)].set_char('c');
        assert_eq!(buffer_to_text(&buf, false), "ab\n界c\n");
        let coloured = buffer_to_text(&buf, true);
        let first = coloured.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("\x1b[0m\x1b[38;2;1;2;3ma\x1b[0m\x1b[38;5;200m\x1b[41mb"),
            "{first:?}"
        );
        assert!(first.ends_with("\x1b[0m"), "{first:?}");
    }
}
