//! Is the terminal dark or light? `--theme auto` asks the terminal for its
//! background colour (OSC 11) and falls back to the `COLORFGBG` hint, then
//! to dark.
//!
//! The query writes `ESC ] 11 ; ? BEL` to the terminal and reads its reply
//! (see [`super::tty`]: a terminal that does not know OSC 11 costs a round
//! trip, not the timeout); without `/dev/tty` (Windows) it is skipped.

use rgg_gallery::theme::{relative_luminance, Theme};

type Rgb = (u8, u8, u8);

/// Whether the terminal's background is dark: its answer to OSC 11 when
/// stdin and stdout are terminals, else `COLORFGBG`, else dark.
pub fn terminal_is_dark() -> bool {
    use std::io::IsTerminal;
    let reply = if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        query_background()
    } else {
        None
    };
    decide(reply, std::env::var("COLORFGBG").ok().as_deref())
}

/// The theme for a terminal: [`Theme::terminal`] or [`Theme::terminal_light`].
pub fn terminal_theme(dark: bool) -> Theme {
    if dark {
        Theme::terminal()
    } else {
        Theme::terminal_light()
    }
}

/// Dark or not, from the terminal's reply (first) or `COLORFGBG`; dark
/// when neither says.
pub fn decide(reply: Option<Rgb>, colorfgbg: Option<&str>) -> bool {
    match (reply, colorfgbg.and_then(colorfgbg_is_dark)) {
        (Some(rgb), _) => is_dark(rgb),
        (None, Some(dark)) => dark,
        (None, None) => true,
    }
}

/// A background is dark when white text has more contrast on it than black
/// text: relative luminance below ~0.18 (where the two contrasts are equal).
pub fn is_dark((r, g, b): Rgb) -> bool {
    let l = relative_luminance(plotters::style::RGBColor(r, g, b));
    // (1 + 0.05) / (l + 0.05) == (l + 0.05) / 0.05  <=>  l = sqrt(0.0525) - 0.05
    l < 0.0525f64.sqrt() - 0.05
}

/// `COLORFGBG` ("15;0", "0;default;15"): its last field is the background's
/// colour index; 0-6 and 8 are dark, 7 and 9-15 light; anything else says
/// nothing.
pub fn colorfgbg_is_dark(value: &str) -> Option<bool> {
    let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    match bg {
        0..=6 | 8 => Some(true),
        7 | 9..=15 => Some(false),
        _ => None,
    }
}

/// The colour in a reply to OSC 11: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB`
/// (1 to 4 hex digits a channel; `rgba:` too) ended by BEL or ST
/// (`ESC \`). Anything else in `reply` (other replies around it) is skipped.
pub fn parse_osc11(reply: &[u8]) -> Option<Rgb> {
    const START: &[u8] = b"\x1b]11;";
    let at = reply.windows(START.len()).position(|w| w == START)?;
    let body = &reply[at + START.len()..];
    let end = body
        .iter()
        .enumerate()
        .find(|&(i, &b)| b == 0x07 || (b == 0x1b && body.get(i + 1) == Some(&b'\\')))
        .map(|(i, _)| i)?;
    let text = std::str::from_utf8(&body[..end]).ok()?;
    let (kind, channels) = text.split_once(':')?;
    let channels: Vec<&str> = channels.split('/').collect();
    let wanted = match kind {
        "rgb" => 3,
        "rgba" => 4,
        _ => return None,
    };
    if channels.len() != wanted {
        return None;
    }
    let channel = |s: &str| -> Option<u8> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let v = u32::from_str_radix(s, 16).ok()?;
        let max = (1u32 << (4 * s.len())) - 1;
        Some(((f64::from(v) * 255.0 / f64::from(max)).round()) as u8)
    };
    Some((channel(channels[0])?, channel(channels[1])?, channel(channels[2])?))
}

/// The terminal's background colour, from its answers (see
/// [`super::tty::answers`]).
pub fn query_background() -> Option<Rgb> {
    super::tty::answers().and_then(parse_osc11)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc11_replies_in_both_digit_forms_and_terminators() {
        assert_eq!(parse_osc11(b"\x1b]11;rgb:ffff/ffff/ffff\x07"), Some((255, 255, 255)));
        assert_eq!(parse_osc11(b"\x1b]11;rgb:1e1e/1e1e/2e2e\x1b\\"), Some((30, 30, 46)));
        assert_eq!(parse_osc11(b"\x1b]11;rgb:fd/f6/e3\x07"), Some((253, 246, 227)));
        assert_eq!(parse_osc11(b"\x1b]11;rgb:0/8/f\x1b\\"), Some((0, 136, 255)));
        assert_eq!(parse_osc11(b"\x1b]11;rgba:0000/0000/0000/ffff\x07"), Some((0, 0, 0)));
        // Other replies before and after (the device attributes) are skipped.
        assert_eq!(
            parse_osc11(b"junk\x1b]11;rgb:2828/2c2c/3434\x07\x1b[?62;22c"),
            Some((40, 44, 52))
        );
    }

    #[test]
    fn osc11_garbage_is_no_answer() {
        for reply in [
            &b""[..],
            b"\x1b[?62;22c",
            b"\x1b]11;rgb:ffff/ffff/ffff",
            b"\x1b]11;rgb:ffff/ffff\x07",
            b"\x1b]11;rgb:fffff/0/0\x07",
            b"\x1b]11;rgb:gg/00/00\x07",
            b"\x1b]11;hsl:1/2/3\x07",
            b"\x1b]10;rgb:ffff/ffff/ffff\x07",
            b"\x1b]11;rgb://\x07",
            b"\x1b]11;\xff\xfe\x07",
        ] {
            assert_eq!(parse_osc11(reply), None, "{reply:?}");
        }
    }

    #[test]
    fn colorfgbg_hints() {
        assert_eq!(colorfgbg_is_dark("15;0"), Some(true));
        assert_eq!(colorfgbg_is_dark("0;15"), Some(false));
        assert_eq!(colorfgbg_is_dark("0;default;7"), Some(false));
        assert_eq!(colorfgbg_is_dark("7;8"), Some(true));
        assert_eq!(colorfgbg_is_dark("default;default"), None);
        assert_eq!(colorfgbg_is_dark(""), None);
        assert_eq!(colorfgbg_is_dark("15;200"), None);
    }

    #[test]
    fn luminance_threshold() {
        assert!(is_dark((0, 0, 0)));
        assert!(is_dark((40, 44, 52)));
        assert!(!is_dark((255, 255, 255)));
        assert!(!is_dark((253, 246, 227)), "solarized light");
        assert!(is_dark((0, 43, 54)), "solarized dark");
        // Around the middle: luminance 0.17 is dark, 0.19 light.
        assert!(is_dark((115, 115, 115)));
        assert!(!is_dark((121, 121, 121)));
    }

    #[test]
    fn the_reply_wins_then_the_hint_then_dark() {
        assert!(!decide(Some((255, 255, 255)), Some("15;0")));
        assert!(decide(Some((0, 0, 0)), Some("0;15")));
        assert!(!decide(None, Some("0;15")));
        assert!(decide(None, Some("garbage")));
        assert!(decide(None, None));
    }
}
