//! Rust syntax highlighting for the source view: a small hand-written
//! tokenizer (keywords, types, strings, numbers, comments, doc comments,
//! attributes, macros, lifetimes). No regex engine: a clean build stays
//! fast. It only colours text; a token it misreads is still shown as is.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

/// What a piece of a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token {
    Plain,
    Keyword,
    /// A capitalised name or a primitive type.
    Type,
    /// A string or character literal.
    Str,
    Number,
    Comment,
    /// `///` and `//!` lines and `/** */` blocks.
    Doc,
    /// `#[...]` and `#![...]`.
    Attribute,
    /// A macro call's name and its `!`.
    Macro,
    Lifetime,
}

impl Token {
    /// Colours from the terminal's own 16, so the terminal's theme keeps
    /// them readable on dark and light backgrounds alike.
    pub fn style(self) -> Style {
        match self {
            Token::Plain => Style::new(),
            Token::Keyword => Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Token::Type => Style::new().fg(Color::Cyan),
            Token::Macro => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Token::Str => Style::new().fg(Color::Yellow),
            Token::Number | Token::Lifetime => Style::new().fg(Color::Red),
            Token::Comment => Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            // Most of a chart module is its docs: the colour that reads best.
            Token::Doc => Style::new().fg(Color::Green),
            Token::Attribute => Style::new().fg(Color::Blue),
        }
    }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
];

const PRIMITIVES: &[&str] = &[
    "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    "f32", "f64",
];

/// Where a line starts: inside a block comment (and how deeply nested,
/// and whether it is a doc block) or a string, or in plain code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum State {
    #[default]
    Code,
    Block {
        depth: u32,
        doc: bool,
    },
    /// Inside a string; `hashes` is `Some(n)` for a raw string `r#..#"`.
    Str {
        hashes: Option<usize>,
    },
}

/// Splits a whole source into tokens, line by line.
pub fn tokenize(source: &str) -> Vec<Vec<(Token, &str)>> {
    let mut state = State::Code;
    source.lines().map(|line| tokenize_line(line, &mut state)).collect()
}

/// The spans of one source file: a grey line number, then the coloured
/// code. `width` is the number of digits the line numbers take.
pub fn highlighted_lines(source: &str) -> Vec<Line<'static>> {
    let lines = tokenize(source);
    let width = lines.len().max(1).to_string().len();
    lines
        .into_iter()
        .enumerate()
        .map(|(n, tokens)| {
            let mut spans = vec![Span::styled(
                format!("{:>width$} │ ", n + 1),
                Style::new().fg(Color::DarkGray),
            )];
            spans.extend(tokens.into_iter().map(|(t, s)| Span::styled(s.to_string(), t.style())));
            Line::from(spans)
        })
        .collect()
}

