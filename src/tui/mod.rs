//! The interactive gallery: catalogue on the left, the chart and its docs
//! on the right. `rgg` with no arguments starts it.

pub mod app;
pub mod highlight;
pub mod settings;
pub mod shown;
pub mod source;
pub mod tree;
pub mod ui;
pub mod worker;

use crate::cli::ThemeChoice;
use crate::render::{background, cell::ColorDepth, export::Format};
use anyhow::Result;
use app::{App, Effect};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use ratatui::crossterm::execute;
use std::io::Write;
use std::time::Duration;
use worker::{DrawKey, Worker};

pub fn run(data: Option<&str>, theme: ThemeChoice, pixels: crate::render::pixels::Choice) -> Result<()> {
    // Load the user's file before taking over the terminal, so a bad file
    // is reported as a plain error.
    let user = data.map(crate::data::user::load_file).transpose()?;
    if let Some(file) = &user {
        for note in &file.notes {
            eprintln!("rgg: note: {}", crate::text::sanitize(note));
        }
    }
    let depth = color_depth();
    // Ask the terminal for its background before raw mode and the
    // alternate screen are ours; without colour it is not asked.
    let look = Look {
        depth,
        theme: background::terminal_theme(
            theme.terminal_is_dark(|| depth == ColorDepth::Mono || background::terminal_is_dark()),
        ),
        paper: theme.paper(),
        // Asked before the terminal is ours too; none without colour.
        display: if depth == ColorDepth::Mono {
            None
        } else {
            crate::render::pixels::detect(pixels, std::io::IsTerminal::is_terminal(&std::io::stdout()))
        },
    };
    let mut terminal = ratatui::init();
    // Mouse reporting must be switched off again even after a panic.
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The chart worker catches its panics and shows them in the chart
        // pane; printing over the screen would only garble it.
        if std::thread::current().name() == Some(worker::THREAD_NAME) {
            return;
        }
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        hook(info);
    }));
    let result = event_loop(&mut terminal, App::new(crate::catalogue::all(), user), &look);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn color_depth() -> ColorDepth {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        ColorDepth::Mono
    } else {
        ColorDepth::detect()
    }
}

/// How the TUI draws charts and exports them, chosen once at start.
struct Look {
    depth: ColorDepth,
    theme: rgg_gallery::theme::Theme,
    paper: crate::render::export::Paper,
    /// How the terminal shows real images, if it can.
    display: Option<crate::render::pixels::Display>,
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: App, look: &Look) -> Result<()> {
    let worker = Worker::start(look.depth, look.theme.clone(), look.display);
    let next_event =
        |wait: Duration| -> Result<Option<Event>> { Ok(if event::poll(wait)? { Some(event::read()?) } else { None }) };
    run_loop(terminal, app, look, &worker, next_event)
}

/// The loop behind [`event_loop`], over any backend and event source: draw
/// a frame, ask the worker for the chart picture the frame lacked, then
/// handle the next key (waiting a little, so that a finished picture shows
/// soon). Nothing here waits for a chart to be drawn.
fn run_loop<B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    mut app: App,
    look: &Look,
    worker: &Worker,
    mut next_event: impl FnMut(Duration) -> Result<Option<Event>>,
) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    app.drawing = app::Drawing::Background;
    app.pixels = look.display.map(|display| app::Pixels { display, on: true });
    let mut requested: Option<DrawKey> = None;
    // The real image on the screen, if any.
    let mut on_screen: Option<DrawKey> = None;
    // How exports (each on a thread of its own) went.
    let (exported_tx, exported) = std::sync::mpsc::channel::<String>();
    loop {
        draw_frame(terminal, &app, look)?;
        if let Some(display) = look.display {
            on_screen = place_image(terminal, &app, look, display, on_screen)?;
        }
        if let Some(key) = app.wanted.take() {
            if key.pixels && app.images.contains_key(&key) {
                // Made before: shown at once, without the worker.
                app.drawn = Some((key, ratatui::buffer::Buffer::empty(key.area)));
                continue;
            }
            if requested != Some(key) {
                if let Some(job) = app.job_for(key) {
                    worker.send(job);
                    requested = Some(key);
                }
            }
        }
        // While a picture is on its way, look for it often.
        let wait = Duration::from_millis(if requested.is_some() { 25 } else { 250 });
        if let Some(event) = next_event(wait)? {
            match event {
                Event::Key(key) if key.kind == KeyEventKind::Press => match app.handle_key(key) {
                    Effect::None => {}
                    Effect::Quit => return Ok(()),
                    Effect::Export => export_current(&mut app, look.paper, &exported_tx),
                    Effect::CopySource => copy_source(&mut app),
                    Effect::CopyCommand => copy_command(&mut app),
                },
                Event::Mouse(mouse) => app.handle_mouse(mouse),
                _ => {}
            }
        }
        while let Ok(status) = exported.try_recv() {
            app.status = status;
        }
        while let Ok(status) = exported.try_recv() {
            app.status = status;
        }
        while let Some(done) = worker.finished() {
            if requested == Some(done.key) {
                requested = None;
            }
            app.finish(done);
        }
    }
}

