//! `bounce setback show ID`: a setback's whole debrief as plain text, to read or to keep.

use std::fmt::Write as _;
use std::io::Write;

use super::ids::resolve_setback;
use crate::assets;
use crate::domain::chapter::{Closing, Lookback, RATING_MAX};
use crate::domain::forward::Reframe;
use crate::domain::setback::{Checkin, Event, Setback, Strength, StrengthKind};
use crate::domain::text::wrap;
use crate::store::Store;

/// Long answers wrap to fit this many columns, so the text reads well in any terminal.
const PAGE_WIDTH: usize = 80;
/// However deep the indent, at least this much of a line is text.
const MIN_WIDTH: usize = 30;
/// Where an event's text starts: two spaces, `YYYY-MM-DD HH:MM`, two spaces.
const EVENT_INDENT: usize = 2 + 16 + 2;
/// Where a check-in's note starts: two spaces, `YYYY-MM-DD`, two spaces.
const CHECKIN_INDENT: usize = 2 + 10 + 2;

pub fn show(store: &Store, id: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let setback = resolve_setback(store, id)?;
    // Everything is read before anything is printed, so a failure prints nothing.
    let mut text = String::new();
    write_heading(&mut text, &setback);
    write_timeline(&mut text, &store.events(setback.id)?);
    write_answers(&mut text, &store.answers(setback.id)?);
    write_reflection(&mut text, &setback.reflection);
    write_strengths(&mut text, &store.strengths(setback.id)?);
    let lessons: Vec<String> = store
        .lessons(setback.id)?
        .into_iter()
        .map(|l| l.text)
        .collect();
    write_lessons(&mut text, &lessons);
    write_reframes(&mut text, &store.reframes(setback.id)?);
    let story = store.story(setback.id)?;
    text.push_str("\nStory\n");
    if story.is_empty() {
        text.push_str("  (not written yet)\n");
    } else {
        push_indented(&mut text, "  ", &story.to_text(&setback.title));
    }
    write_checkins(&mut text, &store.checkins(setback.id)?);
    write_conversations(&mut text, &store.conversations_of_setback(setback.id)?);
    let closing = store.closing(setback.id)?;
    write_chapter(&mut text, closing.as_ref(), &store.lookbacks(setback.id)?);
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// Appends each line of `body` after `indent`, wrapped to the page (blank lines stay).
fn push_indented(text: &mut String, indent: &str, body: &str) {
    let width = indent.chars().count();
    for line in body.trim_end().lines() {
        if line.trim().is_empty() {
            text.push('\n');
        }
        for part in wrap_line(line, width) {
            let _ = writeln!(text, "{indent}{part}");
        }
    }
}

/// Appends `body` after `first` on its first line and under `indent` spaces on the rest.
fn push_hanging(text: &mut String, first: &str, indent: usize, body: &str) {
    let pad = " ".repeat(indent);
    let mut lead = first;
    for line in body.trim_end().lines() {
        for part in wrap_line(line, indent) {
            let _ = writeln!(text, "{lead}{part}");
            lead = &pad;
        }
    }
}

/// One line of a person's text, wrapped to fit after `indent` columns on the page.
fn wrap_line(line: &str, indent: usize) -> Vec<String> {
    if line.trim().is_empty() {
        return Vec::new();
    }
    let width = PAGE_WIDTH.saturating_sub(indent).max(MIN_WIDTH);
    wrap(line.trim_end(), width, usize::MAX)
}

fn write_heading(text: &mut String, setback: &Setback) {
    let _ = writeln!(text, "{}", setback.title);
    let _ = writeln!(text, "{}", setback.date.format("%Y-%m-%d (%A %-d %B %Y)"));
    if !setback.summary.trim().is_empty() {
        text.push('\n');
        push_indented(text, "", &setback.summary);
    }
}

fn write_timeline(text: &mut String, events: &[Event]) {
    let _ = match events.len() {
        1 => writeln!(text, "\nTimeline (1 event)"),
        n => writeln!(text, "\nTimeline ({n} events)"),
    };
    if events.is_empty() {
        let _ = writeln!(text, "  {}", assets::debrief().timeline.empty);
    }
    let pad = " ".repeat(EVENT_INDENT);
    for (i, event) in events.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let when = match event.time {
            Some(t) => format!("{} {}", event.date, t.format("%H:%M")),
            None => event.date.to_string(),
        };
        push_hanging(text, &format!("  {when:<16}  "), EVENT_INDENT, &event.what);
        for (label, body) in [
            ("Who", &event.who),
            ("Thought", &event.thought),
            ("Felt", &event.felt),
        ] {
            if !body.trim().is_empty() {
                let first = format!("{pad}{label}: ");
                let indent = first.chars().count();
                push_hanging(text, &first, indent, body);
            }
        }
    }
}

fn write_answers(text: &mut String, answers: &[(String, String)]) {
    let questions = &assets::debrief().questions;
    text.push_str("\nDebrief\n");
    for (i, question) in questions.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let _ = writeln!(text, "  {}", question.text);
        match answers.iter().find(|(key, _)| *key == question.key) {
            Some((_, answer)) => push_indented(text, "    ", answer),
            None => text.push_str("    (not answered yet)\n"),
        }
    }
    // An answer to a question since renamed or removed is still the person's words.
    for (key, answer) in answers {
        if !questions.iter().any(|q| q.key == *key) {
            let _ = writeln!(text, "\n  {key}");
            push_indented(text, "    ", answer);
        }
    }
}

