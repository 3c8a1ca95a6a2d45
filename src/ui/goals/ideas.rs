//! The ideas funnel in the Goals pane: ideas weighed by three questions, best first, turned
//! into goals or set aside for now.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Paragraph, Wrap};

use super::forms::FormKind;
use super::{Focus, GoalsPane};
use crate::action::Write;
use crate::action::{Action, ForwardWrite};
use crate::domain::forward::{Idea, IdeaStatus, Question, Verdict};
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Scope};
use crate::ui::lists::{is_move, moved};
use crate::ui::{RenderCtx, selectable_list, step_row};

impl GoalsPane {
    pub(super) fn ideas_list_key(&mut self, command: Command) -> Option<Action> {
        let count = self.ideas.len();
        match command {
            Command::Add => self.open_form(FormKind::NewIdea, None),
            Command::Open if count > 0 => {
                self.focus = Focus::Steps;
                self.row = 0;
                None
            }
            Command::Edit if count > 0 => self.open_form(FormKind::EditIdea, None),
            c if is_move(c) => {
                self.selected = moved(self.selected, count, self.list_page.rows(), c)?;
                self.selected_id = self.current_idea().map(|i| i.id);
                None
            }
            Command::AnswerYes | Command::AnswerPartly | Command::AnswerNo => {
                self.weigh_from_list(command)
            }
            Command::ClearAnswer => self.clear_from_list(),
            _ => self.idea_command(command),
        }
    }

    /// From the list, y/m/n answer the selected idea's first question not yet answered.
    fn weigh_from_list(&self, command: Command) -> Option<Action> {
        let idea = self.current_idea()?;
        let verdict = match command {
            Command::AnswerYes => Verdict::Yes,
            Command::AnswerPartly => Verdict::Maybe,
            _ => Verdict::No,
        };
        let Some(question) = Question::ALL
            .into_iter()
            .find(|q| idea.weighing(*q).verdict.is_none())
        else {
            return Some(Action::Say(
                "All three questions are answered; {key:goals.open} opens the idea to change one."
                    .into(),
            ));
        };
        Some(forward(ForwardWrite::WeighIdea {
            id: idea.id,
            question,
            verdict: Some(verdict),
            note: idea.weighing(question).note.clone(),
        }))
    }

    /// From the list, the clear key takes back the selected idea's last answer.
    fn clear_from_list(&self) -> Option<Action> {
        let idea = self.current_idea()?;
        let Some(question) = Question::ALL
            .into_iter()
            .rev()
            .find(|q| idea.weighing(*q).verdict.is_some())
        else {
            return Some(Action::Say("This idea has no answers to clear yet.".into()));
        };
        Some(forward(ForwardWrite::WeighIdea {
            id: idea.id,
            question,
            verdict: None,
            note: idea.weighing(question).note.clone(),
        }))
    }

    /// Keys on an open idea: the selected question is answered, or its notes written.
    pub(super) fn idea_key(&mut self, command: Command) -> Option<Action> {
        let idea = self.current_idea()?;
        let question = Question::ALL[self.row.min(2)];
        let verdict = match command {
            Command::AnswerYes => Some(Verdict::Yes),
            Command::AnswerPartly => Some(Verdict::Maybe),
            Command::AnswerNo => Some(Verdict::No),
            _ => None,
        };
        match command {
            Command::Back => {
                self.focus = Focus::List;
                None
            }
            c if is_move(c) => {
                self.row = moved(self.row, 3, self.steps_page.rows(), c)?;
                None
            }
            Command::AnswerYes
            | Command::AnswerPartly
            | Command::AnswerNo
            | Command::ClearAnswer => {
                let note = idea.weighing(question).note.clone();
                let id = idea.id;
                if verdict.is_some() {
                    self.row = step_row(self.row, true, 3);
                }
                Some(forward(ForwardWrite::WeighIdea {
                    id,
                    question,
                    verdict,
                    note,
                }))
            }
            Command::Open | Command::Edit => self.open_form(FormKind::IdeaNotes, None),
            _ => self.idea_command(command),
        }
    }

    /// What works on an idea from the list and from the idea itself.
    fn idea_command(&mut self, command: Command) -> Option<Action> {
        let idea = self.current_idea()?;
        match command {
            Command::MakeGoal => Some(forward(ForwardWrite::PromoteIdea(idea.id))),
            Command::Archive => Some(forward(ForwardWrite::SetIdeaAside {
                id: idea.id,
                aside: idea.status == IdeaStatus::Open,
            })),
            Command::Delete => Some(Action::Confirm {
                question: format!(
                    "Delete the idea “{}”? You can undo it with {{key:global.undo}}; {{key:goals.archive}} sets it aside instead.",
                    truncate(&idea.text, 50)
                ),
                on_yes: Box::new(forward(ForwardWrite::DeleteIdea(idea.id))),
            }),
            _ => None,
        }
    }
}