fn draw_frame<B: ratatui::backend::Backend>(terminal: &mut ratatui::Terminal<B>, app: &App, look: &Look) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    terminal.draw(|frame| {
        let view = ui::View {
            app,
            depth: look.depth,
            theme: &look.theme,
        };
        frame.render_widget(view, frame.area());
    })?;
    Ok(())
}

/// Puts the real image the frame left room for on the screen, and takes
/// away the one it no longer shows (a kitty image is deleted; sixel and
/// iTerm2 images are pixels in the cells, so the screen is drawn afresh).
/// Returns the image now on the screen.
fn place_image<B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    app: &App,
    look: &Look,
    display: crate::render::pixels::Display,
    on_screen: Option<DrawKey>,
) -> Result<Option<DrawKey>>
where
    B::Error: Send + Sync + 'static,
{
    let wanted = app.showing.get();
    if wanted == on_screen {
        return Ok(on_screen);
    }
    let mut out = std::io::stdout().lock();
    if on_screen.is_some() {
        if display.protocol == crate::render::pixels::Protocol::Kitty {
            let delete = b"\x1b_Ga=d,d=A,q=2\x1b\\";
            let delete = if display.tmux {
                crate::render::pixels::tmux_wrap(delete)
            } else {
                delete.to_vec()
            };
            out.write_all(&delete)?;
        } else {
            terminal.clear()?;
            draw_frame(terminal, app, look)?;
        }
    }
    if let Some(key) = wanted {
        if let Some(sequence) = app.images.get(&key) {
            write!(out, "\x1b[{};{}H", key.area.y + 1, key.area.x + 1)?;
            out.write_all(sequence)?;
        }
    }
    out.flush()?;
    Ok(wanted)
}

/// Exports the selected chart to `<id>.png` in the current folder, on a
/// thread of its own: keys keep working while it draws and writes, and
/// the status line says how it went (through `done`).
fn export_current(app: &mut App, paper: crate::render::export::Paper, done: &std::sync::mpsc::Sender<String>) {
    let Some(chart) = app.current() else { return };
    let variant = app.current_variant();
    let name = crate::render::export::default_file_name(chart.id, chart.variants, variant, Format::Png);
    let path = std::env::current_dir().map_or_else(|_| name.clone().into(), |d| d.join(&name));
    let shown = match app.current_prepared() {
        Some(Ok(shown)) => std::sync::Arc::clone(shown),
        Some(Err(e)) => {
            app.status = format!("Export failed: {e}");
            return;
        }
        None => {
            app.status = String::from("The chart is still being drawn; press e again once it shows");
            return;
        }
    };
    app.status = format!("Exporting {}…", crate::text::shown(&path));
    let done = done.clone();
    std::thread::spawn(move || {
        let figure = crate::render::Figure {
            prepared: &shown.prepared,
            variant,
            footnote: shown.footnote.as_deref(),
        };
        let status = match crate::render::export::export_figure(figure, &path, paper) {
            Ok(()) => format!("Exported {} (1200x800)", crate::text::shown(&path)),
            Err(e) => format!("Export failed: {e:#}"),
        };
        let _ = done.send(status);
    });
}

