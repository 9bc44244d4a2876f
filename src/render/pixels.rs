//! Charts as real images in terminals that can show them: the kitty
//! graphics protocol (kitty, `WezTerm`, Ghostty, Konsole), `iTerm2`'s
//! inline images (`iTerm2`, `WezTerm`) and sixel (foot, xterm, mlterm,
//! Windows Terminal).
//!
//! Which one a terminal speaks is found in this order: `--pixels` or
//! `RGG_PIXELS`; the terminal's answers to a kitty graphics query and to
//! the device attributes query (4 among them means sixel); then known
//! `TERM_PROGRAM` / `TERM` values. Inside tmux the outer terminal cannot be
//! asked: its environment names it, and the sequences are wrapped for
//! tmux's passthrough, which must be switched on (`allow-passthrough on`).
//! The encoders are small and written here: no image library.

use super::export::Paper;
use base64::Engine;
use std::collections::HashMap;

/// An image protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    Kitty,
    Iterm2,
    Sixel,
}

impl Protocol {
    /// A protocol by name (`RGG_PIXELS`): kitty, iterm2, sixel.
    pub fn named(name: &str) -> Option<Protocol> {
        match name.trim().to_ascii_lowercase().as_str() {
            "kitty" => Some(Protocol::Kitty),
            "iterm2" | "iterm" => Some(Protocol::Iterm2),
            "sixel" => Some(Protocol::Sixel),
            _ => None,
        }
    }
}

/// What the terminal's answers (see [`super::tty::QUESTIONS`]: the kitty
/// graphics query, `ESC _ G i=31 ; OK ESC \\` from a terminal that speaks
/// it; the cell size, `CSI 6 ; height ; width t`; the device attributes,
/// where 4 means sixel) say: the protocol, if any, and the cell size.
pub fn from_reply(reply: &[u8]) -> (Option<Protocol>, Option<(u32, u32)>) {
    let kitty = reply.windows(10).any(|w| w == b"\x1b_Gi=31;OK");
    let sixel = super::tty::device_attributes(reply).is_some_and(|a| a.iter().skip(1).any(|n| *n == 4));
    let protocol = if kitty {
        Some(Protocol::Kitty)
    } else if sixel {
        Some(Protocol::Sixel)
    } else {
        None
    };
    (protocol, cell_size_reply(reply))
}

/// The cell size in a `CSI 6 ; height ; width t` reply.
fn cell_size_reply(reply: &[u8]) -> Option<(u32, u32)> {
    const START: &[u8] = b"\x1b[6;";
    let at = reply.windows(START.len()).position(|w| w == START)?;
    let body = &reply[at + START.len()..];
    let end = body.iter().position(|b| *b == b't')?;
    let (h, w) = std::str::from_utf8(&body[..end]).ok()?.split_once(';')?;
    let (w, h): (u32, u32) = (w.parse().ok()?, h.parse().ok()?);
    ((1..=512).contains(&w) && (1..=512).contains(&h)).then_some((w, h))
}

/// The protocol a terminal is known by its environment to speak:
/// `TERM_PROGRAM`, `TERM` and a few variables terminals set (which
/// survive inside tmux, where the terminal cannot be asked).
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Protocol> {
    let term_program = var("TERM_PROGRAM").unwrap_or_default().to_ascii_lowercase();
    let term = var("TERM").unwrap_or_default().to_ascii_lowercase();
    let lc_terminal = var("LC_TERMINAL").unwrap_or_default().to_ascii_lowercase();
    if term == "xterm-kitty" || var("KITTY_WINDOW_ID").is_some() || term_program == "ghostty" || term == "xterm-ghostty"
    {
        Some(Protocol::Kitty)
    } else if term_program == "iterm.app"
        || lc_terminal == "iterm2"
        || var("ITERM_SESSION_ID").is_some()
        || term_program == "wezterm"
        || var("WEZTERM_PANE").is_some()
    {
        Some(Protocol::Iterm2)
    } else if var("KONSOLE_VERSION").is_some() {
        Some(Protocol::Kitty)
    } else if term.starts_with("foot") || term.starts_with("mlterm") || var("WT_SESSION").is_some() {
        Some(Protocol::Sixel)
    } else {
        None
    }
}

/// What the user asked for: find out, a protocol by name, or cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Auto,
    Off,
    Named(Protocol),
}

/// How to show a picture in this terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Display {
    pub protocol: Protocol,
    /// A cell's size in pixels.
    pub cell: (u32, u32),
    /// Inside tmux: wrap the sequence for its passthrough.
    pub tmux: bool,
}

