//! The help overlay: every key of the current pane and of the whole app, read from the live
//! keymap so it always says what the keys really do.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{centered, panel};
use crate::action::PaneId;
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;

/// Section headings, in the order sections are listed.
fn heading(scope: Scope, title: &str) -> String {
    match scope {
        Scope::Global => "Everywhere".to_string(),
        Scope::Editor => "While typing".to_string(),
        _ => title.to_string(),
    }
}

/// The lines of the overlay: a heading per scope, then one line per command.
pub fn lines(scopes: &[Scope], title: &str, keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for scope in scopes {
        let commands = keymap.commands(*scope);
        if commands.is_empty() && *scope != Scope::Editor {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::from(Span::styled(
            heading(*scope, title),
            theme.heading,
        )));
        let labels = entries(*scope, &commands, keymap);
        let width = labels
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (keys, what) in labels {
            let keys = keys.as_str();
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<width$}  "), theme.key),
                Span::styled(what.to_string(), theme.base),
            ]));
        }
    }
    out
}

/// The pane-switching commands, shown as one line.
const PANE_KEYS: [Command; PaneId::ALL.len()] = {
    let mut keys = [Command::GoHome; PaneId::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = PaneId::ALL[i].go_command();
        i += 1;
    }
    keys
};

/// Commands that read best as one line: "j/k ↓/↑  Select the next / previous row".
const PAIRS: [(Command, Command, &str); 10] = [
    (
        Command::Undo,
        Command::Redo,
        "Undo your last change / do it again",
    ),
    (
        Command::NextPane,
        Command::PreviousPane,
        "Next / previous pane",
    ),
    (Command::Down, Command::Up, "Select the next / previous row"),
    (
        Command::PageDown,
        Command::PageUp,
        "Move down / up the list by a screen",
    ),
    (
        Command::First,
        Command::Last,
        "Jump to the first / last row",
    ),
    (
        Command::PreviousDay,
        Command::NextDay,
        "Go to the day before / after",
    ),
    (
        Command::NextSection,
        Command::PreviousSection,
        "Next / previous section",
    ),
    (
        Command::MoveUp,
        Command::MoveDown,
        "Move the event earlier / later (same moment only)",
    ),
    (
        Command::Earlier,
        Command::Later,
        "Move the weeks (or months) back / on by one",
    ),
    (
        Command::NextChoice,
        Command::PreviousChoice,
        "Change the answer; among motives, next / previous",
    ),
];

/// The keys of two commands side by side: "j/k ↓/↑".
fn paired_keys(keymap: &Keymap, scope: Scope, a: Command, b: Command) -> String {
    let (a, b) = (keymap.keys(scope, a), keymap.keys(scope, b));
    let mut parts = Vec::new();
    for i in 0..a.len().max(b.len()) {
        let part = match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => format!("{x}/{y}"),
            (Some(x), None) | (None, Some(x)) => x.to_string(),
            (None, None) => continue,
        };
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join(" ")
}

