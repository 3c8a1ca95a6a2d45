//! Opening an encrypted journal with its passphrase, and `bounce encrypt` / `bounce decrypt`.
//! The passphrase comes from `BOUNCE_PASSPHRASE` (for scripts) or is typed in the terminal
//! without being shown; it is never written anywhere.

use std::io::Write;
use std::path::Path;

use crate::store::Store;
use crate::store::cipher::{self, Passphrase};

/// The variable scripts use to give a journal's passphrase.
pub const PASSPHRASE_VAR: &str = "BOUNCE_PASSPHRASE";

/// Opens the journal at `path`, asking for its passphrase first when it is encrypted.
pub fn open_journal(path: &Path) -> anyhow::Result<Store> {
    if cipher::AVAILABLE && cipher::looks_encrypted(path) {
        let prompt = format!("Passphrase for {}: ", path.display());
        let passphrase = passphrase(&prompt, false)?;
        return Ok(Store::open_encrypted(path, &passphrase)?);
    }
    Ok(Store::open(path)?)
}

/// `bounce encrypt`: encrypts the journal at `path` in place with a new passphrase.
pub fn encrypt(path: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    if !cipher::AVAILABLE {
        anyhow::bail!(
            "this build of bounce has no encryption; build one that has with `cargo build --release` (see docs/ENCRYPTION.md)"
        );
    }
    if cipher::looks_encrypted(path) {
        anyhow::bail!(
            "{} is already encrypted; nothing was changed",
            path.display()
        );
    }
    let passphrase = passphrase("New passphrase: ", true)?;
    cipher::encrypt(path, &passphrase)?;
    writeln!(
        out,
        "Encrypted {}. Keep your passphrase somewhere safe: without it the journal cannot be opened.",
        path.display()
    )?;
    let backups = crate::store::backups_beside(path);
    let has_backups = std::fs::read_dir(&backups).is_ok_and(|mut d| d.next().is_some());
    if has_backups {
        writeln!(
            out,
            "Backups made before now, in {}, are not encrypted; remove them once you no longer need them.",
            backups.display()
        )?;
    }
    Ok(())
}

/// `bounce decrypt`: turns the encrypted journal at `path` back into a plain SQLite file.
pub fn decrypt(path: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    if !cipher::AVAILABLE {
        anyhow::bail!(
            "this build of bounce has no encryption, so it cannot decrypt; build one that has with `cargo build --release` (see docs/ENCRYPTION.md)"
        );
    }
    if !cipher::looks_encrypted(path) {
        anyhow::bail!("{} is not encrypted; nothing was changed", path.display());
    }
    let passphrase = passphrase(&format!("Passphrase for {}: ", path.display()), false)?;
    cipher::decrypt(path, &passphrase)?;
    writeln!(
        out,
        "Decrypted {}: it is a plain SQLite file again, readable by anyone who can read the file.",
        path.display()
    )?;
    Ok(())
}

/// The passphrase from `BOUNCE_PASSPHRASE`, else typed in the terminal (twice when `new`).
pub(super) fn passphrase(prompt: &str, new: bool) -> anyhow::Result<Passphrase> {
    if let Some(text) = std::env::var_os(PASSPHRASE_VAR) {
        let text = text.into_string().map_err(|_| {
            anyhow::anyhow!("{PASSPHRASE_VAR} holds bytes that are not text; set it again")
        })?;
        return Ok(Passphrase::new(text)?);
    }
    let first = Passphrase::new(read_hidden(prompt)?)?;
    if new {
        let again = Passphrase::new(read_hidden("The same passphrase again: ")?)?;
        if !first.matches(&again) {
            anyhow::bail!("the two passphrases differ; nothing was changed");
        }
    }
    Ok(first)
}

#[cfg(feature = "encryption")]
fn read_hidden(prompt: &str) -> anyhow::Result<String> {
    rpassword::prompt_password(prompt).map_err(|_| {
        anyhow::anyhow!(
            "a passphrase is needed here: run bounce in a terminal to type it, or set {PASSPHRASE_VAR}"
        )
    })
}

#[cfg(not(feature = "encryption"))]
fn read_hidden(_prompt: &str) -> anyhow::Result<String> {
    anyhow::bail!("this build of bounce has no encryption")
}