/// A cell's size when the terminal does not say: a common 10x20.
pub const DEFAULT_CELL: (u32, u32) = (10, 20);

/// How this terminal shows pictures, or `None` for cells. `RGG_PIXELS`
/// stands in for an automatic `choice` in a terminal; nothing is asked
/// when stdout is not a terminal, and only a protocol named by `choice` is
/// used then.
pub fn detect(choice: Choice, stdout_is_tty: bool) -> Option<Display> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    // The variable speaks for terminals; a pipe gets images only when the
    // flag names a protocol.
    let setting = var("RGG_PIXELS").filter(|_| stdout_is_tty);
    let choice = match (choice, setting) {
        (Choice::Auto, Some(v)) if v.eq_ignore_ascii_case("off") || v.eq_ignore_ascii_case("cells") => Choice::Off,
        (Choice::Auto, Some(v)) => Protocol::named(&v).map_or(Choice::Auto, Choice::Named),
        (choice, _) => choice,
    };
    let tmux = var("TMUX").is_some();
    let (protocol, cell) = match choice {
        Choice::Off => return None,
        Choice::Named(p) => (Some(p), None),
        Choice::Auto if !stdout_is_tty => return None,
        // tmux answers for itself: the outer terminal is known only by
        // the environment, and reached only through passthrough.
        Choice::Auto if tmux => (tmux_passthrough().then(|| from_environment(var)).flatten(), None),
        Choice::Auto => {
            let (asked, cell) = from_reply(super::tty::answers().unwrap_or_default());
            (asked.or_else(|| from_environment(var)), cell)
        }
    };
    Some(Display {
        protocol: protocol?,
        // Asked only once a protocol is known (after `protocol?`).
        cell: window_cell().or(cell).unwrap_or(DEFAULT_CELL),
        tmux,
    })
}

/// The cell size from the window's size in pixels, when the terminal
/// reports it.
fn window_cell() -> Option<(u32, u32)> {
    let size = ratatui::crossterm::terminal::window_size().ok()?;
    let (cols, rows) = (u32::from(size.columns), u32::from(size.rows));
    let (w, h) = (u32::from(size.width), u32::from(size.height));
    (cols > 0 && rows > 0 && w >= cols && h >= rows).then(|| (w / cols, h / rows))
}

/// Whether tmux lets sequences through to the outer terminal.
fn tmux_passthrough() -> bool {
    std::process::Command::new("tmux")
        .args(["show", "-gv", "allow-passthrough"])
        .stderr(std::process::Stdio::null())
        .output()
        .is_ok_and(|out| matches!(String::from_utf8_lossy(&out.stdout).trim(), "on" | "all"))
}

/// The sequence that shows `figure` as a picture over `cells` (columns,
/// rows) with `display`'s protocol: drawn at the cells' size in pixels,
/// its text about three quarters of a cell high (like the terminal's own),
/// on dark or white paper.
pub fn picture(
    figure: super::Figure<impl super::Draw>,
    display: Display,
    (cols, rows): (u32, u32),
    dark: bool,
) -> anyhow::Result<Vec<u8>> {
    let (cell_w, cell_h) = display.cell;
    let size = ((cols * cell_w).clamp(1, 8000), (rows * cell_h).clamp(1, 8000));
    let paper = if dark { Paper::Dark } else { Paper::White };
    let theme = paper.theme(1200, 800).scaled(f64::from(cell_h) * 0.75 / 20.0);
    let rgb = super::export::render_rgb(figure, size, &theme)?;
    sequence(display, &rgb, size, (cols, rows))
}

/// The sequence that shows RGB pixels (`size` in pixels) over `cells`
/// (columns, rows) with `display`'s protocol.
fn sequence(display: Display, rgb: &[u8], size: (u32, u32), cells: (u32, u32)) -> anyhow::Result<Vec<u8>> {
    let seq = match display.protocol {
        Protocol::Kitty => kitty(&super::export::encode_png(rgb, size.0, size.1)?, cells),
        Protocol::Iterm2 => iterm2(&super::export::encode_png(rgb, size.0, size.1)?, cells),
        Protocol::Sixel => sixel(rgb, size),
    };
    Ok(if display.tmux { tmux_wrap(&seq) } else { seq })
}

/// `sequence` wrapped for tmux's passthrough: `ESC P tmux ;`, the
/// sequence with each ESC doubled, `ESC \`.
pub fn tmux_wrap(sequence: &[u8]) -> Vec<u8> {
    let mut out = b"\x1bPtmux;".to_vec();
    for b in sequence {
        if *b == 0x1b {
            out.push(0x1b);
        }
        out.push(*b);
    }
    out.extend_from_slice(b"\x1b\\");
    out
}