/// One (keys, description) pair per line: pane jumps and next/previous share a line each,
/// and the keys that cannot be changed are listed too, so nobody has to guess them.
fn entries(scope: Scope, commands: &[Command], keymap: &Keymap) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for command in commands {
        match command {
            c if PANE_KEYS.contains(c) => {
                if *c == PANE_KEYS[0] {
                    let keys: Vec<String> =
                        PANE_KEYS.iter().map(|p| keymap.label(scope, *p)).collect();
                    let titles: Vec<&str> = PaneId::ALL.iter().map(|p| p.title()).collect();
                    out.push((keys.join(" "), format!("Go to {}", titles.join(", "))));
                }
            }
            Command::AnswerYes => {
                let keys = [Command::AnswerYes, Command::AnswerPartly, Command::AnswerNo]
                    .map(|c| keymap.label(scope, c));
                let what = if scope == Scope::Goals {
                    "Yes / maybe / no to the selected or next question"
                } else {
                    "Answer yes / partly / no"
                };
                out.push((keys.join(" / "), what.to_string()));
            }
            Command::AnswerPartly | Command::AnswerNo if commands.contains(&Command::AnswerYes) => {
            }
            c => {
                if let Some((first, second, what)) = PAIRS.iter().find(|(a, _, _)| a == c) {
                    if commands.contains(second) {
                        out.push((
                            paired_keys(keymap, scope, *first, *second),
                            describe_pair(scope, *first).unwrap_or(what).to_string(),
                        ));
                        continue;
                    }
                }
                let paired_away = PAIRS.iter().any(|(a, b, _)| b == c && commands.contains(a));
                if !paired_away {
                    out.push((keymap.label(scope, *c), describe(scope, *c).to_string()));
                }
            }
        }
    }
    match scope {
        Scope::Global => {
            // Ctrl-C shares the quit line, so the list stays short enough for 80x24.
            let quit = keymap.label(scope, Command::Quit);
            if let Some(line) = out.iter_mut().find(|(keys, _)| *keys == quit) {
                line.0 = format!("{quit} / Ctrl-C");
                line.1 = "Quit (Ctrl-C even while typing; drafts are kept)".into();
            }
        }
        Scope::Editor => {
            // The text box's own keys, which the keymap does not move.
            for (keys, what) in [
                ("Ctrl-A / E", "Go to the start / end of the line"),
                ("Ctrl-U / K", "Clear to the start / end of the line"),
                ("Ctrl-Z / R", "Undo / redo typing"),
            ] {
                out.push((keys.into(), what.into()));
            }
            let help = keymap
                .keys(Scope::Global, Command::Help)
                .iter()
                .find(|k| !k.is_plain_char());
            if let Some(key) = help {
                out.push((key.to_string(), "Show or hide this help".into()));
            }
            out.push((
                "Ctrl-C".into(),
                "Quit at once (what you typed is kept as a draft)".into(),
            ));
        }
        _ => {}
    }
    out
}

/// A pair's description where a pane uses it differently from the others.
fn describe_pair(scope: Scope, first: Command) -> Option<&'static str> {
    match (scope, first) {
        (Scope::Goals, Command::NextSection) => {
            Some("Next / previous list; in a goal, next / previous goal")
        }
        (Scope::Goals, Command::MoveUp) => Some("Move the step up / down"),
        (Scope::Home, Command::Down) => Some("Select the next / previous goal"),
        (Scope::Review, Command::Down) => Some("Select the next / previous week"),
        (Scope::Review, Command::First) => Some("Jump to the newest / oldest week"),
        _ => None,
    }
}

