//! The check-ins' path over time as a chart: a row per stage, a mark at each check-in's date,
//! and a line that holds a stage until the next check-in. Shapes carry it, not colour.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::setback::{Checkin, GriefStage, TransformationStage};
use crate::theme::Theme;

const MARK: char = '●';

/// One family of stages and where the check-ins put the person in it, oldest first.
struct Track {
    name: &'static str,
    labels: Vec<&'static str>,
    points: Vec<(NaiveDate, usize)>,
}

impl Track {
    /// The stages shown as rows: all of them, or only those the path has been through.
    fn rows(&self, all: bool) -> Vec<usize> {
        if all {
            return (0..self.labels.len()).collect();
        }
        let mut seen: Vec<usize> = self.points.iter().map(|&(_, s)| s).collect();
        seen.sort_unstable();
        seen.dedup();
        seen
    }
}

/// Where `stage` sits among `all`, top to bottom.
fn index<T: PartialEq>(all: &[T], stage: T) -> usize {
    all.iter().position(|s| *s == stage).unwrap_or(0)
}

fn tracks(checkins: &[Checkin]) -> Vec<Track> {
    // Stored newest first; the path reads oldest first.
    let dated: Vec<&Checkin> = checkins.iter().rev().collect();
    let grief = Track {
        name: "Grief",
        labels: GriefStage::ALL.iter().map(|s| s.label()).collect(),
        points: dated
            .iter()
            .filter_map(|c| Some((c.date, index(GriefStage::ALL, c.grief?))))
            .collect(),
    };
    let change = Track {
        name: "Transformation",
        labels: TransformationStage::ALL.iter().map(|s| s.label()).collect(),
        points: dated
            .iter()
            .filter_map(|c| Some((c.date, index(TransformationStage::ALL, c.transformation?))))
            .collect(),
    };
    [grief, change]
        .into_iter()
        .filter(|t| !t.points.is_empty())
        .collect()
}

/// The chart's lines in `width` columns and at most `room` lines: every stage with the
/// family names when they fit, else only the stages visited, else nothing.
pub fn chart(checkins: &[Checkin], width: usize, room: usize, theme: &Theme) -> Vec<Line<'static>> {
    let tracks = tracks(checkins);
    let (Some(first), Some(last)) = (
        checkins.last().map(|c| c.date),
        checkins.first().map(|c| c.date),
    ) else {
        return Vec::new();
    };
    let label_width = tracks
        .iter()
        .flat_map(|t| t.labels.iter())
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 3;
    let plot = width.saturating_sub(label_width + 1);
    if plot < 12 {
        return Vec::new();
    }
    let column = |date: NaiveDate| {
        let span = (last - first).num_days().max(1);
        let days = (date - first).num_days().clamp(0, span);
        usize::try_from(days * (plot as i64 - 1) / span).unwrap_or(0)
    };
    for (all, named) in [(true, true), (false, true), (false, false)] {
        let rows: usize = tracks
            .iter()
            .map(|t| t.rows(all).len() + usize::from(named))
            .sum();
        if rows + 1 > room {
            continue;
        }
        let mut lines = Vec::new();
        for track in &tracks {
            if named {
                lines.push(Line::from(Span::styled(track.name, theme.heading)));
            }
            let grid = draw(track, &track.rows(all), plot, &column);
            lines.extend(track_lines(
                track,
                &track.rows(all),
                grid,
                label_width,
                theme,
            ));
        }
        lines.push(date_axis(first, last, label_width, plot, theme));
        return lines;
    }
    Vec::new()
}

/// The track as a grid of characters, one row per shown stage: the line first, then the
/// marks over it.
fn draw(
    track: &Track,
    rows: &[usize],
    plot: usize,
    column: &dyn Fn(NaiveDate) -> usize,
) -> Vec<Vec<char>> {
    let mut grid = vec![vec![' '; plot]; rows.len()];
    let row_of = |stage: usize| rows.iter().position(|&r| r == stage).unwrap_or(0);
    let points: Vec<(usize, usize)> = track
        .points
        .iter()
        .map(|&(date, stage)| (column(date), row_of(stage)))
        .collect();
    for pair in points.windows(2) {
        let ((x0, r0), (x1, r1)) = (pair[0], pair[1]);
        for cell in &mut grid[r0][x0..x1] {
            *cell = '─';
        }
        if r1 != r0 {
            let (top, bottom) = (r0.min(r1), r0.max(r1));
            for row in &mut grid[top..=bottom] {
                row[x1] = '│';
            }
            // The corner turns down toward a stage below, or up toward one above.
            grid[r0][x1] = if r1 > r0 { '╮' } else { '╯' };
        }
    }
    for (x, r) in points {
        grid[r][x] = MARK;
    }
    grid
}

