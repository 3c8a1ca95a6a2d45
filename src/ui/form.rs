//! Multi-field forms: `Tab` moves between fields, `Ctrl-S` saves, `Esc` closes (the pane asks
//! first when something changed). A form is kept as a draft like any other text.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Padding, Paragraph, Wrap};

use super::editor::Editor;
use super::panel;
use crate::action::Action;
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;

enum Input {
    Line(Editor),
    Text(Editor),
    /// One of several options, chosen with ←/→ or Space.
    Choice {
        options: Vec<String>,
        selected: usize,
    },
}

struct Field {
    label: String,
    input: Input,
    /// Shares its row with the next half-width field.
    half: bool,
}

/// The keys worth showing while a form is open.
pub const FORM_HINTS: [(Scope, Command); 3] = [
    (Scope::Editor, Command::Save),
    (Scope::Editor, Command::Cancel),
    (Scope::Editor, Command::ExternalEditor),
];

/// Pastes into the open form, or says how to open one.
pub fn paste_into(form: Option<&mut Form>, text: &str) -> Option<Action> {
    match form {
        Some(form) => {
            form.paste(text);
            None
        }
        None => Some(Action::Say(
            "To paste, first open a form: a adds, e edits.".into(),
        )),
    }
}

/// Reopens the first kept form under `prefix` that `reopen` can place, forgetting the ones
/// it cannot (their record is gone); says so when one came back.
pub fn restore_kept_form(
    store: &crate::store::Store,
    prefix: &str,
    mut reopen: impl FnMut(&str, &str) -> bool,
) -> crate::store::Result<Option<String>> {
    for (slot, text) in store.drafts_with_prefix(prefix)? {
        if reopen(&slot, &text) {
            return Ok(Some(
                "Welcome back: your unsaved form is here. Ctrl-S saves it, Esc lets it go.".into(),
            ));
        }
        store.clear_draft(&slot)?;
    }
    Ok(None)
}

/// The text of a field that must not be left empty, or a kind word saying so.
pub fn required(text: String, what: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err(format!(
            "{what} needs a few words first; Esc closes without saving."
        ));
    }
    Ok(text)
}

/// What a key did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormOutcome {
    Editing,
    Submit,
    Cancel,
    /// Open the focused field's text in the person's own editor.
    External,
}

pub struct Form {
    title: String,
    intro: String,
    slot: String,
    fields: Vec<Field>,
    focus: usize,
    original: Vec<String>,
}

impl Form {
    pub fn new(title: impl Into<String>, slot: impl Into<String>) -> Form {
        Form {
            title: title.into(),
            intro: String::new(),
            slot: slot.into(),
            fields: Vec::new(),
            focus: 0,
            original: Vec::new(),
        }
    }

    /// Puts the cursor in field `index` (the fields added so far are counted).
    pub fn focus_on(mut self, index: usize) -> Form {
        self.focus = index.min(self.fields.len().saturating_sub(1));
        self
    }

    /// A line of guidance shown above the fields.
    pub fn intro(mut self, text: impl Into<String>) -> Form {
        self.intro = text.into();
        self
    }

    pub fn line(self, label: &str, value: &str, placeholder: &str) -> Form {
        let editor = Editor::single_line("", value, placeholder);
        self.push(label, Input::Line(editor), false)
    }

    /// A one-line field that shares its row with the next half-width one.
    pub fn half_line(self, label: &str, value: &str, placeholder: &str) -> Form {
        let editor = Editor::single_line("", value, placeholder);
        self.push(label, Input::Line(editor), true)
    }

    pub fn text(self, label: &str, value: &str, placeholder: &str) -> Form {
        let editor = Editor::multi_line("", value, placeholder);
        self.push(label, Input::Text(editor), false)
    }

    pub fn choice(self, label: &str, options: Vec<String>, selected: usize) -> Form {
        let selected = selected.min(options.len().saturating_sub(1));
        self.push(label, Input::Choice { options, selected }, false)
    }

    fn push(mut self, label: &str, input: Input, half: bool) -> Form {
        self.fields.push(Field {
            label: label.to_string(),
            input,
            half,
        });
        self.original = self.values();
        self
    }

    pub fn slot(&self) -> &str {
        &self.slot
    }