/// A command's description, worded for the scope it is used in.
fn describe(scope: Scope, command: Command) -> &'static str {
    match (scope, command) {
        (Scope::Gratitude, Command::Add) => "Add something you are grateful for",
        (Scope::RootCause, Command::Edit) => "Write the follow-up note",
        (Scope::RootCause, Command::Open) => "Open the selected setback",
        (Scope::Debrief, Command::Add) => "Add a setback, or to the section on screen",
        (Scope::Debrief, Command::Open) => {
            "Open the setback; edit the row, or note how a talk went"
        }
        (Scope::Debrief, Command::Edit) => "Edit the selected setback or row",
        (Scope::Debrief, Command::Delete) => "Delete the selected setback or row (asks first)",
        (Scope::Debrief, Command::Down) => "Select the next row",
        (Scope::Debrief, Command::Up) => "Select the previous row",
        (Scope::Debrief, Command::MakeGoal) => "Make a goal of a lesson or a takeaway",
        (Scope::Debrief, Command::MakeLesson) => "Keep a conversation's takeaway as a lesson",
        (Scope::Debrief, Command::ToNetwork) => {
            "In Strengths: add a person to your support network"
        }
        (Scope::RootCause, Command::MakeGoal) => "Turn the follow-up note into a goal",
        (Scope::Goals, Command::Add) => "Add a goal, step, idea or person, where you are",
        (Scope::Goals, Command::Open) => "Open the goal and its steps",
        (Scope::Goals, Command::Edit) => "Edit the selected goal, step, idea or person",
        (Scope::Goals, Command::Delete) => "Delete the selected row (asks first)",
        (Scope::Goals, Command::Back) => "Back to the list of goals",
        (Scope::Goals, Command::MakeGoal) => "Turn the selected idea into a goal",
        (Scope::Goals, Command::Archive) => "Put a goal or an idea aside; again brings it back",
        (Scope::Goals, Command::ClearAnswer) => "Clear the answer (in the list, the last one)",
        (Scope::Goals, Command::Touched) => "In People: note you were in touch today",
        (Scope::Goals, Command::Lifts) => "In People: mark someone who lifts you up",
        (Scope::Home, Command::Touched) => "On heavy days: note you were in touch with them",
        (Scope::Home, Command::PlanTalk) => "On heavy days: plan a talk with them",
        (Scope::Home, Command::Open) => "Open the selected goal in Goals",
        (Scope::Home, Command::TickStep) => "Tick the selected goal's next step",
        (Scope::Review, Command::Add) => "Write this week's review",
        (Scope::Review, Command::Edit) => "Write or edit the selected week's review",
        (Scope::Review, Command::Delete) => "Delete the selected week's review (asks first)",
        (Scope::Review, Command::Today) => "Back to the weeks up to this one",
        (Scope::Review, Command::MakeGoal) => "Make the week's small step a step of a goal",
        (Scope::RootCause, Command::TickStep) => "In Follow-up: tick or untick the motive",
        _ => command.description(),
    }
}

pub fn render(
    frame: &mut Frame,
    area: Rect,
    scopes: &[Scope],
    title: &str,
    scroll: &mut u16,
    keymap: &Keymap,
    theme: &Theme,
) {
    let lines = lines(scopes, title, keymap, theme);
    let content_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let scrolling_title = format!(" Keys: {title} (j/k to scroll, Esc to close) ");
    // As wide as its longest line needs (two columns of margin and a border each side), so
    // that a wide window never cuts a line and a narrow one gives it all it has.
    let widest = lines
        .iter()
        .map(Line::width)
        .chain([scrolling_title.chars().count()])
        .max()
        .unwrap_or(0);
    let wanted = u16::try_from(widest).unwrap_or(u16::MAX).saturating_add(6);
    let width = wanted.min(area.width).max(1);
    let height = content_height.saturating_add(2).min(area.height);
    let rect = centered(area, width, height);
    let visible = rect.height.saturating_sub(2);
    *scroll = (*scroll).min(content_height.saturating_sub(visible));
    let more = content_height > visible;
    let title_line = if more {
        scrolling_title
    } else {
        format!(" Keys: {title} (Esc to close) ")
    };
    let mut block = panel(title_line, true, theme);
    if more {
        block = block.title_bottom(scroll_sign(*scroll, visible, content_height, theme));
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    frame.render_widget(
        Paragraph::new(lines).scroll((*scroll, 0)),
        rect.inner(Margin::new(2, 1)),
    );
}

/// The sign on the bottom border that more keys are above or below the ones showing.
fn scroll_sign(scroll: u16, visible: u16, total: u16, theme: &Theme) -> Line<'static> {
    let above = scroll > 0;
    let below = scroll.saturating_add(visible) < total;
    let sign = match (above, below) {
        (true, true) => " ↑↓ more ",
        (false, true) => " ↓ more ",
        (true, false) => " ↑ more ",
        (false, false) => "",
    };
    Line::from(Span::styled(sign, theme.key)).right_aligned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_the_overlay_of_an_80_column_window() {
        let keymap = Keymap::defaults();
        let theme = Theme::plain();
        for scope in Scope::ALL {
            for line in lines(&[scope], "Root cause", &keymap, &theme) {
                // 80 columns less a border and two columns of margin each side.
                assert!(line.width() <= 74, "{scope:?}: {line}");
            }
        }
    }
}
