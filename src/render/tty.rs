//! Asking the terminal a question: write escape sequences to `/dev/tty`
//! and read the replies in raw mode.
//!
//! Every query ends with `ESC [ c` (primary device attributes), which every
//! terminal answers: its reply marks the end of the answers, so a terminal
//! that ignores the real question costs a round trip, not the timeout.
//! Raw mode with a read timeout comes from `stty`, so no `unsafe` is
//! needed; without `/dev/tty` or `stty` (Windows) nothing is asked.

use std::time::Duration;

/// How long the terminal has to answer.
pub const QUERY_TIMEOUT: Duration = Duration::from_millis(100);

/// Every question rgg has for a terminal, asked together so they cost one
/// round trip: its background colour (OSC 11, see
/// [`super::background`]), whether it speaks the kitty graphics protocol
/// and its cell size in pixels (see [`super::pixels`]).
pub const QUESTIONS: &[u8] = b"\x1b]11;?\x07\x1b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\x1b\\\x1b[16t";

/// The terminal's answers to [`QUESTIONS`], asked on first use and kept
/// for the process; `None` without a terminal to ask.
pub fn answers() -> Option<&'static [u8]> {
    static ANSWERS: std::sync::OnceLock<Option<Vec<u8>>> = std::sync::OnceLock::new();
    ANSWERS.get_or_init(|| ask(QUESTIONS, QUERY_TIMEOUT)).as_deref()
}

/// Writes `question` and then `ESC [ c` to the terminal, and returns what
/// it answered within `timeout` (until the device attributes arrive).
#[cfg(unix)]
pub fn ask(question: &[u8], timeout: Duration) -> Option<Vec<u8>> {
    use std::fs::{File, OpenOptions};
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::time::Instant;

    fn stty(tty: &File, args: &[&str]) -> Option<String> {
        let out = Command::new("stty")
            .args(args)
            .stdin(tty.try_clone().ok()?)
            .stderr(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    let mut tty = OpenOptions::new().read(true).write(true).open("/dev/tty").ok()?;
    let saved = stty(&tty, &["-g"])?;
    // Raw, no echo; a read returns what has come, or nothing after 0.1 s.
    stty(&tty, &["raw", "-echo", "min", "0", "time", "1"])?;
    let mut reply = Vec::new();
    let mut query = question.to_vec();
    query.extend_from_slice(b"\x1b[c");
    if tty.write_all(&query).and_then(|()| tty.flush()).is_ok() {
        let started = Instant::now();
        let mut chunk = [0u8; 256];
        while started.elapsed() < timeout && !has_device_attributes(&reply) && reply.len() < 4096 {
            match tty.read(&mut chunk) {
                Ok(n) => reply.extend_from_slice(&chunk[..n]),
                Err(_) => break,
            }
        }
    }
    stty(&tty, &[&saved]);
    Some(reply)
}

/// No `/dev/tty` to ask.
#[cfg(not(unix))]
pub fn ask(_question: &[u8], _timeout: Duration) -> Option<Vec<u8>> {
    None
}

/// Whether `reply` holds a complete primary device attributes answer
/// (`ESC [ ? 6 2 ; 2 2 c`): the terminal has said all it will.
pub fn has_device_attributes(reply: &[u8]) -> bool {
    device_attributes(reply).is_some()
}

/// The numbers of the primary device attributes answer in `reply`
/// (`ESC [ ? 62 ; 4 ; 22 c` gives 62, 4, 22).
pub fn device_attributes(reply: &[u8]) -> Option<Vec<u32>> {
    const START: &[u8] = b"\x1b[?";
    reply.windows(START.len()).enumerate().find_map(|(i, w)| {
        if w != START {
            return None;
        }
        let body = &reply[i + START.len()..];
        let end = body.iter().position(|b| !(b.is_ascii_digit() || *b == b';'))?;
        (body[end] == b'c').then(|| {
            std::str::from_utf8(&body[..end])
                .unwrap_or("")
                .split(';')
                .filter_map(|n| n.parse().ok())
                .collect()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_attributes_end_the_wait() {
        assert!(has_device_attributes(b"\x1b]11;rgb:0/0/0\x07\x1b[?62;22c"));
        assert!(has_device_attributes(b"\x1b[?1;2c"));
        assert!(!has_device_attributes(b"\x1b[?62;22"));
        assert!(!has_device_attributes(b"\x1b]11;rgb:0/0/0\x07"));
        assert_eq!(device_attributes(b"x\x1b[?62;4;22c"), Some(vec![62, 4, 22]));
    }
}