    /// Each field's text; a choice gives the index of its option.
    pub fn values(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| match &f.input {
                Input::Line(e) | Input::Text(e) => e.text(),
                Input::Choice { selected, .. } => selected.to_string(),
            })
            .collect()
    }

    pub fn value(&self, index: usize) -> String {
        self.values().get(index).cloned().unwrap_or_default()
    }

    pub fn has_changes(&self) -> bool {
        self.values() != self.original
    }

    /// Whether any text field holds words (a form of empty fields needs no asking).
    pub fn has_text(&self) -> bool {
        self.fields.iter().any(|f| match &f.input {
            Input::Line(e) | Input::Text(e) => !e.text().trim().is_empty(),
            Input::Choice { .. } => false,
        })
    }

    /// What the pane does after a key that did not submit the form: nothing while editing,
    /// the person's own editor, or closing (asking first when words would be lost).
    pub fn follow(&self, outcome: FormOutcome) -> Option<Action> {
        match outcome {
            FormOutcome::Editing | FormOutcome::Submit => None,
            FormOutcome::External => self
                .focused_text()
                .map(|text| Action::EditExternally { text }),
            FormOutcome::Cancel => Some(self.cancel_action()),
        }
    }

    /// What `Esc` asks for: closing at once, or, when typed words would be lost, asking first.
    pub fn cancel_action(&self) -> Action {
        let draft = self.slot.clone();
        if self.has_changes() && self.has_text() {
            return Action::Confirm {
                question: "Let go of what you typed in this form? It has not been saved.".into(),
                on_yes: Box::new(Action::DiscardEdit { draft }),
            };
        }
        Action::DiscardEdit { draft }
    }

    /// The draft kept for this form: its values as JSON.
    pub fn draft_text(&self) -> String {
        serde_json::to_string(&self.values()).unwrap_or_default()
    }

    /// Puts back values from a kept draft.
    pub fn restore(&mut self, draft: &str) {
        let Ok(values) = serde_json::from_str::<Vec<String>>(draft) else {
            return;
        };
        for (field, value) in self.fields.iter_mut().zip(values) {
            match &mut field.input {
                Input::Line(e) | Input::Text(e) => e.set_text(&value),
                Input::Choice { options, selected } => {
                    *selected = value
                        .parse::<usize>()
                        .unwrap_or(0)
                        .min(options.len().saturating_sub(1));
                }
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> FormOutcome {
        match keymap.lookup(Scope::Editor, &key) {
            Some(Command::Save) => return FormOutcome::Submit,
            Some(Command::Cancel) => return FormOutcome::Cancel,
            Some(Command::ExternalEditor) if self.focused_text().is_some() => {
                return FormOutcome::External;
            }
            _ => {}
        }
        let count = self.fields.len().max(1);
        match key.code {
            KeyCode::Tab => self.focus = (self.focus + 1) % count,
            KeyCode::BackTab => self.focus = (self.focus + count - 1) % count,
            _ => self.field_key(key),
        }
        FormOutcome::Editing
    }

    fn field_key(&mut self, key: KeyEvent) {
        let count = self.fields.len();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.input {
            Input::Line(editor) => {
                if key.code == KeyCode::Enter {
                    self.focus = (self.focus + 1).min(count.saturating_sub(1));
                } else {
                    editor.input(key);
                }
            }
            Input::Text(editor) => {
                editor.input(key);
            }
            Input::Choice { options, selected } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Left | KeyCode::Char('h') => *selected = (*selected + n - 1) % n,
                    KeyCode::Right | KeyCode::Char('l' | ' ') => *selected = (*selected + 1) % n,
                    _ => {}
                }
            }
        }
    }

    /// The focused field's text, if it is a text field.
    pub fn focused_text(&self) -> Option<String> {
        match &self.fields.get(self.focus)?.input {
            Input::Line(e) | Input::Text(e) => Some(e.text()),
            Input::Choice { .. } => None,
        }
    }

    /// Replaces the focused field's text (with what came back from an editor).
    pub fn set_focused_text(&mut self, text: &str) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            if let Input::Line(e) | Input::Text(e) = &mut field.input {
                e.set_text(text.trim_end_matches('\n'));
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(field) = self.fields.get_mut(self.focus) {
            if let Input::Line(e) | Input::Text(e) = &mut field.input {
                e.paste(text);
            }
        }
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let title = format!(
            " {} · Tab next field · Ctrl-S saves · Esc closes ",
            self.title
        );
        let block = panel(title, true, theme);
        let inner = block.inner(area);
        frame.render_widget(Clear, area);
        frame.render_widget(block, area);
        let rows = self.rows();
        // Each row of fields needs three lines (a border above and below its text); when the
        // window is too short for all of them, the intro goes first, then only the rows around
        // the focused field are shown, so that what is typed always stays in view.
        let needed = u16::try_from(rows.len() * 3).unwrap_or(u16::MAX);
        let intro_height = if self.intro.is_empty() || inner.height < needed.saturating_add(2) {
            0
        } else {
            2
        };
        let [intro, body] =
            Layout::vertical([Constraint::Length(intro_height), Constraint::Fill(1)]).areas(inner);
        if intro_height > 0 {
            let text = Paragraph::new(Span::styled(self.intro.clone(), theme.muted))
                .wrap(Wrap { trim: true })
                .block(ratatui::widgets::Block::new().padding(Padding::horizontal(1)));
            frame.render_widget(text, intro);
        }
        let shown = shown_rows(
            rows.len(),
            self.focus_row(&rows),
            usize::from(body.height / 3),
        );
        let rows = &rows[shown];
        let constraints: Vec<Constraint> = rows
            .iter()
            .map(|row| {
                if row
                    .iter()
                    .any(|&i| matches!(self.fields[i].input, Input::Text(_)))
                {
                    Constraint::Min(3)
                } else {
                    Constraint::Length(3)
                }
            })
            .collect();
        let areas = Layout::vertical(constraints).split(body);
        for (row, row_area) in rows.iter().zip(areas.iter()) {
            let cells = Layout::horizontal(vec![Constraint::Fill(1); row.len()]).split(*row_area);
            for (&index, cell) in row.iter().zip(cells.iter()) {
                self.render_field(frame, index, *cell, theme);
            }
        }
    }

    /// The row holding the focused field.
    fn focus_row(&self, rows: &[Vec<usize>]) -> usize {
        rows.iter()
            .position(|row| row.contains(&self.focus))
            .unwrap_or(0)
    }

    /// Field indexes grouped into rows: half-width fields pair up.
    fn rows(&self) -> Vec<Vec<usize>> {
        let mut rows: Vec<Vec<usize>> = Vec::new();
        let mut pairing = false;
        for (i, field) in self.fields.iter().enumerate() {
            match rows.last_mut() {
                Some(row) if pairing => row.push(i),
                _ => rows.push(vec![i]),
            }
            pairing = field.half && !pairing;
        }
        rows
    }

    fn render_field(&mut self, frame: &mut Frame, index: usize, area: Rect, theme: &Theme) {
        let focused = index == self.focus;
        let field = &mut self.fields[index];
        // The focused field is marked in words too, for screens without colour.
        let label = if focused {
            format!(" ▸ {} ", field.label)
        } else {
            format!(" {} ", field.label)
        };
        let block = panel(label, focused, theme).padding(Padding::horizontal(1));
        match &mut field.input {
            Input::Line(editor) | Input::Text(editor) => editor.render(frame, area, block, theme),
            Input::Choice { options, selected } => {
                let current = options.get(*selected).cloned().unwrap_or_default();
                let line = Line::from(vec![
                    Span::styled("‹ ", theme.key),
                    Span::styled(current, if focused { theme.selected } else { theme.base }),
                    Span::styled(" ›", theme.key),
                    Span::styled("  ←/→ to change", theme.muted),
                ]);
                frame.render_widget(Paragraph::new(line).block(block), area);
            }
        }
    }
}

