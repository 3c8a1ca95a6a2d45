//! `bounce classify ID` and `bounce setback cause ID CAUSE`: the classifier's suggestion with
//! its reasons, and the person's decision.

use std::io::Write;

use serde::Serialize;

use super::ids::resolve_setback;
use crate::domain::root_cause::{Cause, NOT_DECIDED};
use crate::store::Store;

#[derive(Serialize)]
struct Report {
    suggested: &'static str,
    scores: serde_json::Map<String, serde_json::Value>,
    confidence: String,
    /// Only cue words moved the scores: no answer to a question counted.
    words_only: bool,
    reasons: Vec<String>,
    confirmed: Option<&'static str>,
}

pub fn classify(store: &Store, id: &str, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let setback = resolve_setback(store, id)?;
    let c = crate::reading::classify_setback(store, &setback)?;
    let confirmed = store.decision(setback.id)?.confirmed;
    if json {
        let scores = Cause::ALL
            .iter()
            .map(|cause| {
                (
                    cause.key().to_string(),
                    serde_json::json!(round(c.scores.get(*cause))),
                )
            })
            .collect();
        let report = Report {
            suggested: c.suggested.key(),
            scores,
            confidence: c.confidence.to_string(),
            words_only: c.words_only,
            reasons: c.reasons.clone(),
            confirmed: confirmed.map(Cause::key),
        };
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{}", setback.title)?;
    writeln!(
        out,
        "Suggested: {} ({}), {}",
        c.suggested.key(),
        c.suggested.label(),
        c.confidence
    )?;
    if c.words_only {
        writeln!(
            out,
            "  (from your words alone; answering the questions gives a fuller picture)"
        )?;
    }
    if c.points.iter().all(|(_, v)| v.abs() <= f64::EPSILON) {
        writeln!(
            out,
            "  (nothing written or answered points to a cause yet; the tie goes to the first)"
        )?;
    }
    for cause in Cause::ALL {
        writeln!(out, "  {:<11} {:.2}", cause.key(), c.scores.get(cause))?;
    }
    writeln!(out, "Reasons:")?;
    for reason in &c.reasons {
        writeln!(out, "  - {reason}")?;
    }
    match confirmed {
        Some(cause) => writeln!(out, "Confirmed: {} ({})", cause.key(), cause.label())?,
        None => writeln!(
            out,
            "Not decided yet: bounce setback cause {} CAUSE (tactical, emotional or unforeseen)",
            setback.id
        )?,
    }
    Ok(())
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Confirms a cause for a setback; `none` takes the decision back.
pub fn confirm(store: &Store, id: &str, cause: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let setback = resolve_setback(store, id)?;
    let wanted = cause.trim().to_ascii_lowercase();
    let cause = match wanted.as_str() {
        "none" => None,
        key => Some(Cause::from_key(key).ok_or_else(|| {
            anyhow::anyhow!("'{cause}' is not a cause; use tactical, emotional, unforeseen, or none to take the decision back")
        })?),
    };
    store.confirm_cause(setback.id, cause)?;
    match cause {
        Some(c) => writeln!(out, "{}\t{}\t{}", setback.id, c.key(), c.label())?,
        None => writeln!(out, "{}\tnone\t{NOT_DECIDED}", setback.id)?,
    }
    Ok(())
}
