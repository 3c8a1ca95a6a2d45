//! The search overlay (`/` from any pane): a one-line input, and live results as the person
//! types, each with its kind, its date and the matched words highlighted. It only holds what
//! is on screen; the App runs each query against the store and hands the hits back.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, ListItem, ListState, Paragraph, Wrap};

use super::editor::Editor;
use super::{centered, panel, selectable_list, step_row};
use crate::action::PaneId;
use crate::domain::search::{Hit, Record, RecordKind, Typed};
use crate::domain::text::{char_width, display_width, truncate};
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;

/// How many hits a query shows at most.
pub const MAX_HITS: usize = 50;

/// The largest the overlay grows on a large screen.
/// The most a search holds, in characters: a search is a few words, and a whole pasted page
/// of them would keep the index busy scoring thousands of words for every key.
pub const MAX_QUERY_CHARS: usize = 200;
const MAX_WIDTH: u16 = 100;
const MAX_HEIGHT: u16 = 24;
/// Columns taken by the kind and the date before each snippet.
const KIND_WIDTH: usize = 10;

/// What a key did to the overlay.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchOutcome {
    Keep,
    Close,
    /// The text changed: search again for it.
    Query(String),
    /// Show this record in its pane.
    Show(Record),
}

pub struct SearchOverlay {
    input: Editor,
    hits: Vec<Hit>,
    list: ListState,
    /// Why the last search could not run, if it could not.
    problem: Option<String>,
    /// A search stopped before it finished because an event was waiting: its text, to run
    /// again once that event is handled, and the hits shown meanwhile are the last ones.
    unfinished: Option<String>,
}

impl Default for SearchOverlay {
    fn default() -> Self {
        SearchOverlay {
            input: Editor::single_line("", "", "Type a word you wrote: a name, a place, a feeling"),
            hits: Vec::new(),
            list: ListState::default(),
            problem: None,
            unfinished: None,
        }
    }
}

impl SearchOverlay {
    pub fn text(&self) -> String {
        self.input.text()
    }

    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Keeps the text of a search that stopped before it finished.
    pub fn set_unfinished(&mut self, text: String) {
        self.unfinished = Some(text);
    }

    pub fn has_unfinished(&self) -> bool {
        self.unfinished.is_some()
    }

    /// The text of a search that stopped before it finished, if the last one did.
    pub fn take_unfinished(&mut self) -> Option<String> {
        self.unfinished.take()
    }

    /// Takes the hits of the latest query (or why it failed), the best one selected.
    pub fn set_hits(&mut self, hits: Result<Vec<Hit>, String>) {
        self.unfinished = None;
        match hits {
            Ok(hits) => {
                self.hits = hits;
                self.problem = None;
            }
            Err(problem) => {
                self.hits.clear();
                self.problem = Some(problem);
            }
        }
        self.list = ListState::default().with_selected((!self.hits.is_empty()).then_some(0));
    }

    pub fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> SearchOutcome {
        let command = keymap.lookup(Scope::Editor, &key);
        match key.code {
            KeyCode::Esc => return SearchOutcome::Close,
            _ if command == Some(Command::Cancel) => return SearchOutcome::Close,
            KeyCode::Enter => {
                return self
                    .selected()
                    .map_or(SearchOutcome::Keep, |hit| SearchOutcome::Show(hit.record()));
            }
            KeyCode::Down | KeyCode::Up => self.move_by(1, key.code == KeyCode::Down),
            KeyCode::PageDown | KeyCode::PageUp => self.move_by(10, key.code == KeyCode::PageDown),
            _ => {
                if self.input.input(key) {
                    return SearchOutcome::Query(self.query());
                }
            }
        }
        SearchOutcome::Keep
    }

    pub fn paste(&mut self, text: &str) -> SearchOutcome {
        let room = MAX_QUERY_CHARS.saturating_sub(self.input.text().chars().count());
        let text: String = text.chars().take(room).collect();
        if self.input.paste(&text) {
            SearchOutcome::Query(self.query())
        } else {
            SearchOutcome::Keep
        }
    }

