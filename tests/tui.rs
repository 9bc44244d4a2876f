//! End to end: the real binary in a pseudo-terminal, keys pressed as a
//! person would, the screen read back through a VT100 parser.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(cwd: &std::path::Path, cols: u16, rows: u16) -> Session {
        Session::start_with(cwd, cols, rows, &[])
    }

    fn start_with(cwd: &std::path::Path, cols: u16, rows: u16, args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_rgg"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("spawn rgg");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let nonzero = |n: u16| std::num::NonZeroU16::new(n.max(1)).expect("non-zero");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nonzero(rows), nonzero(cols), 0)));
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        // Keep the master alive as long as the session.
        std::mem::forget(pty.master);
        Session { parser, writer, child }
    }

    fn screen(&self) -> String {
        self.parser.lock().map(|p| p.screen().contents()).unwrap_or_default()
    }

    /// Waits until the screen satisfies `ok` (or fails after 60 s: a busy
    /// machine can be slow to start a debug build).
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "never saw {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush");
    }
}

#[test]
fn browse_export_and_quit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Session::start(dir.path(), 120, 36);

    let screen = s.wait_for("Catalogue (");
    s.wait_for("Histogram  Distribution");
    assert!(screen.contains("Distribution ("), "{screen}");
    s.wait_for("Penguin flipper length");

    // Move down: another chart is selected, drawn and described.
    s.press("j");
    s.wait_until("the next chart", |screen| {
        !screen.contains("Histogram  Distribution") && screen.contains("Caveat")
    });

    // Back to the histogram, next variant, then export it.
    s.press("k");
    s.wait_for("Penguin flipper length");
    s.press("v");
    s.wait_for("variant basic");
    s.press("e");
    s.wait_for("Exported");
    assert!(dir.path().join("histogram-basic.png").exists(), "e wrote no file");

    // Help overlay opens and closes; source view shows the module.
    s.press("?");
    s.wait_for("any key closes this help");
    s.press("x");
    s.press("s");
    s.wait_for("//! # Histogram");
    s.press("s");
    s.wait_until("the source view closed", |screen| !screen.contains("//! # Histogram"));

    // Filter narrows the catalogue; Esc clears it.
    s.press("/donut");
    s.wait_until("the filtered catalogue", |screen| {
        screen.contains("/donut▏") && screen.contains("  donut") && !screen.contains("histogram")
    });
    s.press("\x1b");
    // Wait for the lone Esc to land, or "Esc q" would read as Alt-q.
    s.wait_until("the whole catalogue again", |screen| {
        screen.contains(" Catalogue (") && screen.contains("histogram")
    });

    s.press("q");
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = s.child.try_wait() {
            assert!(status.success(), "rgg exited with {status:?}");
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "q did not quit; screen:\n{}",
            s.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn tiny_terminal_gets_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Session::start(dir.path(), 30, 8);
    s.wait_for("too small");
    s.press("q");
    let start = Instant::now();
    while s.child.try_wait().ok().flatten().is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn loads_the_users_file_and_says_which_charts_cannot_draw_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = std::fs::canonicalize("tests/fixtures/faithful.csv").expect("fixture");
    let data = data.to_string_lossy().into_owned();
    let mut s = Session::start_with(dir.path(), 160, 48, &["--data", &data]);
    // The first chart (histogram) draws the user's file, with its footnote.
    let screen = s.wait_for("faithful.csv: 272 rows");
    assert!(screen.contains("Histogram of faithful.csv"), "{screen}");
    assert!(screen.contains("Dataset: faithful.csv"), "{screen}");
    // A chart that needs text groups explains why it cannot draw two numbers.
    s.press("/donut");
    s.wait_for("/donut▏");
    s.press("\r");
    s.wait_for("cannot draw your data");
    s.press("q");
    let start = Instant::now();
    while s.child.try_wait().ok().flatten().is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// In a real terminal: `p` and an arrow change the histogram's bins, `r`
/// and an arrow bind the other column, and each time the chart is drawn
/// again and the status line gives the command that draws it.
#[test]
fn parameters_and_columns_change_the_chart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = std::fs::canonicalize("tests/fixtures/faithful.csv").expect("fixture");
    let data = data.to_string_lossy().into_owned();
    let mut s = Session::start_with(dir.path(), 160, 48, &["--data", &data]);
    let first = s.wait_for("faithful.csv: 272 rows");
    assert!(first.contains("eruptions"), "{first}");
    s.press("p");
    s.wait_for("Parameters");
    s.press("\x1b[C");
    let binned = s.wait_for("--param bins=2");
    s.press("\x1b");
    s.wait_until("the parameter panel closed", |screen| !screen.contains("Parameters —"));
    s.press("r");
    s.wait_for("Columns");
    s.press("\x1b[C");
    let rebound = s.wait_for("--x waiting");
    assert!(rebound.contains("waiting"), "{rebound}");
    assert_ne!(binned, rebound);
    s.press("\x1b");
    s.wait_until("the roles panel closed", |screen| !screen.contains("Columns —"));
    s.press("q");
    let start = Instant::now();
    while s.child.try_wait().ok().flatten().is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// In a real terminal: `d` opens "What data do I have?", a branch opens
/// with Enter, a chart is picked, and the panel closes on that chart.
#[test]
fn the_data_tree_leads_to_a_chart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Session::start(dir.path(), 120, 36);
    s.wait_for("Penguin flipper length");
    s.press("d");
    s.wait_for("What data do I have?");
    // Down to "Map", open it, open its first branch, pick its first chart.
    s.press("jjjj");
    s.press("\r");
    s.wait_for("◂ Map");
    s.press("\r");
    s.wait_for("each region coloured by its value");
    s.press("\r");
    let picked = s.wait_until("the tree closed on the choropleth", |screen| {
        !screen.contains("What data do I have?") && screen.contains("Choropleth map  Map")
    });
    assert!(picked.contains("Caveat"), "{picked}");
    s.press("q");
    let start = Instant::now();
    while s.child.try_wait().ok().flatten().is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}
