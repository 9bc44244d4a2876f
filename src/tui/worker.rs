//! Charts are prepared and drawn off the UI thread, so that no chart, however
//! big its data, keeps keys from being handled: `q` always quits at once.
//!
//! The event loop asks for the chart it needs ([`Job`]); one worker thread
//! prepares the chart's input if need be, draws it into a buffer of the
//! chart pane's size and sends it back ([`Done`]). Until then the pane says
//! "Drawing…". Jobs that were overtaken while the worker was busy (the
//! selection moved on) are skipped: only the newest is drawn. Quitting does
//! not wait for the worker; the process ends with it.

use super::shown::{prepare, ReadyChart, Settings, Shown};
use crate::catalogue::{Chart, Prepared};
use crate::data::user::LoadedFile;
use crate::render::{self, cell::CellMode, cell::ColorDepth, pixels::Display};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use rgg_gallery::theme::Theme;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

/// The worker thread's name: the TUI's panic hook leaves its panics to the
/// worker, which shows them in the chart pane.
pub const THREAD_NAME: &str = "rgg-chart-worker";

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(ToString::to_string)
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| String::from("unknown panic"))
}

/// Which picture the chart pane needs: a chart, its variant, the cell mode
/// and the pane's place on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DrawKey {
    pub chart: usize,
    pub variant: usize,
    pub mode: CellMode,
    pub area: Rect,
    /// A real image (see [`crate::render::pixels`]) instead of cells.
    pub pixels: bool,
    /// The chart's settings revision (see [`Settings`]).
    pub revision: u32,
}

/// A picture to make. `shown` is the chart's input when it was prepared
/// before; otherwise the worker prepares it from the sample or `user`.
pub struct Job {
    pub key: DrawKey,
    pub chart: &'static Chart,
    pub shown: Option<Arc<Shown>>,
    pub user: Option<Arc<LoadedFile>>,
    /// The user's roles and parameters for the chart.
    pub settings: Settings,
}

/// A finished job: the input (when the worker prepared it) and the picture
/// (none when the chart cannot draw the data).
pub struct Done {
    pub key: DrawKey,
    pub prepared: Option<ReadyChart>,
    pub image: Option<Buffer>,
    /// For a real image: the escape sequence that shows it over the pane.
    pub sequence: Option<Arc<Vec<u8>>>,
}

/// The channel ends of the worker thread.
pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl Worker {
    /// Starts the worker that prepares and draws charts with `depth` and
    /// `theme`.
    pub fn start(depth: ColorDepth, theme: Theme, display: Option<Display>) -> Worker {
        Worker::start_with(move |job| run(job, depth, &theme, display))
    }

    /// Starts a worker that turns each job into a result with `work` (the
    /// tests give it a slow one).
    pub fn start_with(work: impl Fn(Job) -> Done + Send + 'static) -> Worker {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, done) = mpsc::channel::<Done>();
        let spawned = std::thread::Builder::new()
            .name(THREAD_NAME.to_string())
            .spawn(move || {
                while let Ok(mut job) = job_rx.recv() {
                    // Only the newest job matters: the others were overtaken.
                    while let Ok(newer) = job_rx.try_recv() {
                        job = newer;
                    }
                    let key = job.key;
                    // A chart that panics is a bug, but it must not take the
                    // gallery down: the pane says what happened instead.
                    let done =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(job))).unwrap_or_else(|panic| {
                            Done {
                                key,
                                prepared: Some(Err(format!(
                                    "drawing this chart failed (a bug in rgg, please report it): {}",
                                    panic_message(panic.as_ref())
                                ))),
                                image: None,
                                sequence: None,
                            }
                        });
                    if done_tx.send(done).is_err() {
                        return;
                    }
                }
            });
        if let Err(e) = spawned {
            // Without a thread, the jobs are never answered: the pane says
            // "Drawing…" and the status line why.
            eprintln!("rgg: cannot start the drawing thread: {e}");
        }
        Worker { jobs, done }
    }

    /// Asks for a picture; the answer comes from [`Worker::finished`].
    pub fn send(&self, job: Job) {
        // A worker that died (a chart panicked) leaves the pane saying
        // "Drawing…"; the UI itself keeps working.
        let _ = self.jobs.send(job);
    }

    /// A finished job, if one is waiting.
    pub fn finished(&self) -> Option<Done> {
        self.done.try_recv().ok()
    }
}

/// Prepares (if need be) and draws one job: into cells, or as a real image
/// when the job asks for one and the terminal shows them (`display`).
fn run(job: Job, depth: ColorDepth, theme: &Theme, display: Option<Display>) -> Done {
    let (shown, prepared) = if let Some(shown) = job.shown {
        (Ok(shown), None)
    } else {
        let result = prepare(job.chart, job.key.variant, job.user.as_deref(), &job.settings)
            .map(Arc::new)
            .map_err(|e| format!("{e:#}"));
        (result.clone(), Some(result))
    };
    let pixels = display.filter(|_| job.key.pixels);
    let mut sequence = None;
    let image = shown.ok().map(|shown| {
        let mut image = Buffer::empty(job.key.area);
        let figure = render::Figure {
            prepared: &shown.prepared,
            variant: job.key.variant,
            footnote: shown.footnote.as_deref(),
        };
        match pixels {
            Some(display) => sequence = image_sequence(figure, display, job.key.area, theme.is_dark()),
            None => render::draw_cells(figure, &mut image, job.key.area, job.key.mode, depth, theme),
        }
        image
    });
    Done {
        key: job.key,
        prepared,
        image,
        sequence,
    }
}

/// The chart as an image over `area`, as the sequence that shows it (text
/// about three quarters of a cell high, on paper like the terminal's).
fn image_sequence(figure: render::Figure<Prepared>, display: Display, area: Rect, dark: bool) -> Option<Arc<Vec<u8>>> {
    let cells = (u32::from(area.width), u32::from(area.height));
    render::pixels::picture(figure, display, cells, dark).ok().map(Arc::new)
}
