//! The interactive gallery.
pub fn run() -> anyhow::Result<()> {
    anyhow::bail!("the TUI is not built yet")
}
