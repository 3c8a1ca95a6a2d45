//! `bounce screen PANE`: one pane drawn as plain text, with no terminal needed.

use std::io::Write;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::action::PaneId;
use crate::app::App;
use crate::config::Settings;
use crate::domain::Clock;
use crate::store::Store;
use crate::theme::Theme;

const MAX_SIDE: u16 = 1000;

pub fn print(
    store: Store,
    clock: Clock,
    pane: PaneId,
    size: &str,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let (width, height) = parse_size(size).map_err(anyhow::Error::msg)?;
    let mut settings = Settings::defaults(true);
    settings.theme = Theme::plain();
    // Started on the pane to draw, so that no other pane is read.
    settings.start_pane = pane;
    let mut app = App::with_settings(store, clock, settings)?;
    for line in render_screen(&mut app, width, height)? {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Draws the app once at `width` x `height` and returns its lines, trailing spaces trimmed.
pub fn render_screen(app: &mut App, width: u16, height: u16) -> anyhow::Result<Vec<String>> {
    let mut terminal = Terminal::new(TestBackend::new(width, height))?;
    terminal.draw(|frame| app.render(frame))?;
    let buffer = terminal.backend().buffer();
    let mut lines = Vec::with_capacity(usize::from(height));
    for y in 0..height {
        let mut line = String::new();
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            // A wide character covers the next cell too; that cell prints nothing.
            let cells = u16::try_from(unicode_width::UnicodeWidthStr::width(symbol)).unwrap_or(1);
            x += cells.max(1);
        }
        lines.push(line.trim_end().to_string());
    }
    Ok(lines)
}

fn parse_size(size: &str) -> Result<(u16, u16), String> {
    let bad =
        || format!("'{size}' is not a screen size; write it as WIDTHxHEIGHT, for example 80x24");
    let (w, h) = size.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u16 = w.trim().parse().map_err(|_| bad())?;
    let h: u16 = h.trim().parse().map_err(|_| bad())?;
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
        return Err(format!(
            "a screen size runs from 1x1 to {MAX_SIDE}x{MAX_SIDE}; '{size}' is outside that"
        ));
    }
    Ok((w, h))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("80x24"), Ok((80, 24)));
        assert_eq!(parse_size("120X40"), Ok((120, 40)));
        assert!(parse_size("80").unwrap_err().contains("WIDTHxHEIGHT"));
        assert!(parse_size("0x5").is_err());
        assert!(parse_size("5000x5").is_err());
    }
}
