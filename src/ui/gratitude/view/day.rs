//! The Gratitude pane's main column: the day's list, the input line and the note.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, ListItem, Padding, Paragraph, Wrap};

use crate::assets;
use crate::domain::dates::describe_day;
use crate::domain::gratitude::DAILY_SUGGESTED;
use crate::domain::text::wrap;
use crate::keymap::{Command, Keymap, Scope};
use crate::theme::Theme;
use crate::ui::gratitude::{GratitudePane, Mode};
use crate::ui::wrap::bulleted;
use crate::ui::{RenderCtx, panel};

pub(super) fn render_main(
    pane: &mut GratitudePane,
    frame: &mut Frame,
    area: Rect,
    ctx: &RenderCtx,
    compact: bool,
) {
    let adding = matches!(
        pane.mode,
        Mode::Adding(_) | Mode::Editing { .. } | Mode::SelfCare(_)
    );
    let note_height = match &pane.mode {
        Mode::Note(_) => area.height.saturating_sub(5).max(3),
        _ => note_lines(pane, area.width).clamp(1, (area.height / 4).max(4)) + 2,
    };
    let [list, input, note] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(if adding { 3 } else { 0 }),
        Constraint::Length(note_height),
    ])
    .areas(area);
    render_items(pane, frame, list, ctx, compact);
    if adding {
        render_input(pane, frame, input, ctx);
    }
    render_note(pane, frame, note, ctx, compact);
}

fn items_title(pane: &GratitudePane, compact: bool) -> String {
    let day = describe_day(pane.date, pane.today);
    let n = pane.items.len();
    let count = match n {
        // Today invites the suggested three; a past day simply holds what it holds.
        n if n < DAILY_SUGGESTED && pane.date == pane.today => format!("{n} of {DAILY_SUGGESTED}"),
        0 => "nothing written".to_string(),
        1 => "1 thing".to_string(),
        n => format!("{n} things"),
    };
    if compact && pane.streak.days > 0 {
        format!(" {day} · {count} · run {} ", pane.streak.days)
    } else {
        format!(" {day} · {count} ")
    }
}

fn render_items(
    pane: &mut GratitudePane,
    frame: &mut Frame,
    area: Rect,
    ctx: &RenderCtx,
    compact: bool,
) {
    let theme = ctx.theme;
    let focused = matches!(pane.mode, Mode::Browse);
    let block = panel(
        Span::styled(items_title(pane, compact), theme.heading),
        focused,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if pane.items.is_empty() {
        frame.render_widget(
            empty_day(pane, ctx),
            inner.inner(ratatui::layout::Margin::new(1, 0)),
        );
        return;
    }
    let room = crate::ui::wrap::list_room(inner.width);
    let selected = pane.list.selected();
    let items: Vec<ListItem> = pane
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let max_lines = if Some(i) == selected { 8 } else { 2 };
            item_lines(i, &item.text, room, max_lines, theme)
        })
        .collect();
    let list_height: usize = items.iter().map(ListItem::height).sum();
    let list_height = u16::try_from(list_height).unwrap_or(u16::MAX);
    // Under today's list, after a blank line, a nudge or a kind word, when there is room.
    let footer = if pane.date == pane.today && list_height + 3 <= inner.height {
        3
    } else {
        0
    };
    let [list_area, footer_area, rest] = Layout::vertical([
        Constraint::Length(list_height.min(inner.height.saturating_sub(footer))),
        Constraint::Length(footer),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let heights = crate::ui::item_heights(&items);
    let list = crate::ui::selectable_list(items, focused, theme);
    frame.render_stateful_widget(list, list_area, &mut pane.list);
    pane.page
        .note(&heights, pane.list.offset(), list_area.height);
    ctx.clicks
        .add("items", list_area, heights, pane.list.offset());
    if footer > 0 {
        let text = Text::from(vec![
            Line::raw(""),
            Line::from(Span::styled(footer_text(pane), theme.muted)),
        ]);
        let padded = Block::new().padding(Padding::horizontal(2));
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(padded),
            footer_area,
        );
    }
    super::earlier::render(pane, frame, rest, theme);
}

/// One numbered item, wrapped to the `width` columns a list row has.
fn item_lines(
    index: usize,
    text: &str,
    width: usize,
    max_lines: usize,
    theme: &Theme,
) -> ListItem<'static> {
    let number = Span::styled(format!("{:>2}. ", index + 1), theme.muted);
    let lines = bulleted(number, text, width, max_lines, Style::default());
    ListItem::new(Text::from(lines))
}

