//! The rows of each section of the Root cause pane (the questions, the suggestion, the
//! follow-up and the patterns), as list items.

use ratatui::text::{Line, Span, Text};
use ratatui::widgets::ListItem;

use crate::assets;
use crate::domain::dates::list_date;
use crate::domain::root_cause::{Answer, AnswerKind, Cause, Classification};
use crate::keymap::Keymap;
use crate::theme::Theme;
use crate::ui::root_cause::{Patterns, RootCausePane, has_evidence};
use crate::ui::wrap::bulleted;

fn plain(text: String, style: ratatui::style::Style) -> ListItem<'static> {
    ListItem::new(Line::from(Span::styled(text, style)))
}

/// Wrapped text with `indent` before its first line and matching blank space before the rest.
fn wrapped(
    text: &str,
    width: usize,
    indent: &str,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    bulleted(Span::raw(indent.to_string()), text, width, 6, style)
}

fn answer_text(answer: Answer) -> String {
    match answer {
        Answer::Yes => "yes".into(),
        Answer::Partly => "partly".into(),
        Answer::No => "no".into(),
        Answer::Scale(n) => format!("{n} of 5"),
    }
}

pub(super) fn question_items(
    pane: &RootCausePane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let q = assets::questionnaire();
    let mut items = vec![ListItem::new(Text::from(wrapped(
        &q.intro,
        width,
        "",
        theme.muted,
    )))];
    let mut rows = Vec::new();
    for question in &q.questions {
        let answer = pane.answers.get(&question.key).copied();
        let mark = if answer.is_some() { "✓ " } else { "○ " };
        let mark = Span::styled(mark, theme.accent);
        let mut lines = bulleted(mark, &question.text, width, 3, theme.heading);
        let value = match answer {
            Some(a) => Span::styled(format!("‹ {} ›", answer_text(a)), theme.key),
            None => Span::styled("not answered".to_string(), theme.muted),
        };
        let mut detail = vec![Span::raw("  "), value];
        if question.kind == AnswerKind::Scale {
            let scale = format!("   1 = {}, 5 = {}", question.low, question.high);
            detail.push(Span::styled(scale, theme.muted));
        }
        lines.push(Line::from(detail));
        rows.push(items.len());
        items.push(ListItem::new(Text::from(lines)));
    }
    (items, rows)
}