    /// What is searched for: the box's text, at most [`MAX_QUERY_CHARS`] of it.
    fn query(&self) -> String {
        self.input.text().chars().take(MAX_QUERY_CHARS).collect()
    }

    fn selected(&self) -> Option<&Hit> {
        self.list.selected().and_then(|i| self.hits.get(i))
    }

    fn move_by(&mut self, rows: usize, down: bool) {
        let mut index = self.list.selected().unwrap_or(0);
        for _ in 0..rows {
            index = step_row(index, down, self.hits.len());
        }
        if !self.hits.is_empty() {
            self.list.select(Some(index));
        }
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let width = area.width.saturating_sub(4).clamp(1, MAX_WIDTH);
        let height = area.height.saturating_sub(2).clamp(1, MAX_HEIGHT);
        let rect = centered(area, width, height);
        let block = panel(Span::styled(" Search ", theme.heading), true, theme);
        let inner = block.inner(rect).inner(Margin::new(1, 0));
        frame.render_widget(Clear, rect);
        frame.render_widget(block, rect);
        let [input, status, results, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let [prompt, field] =
            Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(input);
        frame.render_widget(Span::styled("/ ", theme.accent), prompt);
        self.input.render(frame, field, Block::default(), theme);
        frame.render_widget(Line::from(self.status_text(theme)), status);
        self.render_hits(frame, results, theme);
        frame.render_widget(
            Line::from(vec![
                Span::styled("↑↓", theme.key),
                Span::styled(" choose  ", theme.hint),
                Span::styled("Enter", theme.key),
                Span::styled(" show  ", theme.hint),
                Span::styled("Esc", theme.key),
                Span::styled(" close", theme.hint),
            ]),
            footer,
        );
    }

    fn status_text(&self, theme: &Theme) -> Vec<Span<'static>> {
        let typed = Typed::parse(&self.input.text());
        let range = match (typed.from, typed.to) {
            (Some(from), Some(to)) => format!(" · {from} to {to}"),
            (Some(from), None) => format!(" · from {from}"),
            (None, Some(to)) => format!(" · up to {to}"),
            (None, None) => String::new(),
        };
        let text = if let Some(problem) = &self.problem {
            return vec![Span::styled(problem.clone(), theme.error)];
        } else if typed.words.trim().is_empty() {
            String::new()
        } else if self.hits.is_empty() {
            "Nothing found. Try fewer words, or the start of one.".to_string()
        } else if self.hits.len() == 1 {
            "1 match".to_string()
        } else if self.hits.len() >= MAX_HITS {
            format!("The best {MAX_HITS} matches")
        } else {
            format!("{} matches, best first", self.hits.len())
        };
        vec![
            Span::styled(text, theme.muted),
            Span::styled(range, theme.accent),
        ]
    }

    fn render_hits(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if self.hits.is_empty() {
            if self.input.text().trim().is_empty() {
                let text = "Everything you wrote is searched: setbacks and their debriefs, \
                            gratitude, day notes, goals and steps, ideas and people. \
                            Add from:2026-03 or to:2026-03-31 to search between dates.";
                let body =
                    Paragraph::new(Span::styled(text, theme.muted)).wrap(Wrap { trim: true });
                frame.render_widget(body, area);
            }
            return;
        }
        // Two columns for the selection mark, then kind, date and the snippet.
        let snippet_width = usize::from(area.width).saturating_sub(2 + KIND_WIDTH + 11);
        let highlight = theme.accent.add_modifier(Modifier::BOLD);
        let items: Vec<ListItem> = self
            .hits
            .iter()
            .map(|hit| {
                let mut spans = vec![
                    Span::styled(
                        format!(
                            "{:<KIND_WIDTH$}",
                            truncate(hit.kind.label(), KIND_WIDTH - 1)
                        ),
                        theme.heading,
                    ),
                    Span::styled(format!("{} ", hit.date), theme.muted),
                ];
                spans.extend(snippet_spans(hit, snippet_width, theme.base, highlight));
                ListItem::new(Line::from(spans))
            })
            .collect();
        let list = selectable_list(items, true, theme);
        frame.render_stateful_widget(list, area, &mut self.list);
    }
}

