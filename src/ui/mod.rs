//! Everything drawn on screen: the panes, the tab bar, the status line and the popups.

pub mod debrief;
pub mod editor;
pub mod form;
pub mod goals;
pub mod gratitude;
pub mod help;
pub mod home;
pub mod lists;
pub mod messages;
pub mod popup;
pub mod review;
pub mod root_cause;
pub mod search;
pub mod stage_path;
pub mod status_bar;
pub mod tabs;
pub mod wrap;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

use crate::action::{Action, PaneId, Read, Write};
use crate::domain::search::Record;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};
use crate::theme::Theme;
use uuid::Uuid;

/// What every pane gets when drawing.
pub struct RenderCtx<'a> {
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
    pub today: NaiveDate,
    /// The first day of the week in calendars.
    pub week_start: chrono::Weekday,
    /// Where lists are drawn, for the mouse.
    pub clicks: &'a Clicks,
}

/// Where each list was drawn in the last frame, so that a click can find its row.
#[derive(Default)]
pub struct Clicks(std::cell::RefCell<Vec<ClickList>>);

struct ClickList {
    tag: &'static str,
    area: Rect,
    offset: usize,
    heights: Vec<u16>,
}

impl Clicks {
    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    /// Notes a list named `tag` drawn in `area`, its rows `heights` tall, scrolled by `offset`.
    pub fn add(&self, tag: &'static str, area: Rect, heights: Vec<u16>, offset: usize) {
        self.0.borrow_mut().push(ClickList {
            tag,
            area,
            offset,
            heights,
        });
    }

    /// The list and the row under a click, if it landed on one.
    pub fn find(&self, column: u16, row: u16) -> Option<(&'static str, usize)> {
        let lists = self.0.borrow();
        let point = ratatui::layout::Position::new(column, row);
        let list = lists.iter().rev().find(|l| l.area.contains(point))?;
        let mut top = list.area.y;
        for (index, height) in list.heights.iter().enumerate().skip(list.offset) {
            if row < top.saturating_add(*height) {
                return Some((list.tag, index));
            }
            top = top.saturating_add(*height);
        }
        None
    }
}

/// How many rows each list item takes.
pub fn item_heights(items: &[ratatui::widgets::ListItem]) -> Vec<u16> {
    items
        .iter()
        .map(|i| u16::try_from(i.height()).unwrap_or(u16::MAX))
        .collect()
}

