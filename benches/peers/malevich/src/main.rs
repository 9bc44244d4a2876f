//! Peer harness for `benches/peers.sh`: read an `x,y` CSV (header row) with
//! the csv crate and draw it with malevich 1.25 to stdout, as braille without
//! colour (`Frame::plain`), the same cell tier as `rgg show --color never`.
//!
//! Usage: `malevich-peer scatter|line FILE.csv [COLSxROWS]` (default size 200x60)

use std::io::Write;
use std::process::ExitCode;

use malevich::{Frame, Line, Plot, Points};

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, path, rest @ ..] = args.as_slice() else {
        return Err("usage: malevich-peer scatter|line FILE.csv [COLSxROWS]".into());
    };
    let (width, height) = match rest.first() {
        Some(size) => {
            let (w, h) = size.split_once('x').ok_or("size must be COLSxROWS")?;
            (w.parse()?, h.parse()?)
        }
        None => (200, 60),
    };

    let mut reader = csv::Reader::from_path(path)?;
    let mut xs: Vec<f64> = Vec::new();
    let mut ys: Vec<f64> = Vec::new();
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record)? {
        let field = |i: usize| -> Result<f64, Box<dyn std::error::Error>> {
            let bytes = record.get(i).ok_or("missing column")?;
            Ok(std::str::from_utf8(bytes)?.trim().parse::<f64>()?)
        };
        xs.push(field(0)?);
        ys.push(field(1)?);
    }

    let plot = match kind.as_str() {
        "scatter" => Plot::new().layer(Points::xy(&xs[..], &ys[..])),
        "line" => Plot::new().layer(Line::xy(&xs[..], &ys[..])),
        other => return Err(format!("unknown chart {other:?}: scatter or line").into()),
    };
    let text = plot.render(&Frame::plain(width, height));
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("malevich-peer: {e}");
            ExitCode::FAILURE
        }
    }
}