/// The snippet cut to `width` columns, matched words in `highlight`.
fn snippet_spans(hit: &Hit, width: usize, base: Style, highlight: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (text, matched) in bring_match_into_view(hit.parts(), width) {
        let text = text.as_str();
        let style = if matched { highlight } else { base };
        if used + display_width(text) <= width {
            used += display_width(text);
            spans.push(Span::styled(text.to_string(), style));
            continue;
        }
        let mut cut = String::new();
        for c in text.chars() {
            if used + char_width(c) + 1 > width {
                break;
            }
            used += char_width(c);
            cut.push(c);
        }
        if width > 0 {
            cut.push('…');
        }
        spans.push(Span::styled(cut, style));
        break;
    }
    spans
}

/// When the first matched word would not fit in `width`, the words before it are cut from
/// the left (with "…") to a third of the width, so the match shows.
fn bring_match_into_view<'a>(
    parts: impl IntoIterator<Item = (&'a str, bool)>,
    width: usize,
) -> Vec<(String, bool)> {
    let parts: Vec<(String, bool)> = parts.into_iter().map(|(t, m)| (t.to_string(), m)).collect();
    let Some(first) = parts.iter().position(|(_, m)| *m) else {
        return parts;
    };
    let before: usize = parts[..first].iter().map(|(t, _)| display_width(t)).sum();
    if before + display_width(&parts[first].0) < width {
        return parts;
    }
    let lead: String = parts[..first].iter().map(|(t, _)| t.as_str()).collect();
    let keep = width / 3;
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in lead.chars().rev() {
        if used + char_width(c) > keep {
            break;
        }
        used += char_width(c);
        tail.push(c);
    }
    let tail: String = tail.into_iter().rev().collect();
    // Start at a whole word, not in the middle of one or at a separator.
    let from_word = tail
        .find(char::is_whitespace)
        .map_or(tail.as_str(), |i| &tail[i..]);
    let from_word = from_word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut out = vec![(format!("…{from_word}"), false)];
    out.extend(parts.into_iter().skip(first));
    out
}

/// The pane that shows a kind of record.
pub fn pane_for(kind: RecordKind) -> PaneId {
    match kind {
        RecordKind::Gratitude | RecordKind::Note => PaneId::Gratitude,
        RecordKind::Goal | RecordKind::Step | RecordKind::Idea | RecordKind::Person => {
            PaneId::Goals
        }
        RecordKind::FollowUp => PaneId::RootCause,
        RecordKind::Review => PaneId::Review,
        RecordKind::Setback
        | RecordKind::Event
        | RecordKind::Answer
        | RecordKind::Strength
        | RecordKind::Lesson
        | RecordKind::Story
        | RecordKind::Checkin
        | RecordKind::Reframe
        | RecordKind::Conversation
        | RecordKind::Chapter => PaneId::Debrief,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_page_searches_only_its_first_words() {
        let mut overlay = SearchOverlay::default();
        let page = "long paste, ".repeat(3_000);
        let SearchOutcome::Query(query) = overlay.paste(&page) else {
            panic!("a paste searches");
        };
        assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
        assert!(page.starts_with(&query));
        // A second paste has no room left, and typing keeps the query as long as it was.
        assert!(
            !matches!(overlay.paste("more"), SearchOutcome::Query(q) if q.len() > MAX_QUERY_CHARS)
        );
    }

    #[test]
    fn a_late_match_is_brought_into_view() {
        let parts = vec![
            (
                "Slow start, better afternoon. Sent two applications and took a ",
                false,
            ),
            ("walk", true),
            (" before dark.", false),
        ];
        let shown = bring_match_into_view(parts.clone(), 40);
        assert!(shown[0].0.starts_with('…'), "{shown:?}");
        assert!(display_width(&shown[0].0) <= 14, "{shown:?}");
        assert_eq!(shown[1], ("walk".to_string(), true));
        let early = bring_match_into_view(parts, 200);
        assert_eq!(
            early[0].0,
            "Slow start, better afternoon. Sent two applications and took a "
        );
    }
}
