//! Every colour and text style the program uses, in one place. With `NO_COLOR` set, only
//! bold, dim, underline and reverse are used.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub muted: Style,
    pub heading: Style,
    pub accent: Style,
    pub selected: Style,
    pub border: Style,
    pub border_focus: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub hint: Style,
    pub message: Style,
    pub celebrate: Style,
    pub error: Style,
    pub placeholder: Style,
    pub cursor: Style,
    pub calendar_entry: Style,
    pub calendar_today: Style,
    pub calendar_shown: Style,
    pub mood: Style,
    /// Something that needs a look soon, such as a goal past its target date.
    pub warning: Style,
}

impl Theme {
    /// Colours chosen to read on dark and light backgrounds alike.
    pub fn colored() -> Theme {
        Theme {
            base: Style::new(),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().add_modifier(Modifier::BOLD),
            accent: Style::new().fg(Color::Cyan),
            selected: Style::new()
                .bg(Color::Indexed(237))
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan),
            tab: Style::new().fg(Color::Gray),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            hint: Style::new().fg(Color::Gray),
            message: Style::new().fg(Color::Green),
            celebrate: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::LightRed),
            placeholder: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            calendar_entry: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            calendar_today: Style::new().add_modifier(Modifier::UNDERLINED),
            calendar_shown: Style::new().add_modifier(Modifier::REVERSED),
            mood: Style::new().fg(Color::Yellow),
            warning: Style::new().fg(Color::LightRed),
        }
    }

    /// Colours for terminals with a light background.
    pub fn light() -> Theme {
        let grey = |n| Style::new().fg(Color::Indexed(n));
        Theme {
            base: Style::new(),
            muted: grey(244),
            heading: Style::new().add_modifier(Modifier::BOLD),
            accent: Style::new().fg(Color::Blue),
            selected: Style::new()
                .bg(Color::Indexed(253))
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            border: grey(249),
            border_focus: Style::new().fg(Color::Blue),
            tab: grey(240),
            tab_active: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            hint: grey(240),
            message: Style::new().fg(Color::Green),
            celebrate: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::Red),
            placeholder: grey(246).add_modifier(Modifier::ITALIC),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            calendar_entry: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            calendar_today: Style::new().add_modifier(Modifier::UNDERLINED),
            calendar_shown: Style::new().add_modifier(Modifier::REVERSED),
            mood: Style::new().fg(Color::Magenta),
            warning: Style::new().fg(Color::Red),
        }
    }

    /// No colours at all, for `NO_COLOR` and for plain-text screens.
    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            base: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            heading: bold,
            accent: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new(),
            border_focus: bold,
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: bold,
            hint: Style::new(),
            message: bold,
            celebrate: bold,
            error: bold,
            placeholder: Style::new().add_modifier(Modifier::DIM),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            calendar_entry: bold,
            calendar_today: Style::new().add_modifier(Modifier::UNDERLINED),
            calendar_shown: Style::new().add_modifier(Modifier::REVERSED),
            mood: Style::new(),
            warning: bold,
        }
    }

    /// The plain theme when `NO_COLOR` is set to anything non-empty, colours otherwise.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::plain(),
            _ => Theme::colored(),
        }
    }
}