/// A PNG shown over `cols` x `rows` cells with the kitty graphics protocol:
/// base64 in chunks of 4096 bytes, the first with the placement.
pub fn kitty(png: &[u8], (cols, rows): (u32, u32)) -> Vec<u8> {
    let data = base64::engine::general_purpose::STANDARD.encode(png);
    let chunks: Vec<&[u8]> = data.as_bytes().chunks(4096).collect();
    let mut out = Vec::with_capacity(data.len() + chunks.len() * 32 + 64);
    for (i, chunk) in chunks.iter().enumerate() {
        let more = u8::from(i + 1 < chunks.len());
        if i == 0 {
            out.extend_from_slice(format!("\x1b_Ga=T,f=100,t=d,q=2,c={cols},r={rows},m={more};").as_bytes());
        } else {
            out.extend_from_slice(format!("\x1b_Gm={more};").as_bytes());
        }
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\x1b\\");
    }
    out
}

/// A PNG shown over `cols` x `rows` cells as an iTerm2 inline image.
pub fn iterm2(png: &[u8], (cols, rows): (u32, u32)) -> Vec<u8> {
    let data = base64::engine::general_purpose::STANDARD.encode(png);
    let mut out = format!(
        "\x1b]1337;File=inline=1;size={};width={cols};height={rows};preserveAspectRatio=0:",
        png.len()
    )
    .into_bytes();
    out.extend_from_slice(data.as_bytes());
    out.push(0x07);
    out
}

/// RGB pixels (`width` x `height`, row by row) as sixel: the 256 commonest
/// colours make the palette (a chart has few; anti-aliased edges take the
/// nearest), each band of six rows one line per colour, run-length coded.
pub fn sixel(rgb: &[u8], (width, height): (u32, u32)) -> Vec<u8> {
    let (w, h) = (width as usize, height as usize);
    let pixel = |i: usize| -> u32 {
        let p = &rgb[3 * i..3 * i + 3];
        (u32::from(p[0]) << 16) | (u32::from(p[1]) << 8) | u32::from(p[2])
    };
    let n = (w * h).min(rgb.len() / 3);
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for i in 0..n {
        *counts.entry(pixel(i)).or_insert(0) += 1;
    }
    let mut by_count: Vec<(u32, usize)> = counts.into_iter().collect();
    by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<u32> = by_count.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<u32, u8> = palette.iter().enumerate().map(|(i, c)| (*c, i as u8)).collect();
    let nearest = |c: u32| -> u8 {
        let d = |p: u32| {
            let ch = |v: u32, s: u32| i64::from((v >> s) & 0xff);
            (ch(c, 16) - ch(p, 16)).pow(2) + (ch(c, 8) - ch(p, 8)).pow(2) + (ch(c, 0) - ch(p, 0)).pow(2)
        };
        (0..palette.len()).min_by_key(|i| d(palette[*i])).unwrap_or(0) as u8
    };
    let indices: Vec<u8> = (0..n)
        .map(|i| {
            let c = pixel(i);
            *index.entry(c).or_insert_with(|| nearest(c))
        })
        .collect();

    let mut out = format!("\x1bP0;1;0q\"1;1;{width};{height}").into_bytes();
    for (i, c) in palette.iter().enumerate() {
        let pct = |s: u32| ((c >> s) & 0xff) * 100 / 255;
        out.extend_from_slice(format!("#{i};2;{};{};{}", pct(16), pct(8), pct(0)).as_bytes());
    }
    let mut row = vec![0u8; w];
    for band in (0..h).step_by(6) {
        let rows = band..(band + 6).min(h);
        let mut used = [false; 256];
        for y in rows.clone() {
            for x in 0..w {
                used[usize::from(indices[y * w + x])] = true;
            }
        }
        for colour in (0..256).filter(|c| used[*c]) {
            for (x, bits) in row.iter_mut().enumerate() {
                *bits = rows
                    .clone()
                    .enumerate()
                    .filter(|(_, y)| usize::from(indices[y * w + x]) == colour)
                    .fold(0, |acc, (k, _)| acc | (1 << k));
            }
            out.extend_from_slice(format!("#{colour}").as_bytes());
            run_length(&row, &mut out);
            out.push(b'$');
        }
        out.push(b'-');
    }
    out.extend_from_slice(b"\x1b\\");
    out
}