fn bar(share: f64, width: usize) -> String {
    let filled = ((share.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

pub(super) fn result_items(
    pane: &RootCausePane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let Some(c) = pane.classification.as_ref() else {
        return (Vec::new(), Vec::new());
    };
    let mut items = vec![ListItem::new(Text::from(headline(c, width, theme)))];
    let name_width = name_column();
    let bar_width = width.saturating_sub(name_width + 8).clamp(4, 30);
    for cause in Cause::ALL {
        let share = score_of(c, cause);
        items.push(plain(
            format!(
                "  {:<name_width$}{} {:>3.0}%",
                cause.short_label(),
                bar(share, bar_width),
                share * 100.0
            ),
            if cause == c.suggested && has_evidence(c) {
                theme.accent
            } else {
                theme.base
            },
        ));
    }
    if c.words_only {
        items.push(ListItem::new(Text::from(wrapped(
            WORDS_ONLY,
            width,
            "",
            theme.muted,
        ))));
    }
    let decision = match (pane.decision.confirmed, &pane.decision.confirmed_at) {
        (Some(cause), Some(at)) => format!(
            "You decided: {} (on {}). o changes it.",
            cause.label(),
            decided_on(at)
        ),
        (Some(cause), None) => format!("You decided: {}. o changes it.", cause.label()),
        (None, _) => {
            "Not decided yet: c confirms the suggestion, o picks another cause.".to_string()
        }
    };
    items.push(ListItem::new(Text::from(wrapped(
        &decision,
        width,
        "",
        theme.message,
    ))));
    items.push(plain("Why it suggests this:".to_string(), theme.heading));
    let mut rows = Vec::new();
    for reason in &c.reasons {
        rows.push(items.len());
        items.push(ListItem::new(Text::from(wrapped(
            reason, width, "• ", theme.base,
        ))));
    }
    (items, rows)
}

/// "Suggestion: <the cause's full name> (clear)", saying when only cue words moved it.
fn headline(c: &Classification, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    if !has_evidence(c) {
        return vec![Line::from(Span::styled(
            "Suggestion: none yet",
            theme.muted,
        ))];
    }
    let how_sure = if c.words_only {
        format!(" ({}, from your words alone)", c.confidence)
    } else {
        format!(" ({})", c.confidence)
    };
    // The full name is long: it wraps under itself rather than being cut.
    let lead = Span::styled("Suggestion: ", theme.muted);
    let text = format!("{}{how_sure}", c.suggested.label());
    bulleted(lead, &text, width, 3, theme.heading)
}

/// Said under scores that only cue words moved, so a high share is not read as certainty.
const WORDS_ONLY: &str = "These shares rest on your words alone. Answering a few questions \
                          (in Questions) gives a fuller picture.";

/// The day a decision was made, from its stored time ("2026-10-01T09:30:00Z").
fn decided_on(at: &str) -> String {
    at.get(..10)
        .and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .map_or_else(|| at.to_string(), list_date)
}

/// The width of the causes' short names in a table of them, with room after.
fn name_column() -> usize {
    let longest = Cause::ALL.iter().map(|c| c.short_label().chars().count());
    longest.max().unwrap_or(0) + 2
}

/// The share of one cause in a classification, from 0 to 1.
fn score_of(c: &Classification, cause: Cause) -> f64 {
    c.scores.get(cause)
}

pub(super) fn follow_up_items(
    pane: &RootCausePane,
    width: usize,
    keymap: &Keymap,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let Some(cause) = pane.decision.confirmed else {
        let text = keymap.fill("Once you have decided on the root cause ({key:rootcause.confirm} or {key:rootcause.choose_cause} in Suggestion), its follow-up questions appear here.");
        return (
            vec![ListItem::new(Text::from(wrapped(
                &text,
                width,
                "",
                theme.muted,
            )))],
            Vec::new(),
        );
    };
    let q = assets::questionnaire();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    let guidance = assets::followup().guidance(cause);
    items.push(ListItem::new(Text::from(wrapped(
        guidance,
        width,
        "",
        theme.muted,
    ))));
    if cause == Cause::Tactical {
        items.push(plain(
            keymap
                .fill("Why did I take that step? ({key:rootcause.next_choice} ticks)")
                .into_owned(),
            theme.heading,
        ));
        for motive in &q.motives {
            let ticked = pane.decision.motives.contains(&motive.key);
            let mark = if ticked { "[x] " } else { "[ ] " };
            rows.push(items.len());
            items.push(plain(
                format!("{mark}{}", motive.label),
                if ticked { theme.accent } else { theme.base },
            ));
        }
    }
    if cause == Cause::Emotional {
        let reflection = pane
            .current()
            .map(|s| s.reflection.clone())
            .unwrap_or_default();
        let text = if reflection.is_empty() {
            "Not written yet (in the Debrief pane, Questions section).".to_string()
        } else {
            reflection
        };
        rows.push(items.len());
        let mut lines = vec![Line::from(Span::styled(
            assets::debrief().checkins.reflection.clone(),
            theme.heading,
        ))];
        lines.extend(wrapped(&text, width, "  ", theme.base));
        items.push(ListItem::new(Text::from(lines)));
    }
    let note = if pane.decision.follow_up.is_empty() {
        keymap
            .fill("Not written yet. {key:rootcause.edit} to write; {key:rootcause.make_lesson} turns it into a lesson.")
            .into_owned()
    } else {
        pane.decision.follow_up.clone()
    };
    let mut lines = vec![Line::from(Span::styled("Follow-up note", theme.heading))];
    lines.extend(
        note.lines()
            .flat_map(|l| wrapped(l, width, "  ", theme.base)),
    );
    rows.push(items.len());
    items.push(ListItem::new(Text::from(lines)));
    (items, rows)
}

pub(super) fn pattern_items(
    pane: &RootCausePane,
    width: usize,
    theme: &Theme,
) -> (Vec<ListItem<'static>>, Vec<usize>) {
    let mut items = vec![plain(
        "Decided root causes, across all setbacks".into(),
        theme.heading,
    )];
    let none = Patterns::default();
    let patterns = pane.patterns.as_ref().unwrap_or(&none);
    let max = patterns
        .counts
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let name_width = name_column();
    let bar_width = width.saturating_sub(name_width + 8).clamp(4, 30);
    for cause in Cause::ALL {
        let n = patterns
            .counts
            .iter()
            .find(|(c, _)| *c == cause)
            .map_or(0, |(_, n)| *n);
        items.push(plain(
            format!(
                "  {:<name_width$}{} {n}",
                cause.short_label(),
                bar(f64::from(n) / f64::from(max), bar_width)
            ),
            theme.base,
        ));
    }
    items.push(plain(String::new(), theme.base));
    if patterns.repeating.is_empty() {
        let text = "No tactical motive repeats across setbacks. When one does, it shows here: a repeating step deserves a deeper look.";
        items.push(ListItem::new(Text::from(wrapped(
            text,
            width,
            "",
            theme.muted,
        ))));
        return (items, Vec::new());
    }
    items.push(plain(
        "Tactical motives that repeat: worth a deeper look".into(),
        theme.celebrate,
    ));
    let motives = &assets::questionnaire().motives;
    for repeat in &patterns.repeating {
        let label = motives
            .iter()
            .find(|m| m.key == repeat.motive)
            .map_or(repeat.motive.as_str(), |m| m.label.as_str());
        let mut lines = vec![Line::from(Span::styled(
            format!("◆ {label}"),
            theme.heading,
        ))];
        for (_, title) in &repeat.setbacks {
            lines.extend(wrapped(title, width, "    ", theme.base));
        }
        items.push(ListItem::new(Text::from(lines)));
    }
    (items, Vec::new())
}
