//! Text that came from outside (a file's cells and names, a path, an error
//! message) made safe to print: no control characters, no escape sequences.

use std::fmt::Write as _;
use std::path::Path;

/// Strips control characters (and so terminal escape sequences) from text
/// that came from a file, before it can reach a terminal.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // Drop a CSI / OSC sequence whole, not only its ESC byte.
            match chars.peek() {
                Some('[') => {
                    chars.next();
                    // Parameters up to the final byte, which ends the sequence.
                    for n in chars.by_ref() {
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    chars.next();
                    while let Some(n) = chars.next() {
                        if n == '\u{7}' || (n == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                            break;
                        }
                    }
                }
                _ => {}
            }
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

/// [`sanitize`] for a message of several lines: keeps the line breaks.
pub fn sanitize_message(text: &str) -> String {
    text.split('\n').map(sanitize).collect::<Vec<_>>().join("\n")
}

/// A path as printed: without control characters or escape sequences,
/// whatever the file system allows in a name.
pub fn shown(path: &Path) -> String {
    sanitize(&path.to_string_lossy())
}

/// A word as a POSIX shell reads it back, to paste as it is: bare when
/// it holds only safe characters, else in single quotes (a quote inside
/// as `'\''`); a word with control characters (an escape sequence in a
/// file name) as bash's `$'...'`, its bytes escaped, so nothing raw ever
/// reaches the terminal.
pub fn shell_word(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/,:=+@".contains(c))
    {
        word.to_string()
    } else if word.chars().any(char::is_control) {
        let mut out = String::from("$'");
        for c in word.chars() {
            match c {
                '\'' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_control() => {
                    let mut bytes = [0; 4];
                    for b in c.encode_utf8(&mut bytes).bytes() {
                        let _ = write!(out, "\\x{b:02x}");
                    }
                }
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// A path for `--data`, as a shell word: one that starts with `-` gets
/// `./` before it, so it is not read as a flag.
pub fn shell_path(path: &str) -> String {
    if path.starts_with('-') && path != "-" {
        shell_word(&format!("./{path}"))
    } else {
        shell_word(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_strips_escapes() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m\tb"), "aredb");
        assert_eq!(sanitize("x\u{1b}]52;c;SGVsbG8=\u{7}y"), "xy");
    }

    #[test]
    fn messages_keep_their_line_breaks() {
        assert_eq!(sanitize_message("a\u{1b}[1m\nb\tc"), "a\nbc");
    }
}