/// Sixel characters (63 + six bits) for `bits`, runs of four or more as
/// `! count char`.
fn run_length(bits: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < bits.len() {
        let run = bits[i..].iter().take_while(|b| **b == bits[i]).count();
        let ch = 63 + bits[i];
        if run >= 4 {
            out.extend_from_slice(format!("!{run}").as_bytes());
            out.push(ch);
        } else {
            out.extend(std::iter::repeat_n(ch, run));
        }
        i += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Rgb = (u8, u8, u8);

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| pairs.iter().find(|(name, _)| *name == k).map(|(_, v)| (*v).to_string())
    }

    #[test]
    fn replies_name_the_protocol_and_cell_size() {
        let kitty = b"\x1b_Gi=31;OK\x1b\\\x1b[6;20;10t\x1b[?62;22c";
        assert_eq!(from_reply(kitty), (Some(Protocol::Kitty), Some((10, 20))));
        let sixel = b"\x1b[?62;4;22c";
        assert_eq!(from_reply(sixel), (Some(Protocol::Sixel), None));
        let plain = b"\x1b[6;16;8t\x1b[?62;22c";
        assert_eq!(from_reply(plain), (None, Some((8, 16))));
        assert_eq!(from_reply(b""), (None, None));
        assert_eq!(from_reply(b"\x1b[6;0;0t"), (None, None), "no cell of zero pixels");
    }

    #[test]
    fn the_environment_names_known_terminals() {
        assert_eq!(from_environment(env(&[("TERM", "xterm-kitty")])), Some(Protocol::Kitty));
        assert_eq!(
            from_environment(env(&[("TERM_PROGRAM", "iTerm.app")])),
            Some(Protocol::Iterm2)
        );
        assert_eq!(
            from_environment(env(&[("TERM_PROGRAM", "WezTerm")])),
            Some(Protocol::Iterm2)
        );
        assert_eq!(from_environment(env(&[("TERM", "foot")])), Some(Protocol::Sixel));
        assert_eq!(
            from_environment(env(&[("TERM", "tmux-256color"), ("KITTY_WINDOW_ID", "1")])),
            Some(Protocol::Kitty)
        );
        assert_eq!(from_environment(env(&[("TERM", "xterm-256color")])), None);
        assert_eq!(Protocol::named(" Sixel "), Some(Protocol::Sixel));
        assert_eq!(Protocol::named("cells"), None);
    }

    #[test]
    fn tmux_passthrough_doubles_escapes() {
        assert_eq!(
            tmux_wrap(b"\x1b_Ga\x1b\\"),
            b"\x1bPtmux;\x1b\x1b_Ga\x1b\x1b\\\x1b\\".to_vec()
        );
    }

    /// The payloads of kitty graphics commands, joined.
    fn kitty_payload(seq: &[u8]) -> (String, Vec<u8>) {
        let text = String::from_utf8(seq.to_vec()).expect("ascii");
        let mut keys = String::new();
        let mut data = String::new();
        for (i, command) in text.split("\x1b\\").filter(|c| !c.is_empty()).enumerate() {
            let body = command.strip_prefix("\x1b_G").expect("a graphics command");
            let (k, payload) = body.split_once(';').expect("keys;payload");
            if i == 0 {
                keys = k.to_string();
            }
            data.push_str(payload);
        }
        (
            keys,
            base64::engine::general_purpose::STANDARD.decode(data).expect("base64"),
        )
    }

    #[test]
    fn kitty_chunks_join_to_the_png() {
        let png: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let seq = kitty(&png, (40, 12));
        let (keys, decoded) = kitty_payload(&seq);
        assert_eq!(decoded, png);
        assert!(
            keys.contains("f=100") && keys.contains("c=40") && keys.contains("r=12"),
            "{keys}"
        );
        assert!(seq.windows(5).filter(|w| w == b"\x1b_Gm=").count() >= 2, "chunked");
    }

    #[test]
    fn iterm2_carries_the_png() {
        let png = b"\x89PNG fake".to_vec();
        let seq = String::from_utf8(iterm2(&png, (40, 12))).expect("ascii");
        let body = seq
            .strip_prefix("\x1b]1337;File=")
            .and_then(|s| s.strip_suffix('\x07'))
            .expect("OSC 1337");
        let (args, data) = body.split_once(':').expect("args:data");
        assert!(args.contains("inline=1") && args.contains("width=40") && args.contains("height=12"));
        assert!(args.contains(&format!("size={}", png.len())));
        assert_eq!(
            base64::engine::general_purpose::STANDARD.decode(data).expect("base64"),
            png
        );
    }

    /// A sixel decoder for the subset [`sixel`] writes: the size from the
    /// raster attributes and every pixel's palette colour.
    pub fn decode_sixel(seq: &[u8]) -> ((usize, usize), Vec<Option<Rgb>>) {
        let text = std::str::from_utf8(seq).expect("ascii");
        let body = text
            .strip_prefix("\x1bP0;1;0q\"1;1;")
            .expect("DCS and raster attributes");
        let body = body.strip_suffix("\x1b\\").expect("ST at the end");
        let head_end = body.find('#').expect("a palette");
        let (w, h) = body[..head_end].split_once(';').expect("w;h");
        let (w, h): (usize, usize) = (w.parse().expect("w"), h.parse().expect("h"));
        let mut palette = HashMap::new();
        let mut image = vec![None; w * h];
        let bytes = &body.as_bytes()[head_end..];
        let (mut i, mut x, mut band, mut colour) = (0, 0, 0, 0usize);
        let number = |i: &mut usize| {
            let start = *i;
            while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            body[head_end + start..head_end + *i].parse::<usize>().expect("number")
        };
        while i < bytes.len() {
            match bytes[i] {
                b'#' => {
                    i += 1;
                    colour = number(&mut i);
                    if bytes.get(i) == Some(&b';') {
                        i += 3; // ";2;"
                        let r = number(&mut i);
                        i += 1;
                        let g = number(&mut i);
                        i += 1;
                        let b = number(&mut i);
                        let pct = |v: usize| (v * 255 / 100) as u8;
                        palette.insert(colour, (pct(r), pct(g), pct(b)));
                    }
                }
                b'$' => {
                    x = 0;
                    i += 1;
                }
                b'-' => {
                    x = 0;
                    band += 6;
                    i += 1;
                }
                b'!' => {
                    i += 1;
                    let run = number(&mut i);
                    let bits = bytes[i] - 63;
                    for _ in 0..run {
                        paint(&mut image, (w, h), x, band, bits, palette[&colour]);
                        x += 1;
                    }
                    i += 1;
                }
                c @ 63..=126 => {
                    paint(&mut image, (w, h), x, band, c - 63, palette[&colour]);
                    x += 1;
                    i += 1;
                }
                other => panic!("unexpected byte {other}"),
            }
        }
        ((w, h), image)
    }

    fn paint(
        image: &mut [Option<(u8, u8, u8)>],
        (w, h): (usize, usize),
        x: usize,
        band: usize,
        bits: u8,
        c: (u8, u8, u8),
    ) {
        for k in 0..6 {
            if bits & (1 << k) != 0 && x < w && band + k < h {
                image[(band + k) * w + x] = Some(c);
            }
        }
    }

    #[test]
    fn sixel_is_well_formed_and_decodes_to_the_image() {
        // 13 x 10: a blue left half, an orange right half, one stray grey.
        let (w, h) = (13usize, 10usize);
        let mut rgb = Vec::new();
        for y in 0..h {
            for x in 0..w {
                let c = match (x, y) {
                    (6, 4) => [120, 120, 120],
                    (x, _) if x < 6 => [0, 114, 178],
                    _ => [230, 159, 0],
                };
                rgb.extend_from_slice(&c);
            }
        }
        let seq = sixel(&rgb, (w as u32, h as u32));
        let ((dw, dh), image) = decode_sixel(&seq);
        assert_eq!((dw, dh), (w, h));
        assert!(image.iter().all(Option::is_some), "every pixel painted");
        let near =
            |a: (u8, u8, u8), b: [u8; 3]| a.0.abs_diff(b[0]) <= 3 && a.1.abs_diff(b[1]) <= 3 && a.2.abs_diff(b[2]) <= 3;
        assert!(near(image[0].expect("pixel"), [0, 114, 178]));
        assert!(near(image[w - 1].expect("pixel"), [230, 159, 0]));
        assert!(near(image[4 * w + 6].expect("pixel"), [120, 120, 120]));
    }

    #[test]
    fn sixel_keeps_the_commonest_256_colours() {
        // 300 colours: the rare ones map to their nearest kept neighbour.
        let rgb: Vec<u8> = (0..300u32)
            .flat_map(|i| [(i % 256) as u8, (i / 256) as u8 * 100, 7])
            .collect();
        let seq = sixel(&rgb, (300, 1));
        let palette = String::from_utf8(seq.clone()).expect("ascii").matches(";2;").count();
        assert_eq!(palette, 256);
        let ((w, h), image) = decode_sixel(&seq);
        assert_eq!((w, h), (300, 1));
        assert!(image.iter().all(Option::is_some));
    }
}