fn write_reflection(text: &mut String, reflection: &str) {
    if reflection.trim().is_empty() {
        return;
    }
    let _ = writeln!(text, "\n{}", assets::debrief().checkins.reflection);
    push_indented(text, "  ", reflection);
}

fn write_strengths(text: &mut String, strengths: &[Strength]) {
    let prompts = &assets::debrief().strengths;
    text.push_str("\nStrengths\n");
    for kind in StrengthKind::ALL {
        let _ = writeln!(text, "  {}", prompts.prompt(kind));
        let mut any = false;
        for strength in strengths.iter().filter(|s| s.kind == kind) {
            push_hanging(text, "    - ", 6, &strength.text);
            any = true;
        }
        if !any {
            text.push_str("    (nothing noted yet)\n");
        }
    }
}

fn write_lessons(text: &mut String, lessons: &[String]) {
    text.push_str("\nLessons\n");
    if lessons.is_empty() {
        let _ = writeln!(text, "  {}", assets::debrief().timeline.lessons_empty);
    }
    for lesson in lessons {
        push_hanging(text, "  - ", 4, lesson);
    }
}

fn write_reframes(text: &mut String, reframes: &[Reframe]) {
    text.push_str("\nReframes\n");
    if reframes.is_empty() {
        text.push_str("  (none yet)\n");
    }
    for (i, reframe) in reframes.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        push_hanging(text, "  Thought: ", 11, &reframe.thought);
        if reframe.kinder.trim().is_empty() {
            text.push_str("  Kinder:  (not written yet)\n");
        } else {
            push_hanging(text, "  Kinder:  ", 11, &reframe.kinder);
        }
    }
}

fn write_checkins(text: &mut String, checkins: &[Checkin]) {
    text.push_str("\nCheck-ins, newest first\n");
    if checkins.is_empty() {
        text.push_str("  (none yet)\n");
    }
    let pad = " ".repeat(CHECKIN_INDENT);
    for checkin in checkins {
        let stages: Vec<String> = [
            checkin.grief.map(|g| format!("Grief: {}", g.label())),
            checkin
                .transformation
                .map(|t| format!("Transformation: {}", t.label())),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = writeln!(text, "  {}  {}", checkin.date, stages.join(" · "));
        if !checkin.note.trim().is_empty() {
            push_indented(text, &pad, &checkin.note);
        }
    }
}

/// The conversations about the setback, planned ones first, once there are any.
fn write_conversations(text: &mut String, talks: &[crate::domain::chapter::Conversation]) {
    if talks.is_empty() {
        return;
    }
    text.push_str("\nConversations\n");
    let pad = " ".repeat(CHECKIN_INDENT);
    for talk in talks {
        let kind = &assets::conversations().kind(talk.kind).label;
        let when = match (talk.held_on, talk.planned_on) {
            (Some(day), _) => format!("held {day}"),
            (None, Some(day)) => format!("planned for {day}"),
            (None, None) => "planned".to_string(),
        };
        let _ = writeln!(text, "  {kind} with {}, {when}", talk.person);
        for (label, body) in [("They said: ", &talk.said), ("Takeaway: ", &talk.takeaway)] {
            if !body.trim().is_empty() {
                push_indented(text, &pad, &format!("{label}{body}"));
            }
        }
    }
}

/// The closed chapter and the look-backs since, once there is either (look-backs stay when a
/// chapter is opened again).
fn write_chapter(text: &mut String, closing: Option<&Closing>, lookbacks: &[Lookback]) {
    if closing.is_none() && lookbacks.is_empty() {
        return;
    }
    let words = assets::closing();
    text.push_str("\nChapter\n");
    match closing {
        Some(c) => {
            let _ = writeln!(
                text,
                "  Closed on {}",
                c.closed_on.format("%Y-%m-%d (%A %-d %B %Y)")
            );
            let best = c.best.map(|b| b.label()).unwrap_or_default();
            let best = [best, c.best_note.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(": ");
            let rating = c.rating.map(|r| format!("{r} of {RATING_MAX}"));
            for (question, answer) in [
                (&words.best, best.as_str()),
                (&words.accept, c.accept.as_str()),
                (&words.permission, c.permission.as_str()),
                (&words.carry, c.carry.as_str()),
                (&words.rating, rating.as_deref().unwrap_or_default()),
            ] {
                if !answer.trim().is_empty() {
                    let _ = writeln!(text, "\n  {question}");
                    push_indented(text, "    ", answer);
                }
            }
        }
        None => text.push_str("  Open again\n"),
    }
    if lookbacks.is_empty() {
        return;
    }
    text.push_str("\nLook-backs\n");
    let pad = " ".repeat(CHECKIN_INDENT);
    for lookback in lookbacks {
        let _ = writeln!(
            text,
            "  {}  {} of {RATING_MAX}",
            lookback.on, lookback.rating
        );
        if !lookback.note.trim().is_empty() {
            push_indented(text, &pad, &lookback.note);
        }
    }
}
