//! rgg: parse the command line and dispatch.

mod catalogue;
mod cli;
mod commands;
mod data;
mod render;
mod tui;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rgg: error: {}", data::table::sanitize_message(&format!("{e:#}")));
            std::process::ExitCode::FAILURE
        }
    }
}
