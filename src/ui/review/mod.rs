//! The Review pane: how far a person has come over twelve weeks (or twelve months), and the
//! weekly review, one per ISO week, whose small step can join a goal.

mod charts;
mod view;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use uuid::Uuid;

use super::form::{Form, FormOutcome};
use super::lists::{Page, moved};
use super::{Input, Pane, RenderCtx};
use crate::action::{Action, Read, ReviewWrite, Write};
use crate::domain::goal::GoalState;
use crate::domain::review::{Figures, ReviewDraft, Span, Week, WeeklyReview};
use crate::domain::search::Record;
use crate::domain::text::truncate;
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};

/// Where the pane's kept forms live: `review:week:2026-W48`, `review:step:<review id>`.
const SLOT_PREFIX: &str = "review:";

/// The most goals offered when a small step joins one.
const GOALS_OFFERED: usize = 40;

/// One row of the list of weeks: a week and its review, if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekRow {
    pub week: Week,
    pub review: Option<WeeklyReview>,
}

/// What an open form is about.
#[derive(Debug, Clone, Copy, PartialEq)]
enum FormAbout {
    /// The review of a week.
    Week(Week),
    /// The goal a review's small step joins.
    StepOf(Uuid),
}

struct OpenForm {
    about: FormAbout,
    form: Form,
    /// The goals offered, in the order of the choice.
    goals: Vec<Uuid>,
}

#[derive(Default)]
pub struct ReviewPane {
    today: NaiveDate,
    span: Span,
    /// How many periods back from the one today falls in the window ends.
    back: u32,
    figures: Option<Figures>,
    weeks: Vec<WeekRow>,
    selected: usize,
    /// A week to select once read (the one just written, or a search hit).
    select_week: Option<Week>,
    /// The active goals a small step can join: id and title.
    goals: Vec<(Uuid, String)>,
    form: Option<OpenForm>,
    page: Page,
}

impl ReviewPane {
    /// The day the window ends with: today, or as many periods back as were asked.
    fn anchor(&self) -> NaiveDate {
        (0..self.back).fold(self.today, |day, _| self.span.step(day, false))
    }

    /// Whether there is nothing at all to show yet: no moods, gratitude, steps, check-ins
    /// or reviews in the newest weeks. The pane then says what it will hold.
    fn is_blank(&self) -> bool {
        self.back == 0
            && self.figures.as_ref().is_none_or(Figures::is_empty)
            && self.weeks.iter().all(|w| w.review.is_none())
    }

    fn current(&self) -> Option<&WeekRow> {
        self.weeks.get(self.selected)
    }

    fn handle_key(&mut self, key: KeyEvent, keymap: &Keymap) -> Option<Action> {
        if let Some(open) = self.form.as_mut() {
            return match open.form.handle_key(key, keymap) {
                FormOutcome::Submit => self.submit(),
                outcome => open.form.follow(outcome),
            };
        }
        let command = keymap.lookup(Scope::Review, &key)?;
        self.command(command)
    }

    fn command(&mut self, command: Command) -> Option<Action> {
        if let Some(row) = moved(self.selected, self.weeks.len(), self.page.rows(), command) {
            self.selected = row;
            return None;
        }
        match command {
            Command::Earlier => {
                self.back = self.back.saturating_add(1);
                Some(Action::Read(Read::All))
            }
            Command::Later if self.back == 0 => Some(Action::Say(format!(
                "These are the newest {}: they end with this one.",
                self.span.plural()
            ))),
            Command::Later => {
                self.back -= 1;
                Some(Action::Read(Read::All))
            }
            Command::Today => {
                self.back = 0;
                self.select_week = Some(Week::of(self.today));
                Some(Action::Read(Read::All))
            }
            Command::SwitchSpan => {
                // The window keeps its end where it was, counted in the other span.
                let anchor = self.anchor();
                self.span = self.span.other();
                self.back = periods_between(self.span, anchor, self.today);
                Some(Action::Read(Read::All))
            }
            Command::Add => self.open_week(Week::of(self.today)),
            Command::Edit => {
                let week = self.current()?.week;
                self.open_week(week)
            }
            Command::Delete => self.delete(),
            Command::MakeGoal => self.step_to_goal(),
            _ => None,
        }
    }

    fn open_week(&mut self, week: Week) -> Option<Action> {
        let review = self
            .weeks
            .iter()
            .find(|r| r.week == week)
            .and_then(|r| r.review.clone());
        self.form = Some(week_form(week, review.as_ref()));
        None
    }

    fn delete(&mut self) -> Option<Action> {
        let row = self.current()?;
        let Some(review) = &row.review else {
            return Some(Action::Say(
                "This week has no review to delete. {key:review.edit} writes one.".into(),
            ));
        };
        Some(Action::Confirm {
            question: format!(
                "Delete your review of week {}? {{key:global.undo}} brings it back.",
                row.week.number()
            ),
            on_yes: Box::new(Action::Write(Write::Review {
                write: ReviewWrite::Delete(review.id),
                draft: None,
            })),
        })
    }

