//! Speed benchmarks (`cargo bench`): every chart into a 200x60 terminal
//! buffer and into a 1200x800 PNG, CSV load + draw at 10^3..10^6 rows, the
//! charts that were slow on big inputs (1M rows, 100k groups), and the
//! whole `export --all`. Targets live in the README's performance
//! section; nothing here asserts a time.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use rgg::catalogue;
use rgg::data::{user, Role, RoleColumns};
use rgg::render::{self, cell::CellMode, cell::ColorDepth, export, Figure};
use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

fn terminal_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("terminal_200x60");
    group
        .sample_size(20)
        .measurement_time(Duration::from_millis(600))
        .warm_up_time(Duration::from_millis(200));
    let area = Rect::new(0, 0, 200, 60);
    for chart in catalogue::all() {
        let Ok(prepared) = chart.prepare_sample(0) else {
            continue;
        };
        group.bench_function(chart.id, |b| {
            let mut buf = Buffer::empty(area);
            b.iter(|| {
                buf.reset();
                render::draw_cells(
                    Figure::new(&prepared, 0),
                    &mut buf,
                    area,
                    CellMode::Braille,
                    ColorDepth::TrueColor,
                    &rgg_gallery::theme::Theme::terminal(),
                );
                black_box(&buf);
            });
        });
    }
    group.finish();
}

fn png_exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("png_1200x800");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(1))
        .warm_up_time(Duration::from_millis(200));
    for chart in catalogue::all() {
        let Ok(prepared) = chart.prepare_sample(0) else {
            continue;
        };
        group.bench_function(chart.id, |b| {
            b.iter(|| {
                black_box(export::render(
                    Figure::new(&prepared, 0),
                    export::Format::Png,
                    (1200, 800),
                ))
            });
        });
    }
    group.finish();
}

/// A deterministic x,y CSV (a small LCG, no rand crate) of `n` rows.
fn points_csv(n: usize) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    let mut out = std::io::BufWriter::new(file.as_file_mut());
    let _ = writeln!(out, "x,y");
    let mut state: u64 = 42;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    for i in 0..n {
        let _ = writeln!(
            out,
            "{:.6},{:.6}",
            i as f64 / n as f64 * 100.0 + next(),
            next() * 10.0 - 5.0
        );
    }
    drop(out);
    file
}

fn csv_load_and_draw(c: &mut Criterion) {
    let mut group = c.benchmark_group("csv_load_draw_200x60");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(300));
    let area = Rect::new(0, 0, 200, 60);
    for n in [1_000usize, 10_000, 100_000, 1_000_000] {
        let file = points_csv(n);
        let path = file.path().to_string_lossy().into_owned();
        group.throughput(Throughput::Elements(n as u64));
        for (id, roles) in [
            (
                "scatter",
                vec![RoleColumns::parse(Role::X, "x"), RoleColumns::parse(Role::Y, "y")],
            ),
            (
                "line",
                vec![RoleColumns::parse(Role::X, "x"), RoleColumns::parse(Role::Y, "y")],
            ),
            ("histogram", vec![RoleColumns::parse(Role::X, "y")]),
        ] {
            let Some(chart) = catalogue::find(id) else { continue };
            group.bench_with_input(BenchmarkId::new(id, n), &path, |b, path| {
                let mut buf = Buffer::empty(area);
                b.iter(|| {
                    let data = user::load(path, "bench", chart.roles, &roles).expect("load");
                    // As `rgg show --data` does: the chart may take the table's columns.
                    let prepared = (chart.prepare)(&mut std::borrow::Cow::Owned(data.table), &data.bound.binding)
                        .expect("prepare");
                    buf.reset();
                    render::draw_cells(
                        Figure::new(&prepared, 0),
                        &mut buf,
                        area,
                        CellMode::Braille,
                        ColorDepth::TrueColor,
                        &rgg_gallery::theme::Theme::terminal(),
                    );
                    black_box(&buf);
                });
            });
        }
    }
    group.finish();
}

/// A deterministic CSV of `n` rows: a group `g` out of `groups`, a second
/// group `h` (another of `groups`), and a value `v`.
fn groups_csv(n: usize, groups: usize) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    let mut out = std::io::BufWriter::new(file.as_file_mut());
    let _ = writeln!(out, "g,h,v");
    let mut state: u64 = 7;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    for i in 0..n {
        let h = next() as usize % groups;
        let _ = writeln!(out, "n{},m{h},{}", i % groups, next() % 1000);
    }
    drop(out);
    file
}

