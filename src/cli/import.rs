//! `bounce import FILE`: bounce's own JSON merged by id, or jrnl's JSON export as day notes.
//! A file that cannot be read whole changes nothing.

use std::io::Write;
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
                "Imported {}: {} entries added to {} days' notes, {} already there",
                args.file.display(),
                r.added,
                r.days,
                r.skipped
            )?;
        }
    }
    Ok(())
}

fn read_json(path: &Path) -> anyhow::Result<serde_json::Value> {
    if path.is_dir() {
        bail!("{} is a folder, not a file to import", path.display());
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| anyhow::anyhow!("{} is not JSON ({e}); nothing was imported", path.display()))
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