/// Something a pane is told, besides being drawn and read.
pub enum Input<'a> {
    /// A key the popups and global keys did not take (every key while typing).
    Key(KeyEvent),
    /// Pasted text.
    Paste(&'a str),
    /// One of the pane's commands, as if its key had been pressed (a jump from another pane).
    Run(Command),
    /// A click on row `row` of the list the pane drew as `list`.
    Click { list: &'static str, row: usize },
    /// Show one record (a goal from Home, a search hit); the read that follows finds it. A
    /// pane with a form open stays as it is.
    Show(&'a Record),
    /// The text written in the person's own editor, for the field being typed in.
    Edited(&'a str),
    /// A write this pane asked for was saved; `added` is the record it added, if any. Told
    /// before the pane is read again, so that what it selects is found by that read.
    Saved {
        write: &'a Write,
        added: Option<Uuid>,
    },
    /// Close the open editor, letting its text go.
    Discard,
}

/// A pane of the app. Panes own only view state; they turn what they are told into
/// [`Action`]s and never touch the store except to read in `reload`.
pub trait Pane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action>;

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx);

    /// Reads what the pane shows from the store: everything, or only what `read` names.
    fn reload(&mut self, store: &Store, today: NaiveDate, read: Read) -> Result<()>;

    /// The keys worth showing in the status line right now.
    fn hints(&self) -> Vec<(Scope, Command)>;

    /// Whether `key` is the pane's before it is a global key, right now: digits answering a
    /// 1-5 scale, which would otherwise switch panes.
    fn takes(&self, _key: &KeyEvent) -> bool {
        false
    }

    /// The draft slot and text of the editor being typed in; `None` while not typing.
    fn draft(&self) -> Option<(String, String)> {
        None
    }

    /// Reopens text that was being typed when bounce last stopped; says what it restored.
    fn restore_draft(&mut self, _store: &Store) -> Result<Option<String>> {
        Ok(None)
    }
}

/// The panes, one named field each.
pub struct Panes {
    pub home: home::HomePane,
    pub debrief: debrief::DebriefPane,
    pub root_cause: root_cause::RootCausePane,
    pub gratitude: gratitude::GratitudePane,
    pub goals: goals::GoalsPane,
    pub review: review::ReviewPane,
}

impl Panes {
    pub fn new(settings: &crate::config::Settings) -> Panes {
        Panes {
            home: home::HomePane::new(settings.quiet_days, settings.support.clone()),
            debrief: debrief::DebriefPane::default(),
            root_cause: root_cause::RootCausePane::default(),
            gratitude: gratitude::GratitudePane::default(),
            goals: goals::GoalsPane::default(),
            review: review::ReviewPane::default(),
        }
    }

    pub fn get(&self, id: PaneId) -> &dyn Pane {
        match id {
            PaneId::Home => &self.home,
            PaneId::Debrief => &self.debrief,
            PaneId::RootCause => &self.root_cause,
            PaneId::Gratitude => &self.gratitude,
            PaneId::Goals => &self.goals,
            PaneId::Review => &self.review,
        }
    }

    pub fn get_mut(&mut self, id: PaneId) -> &mut dyn Pane {
        match id {
            PaneId::Home => &mut self.home,
            PaneId::Debrief => &mut self.debrief,
            PaneId::RootCause => &mut self.root_cause,
            PaneId::Gratitude => &mut self.gratitude,
            PaneId::Goals => &mut self.goals,
            PaneId::Review => &mut self.review,
        }
    }
}

/// A bordered block with a title, highlighted when it has the focus. Characters in the title
/// that could steer the terminal show as placeholders.
pub fn panel(title: impl Into<Line<'static>>, focused: bool, theme: &Theme) -> Block<'static> {
    let mut title = title.into();
    for span in &mut title.spans {
        if let std::borrow::Cow::Owned(shown) = crate::domain::text::visible(&span.content) {
            span.content = shown.into();
        }
    }
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(if focused {
            theme.border_focus
        } else {
            theme.border
        })
        .title(title)
}

/// The last line of defence before the terminal: any cell still holding a character that
/// could steer the terminal (a direction override a widget let through) shows it as a
/// placeholder instead, and every cell holds what a terminal draws in the columns it was
/// laid out in (see [`fit_cell`]).
pub fn show_controls(buffer: &mut ratatui::buffer::Buffer) {
    for cell in &mut buffer.content {
        if cell
            .symbol()
            .chars()
            .any(crate::domain::text::needs_placeholder)
        {
            let shown = crate::domain::text::visible(cell.symbol()).into_owned();
            cell.set_symbol(&shown);
        }
        if let Some(fitted) = fit_cell(cell.symbol()) {
            cell.set_symbol(&fitted);
        }
    }
}

/// A cell's grapheme as a terminal draws it: many terminals (tmux among them) give each code
/// point its own width and know nothing of joined emoji or of variation selectors, so a
/// sequence laid out as one two-column emoji would be drawn four columns wide and push the
/// rest of the line out of place. Such a grapheme keeps its joiners and selectors out and
/// only the leading code points that fit its columns; `None` when it is drawn as laid out.
pub fn fit_cell(symbol: &str) -> Option<String> {
    use unicode_width::UnicodeWidthStr;
    let joins =
        |c: char| matches!(c, '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}');
    let each: usize = symbol.chars().map(crate::domain::text::char_width).sum();
    let laid = symbol.width();
    if !symbol.chars().any(joins) && each == laid {
        return None;
    }
    let room = laid.max(1);
    let mut fitted = String::new();
    let mut used = 0;
    for c in symbol.chars().filter(|&c| !joins(c)) {
        let width = crate::domain::text::char_width(c);
        if used + width > room {
            break;
        }
        used += width;
        fitted.push(c);
    }
    if fitted.is_empty() {
        fitted.push(' ');
    }
    (fitted != symbol).then_some(fitted)
}

/// The row after (or before) `index` among `count` rows, staying inside them.
pub fn step_row(index: usize, down: bool, count: usize) -> usize {
    match (count, down) {
        (0, _) => 0,
        (_, true) => (index + 1).min(count - 1),
        (_, false) => index.saturating_sub(1),
    }
}

/// Moves between sections (`]`/`[`) and rows (`j`/`k`) of an open setback; returns whether
/// `command` was one of those moves.
pub fn move_within<S: Copy + PartialEq>(
    sections: &[S],
    section: &mut S,
    row: &mut usize,
    rows: usize,
    command: Command,
) -> bool {
    match command {
        Command::NextSection | Command::PreviousSection => {
            let delta = if command == Command::NextSection {
                1
            } else {
                -1
            };
            *section = cycle(sections, *section, delta);
            *row = 0;
        }
        Command::Down | Command::Up => *row = step_row(*row, command == Command::Down, rows),
        _ => return false,
    }
    true
}

/// A list whose selected row is marked with `›` (and highlighted while it has the focus).
pub fn selectable_list(
    items: Vec<ratatui::widgets::ListItem<'static>>,
    focused: bool,
    theme: &Theme,
) -> ratatui::widgets::List<'static> {
    ratatui::widgets::List::new(items)
        .highlight_symbol(wrap::LIST_MARK)
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always)
        .highlight_style(if focused { theme.selected } else { theme.base })
}

