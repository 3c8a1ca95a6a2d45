//! The support network in the Goals pane: the people who can help, and when the person was
//! last in touch with each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{ListItem, ListState, Paragraph, Wrap};

use super::forms::FormKind;
use super::{Focus, GoalsPane};
use crate::action::Write;
use crate::action::{Action, ForwardWrite};
use crate::domain::dates::list_date;
use crate::domain::forward::{Help, Person};
use crate::domain::text::{truncate, wrap};
use crate::keymap::{Command, Scope};
use crate::ui::lists::{is_move, moved};
use crate::ui::{RenderCtx, selectable_list};

impl GoalsPane {
    pub(super) fn people_key(&mut self, command: Command) -> Option<Action> {
        let count = self.people.len();
        match command {
            Command::Add => self.open_form(FormKind::NewPerson, None),
            c if is_move(c) => {
                self.selected = moved(self.selected, count, self.list_page.rows(), c)?;
                self.selected_id = self.current_person().map(|p| p.id);
                None
            }
            Command::Open | Command::Edit if count > 0 => {
                self.open_form(FormKind::EditPerson, None)
            }
            Command::Touched => {
                let person = self.current_person()?;
                Some(Action::Write(Write::Forward {
                    write: ForwardWrite::TouchPerson(person.id),
                    draft: None,
                }))
            }
            Command::Lifts => {
                let person = self.current_person()?;
                Some(Action::Write(Write::Forward {
                    write: ForwardWrite::SetLifts {
                        id: person.id,
                        lifts: !person.lifts,
                    },
                    draft: None,
                }))
            }
            Command::Delete => {
                let person = self.current_person()?;
                Some(Action::Confirm {
                    question: format!(
                        "Remove {} from your network? Steps that name them keep their words, and {{key:global.undo}} brings them back.",
                        truncate(&person.name, 40)
                    ),
                    on_yes: Box::new(Action::Write(Write::Forward {
                        write: ForwardWrite::DeletePerson(person.id),
                        draft: None,
                    })),
                })
            }
            _ => None,
        }
    }
}

fn helps_words(person: &Person) -> String {
    person
        .helps
        .iter()
        .map(|h| h.label())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn render_list(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    if pane.people.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Goals, Command::Add)
            .unwrap_or_default();
        let kinds: Vec<&str> = Help::ALL.iter().map(|h| h.label()).collect();
        let text = format!(
            "Who can you lean on or learn from? People who offer {}. Press {key} to add someone.",
            kinds.join(", ")
        );
        let body = Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(body, area.inner(ratatui::layout::Margin::new(1, 0)));
        return;
    }
    let width = usize::from(area.width.saturating_sub(3)).max(1);
    let items: Vec<ListItem> = pane
        .people
        .iter()
        .map(|p| {
            let helps = helps_words(p);
            let lifts = p.lifts.then_some("lifts you up".to_string());
            let contact = Some(p.contact_words(ctx.today));
            let second = [lifts, (!helps.is_empty()).then_some(helps), contact]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            ListItem::new(Text::from(vec![
                Line::from(Span::styled(truncate(&p.name, width), theme.heading)),
                Line::from(Span::styled(
                    format!("  {}", truncate(&second, width.saturating_sub(2))),
                    theme.muted,
                )),
                Line::raw(""),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(pane.selected));
    let heights = crate::ui::item_heights(&items);
    let list = selectable_list(items, pane.focus == Focus::List, theme);
    frame.render_stateful_widget(list, area, &mut state);
    pane.list_page.note(&heights, state.offset(), area.height);
    ctx.clicks.add("people", area, heights, state.offset());
}

pub(super) fn render_detail(pane: &GoalsPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let Some(person) = pane.current_person() else {
        return super::view::render_nothing(frame, area, "Add someone who can help.", ctx);
    };
    let block = crate::ui::setback_panel(&person.name, false, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let helps = helps_words(person);
    let mut lines = vec![
        Line::from(Span::styled(
            if helps.is_empty() {
                "How they can help: not said yet".to_string()
            } else {
                format!("Can help with {helps}")
            },
            theme.base,
        )),
        Line::from(Span::styled(
            format!(
                "{}{}",
                crate::domain::text::capitalise(&person.contact_words(ctx.today)),
                person
                    .last_contact
                    .map(|d| format!(" ({})", list_date(d)))
                    .unwrap_or_default()
            ),
            theme.muted,
        )),
        Line::raw(""),
    ];
    for part in wrap(&person.note, width, 8) {
        lines.push(Line::from(Span::styled(part, theme.base)));
    }
    lines.extend(talk_lines(pane, width, theme));
    let touched = ctx
        .keymap
        .short_label(Scope::Goals, Command::Touched)
        .unwrap_or_default();
    lines.push(Line::raw(""));
    lines.push(Line::from(Span::styled(
        format!("Press {touched} after you have been in touch. A ticked step that names them counts too."),
        theme.muted,
    )));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// The person's conversations: what each was for, when, and its takeaway once held.
fn talk_lines(pane: &GoalsPane, width: usize, theme: &crate::theme::Theme) -> Vec<Line<'static>> {
    if pane.person_talks.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::raw(""),
        Line::from(Span::styled("Conversations", theme.heading)),
    ];
    for talk in &pane.person_talks {
        let kind = &crate::assets::conversations().kind(talk.kind).label;
        let when = match (talk.held_on, talk.planned_on) {
            (Some(day), _) => format!("held {}", crate::domain::dates::list_date(day)),
            (None, Some(day)) => format!("planned {}", crate::domain::dates::list_date(day)),
            (None, None) => "planned".to_string(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  {kind}"), theme.base),
            Span::styled(format!(" · {when}"), theme.muted),
        ]));
        if !talk.takeaway.trim().is_empty() {
            for part in wrap(&talk.takeaway, width.saturating_sub(4).max(1), 2) {
                lines.push(Line::from(Span::styled(format!("    {part}"), theme.muted)));
            }
        }
    }
    lines
}
