//! Real images in the terminal: `rgg show` in a pseudo-terminal that does
//! (or does not) answer the kitty graphics query.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// Runs `rgg show scatter` in a 40x12 pseudo-terminal; when `answer` is
/// given, replies with it once the kitty query arrives. Returns everything
/// rgg wrote and how long it took.
fn show_in_pty(answer: Option<&[u8]>) -> (Vec<u8>, Duration) {
    run_in_pty(
        &["show", "scatter", "--size", "40x12", "--theme", "dark"],
        (40, 12),
        answer,
        None,
    )
}

/// Runs rgg with `args` in a `size` pseudo-terminal, answers the kitty
/// query with `answer`, and once its output holds `then.0` types `then.1`.
fn run_in_pty(
    args: &[&str],
    size: (u16, u16),
    answer: Option<&[u8]>,
    then: Option<(&[u8], &[u8])>,
) -> (Vec<u8>, Duration) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: size.1,
            cols: size.0,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_rgg"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    for var in [
        "TERM_PROGRAM",
        "LC_TERMINAL",
        "KITTY_WINDOW_ID",
        "ITERM_SESSION_ID",
        "WEZTERM_PANE",
        "KONSOLE_VERSION",
        "WT_SESSION",
        "TMUX",
        "RGG_PIXELS",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    let started = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn rgg");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut answered = false;
    let mut typed = false;
    loop {
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(50)) {
            seen.extend_from_slice(&chunk);
        }
        if let Some(reply) = answer.filter(|_| !answered) {
            if has(&seen, b"\x1b_Gi=31") {
                writer.write_all(reply).expect("answer");
                writer.flush().expect("flush");
                answered = true;
            }
        }
        if let Some((wait_for, keys)) = then.filter(|_| !typed) {
            if has(&seen, wait_for) {
                writer.write_all(keys).expect("keys");
                writer.flush().expect("flush");
                typed = true;
            }
        }
        if child.try_wait().ok().flatten().is_some() {
            while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(200)) {
                seen.extend_from_slice(&chunk);
            }
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "rgg did not finish");
    }
    (seen, started.elapsed())
}

fn has(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_terminal_that_answers_the_kitty_query_gets_an_image() {
    let (out, _) = show_in_pty(Some(b"\x1b_Gi=31;OK\x1b\\\x1b[6;20;10t\x1b[?62;22c"));
    assert!(has(&out, b"\x1b_Ga=T,f=100"), "no kitty image in {} bytes", out.len());
    assert!(has(&out, b"c=40,r=12"), "placed over the 40x12 cells");
}

#[test]
fn a_terminal_with_sixel_in_its_attributes_gets_sixel() {
    let (out, _) = show_in_pty(Some(b"\x1b[?62;4;22c"));
    assert!(has(&out, b"\x1bP0;1;0q\"1;1;"), "no sixel image");
}

#[test]
fn a_terminal_that_never_answers_gets_cells_after_the_timeout() {
    let (out, took) = show_in_pty(None);
    assert!(
        !has(&out, b"\x1b_Ga=T") && !has(&out, b"\x1bP0;1;0q"),
        "an image without an answer"
    );
    assert!(has(&out, b"Penguin"), "the chart in cells");
    // The query waits ~100 ms; a generous bound for a loaded machine.
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn the_interactive_gallery_shows_the_chart_as_an_image() {
    // The kitty query answered: the chart pane gets a kitty image; `m`
    // then switches to cells (the image is deleted) and q quits.
    let (out, _) = run_in_pty(
        &["--theme", "dark"],
        (120, 36),
        Some(b"\x1b_Gi=31;OK\x1b\\\x1b[6;20;10t\x1b[?62;22c"),
        Some((b"\x1b_Ga=T,f=100", b"mq")),
    );
    assert!(has(&out, b"\x1b_Ga=T,f=100"), "no image in the chart pane");
    assert!(has(&out, b"\x1b_Ga=d,d=A"), "the image is deleted when cells take over");
}