/// The item `delta` places from `current` in `all`, wrapping around at the ends.
pub fn cycle<T: Copy + PartialEq>(all: &[T], current: T, delta: isize) -> T {
    let n = all.len().max(1) as isize;
    let i = all.iter().position(|x| *x == current).unwrap_or(0) as isize;
    all.get(usize::try_from((i + delta).rem_euclid(n)).unwrap_or(0))
        .copied()
        .unwrap_or(current)
}

/// A row of section names, the current one highlighted.
pub fn section_line(
    labels: impl IntoIterator<Item = (String, bool)>,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = Vec::new();
    for (label, current) in labels {
        let style = if current { theme.tab_active } else { theme.tab };
        spans.push(ratatui::text::Span::styled(format!(" {label} "), style));
        spans.push(ratatui::text::Span::raw(" "));
    }
    Line::from(spans)
}

/// Section names on one row when they fit in `width`, else split over two rows; `None` when
/// even two rows are too narrow.
pub fn section_lines(
    labels: Vec<(String, bool)>,
    width: usize,
    theme: &Theme,
) -> Option<Vec<Line<'static>>> {
    // " name " and the gap after it; the gap after the last one is never seen.
    let cost = |label: &(String, bool)| label.0.chars().count() + 3;
    let fits = |labels: &[(String, bool)]| labels.iter().map(cost).sum::<usize>() <= width + 1;
    if fits(&labels) {
        return Some(vec![section_line(labels, theme)]);
    }
    let mut used = 0;
    let first = labels
        .iter()
        .take_while(|label| {
            used += cost(label);
            used <= width + 1
        })
        .count();
    let (top, bottom) = labels.split_at(first);
    (first > 0 && fits(bottom)).then(|| {
        vec![
            section_line(top.to_vec(), theme),
            section_line(bottom.to_vec(), theme),
        ]
    })
}

/// The bordered panel of an open setback, titled with it.
pub fn setback_panel(title: &str, focused: bool, theme: &Theme) -> Block<'static> {
    let title = ratatui::text::Span::styled(format!(" {title} "), theme.heading);
    panel(title, focused, theme).padding(ratatui::widgets::Padding::horizontal(1))
}

/// How wide a list beside its details is in a window `total` columns wide: a share of the
/// width, at least `least` and at most `most`, so wide windows give long titles room.
pub fn list_width(total: u16, least: u16, most: u16) -> u16 {
    (total / 3).clamp(least, most)
}

/// A rectangle of at most `width` x `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}