/// Under today's list: a nudge towards three, or a kind word once there.
fn footer_text(pane: &GratitudePane) -> String {
    let words = assets::gratitude();
    if pane.items.len() < DAILY_SUGGESTED {
        words.nudge.clone()
    } else {
        let seed = u64::try_from(pane.date.num_days_from_ce()).unwrap_or(0);
        assets::pick(&words.day_complete, seed).to_string()
    }
}

fn empty_day(pane: &GratitudePane, ctx: &RenderCtx) -> Paragraph<'static> {
    let theme = ctx.theme;
    let key = ctx
        .keymap
        .short_label(Scope::Gratitude, Command::Add)
        .unwrap_or_default();
    let lines = if pane.date == pane.today {
        vec![
            Line::from(Span::styled(pane.prompt().to_string(), theme.accent)),
            Line::raw(""),
            Line::from(vec![
                Span::styled("Press ", theme.muted),
                Span::styled(key, theme.key),
                Span::styled(" to write it down. ", theme.muted),
                Span::styled(assets::gratitude().nudge.clone(), theme.muted),
            ]),
        ]
    } else {
        vec![
            Line::from(Span::styled(
                "Nothing was written on this day.",
                theme.muted,
            )),
            Line::from(vec![
                Span::styled("Press ", theme.muted),
                Span::styled(key, theme.key),
                Span::styled(" to add something you remember from it.", theme.muted),
            ]),
        ]
    };
    Paragraph::new(lines).wrap(Wrap { trim: true })
}

fn render_input(pane: &mut GratitudePane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let (what, editor) = match &mut pane.mode {
        Mode::Adding(editor) => ("New item", editor),
        Mode::Editing { editor, .. } => ("Edit item", editor),
        Mode::SelfCare(editor) => ("One kind thing I did for myself", editor),
        _ => return,
    };
    let theme = ctx.theme;
    let title = editor_title(what, Command::Submit, ctx.keymap);
    let block = panel(title, true, theme).padding(Padding::horizontal(1));
    editor.render(frame, area, block, theme);
}

/// An editor's title with the keys that save and close it: " Note · Ctrl-S saves · Esc closes ".
fn editor_title(what: &str, save: Command, keymap: &Keymap) -> String {
    format!(
        " {what} · {} saves · {} closes ",
        keymap.key_name(Scope::Editor, save),
        keymap.key_name(Scope::Editor, Command::Cancel)
    )
}

/// The columns a note's text has inside its bordered, padded panel `width` columns wide.
fn note_width(width: u16) -> usize {
    usize::from(width.saturating_sub(4)).max(1)
}

fn note_lines(pane: &GratitudePane, width: u16) -> u16 {
    let text = pane.day.as_ref().map_or("", |d| d.note.as_str());
    if text.is_empty() {
        return 1;
    }
    let count = wrap(text, note_width(width), usize::MAX).len();
    u16::try_from(count).unwrap_or(u16::MAX)
}

fn render_note(
    pane: &mut GratitudePane,
    frame: &mut Frame,
    area: Rect,
    ctx: &RenderCtx,
    compact: bool,
) {
    let theme = ctx.theme;
    let mood = pane.day.as_ref().and_then(|d| d.mood);
    if let Mode::Note(editor) = &mut pane.mode {
        let block = panel(editor_title("Note", Command::Save, ctx.keymap), true, theme)
            .padding(Padding::horizontal(1));
        editor.render(frame, area, block, theme);
        return;
    }
    let title = match mood {
        Some(m) if compact => format!(" Note · mood: {} ", m.label()),
        _ => " Note ".to_string(),
    };
    let mut block = panel(title, false, theme).padding(Padding::horizontal(1));
    let selfcare = pane.day.as_ref().map_or("", |d| d.selfcare.as_str());
    if !selfcare.is_empty() {
        let room = usize::from(area.width.saturating_sub(4));
        let line = crate::domain::text::truncate(&format!(" For myself: {selfcare} "), room);
        block = block.title_bottom(Span::styled(line, theme.accent));
    }
    let note = pane.day.as_ref().map_or("", |d| d.note.as_str());
    let body = if note.is_empty() {
        let key = ctx
            .keymap
            .short_label(Scope::Gratitude, Command::EditNote)
            .unwrap_or_default();
        Paragraph::new(Line::from(vec![
            Span::styled(
                "A few lines about the day, if you like: press ",
                theme.placeholder,
            ),
            Span::styled(key, theme.key),
            Span::styled(".", theme.placeholder),
        ]))
    } else {
        // Wrapped here, as it was measured, so that a note too long for its panel ends in "…".
        let rows = usize::from(area.height.saturating_sub(2));
        let lines = wrap(note, note_width(area.width), rows);
        Paragraph::new(lines.into_iter().map(Line::raw).collect::<Vec<_>>())
    };
    frame.render_widget(body.wrap(Wrap { trim: false }).block(block), area);
}