    fn step_to_goal(&mut self) -> Option<Action> {
        let row = self.current()?;
        let Some(review) = row.review.as_ref().filter(|r| !r.next.trim().is_empty()) else {
            return Some(Action::Say(
                "This week has no small step yet. {key:review.edit} writes one.".into(),
            ));
        };
        if review.step_id.is_some() {
            return Some(Action::Say(
                "This small step is already a step of a goal. Find it in Goals ({key:global.go_goals}).".into(),
            ));
        }
        if self.goals.is_empty() {
            return Some(Action::Say(
                "There is no goal to add it to yet. Start one in Goals ({key:global.go_goals}), then come back.".into(),
            ));
        }
        self.form = Some(step_form(review, &self.goals));
        None
    }

    /// Turns the open form into the change to save, or says what is missing.
    fn submit(&mut self) -> Option<Action> {
        let open = self.form.as_mut()?;
        let draft = Some(open.form.slot().to_string());
        let write = match open.about {
            FormAbout::Week(week) => {
                let answers = ReviewDraft {
                    well: open.form.value(0),
                    next: open.form.value(1),
                };
                if answers.is_empty() {
                    return Some(open.form.refuse(crate::ui::form::FormError {
                        message: "Write what went well, or one small step for next week.".into(),
                        field: Some(0),
                    }));
                }
                ReviewWrite::Save {
                    week,
                    draft: answers,
                }
            }
            FormAbout::StepOf(id) => {
                let chosen = open.form.value(0).parse::<usize>().unwrap_or(0);
                let goal = *open.goals.get(chosen)?;
                ReviewWrite::StepToGoal { id, goal }
            }
        };
        Some(Action::Write(Write::Review { write, draft }))
    }

    fn saved(&mut self, write: &Write) {
        let Write::Review { write, .. } = write else {
            return;
        };
        if let ReviewWrite::Save { week, .. } = write {
            self.select_week = Some(*week);
        }
        if !matches!(write, ReviewWrite::Delete(_)) {
            self.form = None;
        }
    }

    fn show_record(&mut self, record: &Record) {
        if self.form.is_some() {
            return;
        }
        let week = Week::of(record.date.min(self.today));
        self.span = Span::Weeks;
        self.back = periods_between(Span::Weeks, week.monday(), self.today);
        self.select_week = Some(week);
    }

    /// Opens a kept form again; false when its week or review is gone.
    fn reopen(&mut self, slot: &str, text: &str) -> bool {
        let Some(rest) = slot.strip_prefix(SLOT_PREFIX) else {
            return false;
        };
        let mut open = if let Some(week) = rest.strip_prefix("week:") {
            let Ok(week) = Week::parse(week) else {
                return false;
            };
            if week.monday() > self.today {
                return false;
            }
            self.back = periods_between(self.span, week.monday(), self.today);
            self.select_week = Some(week);
            let review = self
                .weeks
                .iter()
                .find(|r| r.week == week)
                .and_then(|r| r.review.clone());
            week_form(week, review.as_ref())
        } else if let Some(id) = rest.strip_prefix("step:") {
            let review = self
                .weeks
                .iter()
                .filter_map(|r| r.review.as_ref())
                .find(|r| r.id.to_string() == id);
            match review {
                Some(review) if !self.goals.is_empty() => step_form(review, &self.goals),
                _ => return false,
            }
        } else {
            return false;
        };
        open.form.restore(text);
        self.form = Some(open);
        true
    }

    fn hints_now(&self) -> Vec<(Scope, Command)> {
        if let Some(open) = &self.form {
            return open.form.hints();
        }
        let s = |c| (Scope::Review, c);
        let global = [
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ];
        if self.is_blank() {
            let mut hints = vec![s(Command::Add)];
            hints.extend(global);
            return hints;
        }
        let mut hints = Vec::new();
        if let Some(row) = self.current() {
            hints.push(s(Command::Edit));
            if row
                .review
                .as_ref()
                .is_some_and(|r| !r.next.trim().is_empty() && r.step_id.is_none())
            {
                hints.push(s(Command::MakeGoal));
            }
        }
        if self.current().map(|r| r.week) != Some(Week::of(self.today)) {
            hints.push(s(Command::Add));
        }
        hints.extend([s(Command::Earlier)]);
        if self.back > 0 {
            hints.push(s(Command::Later));
        }
        hints.push(s(Command::SwitchSpan));
        if self.weeks.len() > 1 {
            hints.extend([s(Command::Down), s(Command::Up)]);
        }
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }
}

/// How many periods of `span` lie between the one `day` falls in and the one `today` does.
fn periods_between(span: Span, day: NaiveDate, today: NaiveDate) -> u32 {
    let mut back = 0;
    let mut at = today;
    while span.period_of(at).from > day && back < 10_000 {
        at = span.step(at, false);
        back += 1;
    }
    back
}

