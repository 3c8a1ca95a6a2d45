//! `bounce backup`: a consistent copy of the journal, safe while the app is open.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::store::Store;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy [default: backups/journal-YYYY-MM-DD.db beside the journal]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(
    store: &Store,
    today: chrono::NaiveDate,
    args: &BackupArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if store.path() == std::path::Path::new(":memory:") {
        anyhow::bail!("this journal lives in memory only; there is no file to back up");
    }
    let path = match &args.out {
        Some(out) => {
            store.backup_to(out)?;
            out.clone()
        }
        None => store.backup_now(today)?,
    };
    writeln!(out, "{}", path.display())?;
    Ok(())
}
