//! rgg: parse the command line and dispatch.

use clap::Parser;
use rgg::{cli, commands, text};

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rgg: error: {}", text::sanitize_message(&format!("{e:#}")));
            std::process::ExitCode::FAILURE
        }
    }
}
