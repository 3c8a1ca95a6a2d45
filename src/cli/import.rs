//! `bounce import FILE`: bounce's own JSON merged by id, or jrnl's JSON export as day notes.
//! A file that cannot be read whole changes nothing.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};

use crate::domain::jrnl::JrnlExport;
use crate::store::Store;
use crate::store::export::model::Journal;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read: a bounce export (JSON) or, with --from jrnl, jrnl's JSON export
    pub file: PathBuf,
    /// What wrote the file
    #[arg(long, value_enum, default_value = "bounce")]
    pub from: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Source {
    /// bounce export --format json
    Bounce,
    /// jrnl --export json
    Jrnl,
}

pub fn run(store: &Store, args: &ImportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let value = read_json(&args.file)?;
    let looks_like_jrnl = value.get("entries").is_some() && value.get("format").is_none();
    match args.from {
        Source::Bounce => {
            if looks_like_jrnl {
                bail!(
                    "{} looks like a jrnl export; import it with: bounce import {} --from jrnl",
                    args.file.display(),
                    args.file.display()
                );
            }
            let journal = parse_bounce(value)?;
            let r = store
                .import_journal(&journal)
                .map_err(|e| anyhow::anyhow!("{e}; nothing was imported"))?;
            writeln!(
                out,
                "Imported {}: {} added, {} updated, {} already up to date",
                args.file.display(),
                r.added,
                r.updated,
                r.unchanged
            )?;
        }
        Source::Jrnl => {
            if !looks_like_jrnl {
                bail!(
                    "{} is not a jrnl export: it has no list of entries",
                    args.file.display()
                );
            }
            let export: JrnlExport = serde_json::from_value(value).map_err(|e| {
                anyhow::anyhow!("{} is not a jrnl export: {e}", args.file.display())
            })?;
            let r = store
                .import_jrnl(&export.entries)
                .map_err(|e| anyhow::anyhow!("{e}; nothing was imported"))?;
            writeln!(
                out,
                "Imported {}: {} added to the notes of {}, {} already there",
                args.file.display(),
                counted(r.added, "entry", "entries"),
                counted(r.days, "day", "days"),
                r.skipped
            )?;
        }
    }
    Ok(())
}

/// The most an import reads: far more than any journal's export, and a stop for a file that
/// never ends.
pub const MOST_READ: u64 = 256 * 1024 * 1024;

fn read_json(path: &Path) -> anyhow::Result<serde_json::Value> {
    let bytes = read_file(path)?;
    serde_json::from_slice(&bytes)
        .map_err(|e| anyhow::anyhow!("{} is not JSON ({e}); nothing was imported", path.display()))
}

/// The whole of the regular file at `path`, up to [`MOST_READ`] bytes. Anything else is
/// refused, looked at before it is opened: opening a named pipe waits for a writer forever,
/// and a device such as /dev/zero never ends.
fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let cannot_read = || format!("cannot read {}", path.display());
    refuse_special(path, &std::fs::metadata(path).with_context(cannot_read)?)?;
    let file = std::fs::File::open(path).with_context(cannot_read)?;
    // Checked again on what was opened, in case the path changed in between.
    let meta = file.metadata().with_context(cannot_read)?;
    refuse_special(path, &meta)?;
    if meta.len() > MOST_READ {
        return Err(too_large(path));
    }
    match read_at_most(file, MOST_READ).with_context(cannot_read)? {
        Some(bytes) => Ok(bytes),
        None => Err(too_large(path)),
    }
}

fn refuse_special(path: &Path, meta: &std::fs::Metadata) -> anyhow::Result<()> {
    match crate::store::special_kind(meta.file_type()) {
        None => Ok(()),
        Some(kind) => bail!(
            "{} is {kind}, not a file, so nothing was imported; give the path of a file written by bounce export or jrnl --export json",
            path.display()
        ),
    }
}

fn too_large(path: &Path) -> anyhow::Error {
    anyhow::anyhow!(
        "{} is larger than {} MiB, more than any export bounce reads, so nothing was imported; check that it is the file you meant",
        path.display(),
        MOST_READ / (1024 * 1024)
    )
}

/// Everything `reader` gives, or `None` when it gives more than `limit` bytes.
fn read_at_most(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Reads the export list by list, so that a malformed record is named by its place.
fn parse_bounce(mut value: serde_json::Value) -> anyhow::Result<Journal> {
    let Some(object) = value.as_object_mut() else {
        bail!("this is not a bounce export: it is not a JSON object; nothing was imported");
    };
    if !object.contains_key("format") {
        bail!("this is not a bounce export: it has no format field; nothing was imported");
    }
    for list in ["setbacks", "days", "goals", "ideas", "people"] {
        match object.get(list) {
            None | Some(serde_json::Value::Array(_)) => {}
            Some(_) => bail!("{list}: not a list; nothing was imported"),
        }
    }
    let mut lists = Vec::new();
    for list in ["setbacks", "days", "goals", "ideas", "people"] {
        lists.push((list, object.remove(list).unwrap_or_default()));
    }
    let mut journal: Journal = serde_json::from_value(value)
        .map_err(|e| anyhow::anyhow!("this is not a bounce export: {e}; nothing was imported"))?;
    for (list, items) in lists {
        let items = match items {
            serde_json::Value::Array(items) => items,
            _ => Vec::new(),
        };
        for (i, item) in items.into_iter().enumerate() {
            let at =
                |e: serde_json::Error| anyhow::anyhow!("{list}[{i}]: {e}; nothing was imported");
            match list {
                "setbacks" => journal
                    .setbacks
                    .push(serde_json::from_value(item).map_err(at)?),
                "days" => journal.days.push(serde_json::from_value(item).map_err(at)?),
                "goals" => journal
                    .goals
                    .push(serde_json::from_value(item).map_err(at)?),
                "ideas" => journal
                    .ideas
                    .push(serde_json::from_value(item).map_err(at)?),
                _ => journal
                    .people
                    .push(serde_json::from_value(item).map_err(at)?),
            }
        }
    }
    Ok(journal)
}

/// "1 entry", "2 entries", "0 entries".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::read_at_most;

    #[test]
    fn a_reader_that_never_ends_is_stopped_past_the_limit() {
        assert_eq!(read_at_most(std::io::repeat(b'x'), 1000).unwrap(), None);
    }

    #[test]
    fn a_reader_up_to_the_limit_is_read_whole() {
        let text = vec![b'x'; 1000];
        assert_eq!(read_at_most(&text[..], 1000).unwrap(), Some(text.clone()));
        assert_eq!(read_at_most(&text[..], 999).unwrap(), None);
    }
}