fn forward(write: ForwardWrite) -> Action {
    Action::Write(Write::Forward { write, draft: None })
}

/// A bar of six cells for how well an idea passes: "■■■■□□".
fn score_bar(idea: &Idea) -> (String, String) {
    let score = usize::from(idea.score());
    ("■".repeat(score), "□".repeat(6 - score.min(6)))
}

pub(super) fn render_list(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    if pane.ideas.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Goals, Command::Add)
            .unwrap_or_default();
        let text = format!(
            "No ideas yet. What could you do next, however wild? Press {key} to note one; you will weigh it after."
        );
        let body = Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(body, area.inner(ratatui::layout::Margin::new(1, 0)));
        return;
    }
    let width = usize::from(area.width.saturating_sub(3)).max(1);
    let items: Vec<ListItem> = pane
        .ideas
        .iter()
        .map(|idea| {
            let aside = idea.status == IdeaStatus::NotNow;
            let title_style = if aside { theme.muted } else { theme.heading };
            let (full, empty) = score_bar(idea);
            let second = match (aside, idea.answered()) {
                (true, _) => Line::from(Span::styled("  not now", theme.muted)),
                (false, 0) => Line::from(Span::styled("  not weighed yet", theme.muted)),
                (false, _) => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(full, theme.accent),
                    Span::styled(empty, theme.muted),
                    Span::styled(format!(" {}/6", idea.score()), theme.base),
                ]),
            };
            ListItem::new(Text::from(vec![
                Line::from(Span::styled(truncate(&idea.text, width), title_style)),
                second,
                Line::raw(""),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(pane.selected));
    let heights = crate::ui::item_heights(&items);
    let list = selectable_list(items, pane.focus == Focus::List, theme);
    frame.render_stateful_widget(list, area, &mut state);
    pane.list_page.note(&heights, state.offset(), area.height);
    ctx.clicks.add("ideas", area, heights, state.offset());
}

pub(super) fn render_detail(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let Some(idea) = pane.current_idea() else {
        return super::view::render_nothing(frame, area, "Pick or add an idea to weigh it.", ctx);
    };
    let focused = pane.focus == Focus::Steps;
    let block = crate::ui::setback_panel(&idea.text, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width.saturating_sub(2)).max(1);
    let head = match idea.answered() {
        0 => "Weigh it: three questions, yes, maybe or no.".to_string(),
        n => format!(
            "{} of 6 points (a yes counts 2, a maybe 1) · {n} of 3 questions answered",
            idea.score()
        ),
    };
    let [top, rows, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let head = Paragraph::new(Span::styled(head, theme.muted)).wrap(Wrap { trim: true });
    frame.render_widget(head, top);
    let items: Vec<ListItem> = Question::ALL
        .iter()
        .map(|q| {
            let w = idea.weighing(*q);
            let answer = w.verdict.map_or("–", Verdict::label);
            let pad = width.saturating_sub(q.text().chars().count() + answer.chars().count());
            let mut lines = vec![Line::from(vec![
                Span::styled(q.text().to_string(), theme.base),
                Span::raw(" ".repeat(pad)),
                Span::styled(answer.to_string(), theme.accent),
            ])];
            for part in wrap(&w.note, width.saturating_sub(2).max(1), 2) {
                lines.push(Line::from(Span::styled(format!("  {part}"), theme.muted)));
            }
            lines.push(Line::raw(""));
            ListItem::new(Text::from(lines))
        })
        .collect();
    let mut state = ListState::default().with_selected(focused.then_some(pane.row));
    let heights = crate::ui::item_heights(&items);
    frame.render_stateful_widget(selectable_list(items, true, theme), rows, &mut state);
    pane.steps_page.note(&heights, state.offset(), rows.height);
    ctx.clicks.add("questions", rows, heights, state.offset());
    let promote = ctx
        .keymap
        .short_label(Scope::Goals, Command::MakeGoal)
        .unwrap_or_default();
    let tip =
        format!("When it feels right, {promote} makes it a goal, with these notes as its why.");
    frame.render_widget(
        Paragraph::new(Span::styled(tip, theme.muted)).wrap(Wrap { trim: true }),
        foot,
    );
}