/// The tokens of one line, given the state the line starts in (updated to
/// the state the next line starts in).
pub fn tokenize_line<'a>(line: &'a str, state: &mut State) -> Vec<(Token, &'a str)> {
    let bytes = line.as_bytes();
    let mut out: Vec<(Token, &'a str)> = Vec::new();
    let mut push = |token: Token, from: usize, to: usize| {
        if to > from {
            match out.last_mut() {
                // Neighbours of the same kind make one span.
                Some((t, s)) if *t == token && s.as_ptr() as usize + s.len() == line[from..].as_ptr() as usize => {
                    *s = &line[from - s.len()..to];
                }
                _ => out.push((token, &line[from..to])),
            }
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        match *state {
            State::Block { depth, doc } => {
                let token = if doc { Token::Doc } else { Token::Comment };
                let start = i;
                let mut depth = depth;
                while i < bytes.len() && depth > 0 {
                    if line[i..].starts_with("*/") {
                        depth -= 1;
                        i += 2;
                    } else if line[i..].starts_with("/*") {
                        depth += 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                push(token, start, i);
                *state = if depth == 0 {
                    State::Code
                } else {
                    State::Block { depth, doc }
                };
            }
            State::Str { hashes } => {
                let start = i;
                let end = string_end(bytes, i, hashes);
                i = end.unwrap_or(bytes.len());
                push(Token::Str, start, i);
                *state = if end.is_some() {
                    State::Code
                } else {
                    State::Str { hashes }
                };
            }
            State::Code => {
                let rest = &line[i..];
                let c = bytes[i];
                if rest.starts_with("///") && !rest.starts_with("////") || rest.starts_with("//!") {
                    push(Token::Doc, i, bytes.len());
                    i = bytes.len();
                } else if rest.starts_with("//") {
                    push(Token::Comment, i, bytes.len());
                    i = bytes.len();
                } else if rest.starts_with("/*") {
                    let doc = (rest.starts_with("/**") && !rest.starts_with("/**/")) || rest.starts_with("/*!");
                    *state = State::Block { depth: 1, doc };
                    push(if doc { Token::Doc } else { Token::Comment }, i, i + 2);
                    i += 2;
                } else if c == b'#' && (rest.starts_with("#[") || rest.starts_with("#![")) {
                    let end = attribute_end(bytes, i);
                    push(Token::Attribute, i, end);
                    i = end;
                } else if c == b'"' {
                    push(Token::Str, i, i + 1);
                    i += 1;
                    *state = State::Str { hashes: None };
                } else if let Some(after) = raw_string_start(bytes, i) {
                    push(Token::Str, i, after.0);
                    i = after.0;
                    *state = State::Str { hashes: Some(after.1) };
                } else if c == b'\'' {
                    let (token, end) = quote(bytes, i);
                    push(token, i, end);
                    i = end;
                } else if c.is_ascii_digit() {
                    let end = number_end(bytes, i);
                    push(Token::Number, i, end);
                    i = end;
                } else if c == b'_' || c.is_ascii_alphabetic() {
                    let mut end = i;
                    while end < bytes.len() && (bytes[end] == b'_' || bytes[end].is_ascii_alphanumeric()) {
                        end += 1;
                    }
                    let word = &line[i..end];
                    let is_macro = bytes.get(end) == Some(&b'!') && bytes.get(end + 1) != Some(&b'=');
                    if is_macro {
                        push(Token::Macro, i, end + 1);
                        i = end + 1;
                    } else {
                        let token = if KEYWORDS.contains(&word) {
                            Token::Keyword
                        } else if PRIMITIVES.contains(&word) || word.starts_with(|c: char| c.is_ascii_uppercase()) {
                            Token::Type
                        } else {
                            Token::Plain
                        };
                        push(token, i, end);
                        i = end;
                    }
                } else {
                    // Anything else (punctuation, spaces, non-ASCII text)
                    // up to the next character that may start a token.
                    let mut end = i + line[i..].chars().next().map_or(1, char::len_utf8);
                    while end < bytes.len() && !starts_token(bytes[end]) {
                        end += line[end..].chars().next().map_or(1, char::len_utf8);
                    }
                    push(Token::Plain, i, end);
                    i = end;
                }
            }
        }
    }
    out
}

fn starts_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'"' | b'\'' | b'/' | b'#')
}

/// Where a string that is open at `i` ends (just after its closing quote),
/// or `None` when it goes on past this line.
fn string_end(bytes: &[u8], mut i: usize, hashes: Option<usize>) -> Option<usize> {
    while i < bytes.len() {
        match (bytes[i], hashes) {
            (b'\\', None) => i += 2,
            (b'"', None) => return Some(i + 1),
            (b'"', Some(n)) if bytes[i + 1..].iter().take(n).filter(|b| **b == b'#').count() == n => {
                return Some(i + 1 + n);
            }
            _ => i += 1,
        }
    }
    None
}

/// `r"`, `r#"`, `br"`, `b"`: where the string's text starts and how many
/// `#` close it (`b"` counts as a plain string with escapes, so `None`
/// is not possible here and it is handled as raw with zero hashes only
/// when it is `r`-prefixed).
fn raw_string_start(bytes: &[u8], i: usize) -> Option<(usize, usize)> {
    // Not the tail of a name like `bar"`.
    if i > 0 && (bytes[i - 1] == b'_' || bytes[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let mut j = i;
    if bytes.get(j) == Some(&b'b') {
        j += 1;
    }
    if bytes.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = bytes[j..].iter().take_while(|b| **b == b'#').count();
    j += hashes;
    (bytes.get(j) == Some(&b'"')).then_some((j + 1, hashes))
}

/// A `'`: a character literal (`'a'`, `'\n'`, `'\u{2026}'`) or a lifetime
/// (`'a`, `'static`). Returns the token and where it ends.
fn quote(bytes: &[u8], i: usize) -> (Token, usize) {
    if bytes.get(i + 1) == Some(&b'\\') {
        // An escape: up to the closing quote.
        let end = bytes[i + 2..]
            .iter()
            .position(|b| *b == b'\'')
            .map_or(bytes.len(), |p| i + 2 + p + 1);
        return (Token::Str, end);
    }
    // One character (of any width) then a quote: a literal.
    let text = std::str::from_utf8(&bytes[i + 1..]).unwrap_or("");
    if let Some(c) = text.chars().next() {
        let after = i + 1 + c.len_utf8();
        if bytes.get(after) == Some(&b'\'') {
            return (Token::Str, after + 1);
        }
    }
    let mut end = i + 1;
    while end < bytes.len() && (bytes[end] == b'_' || bytes[end].is_ascii_alphanumeric()) {
        end += 1;
    }
    (Token::Lifetime, end.max(i + 1))
}

fn number_end(bytes: &[u8], i: usize) -> usize {
    let mut end = i;
    while end < bytes.len() {
        let b = bytes[end];
        let exponent_sign = matches!(b, b'+' | b'-') && end > i && matches!(bytes[end - 1], b'e' | b'E');
        // A dot is part of the number only when a digit follows (not `0..n`
        // or `1.max(2)`).
        let fraction = b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_alphanumeric() || b == b'_' || fraction || exponent_sign && !hex(bytes, i) {
            end += 1;
        } else {
            break;
        }
    }
    end
}

fn hex(bytes: &[u8], i: usize) -> bool {
    bytes[i..].starts_with(b"0x")
}

/// Just after the `]` that closes the attribute starting at `i` (or the
/// line's end).
fn attribute_end(bytes: &[u8], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    let mut in_str = false;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' if in_str => j += 1,
            b'"' => in_str = !in_str,
            b'[' if !in_str => depth += 1,
            b']' if !in_str => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(Token, &str)> {
        tokenize_line(line, &mut State::Code)
            .into_iter()
            .filter(|(t, _)| *t != Token::Plain)
            .collect()
    }

    #[test]
    fn each_kind_of_token_is_found() {
        assert_eq!(
            kinds(r#"pub fn f(x: f64) -> String { format!("{x}") }"#),
            vec![
                (Token::Keyword, "pub"),
                (Token::Keyword, "fn"),
                (Token::Type, "f64"),
                (Token::Type, "String"),
                (Token::Macro, "format!"),
                (Token::Str, r#""{x}""#),
            ]
        );
        assert_eq!(
            kinds("let n = 1.5e-3 + 0x1F;"),
            vec![
                (Token::Keyword, "let"),
                (Token::Number, "1.5e-3"),
                (Token::Number, "0x1F"),
            ]
        );
        assert_eq!(
            kinds("#[derive(Clone)] // why"),
            vec![(Token::Attribute, "#[derive(Clone)]"), (Token::Comment, "// why"),]
        );
        assert_eq!(kinds("//! The title"), vec![(Token::Doc, "//! The title")]);
        assert_eq!(kinds("    /// A field"), vec![(Token::Doc, "/// A field")]);
    }

    #[test]
    fn ranges_and_method_calls_on_numbers_are_not_fractions() {
        assert_eq!(kinds("0..n"), vec![(Token::Number, "0")]);
        assert_eq!(kinds("1.max(2)"), vec![(Token::Number, "1"), (Token::Number, "2")]);
    }

    #[test]
    fn lifetimes_and_char_literals_differ() {
        assert_eq!(
            kinds("fn f<'a>(s: &'a str) -> char { 'x' }"),
            vec![
                (Token::Keyword, "fn"),
                (Token::Lifetime, "'a"),
                (Token::Lifetime, "'a"),
                (Token::Type, "str"),
                (Token::Type, "char"),
                (Token::Str, "'x'"),
            ]
        );
        assert_eq!(kinds(r"'\n' '…'"), vec![(Token::Str, r"'\n'"), (Token::Str, "'…'")]);
    }

    #[test]
    fn strings_hide_what_looks_like_code_and_may_span_lines() {
        assert_eq!(kinds(r#""fn // not a comment \" still""#).len(), 1);
        let source = "let s = \"one\ntwo fn\";\nfn g() {}";
        let lines = tokenize(source);
        assert_eq!(lines[1][0], (Token::Str, "two fn\""));
        assert_eq!(lines[2][0], (Token::Keyword, "fn"));
        let raw = tokenize("r#\"a \" b\"# fn");
        assert_eq!(raw[0][0], (Token::Str, "r#\"a \" b\"#"));
    }

    #[test]
    fn block_comments_nest_and_span_lines() {
        let lines = tokenize("/* a /* b */ still\n end */ fn");
        assert_eq!(lines[0], vec![(Token::Comment, "/* a /* b */ still")]);
        assert_eq!(lines[1][0], (Token::Comment, " end */"));
        assert!(lines[1].contains(&(Token::Keyword, "fn")));
    }

    #[test]
    fn every_line_keeps_its_text() {
        let source = include_str!("app.rs");
        for (line, tokens) in source.lines().zip(tokenize(source)) {
            let joined: String = tokens.iter().map(|(_, s)| *s).collect();
            assert_eq!(joined, line);
        }
        let numbered = highlighted_lines("a\nb");
        assert_eq!(numbered[1].spans[0].content, "2 │ ");
    }
}
