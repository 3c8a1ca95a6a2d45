//! `bounce export`: the whole journal as bounce's JSON or as a Markdown document, to stdout
//! or to a file written whole.

mod markdown;

use std::io::Write;

use clap::{Args, ValueEnum};

use super::out_file::write_whole;
use crate::store::Store;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json (every record with its id, to import again) or markdown (to read)
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExportFormat,
    /// Write to this file (whole or not at all) instead of printing
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Markdown,
}

pub fn run(store: &Store, args: &ExportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    // Refused before the journal is read, so the person hears the reason that applies.
    if let Some(path) = args.out.as_deref() {
        store.refuse_own_file(path)?;
        crate::store::refuse_unusual_target(path)?;
    }
    let journal = store.export()?;
    let text = match args.format {
        ExportFormat::Json => {
            let mut json = serde_json::to_string_pretty(&journal)?;
            json.push('\n');
            json
        }
        ExportFormat::Markdown => markdown::render(&journal),
    };
    match args.out.as_deref() {
        None => out.write_all(text.as_bytes())?,
        Some(path) => {
            write_whole(path, text.as_bytes())?;
            writeln!(
                out,
                "Wrote {} setbacks, {} days and {} goals to {}",
                journal.setbacks.len(),
                journal.days.len(),
                journal.goals.len(),
                path.display()
            )?;
        }
    }
    Ok(())
}