/// Which of `count` rows to show when only `fit` fit: all of them when they fit, otherwise a
/// run of `fit` (at least one) that holds the focused row.
fn shown_rows(count: usize, focus: usize, fit: usize) -> std::ops::Range<usize> {
    if count <= fit {
        return 0..count;
    }
    let fit = fit.max(1);
    let first = focus.saturating_sub(fit - 1).min(count - fit);
    first..first + fit
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    #[test]
    fn a_short_window_shows_the_rows_around_the_focus() {
        assert_eq!(shown_rows(3, 0, 5), 0..3);
        assert_eq!(shown_rows(4, 0, 2), 0..2);
        assert_eq!(shown_rows(4, 1, 2), 0..2);
        assert_eq!(shown_rows(4, 2, 2), 1..3);
        assert_eq!(shown_rows(4, 3, 2), 2..4);
        assert_eq!(shown_rows(4, 3, 0), 3..4);
        assert_eq!(shown_rows(0, 0, 0), 0..0);
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn tab_moves_and_values_come_back() {
        let keymap = Keymap::defaults();
        let mut form = Form::new("T", "slot")
            .line("Title", "", "")
            .text("Summary", "", "")
            .choice("Stage", vec!["—".into(), "Anger".into()], 0);
        form.handle_key(key(KeyCode::Char('x')), &keymap);
        form.handle_key(key(KeyCode::Tab), &keymap);
        form.handle_key(key(KeyCode::Char('y')), &keymap);
        form.handle_key(key(KeyCode::Enter), &keymap);
        form.handle_key(key(KeyCode::Char('z')), &keymap);
        form.handle_key(key(KeyCode::Tab), &keymap);
        form.handle_key(key(KeyCode::Right), &keymap);
        assert_eq!(form.values(), ["x", "y\nz", "1"]);
        assert!(form.has_changes());
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(form.handle_key(ctrl_s, &keymap), FormOutcome::Submit);
        assert_eq!(
            form.handle_key(key(KeyCode::Esc), &keymap),
            FormOutcome::Cancel
        );
    }

    #[test]
    fn drafts_round_trip() {
        let mut form =
            Form::new("T", "slot")
                .line("A", "", "")
                .choice("B", vec!["a".into(), "b".into()], 0);
        form.restore(r#"["kept words","1"]"#);
        assert_eq!(form.values(), ["kept words", "1"]);
        let mut other =
            Form::new("T", "slot")
                .line("A", "", "")
                .choice("B", vec!["a".into(), "b".into()], 0);
        other.restore(&form.draft_text());
        assert_eq!(other.values(), form.values());
        other.restore("not json");
        assert_eq!(other.values(), form.values());
    }

    #[test]
    fn half_fields_pair_up() {
        let form = Form::new("T", "s")
            .half_line("Date", "", "")
            .half_line("Time", "", "")
            .line("What", "", "");
        assert_eq!(form.rows(), vec![vec![0, 1], vec![2]]);
    }
}