/// Copies the `rgg show` command that draws what the chart pane shows.
fn copy_command(app: &mut App) {
    let Some(line) = app.command_line() else { return };
    let sequence = format!("\x1b]52;c;{}\x07", base64(line.as_bytes()));
    let mut stdout = std::io::stdout();
    app.status = match stdout.write_all(sequence.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => format!("Copied: {}", crate::text::sanitize(&line)),
        Err(e) => format!("Copy failed: {e}"),
    };
}

fn copy_source(app: &mut App) {
    let Some(chart) = app.current() else { return };
    let sequence = format!("\x1b]52;c;{}\x07", base64(chart.source.as_bytes()));
    let mut stdout = std::io::stdout();
    app.status = match stdout.write_all(sequence.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => format!(
            "Copied {} ({} lines) to the clipboard",
            chart.source_path,
            chart.source.lines().count()
        ),
        Err(e) => format!("Copy failed: {e}"),
    };
}

/// Standard base64 with padding, for the OSC 52 clipboard sequence.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;

    #[test]
    fn base64_matches_the_rfc_examples() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    fn screen(app: &App, w: u16, h: u16) -> String {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        ui::View {
            app,
            depth: ColorDepth::Mono,
            theme: &rgg_gallery::theme::Theme::terminal(),
        }
        .render(area, &mut buf);
        crate::render::buffer_to_text(&buf, false)
    }

    #[test]
    fn shows_catalogue_chart_and_docs() {
        let app = App::default();
        let text = screen(&app, 160, 48);
        assert!(text.contains("Distribution ("), "{text}");
        assert!(text.contains("histogram"));
        assert!(text.contains("Caveat:"));
    }

    /// Keys are handled while a chart is still drawing: with a worker
    /// that takes a minute per chart, Down, Down and q end the loop at once,
    /// and the pane said the chart was being drawn.
    #[test]
    fn q_quits_at_once_while_a_slow_chart_is_drawing() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        let slow = Worker::start_with(|job| {
            std::thread::sleep(Duration::from_secs(60));
            worker::Done {
                key: job.key,
                prepared: None,
                image: None,
                sequence: None,
            }
        });
        let look = Look {
            depth: ColorDepth::Mono,
            theme: rgg_gallery::theme::Theme::terminal(),
            paper: crate::render::export::Paper::default(),
            display: None,
        };
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("terminal");
        let mut script = vec![None, Some(KeyCode::Down), None, Some(KeyCode::Down)].into_iter();
        let events = |_: Duration| -> Result<Option<Event>> {
            let code = script.next().unwrap_or(Some(KeyCode::Char('q')));
            Ok(code.map(|c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE))))
        };
        let start = std::time::Instant::now();
        run_loop(&mut terminal, App::default(), &look, &slow, events).expect("the loop ends");
        assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
        let text = crate::render::buffer_to_text(terminal.backend().buffer(), false);
        assert!(text.contains("Drawing"), "{text}");
    }

    /// The worker's picture replaces the note once it is done.
    #[test]
    fn the_workers_picture_fills_the_chart_pane() {
        let (depth, theme) = (ColorDepth::Mono, rgg_gallery::theme::Theme::terminal());
        let worker = Worker::start(depth, theme.clone(), None);
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        let mut app = App::default();
        app.drawing = app::Drawing::Background;
        let start = std::time::Instant::now();
        let mut text = String::new();
        // Frames, as the event loop draws them, until the picture shows.
        while start.elapsed() < Duration::from_secs(20) {
            terminal
                .draw(|frame| {
                    let view = ui::View {
                        app: &app,
                        depth,
                        theme: &theme,
                    };
                    frame.render_widget(view, frame.area());
                })
                .expect("draw");
            text = crate::render::buffer_to_text(terminal.backend().buffer(), false);
            if !text.contains("Drawing") {
                break;
            }
            if let Some(job) = app.wanted.take().and_then(|key| app.job_for(key)) {
                worker.send(job);
            }
            std::thread::sleep(Duration::from_millis(50));
            while let Some(done) = worker.finished() {
                app.finish(done);
            }
        }
        assert!(!text.contains("Drawing"), "{text}");
        let title = app.current().map_or("?", |c| c.sample.title);
        assert!(text.contains(title), "the chart's own title, {title:?}:\n{text}");
        assert!(app.current_prepared().is_some_and(Result::is_ok));
    }

    #[test]
    fn any_size_renders_without_panic() {
        let app = App {
            help: true,
            ..App::default()
        };
        for (w, h) in [(0, 0), (1, 1), (39, 11), (40, 12), (80, 24), (200, 60)] {
            let _ = screen(&app, w, h);
        }
        assert!(screen(&app, 30, 10).contains("too small"));
    }

    /// The parameter panel (histogram, bins set) and the roles panel
    /// (a user's file) at 80x24 and 160x48.
    #[test]
    fn panels_snapshots() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        use std::fmt::Write as _;
        let press = |app: &mut App, code| {
            app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        };
        let mut params = App::default();
        press(&mut params, KeyCode::Char('p'));
        for _ in 0..5 {
            press(&mut params, KeyCode::Right);
        }
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("heights.csv");
        let mut rows = String::new();
        for i in 0..60 {
            let team = ["a", "b", "c"][i % 3];
            let _ = writeln!(rows, "p{i},{},{},{team}", 150 + (i * 7) % 40, 50 + (i * 11) % 45);
        }
        std::fs::write(&path, format!("name,height,weight,team\n{rows}")).expect("write");
        let file = crate::data::user::load_file(&path.to_string_lossy()).expect("load");
        let mut roles = App::new(crate::catalogue::all(), Some(file));
        press(&mut roles, KeyCode::Char('r'));
        press(&mut roles, KeyCode::Right);
        for (w, h) in [(80, 24), (160, 48)] {
            let text = screen(&params, w, h);
            assert!(text.contains("bins"), "{text}");
            insta::assert_snapshot!(format!("tui_params_panel_{w}x{h}"), text);
            let text = screen(&roles, w, h);
            assert!(text.contains("--x"), "{text}");
            // The file's name depends on the temporary folder: not in the snapshot.
            insta::assert_snapshot!(
                format!("tui_roles_panel_{w}x{h}"),
                text.replace(&*path.to_string_lossy(), "heights.csv")
            );
        }
    }

    #[test]
    fn tree_panel_snapshots() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        let press = |app: &mut App, code| {
            app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        };
        let mut app = App::default();
        press(&mut app, KeyCode::Char('d'));
        let top = screen(&app, 80, 24);
        assert!(
            top.contains("What data do I have?") && top.contains("Time series"),
            "{top}"
        );
        insta::assert_snapshot!("tui_tree_panel_80x24", top);
        // Down into Numeric and categorical, then its distributions.
        for code in [
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
            KeyCode::Down,
            KeyCode::Enter,
        ] {
            press(&mut app, code);
        }
        let leaves = screen(&app, 160, 48);
        assert!(
            leaves.contains("boxplot") && leaves.contains("summaries side by side"),
            "{leaves}"
        );
        insta::assert_snapshot!("tui_tree_panel_160x48", leaves);
    }

    #[test]
    fn source_view_snapshots() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        let mut app = App::default();
        app.select_id("histogram");
        app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE));
        let chart = screen(&app, 80, 24);
        assert!(
            chart.contains("1 histogram ") && chart.contains("1 │ //! # Histogram"),
            "{chart}"
        );
        insta::assert_snapshot!("tui_source_view_80x24", chart);
        app.handle_key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE));
        let helper = screen(&app, 160, 48);
        assert!(helper.contains("gallery/src/theme.rs"), "{helper}");
        insta::assert_snapshot!("tui_source_view_160x48", helper);
    }
}