fn week_form(week: Week, review: Option<&WeeklyReview>) -> OpenForm {
    let words = &crate::assets::review().form;
    let (well, next) = review.map_or(("", ""), |r| (r.well.as_str(), r.next.as_str()));
    let title = format!("Week {} · {}", week.number(), view::week_dates(week));
    let form = Form::new(title, format!("{SLOT_PREFIX}week:{week}"))
        .intro(words.intro.clone())
        .text(&words.well, well, &words.well_example)
        .line(&words.next, next, &words.next_example);
    OpenForm {
        about: FormAbout::Week(week),
        form,
        goals: Vec::new(),
    }
}

fn step_form(review: &WeeklyReview, goals: &[(Uuid, String)]) -> OpenForm {
    let options = goals.iter().map(|(_, title)| truncate(title, 60)).collect();
    let form = Form::new(
        "A step of a goal",
        format!("{SLOT_PREFIX}step:{}", review.id),
    )
    .intro(format!(
        "“{}” joins the goal you choose, as its last step.",
        truncate(&review.next, 60)
    ))
    .choice("Which goal is it a step of?", options, 0);
    OpenForm {
        about: FormAbout::StepOf(review.id),
        form,
        goals: goals.iter().map(|(id, _)| *id).collect(),
    }
}

/// The weeks the list shows: every week of a window of weeks that has begun, or the weeks
/// of a window of months that have a review (and this week, when the window holds it).
fn week_rows(figures: &Figures, reviews: Vec<WeeklyReview>, today: NaiveDate) -> Vec<WeekRow> {
    let (Some(from), Some(to)) = (figures.from(), figures.to()) else {
        return Vec::new();
    };
    let this_week = Week::of(today);
    let mut months: Vec<Week> = reviews.iter().map(|r| r.week).collect();
    if (from..=to).contains(&today) && !months.contains(&this_week) {
        months.push(this_week);
    }
    months.sort_unstable_by(|a, b| b.cmp(a));
    let mut reviews = reviews;
    let mut take = |week: Week| {
        let review = reviews
            .iter()
            .position(|r| r.week == week)
            .map(|i| reviews.swap_remove(i));
        WeekRow { week, review }
    };
    let mut rows = Vec::new();
    match figures.span {
        Span::Weeks => {
            for tally in figures.tallies.iter().rev() {
                if tally.period.from <= today {
                    rows.push(take(Week::of(tally.period.from)));
                }
            }
        }
        Span::Months => {
            for week in months {
                rows.push(take(week));
            }
        }
    }
    rows
}

impl Pane for ReviewPane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action> {
        match input {
            Input::Key(key) => self.handle_key(key, keymap),
            Input::Paste(text) => crate::ui::form::paste_into(
                self.form.as_mut().map(|open| &mut open.form),
                text,
                Scope::Review,
            ),
            Input::Run(command) if self.form.is_none() => self.command(command),
            Input::Run(_) => None,
            Input::Click { list, row } => {
                if list == "weeks" && self.form.is_none() && row < self.weeks.len() {
                    if row == self.selected {
                        return self.command(Command::Edit);
                    }
                    self.selected = row;
                }
                None
            }
            Input::Show(record) => {
                self.show_record(record);
                None
            }
            Input::Edited(text) => {
                if let Some(open) = self.form.as_mut() {
                    open.form.set_focused_text(text);
                }
                None
            }
            Input::Saved { write, .. } => {
                self.saved(write);
                None
            }
            Input::Discard => {
                self.form = None;
                None
            }
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate, _read: Read) -> Result<()> {
        self.today = today;
        let selected_week = self.select_week.take().or(self.current().map(|r| r.week));
        let figures = store.review_figures(self.span, self.anchor())?;
        let reviews = match (figures.from(), figures.to()) {
            (Some(from), Some(to)) => store.reviews_between(from, to)?,
            _ => Vec::new(),
        };
        self.weeks = week_rows(&figures, reviews, today);
        self.figures = Some(figures);
        self.selected = selected_week
            .and_then(|week| self.weeks.iter().position(|r| r.week == week))
            .unwrap_or(0)
            .min(self.weeks.len().saturating_sub(1));
        self.goals = store
            .goals_from_first(GoalState::Active, 0, GOALS_OFFERED)?
            .into_iter()
            .map(|g| (g.id, g.title))
            .collect();
        Ok(())
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        self.hints_now()
    }

    fn draft(&self) -> Option<(String, String)> {
        self.form
            .as_ref()
            .map(|open| (open.form.slot().to_string(), open.form.draft_text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        crate::ui::form::restore_kept_form(store, SLOT_PREFIX, |slot, text| self.reopen(slot, text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_periods_back_to_a_day_are_counted_in_the_span() {
        let today = day("2026-12-04");
        assert_eq!(periods_between(Span::Weeks, day("2026-12-01"), today), 0);
        assert_eq!(periods_between(Span::Weeks, day("2026-11-29"), today), 1);
        assert_eq!(periods_between(Span::Months, day("2026-10-15"), today), 2);
        assert_eq!(periods_between(Span::Months, day("2027-01-15"), today), 0);
    }
}
