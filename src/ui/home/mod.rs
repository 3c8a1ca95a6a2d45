//! The Home pane: today at a glance. Today's gratitude and the streak, the active goals with
//! their next steps, recent setbacks and their causes, and the latest check-in.

mod due;
mod panels;
mod support;
mod talk;
mod view;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::ListState;

use super::lists::{Page, is_move, moved};
use super::{Input, Pane, RenderCtx};
use crate::action::{Action, GoalWrite, PaneId, Read, Write};
use crate::assets;
use crate::domain::dates::shift_days;
use crate::domain::goal::{Goal, GoalState};
use crate::domain::root_cause::Cause;
use crate::domain::setback::{Checkin, Setback};
use crate::domain::{Day, GratitudeItem, Streak};
use crate::keymap::{Command, Keymap, Scope};
use crate::store::{Result, Store};

/// Days of activity read for the chart, which shows as many of them as fit.
const ACTIVITY_DAYS: usize = 91;
/// Setbacks read for the recent list, which shows as many of them as fit.
const RECENT_SETBACKS: usize = 5;

#[derive(Default)]
pub struct HomePane {
    today: NaiveDate,
    /// Nothing written anywhere yet: Home shows the welcome instead.
    empty: bool,
    gratitude: Vec<GratitudeItem>,
    /// Today's note and mood, shown when there is room.
    day: Option<Day>,
    streak: Streak,
    /// Gratitude items written plus steps ticked, per day, oldest first, ending today.
    activity: Vec<u64>,
    goals: Vec<Goal>,
    list: ListState,
    /// How many goals show at once.
    goals_page: Page,
    setbacks: Vec<Setback>,
    causes: Vec<(Cause, u32)>,
    checkin: Option<(Checkin, Setback)>,
    /// One or two people not in touch for a while.
    to_contact: Vec<crate::domain::forward::Person>,
    /// The newest harsh thought rewritten kindly, to reread.
    reframe: Option<crate::domain::forward::Reframe>,
    /// After this many days without being in touch, someone is mentioned.
    quiet_days: u32,
    /// What was written on this day of the month, in an earlier month or year.
    memory: Option<(NaiveDate, String)>,
    /// A look back or a conversation due today, to offer.
    due: Option<due::Due>,
    /// A run of low days: Home shows the support panel.
    low: bool,
    /// When a run of low days shows the support panel, and the help line in it.
    support: crate::domain::support::Support,
    /// Someone to lean on, while the days are low.
    lean_on: Option<crate::domain::forward::Person>,
    /// A talk with them being planned.
    talk: Option<talk::Talk>,
}

impl HomePane {
    fn selected_goal(&self) -> Option<&Goal> {
        self.list.selected().and_then(|i| self.goals.get(i))
    }

    fn command(&mut self, command: Command, keymap: &Keymap) -> Option<Action> {
        match command {
            c if is_move(c) => {
                let index = self.list.selected().unwrap_or(0);
                let next = moved(index, self.goals.len(), self.goals_page.rows(), c);
                self.list.select(next.filter(|_| !self.goals.is_empty()));
                None
            }
            Command::TickStep => Some(self.tick(keymap)),
            Command::AddGratitude => Some(Action::Jump {
                pane: PaneId::Gratitude,
                commands: vec![Command::Today, Command::Add],
            }),
            Command::People => Some(Action::Jump {
                pane: PaneId::Goals,
                commands: vec![Command::People],
            }),
            Command::Touched => Some(match self.lean_on.as_ref() {
                Some(person) => Action::Write(Write::Forward {
                    write: crate::action::ForwardWrite::TouchPerson(person.id),
                    draft: None,
                }),
                None => Action::Say("Your people are in Goals ({key:home.people}).".into()),
            }),
            Command::PlanTalk => self.open_talk(),
            Command::Due => self.open_due().or_else(|| {
                Some(Action::Say(
                    "Nothing is due today. A quiet day is a good day too.".into(),
                ))
            }),
            Command::Open => Some(match self.selected_goal() {
                Some(goal) => Action::OpenGoal(goal.id),
                None => Action::ShowPane(PaneId::Goals),
            }),
            _ => None,
        }
    }

    /// Ticks the selected goal's next step, or says why there is none to tick.
    fn tick(&self, keymap: &Keymap) -> Action {
        let words = &assets::home().empty;
        let Some(goal) = self.selected_goal() else {
            let key = keymap
                .short_label(Scope::Global, Command::GoGoals)
                .unwrap_or_default();
            return Action::Say(words.goals.replace("{key}", &key));
        };
        match &goal.next_step {
            Some(step) => Action::Write(Write::Goal {
                write: GoalWrite::TickStep {
                    id: step.id,
                    done: true,
                },
                draft: None,
            }),
            None => Action::Say(words.goal_steps.clone()),
        }
    }

    /// Keeps the same goal selected across a reload, or the same row if it left the list.
    fn reselect(&mut self, previous: Option<uuid::Uuid>) {
        let index = previous
            .and_then(|id| self.goals.iter().position(|g| g.id == id))
            .or_else(|| self.list.selected())
            .unwrap_or(0)
            .min(self.goals.len().saturating_sub(1));
        self.list
            .select(Some(index).filter(|_| !self.goals.is_empty()));
    }
}

/// Gratitude items and ticked steps per day over the last [`ACTIVITY_DAYS`] days.
fn activity(store: &Store, today: NaiveDate) -> Result<Vec<u64>> {
    let from = shift_days(today, 1 - ACTIVITY_DAYS as i64);
    let mut days = vec![0; ACTIVITY_DAYS];
    let counts = store
        .gratitude_per_day(from, today)?
        .into_iter()
        .chain(store.steps_done_per_day(from, today)?);
    for (day, n) in counts {
        let slot = usize::try_from((day - from).num_days())
            .ok()
            .and_then(|i| days.get_mut(i));
        if let Some(slot) = slot {
            *slot += u64::from(n);
        }
    }
    Ok(days)
}

