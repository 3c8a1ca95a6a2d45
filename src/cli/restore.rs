//! `bounce restore [FILE]`: puts a good backup back in place of the journal, keeping the
//! journal as it was beside it. Runs before the journal opens, so it works on one too
//! damaged to open.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::cipher::passphrase;
use crate::store::cipher::{self, Passphrase};
use crate::store::{CheckedBackup, backups_beside, daily_backups_of};

pub fn run(
    journal: &Path,
    file: Option<&Path>,
    today: NaiveDate,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut key = None;
    let checked = match file {
        Some(file) => check(journal, file, &mut key)?,
        None => newest_good(journal, &mut key, out)?,
    };
    let from = checked.from().to_path_buf();
    match checked.put_in_place(today)? {
        Some(aside) => writeln!(
            out,
            "Restored your journal from {}. The journal as it was is kept at {}, so nothing was lost.",
            from.display(),
            aside.display()
        )?,
        None => writeln!(
            out,
            "Restored your journal at {} from {}.",
            journal.display(),
            from.display()
        )?,
    }
    Ok(())
}

/// The newest daily backup that passes every check, saying which newer ones did not.
fn newest_good(
    journal: &Path,
    key: &mut Option<Passphrase>,
    out: &mut impl Write,
) -> anyhow::Result<CheckedBackup> {
    let daily = daily_backups_of(journal);
    let mut problems = Vec::new();
    for backup in &daily {
        match check(journal, backup, key) {
            Ok(checked) => {
                for newer in &daily[..problems.len()] {
                    writeln!(
                        out,
                        "Skipped {}: it did not pass its checks.",
                        newer.display()
                    )?;
                }
                return Ok(checked);
            }
            Err(e) => problems.push(e),
        }
    }
    let folder = backups_beside(journal);
    match problems.len() {
        0 => anyhow::bail!(
            "there are no daily backups in {}, so nothing was changed; to restore another file, run: bounce restore FILE",
            folder.display()
        ),
        1 => Err(problems.remove(0)),
        n => anyhow::bail!(
            "none of the {n} daily backups in {} can be restored, so nothing was changed (the newest: {:#}); to restore another file, run: bounce restore FILE",
            folder.display(),
            problems[0]
        ),
    }
}

/// Checks `backup`, asking for the passphrase (once) when it is encrypted.
fn check(
    journal: &Path,
    backup: &Path,
    key: &mut Option<Passphrase>,
) -> anyhow::Result<CheckedBackup> {
    let encrypted = cipher::AVAILABLE && cipher::looks_encrypted(backup);
    if encrypted && key.is_none() {
        *key = Some(passphrase(
            &format!("Passphrase for {}: ", backup.display()),
            false,
        )?);
    }
    Ok(CheckedBackup::check(
        journal,
        backup,
        key.as_ref().filter(|_| encrypted),
    )?)
}