/// Each stage's row: its name (bold where the path is now), a tick, then its part of the grid.
fn track_lines(
    track: &Track,
    rows: &[usize],
    grid: Vec<Vec<char>>,
    label_width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let now = track.points.last().map(|&(_, s)| s);
    rows.iter()
        .zip(grid)
        .map(|(&stage, cells)| {
            let style = if Some(stage) == now {
                theme.heading
            } else {
                theme.muted
            };
            let label = format!("  {:<w$} ", track.labels[stage], w = label_width - 3);
            let mut spans = vec![Span::styled(label, style), Span::styled("┤", theme.muted)];
            spans.extend(cell_spans(&cells, theme));
            Line::from(spans)
        })
        .collect()
}

/// A row of the grid as spans, the marks in the accent style and the line plain.
fn cell_spans(cells: &[char], theme: &Theme) -> Vec<Span<'static>> {
    let style_of = |c: char| -> Style { if c == MARK { theme.accent } else { theme.base } };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = Style::new();
    for &c in cells {
        let style = style_of(c);
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}

/// The first and last check-in's dates under the chart's ends.
fn date_axis(
    first: NaiveDate,
    last: NaiveDate,
    label_width: usize,
    plot: usize,
    theme: &Theme,
) -> Line<'static> {
    let format = if first.format("%Y").to_string() == last.format("%Y").to_string() {
        "%-d %b"
    } else {
        "%-d %b %Y"
    };
    let start = first.format(format).to_string();
    let end = last.format(format).to_string();
    let gap = plot.saturating_sub(start.chars().count() + end.chars().count());
    let text = if first == last {
        start
    } else {
        format!("{start}{}{end}", " ".repeat(gap))
    };
    Line::from(vec![
        Span::raw(" ".repeat(label_width + 1)),
        Span::styled(text, theme.muted),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn checkin(date: &str, grief: Option<GriefStage>) -> Checkin {
        Checkin {
            id: Uuid::new_v4(),
            date: date.parse().unwrap(),
            grief,
            transformation: None,
            note: String::new(),
        }
    }

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn the_path_steps_between_stages_and_goes_back_too() {
        // Newest first, as the store gives them.
        let checkins = [
            checkin("2026-03-21", Some(GriefStage::Anger)),
            checkin("2026-03-11", Some(GriefStage::Bargaining)),
            checkin("2026-03-01", Some(GriefStage::Anger)),
        ];
        let lines = text(&chart(&checkins, 40, 20, &Theme::plain()));
        assert_eq!(lines[0], "Grief");
        assert_eq!(lines[2], "  Anger      ┤●───────────╮            ●");
        assert_eq!(lines[3], "  Bargaining ┤            ●────────────╯");
        assert_eq!(lines[1].trim_end(), "  Denial     ┤");
        let dates = lines.last().unwrap();
        assert!(dates.trim_start().starts_with("1 Mar") && dates.ends_with("21 Mar"));
    }

    #[test]
    fn a_short_room_shows_only_the_stages_visited_or_nothing() {
        let checkins = [checkin("2026-03-01", Some(GriefStage::Denial))];
        let full = chart(&checkins, 60, 20, &Theme::plain());
        assert_eq!(full.len(), 1 + 5 + 1, "name, five stages, dates");
        let visited = text(&chart(&checkins, 60, 3, &Theme::plain()));
        assert_eq!(visited.len(), 3, "{visited:?}");
        assert!(visited[1].contains("Denial") && visited[1].contains('●'));
        assert!(chart(&checkins, 60, 1, &Theme::plain()).is_empty());
        assert!(chart(&[], 60, 20, &Theme::plain()).is_empty());
    }
}
