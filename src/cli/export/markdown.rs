//! The journal as one readable Markdown document: setbacks with their whole debrief, then
//! days, goals, ideas and people, each oldest first.

use std::fmt::Write as _;

use crate::assets;
use crate::domain::root_cause::{Answer, Cause};
use crate::domain::setback::{GriefStage, StrengthKind, TransformationStage};
use crate::store::export::model::*;

mod rest;

pub fn render(journal: &Journal) -> String {
    let mut md = String::from("# My bounce journal\n");
    if !journal.setbacks.is_empty() {
        md.push_str("\n## Setbacks\n");
        for setback in &journal.setbacks {
            write_setback(&mut md, setback);
        }
    }
    rest::write_days(&mut md, &journal.days);
    rest::write_goals(&mut md, &journal.goals);
    rest::write_ideas(&mut md, &journal.ideas);
    rest::write_people(&mut md, &journal.people);
    md
}

fn write_setback(md: &mut String, s: &SetbackRecord) {
    let _ = writeln!(md, "\n### {} · {}", s.date, s.title.trim());
    paragraph(md, &s.summary);
    write_timeline(md, &s.events);
    write_answers(md, &s.answers);
    if !s.reflection.trim().is_empty() {
        md.push_str("\n#### How it set me free\n");
        paragraph(md, &s.reflection);
    }
    write_strengths(md, &s.strengths);
    if !s.lessons.is_empty() {
        md.push_str("\n#### Lessons\n\n");
        for lesson in &s.lessons {
            item(md, "- ", &lesson.text);
        }
    }
    if !s.reframes.is_empty() {
        md.push_str("\n#### Reframes\n\n");
        for r in &s.reframes {
            item(md, "- ", &r.thought);
            if !r.kinder.trim().is_empty() {
                item(md, "  - Kinder: ", &r.kinder);
            }
        }
    }
    if let Some(story) = &s.story {
        write_story(md, story);
    }
    write_checkins(md, &s.checkins);
    write_root_cause(md, &s.root_cause);
}

fn write_timeline(md: &mut String, events: &[EventRecord]) {
    if events.is_empty() {
        return;
    }
    md.push_str("\n#### Timeline\n\n");
    for e in events {
        let when = match &e.time {
            Some(t) => format!("{} {t}", e.date),
            None => e.date.clone(),
        };
        item(md, &format!("- **{when}** "), &e.what);
        for (label, text) in [("Who", &e.who), ("Thought", &e.thought), ("Felt", &e.felt)] {
            if !text.trim().is_empty() {
                item(md, &format!("  - {label}: "), text);
            }
        }
    }
}

fn write_answers(md: &mut String, answers: &[AnswerRecord]) {
    let questions = &assets::debrief().questions;
    let position = |key: &str| questions.iter().position(|q| q.key == key);
    let mut answered: Vec<&AnswerRecord> = answers
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    if answered.is_empty() {
        return;
    }
    answered.sort_by_key(|a| {
        (
            position(&a.question).unwrap_or(usize::MAX),
            a.question.clone(),
        )
    });
    md.push_str("\n#### Debrief\n");
    for a in answered {
        let question = position(&a.question).map_or(a.question.as_str(), |i| &questions[i].text);
        let _ = writeln!(md, "\n**{question}**");
        paragraph(md, &a.text);
    }
}

fn write_strengths(md: &mut String, strengths: &[StrengthRecord]) {
    if strengths.is_empty() {
        return;
    }
    md.push_str("\n#### Strengths and what I gained\n");
    let prompts = &assets::debrief().strengths;
    for kind in StrengthKind::ALL {
        let of_kind: Vec<_> = strengths.iter().filter(|s| s.kind == kind.key()).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(md, "\n*{}*\n", prompts.prompt(kind));
        for s in of_kind {
            item(md, "- ", &s.text);
        }
    }
}

fn write_story(md: &mut String, story: &StoryRecord) {
    let parts = [
        ("Situation", &story.situation),
        ("Action", &story.action),
        ("Result", &story.result),
        ("Learning", &story.learning),
    ];
    if parts.iter().all(|(_, t)| t.trim().is_empty()) {
        return;
    }
    md.push_str("\n#### Story\n");
    for (label, text) in parts {
        if !text.trim().is_empty() {
            let _ = writeln!(md, "\n**{label}.** {}", text.trim());
        }
    }
}

fn write_checkins(md: &mut String, checkins: &[CheckinRecord]) {
    if checkins.is_empty() {
        return;
    }
    md.push_str("\n#### Check-ins\n\n");
    for c in checkins {
        let mut stages = Vec::new();
        if let Some(g) = c.grief.as_deref().and_then(GriefStage::from_key) {
            stages.push(format!("grief: {}", g.label()));
        }
        if let Some(t) = c
            .transformation
            .as_deref()
            .and_then(TransformationStage::from_key)
        {
            stages.push(format!("transformation: {}", t.label()));
        }
        let mut line = format!("- {}: {}", c.date, stages.join(", "));
        if !c.note.trim().is_empty() {
            line.push_str(". ");
        }
        item(md, &line, &c.note);
    }
}

fn write_root_cause(md: &mut String, rc: &RootCauseRecord) {
    md.push_str("\n#### Root cause\n\n");
    let label = |key: &str| Cause::from_key(key).map_or(key.to_string(), |c| c.label().into());
    let _ = writeln!(
        md,
        "- Suggested: {} (tactical {:.2}, emotional {:.2}, unforeseen {:.2})",
        label(&rc.suggested),
        rc.scores.tactical,
        rc.scores.emotional,
        rc.scores.unforeseen
    );
    match &rc.confirmed {
        Some(cause) => {
            let _ = writeln!(md, "- Confirmed: {}", label(cause));
        }
        None => md.push_str("- Not decided yet\n"),
    }
    let questionnaire = assets::questionnaire();
    for a in &rc.answers {
        let question = questionnaire
            .question(&a.question)
            .map_or(a.question.as_str(), |q| q.text.as_str());
        let answer = Answer::from_key(&a.answer).map_or(a.answer.clone(), Answer::label);
        let _ = writeln!(md, "- {question} {answer}");
    }
    for key in &rc.motives {
        let motive = questionnaire.motives.iter().find(|m| &m.key == key);
        let _ = writeln!(md, "- Why: {}", motive.map_or(key.as_str(), |m| &m.label));
    }
    if !rc.follow_up.trim().is_empty() {
        item(md, "- Follow-up: ", &rc.follow_up);
    }
}

/// A person's text as a paragraph of its own, after a blank line.
pub(super) fn paragraph(md: &mut String, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        md.push('\n');
        md.push_str(text);
        md.push('\n');
    }
}

/// A list item: `lead` then the text, its further lines indented to stay in the item.
pub(super) fn item(md: &mut String, lead: &str, text: &str) {
    let indent = " ".repeat(lead.len() - lead.trim_start().len() + 2);
    md.push_str(lead);
    for (i, line) in text.trim().lines().enumerate() {
        if i > 0 {
            md.push('\n');
            if !line.trim().is_empty() {
                md.push_str(&indent);
            }
        }
        md.push_str(line);
    }
    md.push('\n');
}