/// The charts that were slow on big inputs (issue 11): each must load,
/// prepare and draw 1M rows, or 100k groups / nodes, in well under a
/// second (release). Beeswarm and density: 1M x,y rows; heatmap and
/// network: 200k rows over 100k groups; sankey, arc-diagram, treemap and
/// parallel-coordinates too.
fn big_inputs(c: &mut Criterion) {
    let mut group = c.benchmark_group("big_inputs_200x60");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(300));
    let area = Rect::new(0, 0, 200, 60);
    let points = points_csv(1_000_000);
    let groups = groups_csv(200_000, 100_000);
    let role = RoleColumns::parse;
    let cases = [
        ("beeswarm", &points, vec![role(Role::Y, "y")]),
        ("density", &points, vec![role(Role::X, "y")]),
        ("violin", &points, vec![role(Role::Y, "y")]),
        ("parallel-coordinates", &points, vec![role(Role::Dimensions, "x,y")]),
        (
            "heatmap",
            &groups,
            vec![role(Role::X, "g"), role(Role::Y, "h"), role(Role::Values, "v")],
        ),
        (
            "network",
            &groups,
            vec![role(Role::Source, "g"), role(Role::Target, "h")],
        ),
        (
            "arc-diagram",
            &groups,
            vec![role(Role::Source, "g"), role(Role::Target, "h")],
        ),
        (
            "sankey",
            &groups,
            vec![role(Role::Path, "g,h"), role(Role::Values, "v")],
        ),
        ("barplot", &groups, vec![role(Role::X, "g"), role(Role::Y, "v")]),
        ("treemap", &groups, vec![role(Role::Path, "g"), role(Role::Values, "v")]),
    ];
    for (id, file, roles) in cases {
        let Some(chart) = catalogue::find(id) else { continue };
        let path = file.path().to_string_lossy().into_owned();
        group.bench_with_input(BenchmarkId::new(id, "big"), &path, |b, path| {
            let mut buf = Buffer::empty(area);
            b.iter(|| {
                let Ok(data) = user::load(path, "bench", chart.roles, &roles) else {
                    return;
                };
                let Ok(prepared) = (chart.prepare)(&mut std::borrow::Cow::Owned(data.table), &data.bound.binding)
                else {
                    return;
                };
                buf.reset();
                render::draw_cells(
                    Figure::new(&prepared, 0),
                    &mut buf,
                    area,
                    CellMode::Braille,
                    ColorDepth::TrueColor,
                    &rgg_gallery::theme::Theme::terminal(),
                );
                black_box(&buf);
            });
        });
    }
    group.finish();
}

fn export_all(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_all");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_millis(500));
    let dir = tempfile::tempdir().expect("tempdir");
    let charts = catalogue::all();
    group.bench_function("every_chart_1200x800_png", |b| {
        b.iter(|| rgg::commands::export_charts(&charts, dir.path(), (1200, 800), export::Format::Png).expect("export"));
    });
    group.finish();
}

/// TUI start to first frame: the release binary in a 160x48
/// pseudo-terminal, timed from spawn until the frame's bottom line (the key
/// help, drawn last) arrives; then `q`.
fn tui_first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("tui");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500));
    group.bench_function("start_to_first_frame_160x48", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| start_tui_once()).sum());
    });
    group.finish();
}

fn start_tui_once() -> Duration {
    use portable_pty::{native_pty_system, CommandBuilder, PtySize};
    use std::io::Read;
    let size = PtySize {
        rows: 48,
        cols: 160,
        pixel_width: 0,
        pixel_height: 0,
    };
    let pty = native_pty_system().openpty(size).expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_rgg"));
    cmd.env("TERM", "xterm-256color");
    let started = std::time::Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn rgg");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let mut seen = Vec::new();
    let mut buf = [0u8; 1 << 13];
    let marker = "q quit".as_bytes();
    let mut answered = 0;
    while !seen.windows(marker.len()).any(|w| w == marker) {
        let n = reader.read(&mut buf).expect("read the terminal");
        assert!(n > 0, "rgg ended before its first frame");
        seen.extend_from_slice(&buf[..n]);
        // Answer each query as a terminal without images does: the
        // background (OSC 11) with a colour, every one with the device
        // attributes that end it, so `--theme auto` and `--pixels auto`
        // cost what they cost in one.
        let queries = seen.windows(3).filter(|w| *w == b"\x1b[c").count();
        while answered < queries {
            let reply: &[u8] = if answered == 0 && seen.windows(5).any(|w| w == b"\x1b]11;") {
                b"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\\x1b[?62;22c"
            } else {
                b"\x1b[?62;22c"
            };
            let _ = writer.write_all(reply);
            let _ = writer.flush();
            answered += 1;
        }
    }
    let took = started.elapsed();
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    // Drain until rgg has gone, so the next start has the machine to itself.
    std::thread::spawn(move || while reader.read(&mut buf).is_ok_and(|n| n > 0) {});
    let _ = child.wait();
    took
}

/// TUI key to frame, per chart: the Down key that moves to the chart, and
/// the whole 160x48 screen drawn again, as the event loop does after each
/// key. Each time is a first visit: the chart's sample data is prepared in
/// it, as when a user browses the catalogue.
fn tui_key_to_frame(c: &mut Criterion) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::widgets::Widget;
    use rgg::tui::{app::App, ui::View};
    let mut group = c.benchmark_group("tui_key_to_frame_160x48");
    group
        .sample_size(10)
        .measurement_time(Duration::from_millis(600))
        .warm_up_time(Duration::from_millis(100));
    let area = Rect::new(0, 0, 160, 48);
    let theme = rgg_gallery::theme::Theme::terminal();
    let down = || KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
    for (position, chart) in catalogue::all().iter().enumerate().skip(1) {
        group.bench_function(chart.id, |b| {
            b.iter_custom(|iters| {
                let mut took = Duration::ZERO;
                for _ in 0..iters {
                    let mut app = App::default();
                    for _ in 1..position {
                        app.handle_key(down());
                    }
                    let mut buf = Buffer::empty(area);
                    let started = std::time::Instant::now();
                    app.handle_key(down());
                    let view = View {
                        app: &app,
                        depth: ColorDepth::TrueColor,
                        theme: &theme,
                    };
                    view.render(area, &mut buf);
                    black_box(&buf);
                    took += started.elapsed();
                }
                took
            });
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    terminal_frames,
    tui_first_frame,
    tui_key_to_frame,
    png_exports,
    csv_load_and_draw,
    big_inputs,
    export_all
);
criterion_main!(benches);
