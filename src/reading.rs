//! Gathers what a person wrote about one setback, and their questionnaire answers, for the
//! root-cause classifier: the same reading for the pane and for `bounce classify`.

use crate::domain::root_cause::{Classification, classify, setback_sources};
use crate::domain::setback::Setback;
use crate::store::{Result, Store};

/// The classifier's suggestion for a setback, from its texts and answers.
pub fn classify_setback(store: &Store, setback: &Setback) -> Result<Classification> {
    let texts = setback_sources(
        setback,
        &store.events(setback.id)?,
        &store.answers(setback.id)?,
    );
    Ok(classify(&texts, &store.cause_answers(setback.id)?))
}
