//! The Markdown of days, goals, ideas and people.

use std::fmt::Write as _;

use super::{item, paragraph};
use crate::domain::forward::{Help, IdeaStatus, Verdict};
use crate::store::export::model::*;

pub(super) fn write_days(md: &mut String, days: &[DayRecord]) {
    if days.is_empty() {
        return;
    }
    md.push_str("\n## Days\n");
    for day in days {
        let _ = writeln!(md, "\n### {}", day.date);
        if let Some(mood) = day.mood {
            let _ = writeln!(md, "\nMood: {mood}/5");
        }
        if !day.gratitude.is_empty() {
            md.push_str("\nGrateful for:\n\n");
            for g in &day.gratitude {
                item(md, "- ", &g.text);
            }
        }
        paragraph(md, &day.note);
    }
}

pub(super) fn write_goals(md: &mut String, goals: &[GoalRecord]) {
    if goals.is_empty() {
        return;
    }
    md.push_str("\n## Goals\n");
    for goal in goals {
        let state = match (&goal.finished_on, goal.archived) {
            (Some(on), _) => format!(" (done {on})"),
            (None, true) => " (archived)".into(),
            (None, false) => String::new(),
        };
        let _ = writeln!(md, "\n### {}{state}\n", goal.title.trim());
        let _ = writeln!(md, "- Started: {}", goal.started_on);
        let fields = [
            ("Why", goal.why.as_str()),
            ("Success looks like", goal.success.as_str()),
            ("Target", goal.target.as_deref().unwrap_or("")),
            ("Reward", goal.reward.as_str()),
        ];
        for (label, text) in fields {
            if !text.trim().is_empty() {
                item(md, &format!("- {label}: "), text);
            }
        }
        if !goal.steps.is_empty() {
            md.push('\n');
        }
        for step in &goal.steps {
            let mark = if step.done { "x" } else { " " };
            let mut text = step.text.clone();
            if let Some(on) = &step.done_on {
                let _ = write!(text, " (done {on})");
            } else if let Some(due) = &step.due {
                let _ = write!(text, " (due {due})");
            }
            item(md, &format!("- [{mark}] "), &text);
        }
    }
}

pub(super) fn write_ideas(md: &mut String, ideas: &[IdeaRecord]) {
    if ideas.is_empty() {
        return;
    }
    md.push_str("\n## Ideas\n\n");
    for idea in ideas {
        let status = match IdeaStatus::from_key(&idea.status) {
            Some(IdeaStatus::Promoted) => " (became a goal)",
            Some(IdeaStatus::NotNow) => " (not now)",
            _ => "",
        };
        item(md, "- ", &format!("{}{status}", idea.text.trim()));
        let weighed = [
            ("Realistic", &idea.realistic, &idea.realistic_note),
            ("Fits my values", &idea.fits_values, &idea.values_note),
            ("Would make me happy", &idea.happy, &idea.happy_note),
        ];
        for (question, verdict, note) in weighed {
            let verdict = verdict.as_deref().and_then(Verdict::from_key);
            if verdict.is_none() && note.trim().is_empty() {
                continue;
            }
            let mut text = verdict.map_or("", Verdict::label).to_string();
            if !note.trim().is_empty() {
                if !text.is_empty() {
                    text.push_str(". ");
                }
                text.push_str(note.trim());
            }
            item(md, &format!("  - {question}: "), &text);
        }
    }
}

pub(super) fn write_people(md: &mut String, people: &[PersonRecord]) {
    if people.is_empty() {
        return;
    }
    md.push_str("\n## People\n\n");
    for person in people {
        let helps: Vec<&str> = person
            .helps
            .split(',')
            .filter_map(|h| Help::parse(h).map(Help::label))
            .collect();
        let mut line = person.name.trim().to_string();
        if !helps.is_empty() {
            let _ = write!(line, ": {}", helps.join(", "));
        }
        if let Some(last) = &person.last_contact {
            let _ = write!(line, " (last in touch {last})");
        }
        item(md, "- ", &line);
        if !person.note.trim().is_empty() {
            item(md, "  - ", &person.note);
        }
    }
}