impl HomePane {
    /// Home with the person's setting for when someone is mentioned to get in touch with.
    pub fn new(quiet_days: u32, support: crate::domain::support::Support) -> HomePane {
        HomePane {
            quiet_days,
            support,
            ..HomePane::default()
        }
    }
}

impl Pane for HomePane {
    fn handle(&mut self, input: Input, keymap: &Keymap) -> Option<Action> {
        match input {
            Input::Key(key) if self.talk.is_some() => self.talk_key(key, keymap),
            Input::Key(key) => {
                let command = keymap.lookup(Scope::Home, &key)?;
                self.command(command, keymap)
            }
            Input::Run(_) if self.talk.is_some() => None,
            Input::Run(command) => self.command(command, keymap),
            Input::Click { list, row } => {
                if list == "goals" && row < self.goals.len() && self.talk.is_none() {
                    self.list.select(Some(row));
                }
                None
            }
            Input::Paste(text) => {
                if let Some(talk) = self.talk.as_mut() {
                    talk.form.paste(text);
                }
                None
            }
            Input::Edited(text) => {
                if let Some(talk) = self.talk.as_mut() {
                    talk.form.set_focused_text(text);
                }
                None
            }
            Input::Saved { write, .. } => {
                if matches!(write, Write::Chapter { .. }) {
                    self.talk = None;
                }
                None
            }
            Input::Discard => {
                self.talk = None;
                None
            }
            Input::Show(_) => None,
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        view::render(self, frame, area, ctx);
    }

    fn reload(&mut self, store: &Store, today: NaiveDate, _read: Read) -> Result<()> {
        self.today = today;
        self.empty = store.is_empty()?;
        self.gratitude = store.gratitude_on(today)?;
        self.day = store.day(today)?;
        self.streak = store.gratitude_streak(today)?;
        self.activity = activity(store, today)?;
        let previous = self.selected_goal().map(|g| g.id);
        self.goals = store.goals(GoalState::Active)?;
        self.reselect(previous);
        self.setbacks = store.recent_setbacks(RECENT_SETBACKS)?;
        self.causes = store.cause_counts()?;
        self.checkin = store.latest_checkin()?;
        let quiet_days = match self.quiet_days {
            0 => crate::domain::forward::QUIET_DAYS,
            n => n,
        };
        self.to_contact = store.people_to_contact(today, quiet_days, 2)?;
        self.reframe = store.latest_reframes(1)?.pop();
        self.memory = store.on_this_day(today)?;
        self.due = due::read(store, today)?;
        let since = shift_days(today, -crate::domain::support::RECENT_DAYS);
        let moods = store.moods_between(since, today)?;
        self.low = self.support.low_run(&moods, today);
        self.lean_on = if self.low {
            store.person_to_lean_on()?
        } else {
            None
        };
        Ok(())
    }

    fn draft(&self) -> Option<(String, String)> {
        self.talk
            .as_ref()
            .map(|t| (t.form.slot().to_string(), t.form.draft_text()))
    }

    fn restore_draft(&mut self, store: &Store) -> Result<Option<String>> {
        self.restore_talk(store)
    }

    fn hints(&self) -> Vec<(Scope, Command)> {
        if let Some(talk) = &self.talk {
            return talk.form.hints();
        }
        let h = |c| (Scope::Home, c);
        let mut hints = if self.goals.is_empty() {
            vec![
                h(Command::AddGratitude),
                (Scope::Global, Command::GoDebrief),
                (Scope::Global, Command::GoGoals),
            ]
        } else {
            let tick = self.selected_goal().and_then(|g| g.next_step.as_ref());
            let mut hints: Vec<_> = tick.map(|_| h(Command::TickStep)).into_iter().collect();
            hints.extend([h(Command::AddGratitude), h(Command::Open)]);
            if !self.to_contact.is_empty() {
                hints.push(h(Command::People));
            }
            if self.goals.len() > 1 {
                hints.extend([h(Command::Down), h(Command::Up)]);
            }
            hints
        };
        if self.due.is_some() {
            hints.insert(0, h(Command::Due));
        }
        if self.lean_on.is_some() {
            hints.splice(0..0, [h(Command::Touched), h(Command::PlanTalk)]);
        }
        hints.extend([
            (Scope::Global, Command::Help),
            (Scope::Global, Command::Quit),
        ]);
        hints
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn press(pane: &mut HomePane, c: char) -> Option<Action> {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        pane.handle(Input::Key(key), &Keymap::defaults())
    }

    #[test]
    fn g_jumps_to_todays_gratitude_editor() {
        let mut pane = HomePane::default();
        assert_eq!(
            press(&mut pane, 'g'),
            Some(Action::Jump {
                pane: PaneId::Gratitude,
                commands: vec![Command::Today, Command::Add],
            })
        );
    }

    #[test]
    fn without_goals_space_explains_and_moving_does_nothing() {
        let mut pane = HomePane::default();
        assert!(matches!(press(&mut pane, ' '), Some(Action::Say(text)) if text.contains("(5)")));
        assert_eq!(press(&mut pane, 'j'), None);
        assert_eq!(pane.list.selected(), None);
    }

    #[test]
    fn enter_shows_the_goals_pane() {
        let mut pane = HomePane::default();
        let key = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            pane.handle(Input::Key(key), &Keymap::defaults()),
            Some(Action::ShowPane(PaneId::Goals))
        );
    }
}
