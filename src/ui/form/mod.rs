//! Multi-field forms: `Tab` moves between fields, `Ctrl-S` saves (so does `Enter` from a
//! one-line field), `Esc` closes (the pane asks first when something changed). A form is
//! kept as a draft like any other text.

mod error;
mod view;

pub use error::FormError;
use error::required;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::editor::Editor;
use crate::action::Action;
use crate::keymap::{Command, Keymap, Pending, Pressed, Scope};

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
    /// For a choice, words about each option, shown under it as the choice moves.
    hints: Vec<String>,
}

/// Pastes into the open form, or says how to open one.
pub fn paste_into(form: Option<&mut Form>, text: &str, scope: Scope) -> Option<Action> {
    match form {
        Some(form) => {
            form.paste(text);
            None
        }
        None => Some(Action::Say(format!(
            "To paste, first open a form: {{key:{0}.add}} adds, {{key:{0}.edit}} edits.",
            scope.name()
        ))),
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
                "Welcome back: your unsaved form is here. {key:editor.save} saves it, {key:editor.cancel} lets it go.".into(),
            ));
        }
        store.clear_draft(&slot)?;
    }
    Ok(None)
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
    /// The first key of a two-key binding (`Ctrl-X` of `Ctrl-X Ctrl-E`), waiting for the second.
    pending: Pending,
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
            pending: Pending::default(),
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
            hints: Vec::new(),
        });
        self.original = self.values();
        self
    }

    /// Words about each option of the choice just added, one per option in the same order;
    /// the one for the current option shows under it.
    pub fn option_hints(mut self, hints: Vec<String>) -> Form {
        if let Some(field) = self.fields.last_mut() {
            field.hints = hints;
        }
        self
    }

    /// The hint of field `index`'s current option, when it has one.
    pub fn hint(&self, index: usize) -> Option<&str> {
        let field = self.fields.get(index)?;
        let Input::Choice { selected, .. } = &field.input else {
            return None;
        };
        field.hints.get(*selected).map(String::as_str)
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
        let before = self.values();
        // The cursor goes back to the last field that was written in, where typing stopped.
        if let Some(index) = (0..values.len().min(before.len()))
            .rev()
            .find(|i| values[*i] != before[*i] && self.is_text(*i))
        {
            self.focus = index;
        }
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

    fn is_text(&self, index: usize) -> bool {
        self.fields
            .get(index)
            .is_some_and(|f| matches!(f.input, Input::Line(_) | Input::Text(_)))
    }

    /// `Enter` saves from a one-line field or a choice, as in Gratitude; in a field of
    /// several lines it starts a new line.
    pub fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> FormOutcome {
        let multi_line = matches!(self.focused_input(), Some(Input::Text(_)));
        match keymap.lookup_pressed(Scope::Editor, &mut self.pending, &key) {
            Pressed::Waiting => return FormOutcome::Editing,
            Pressed::Command(Command::Save) => return FormOutcome::Submit,
            Pressed::Command(Command::Submit) if !multi_line => return FormOutcome::Submit,
            Pressed::Command(Command::Cancel) => return FormOutcome::Cancel,
            Pressed::Command(Command::ExternalEditor) if self.focused_text().is_some() => {
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
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.input {
            Input::Line(editor) | Input::Text(editor) => {
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

    /// The keys worth showing for the focused field: the one that saves from it, closing, and
    /// the person's own editor where there is text to write.
    pub fn hints(&self) -> Vec<(Scope, Command)> {
        let e = |c| (Scope::Editor, c);
        match self.focused_input() {
            Some(Input::Text(_)) => vec![
                e(Command::Save),
                e(Command::Cancel),
                e(Command::ExternalEditor),
            ],
            Some(Input::Line(_)) => vec![
                e(Command::Submit),
                e(Command::Cancel),
                e(Command::ExternalEditor),
            ],
            _ => vec![e(Command::Submit), e(Command::Cancel)],
        }
    }

    fn focused_input(&self) -> Option<&Input> {
        self.fields.get(self.focus).map(|f| &f.input)
    }

    /// The focused field's text, if it is a text field.
    pub fn focused_text(&self) -> Option<String> {
        match &self.fields.get(self.focus)?.input {
            Input::Line(e) | Input::Text(e) => Some(e.text()),
            Input::Choice { .. } => None,
        }
    }

    /// Field `index`'s text, which must hold a few words: `what` names it if it is empty.
    pub fn required(&self, index: usize, what: &str) -> Result<String, FormError> {
        self.check(index, |text| required(text.to_string(), what))
    }

    /// Field `index`'s text read by `read`; what `read` says is wrong points at the field.
    pub fn check<T>(
        &self,
        index: usize,
        read: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, FormError> {
        read(&self.value(index)).map_err(|message| FormError {
            message,
            field: Some(index),
        })
    }

    /// Says why the form was not saved, with the cursor in the field to put right.
    pub fn refuse(&mut self, error: FormError) -> Action {
        if let Some(index) = error.field.filter(|i| *i < self.fields.len()) {
            self.focus = index;
        }
        Action::Say(error.message)
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
mod tests;
