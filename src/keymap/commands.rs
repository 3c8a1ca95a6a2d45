//! What a key can mean and where: the scopes a key press is understood in, and every
//! command a key can be bound to, with its name in keymap files, its hint and its help text.

/// Where a key press is understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Global,
    Gratitude,
    Debrief,
    RootCause,
    Home,
    Goals,
    Review,
    Editor,
}

impl Scope {
    pub const ALL: [Scope; 8] = [
        Scope::Global,
        Scope::Gratitude,
        Scope::Debrief,
        Scope::RootCause,
        Scope::Home,
        Scope::Goals,
        Scope::Review,
        Scope::Editor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scope::Global => "global",
            Scope::Gratitude => "gratitude",
            Scope::Debrief => "debrief",
            Scope::RootCause => "rootcause",
            Scope::Home => "home",
            Scope::Goals => "goals",
            Scope::Review => "review",
            Scope::Editor => "editor",
        }
    }
}

macro_rules! commands {
    ($($variant:ident => $name:literal, $hint:literal, $desc:literal;)*) => {
        /// Every intent a key can be bound to.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Command { $($variant),* }

        impl Command {
            pub const ALL: &'static [Command] = &[$(Command::$variant),*];

            /// The name used in keymap files.
            pub fn name(self) -> &'static str {
                match self { $(Command::$variant => $name),* }
            }

            /// One or two words for the status-bar hints.
            pub fn hint(self) -> &'static str {
                match self { $(Command::$variant => $hint),* }
            }

            /// What the command does, as the help overlay says it.
            pub fn description(self) -> &'static str {
                match self { $(Command::$variant => $desc),* }
            }

            pub fn from_name(name: &str) -> Option<Command> {
                match name { $($name => Some(Command::$variant),)* _ => None }
            }
        }
    };
}

commands! {
    Quit => "quit", "quit", "Quit bounce (everything is already saved)";
    Help => "help", "help", "Show or hide this help";
    NextPane => "next_pane", "next pane", "Next pane";
    PreviousPane => "previous_pane", "previous pane", "Previous pane";
    GoHome => "go_home", "home", "Go to Home";
    GoDebrief => "go_debrief", "debrief", "Go to Debrief";
    GoRootCause => "go_root_cause", "root cause", "Go to Root cause";
    GoGratitude => "go_gratitude", "gratitude", "Go to Gratitude";
    GoGoals => "go_goals", "goals", "Go to Goals";
    GoReview => "go_review", "review", "Go to Review";
    Undo => "undo", "undo", "Undo your last change (again for the one before)";
    Redo => "redo", "redo", "Do again what you just undid";
    Add => "add", "add", "Add a thing you are grateful for";
    Edit => "edit", "edit", "Edit the selected item";
    Delete => "delete", "delete", "Delete the selected item (asks first)";
    Down => "down", "down", "Select the next item";
    Up => "up", "up", "Select the previous item";
    PageDown => "page_down", "page down", "Move down the list by a screen";
    PageUp => "page_up", "page up", "Move up the list by a screen";
    First => "first", "first", "Jump to the first row";
    Last => "last", "last", "Jump to the last row";
    PreviousDay => "previous_day", "day before", "Go to the day before";
    NextDay => "next_day", "day after", "Go to the day after";
    Today => "today", "today", "Jump back to today";
    EditNote => "edit_note", "note", "Write the day's note";
    SetMood => "set_mood", "mood", "Set the day's mood (1-5)";
    SelfCare => "self_care", "for me", "Write one kind thing you did for yourself that day";
    Open => "open", "open", "Open the selected setback";
    Back => "back", "back", "Back to the list of setbacks";
    NextSection => "next_section", "next section", "Next section of the debrief";
    PreviousSection => "previous_section", "previous section", "Previous section of the debrief";
    MoveUp => "move_up", "move up", "Move the event earlier (among events at the same time)";
    MoveDown => "move_down", "move down", "Move the event later (among events at the same time)";
    CopyStory => "copy_story", "copy story", "Copy the story to the clipboard";
    Earlier => "earlier", "earlier", "Move the weeks shown back by one (or the months)";
    Later => "later", "later", "Move the weeks shown on by one (or the months)";
    SwitchSpan => "switch_span", "weeks/months", "Switch between twelve weeks and twelve months";
    Search => "search", "search", "Search everything you wrote";
    Messages => "messages", "messages", "Read the last messages again, whole";
    AnswerYes => "answer_yes", "yes", "Answer yes";
    AnswerPartly => "answer_partly", "partly", "Answer partly";
    AnswerNo => "answer_no", "no", "Answer no";
    ClearAnswer => "clear_answer", "clear", "Clear the answer";
    NextChoice => "next_choice", "change", "Next answer, or the next motive";
    PreviousChoice => "previous_choice", "change back", "Previous answer";
    Confirm => "confirm", "confirm", "Confirm the suggested cause";
    ChooseCause => "choose_cause", "choose", "Choose another cause (or take the decision back)";
    MakeLesson => "make_lesson", "to lesson", "Keep it as a lesson (a follow-up note, a takeaway)";
    MakeGoal => "make_goal", "to goal", "Turn the selected lesson or takeaway into a goal";
    CloseChapter => "close_chapter", "close chapter", "Close this setback's chapter, with a few questions";
    LookBack => "look_back", "look back", "Look back at a closed chapter: how does it feel now?";
    Reopen => "reopen", "reopen", "Open a closed chapter again (asks first)";
    Due => "due", "what is due", "Open what is due today: a look back, a conversation";
    TickStep => "tick_step", "tick", "Tick or untick the selected step";
    SplitStep => "split_step", "split", "Split the step into smaller ones, in its place";
    Archive => "archive", "put aside", "Put the goal away, or bring it back (nothing is lost)";
    ToNetwork => "to_network", "to network", "Add the person to your support network";
    People => "people", "people", "Show the people who can help (your support network)";
    Touched => "touched", "in touch", "Note that you were in touch today";
    PlanTalk => "plan_talk", "plan a talk", "Plan a talk with the person who lifts you up";
    Lifts => "lifts", "lifts me up", "Mark someone as one who lifts you up (again to unmark)";
    AddGratitude => "add_gratitude", "gratitude", "Add something you are grateful for today";
    ExternalEditor => "external_editor", "your editor", "Write it in your own editor ($VISUAL or $EDITOR)";
    Save => "save", "save", "Save and close the editor";
    Submit => "submit", "save", "Save a one-line field (a new line in longer text)";
    Cancel => "cancel", "close", "Close the editor (asks if there are unsaved changes)";
}

/// The commands that work in every pane, as the app carries them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    Quit,
    Help,
    NextPane,
    PreviousPane,
    Go(crate::action::PaneId),
    Undo,
    Redo,
    Search,
    Messages,
}

impl Command {
    /// The command as one that works in every pane, if it is one. Every command is named,
    /// so a new one must be placed on one side or the other.
    pub fn global(self) -> Option<Global> {
        use crate::action::PaneId;
        use Command as C;
        Some(match self {
            C::Quit => Global::Quit,
            C::Help => Global::Help,
            C::NextPane => Global::NextPane,
            C::PreviousPane => Global::PreviousPane,
            C::GoHome => Global::Go(PaneId::Home),
            C::GoDebrief => Global::Go(PaneId::Debrief),
            C::GoRootCause => Global::Go(PaneId::RootCause),
            C::GoGratitude => Global::Go(PaneId::Gratitude),
            C::GoGoals => Global::Go(PaneId::Goals),
            C::GoReview => Global::Go(PaneId::Review),
            C::Undo => Global::Undo,
            C::Redo => Global::Redo,
            C::Search => Global::Search,
            C::Messages => Global::Messages,
            C::Add
            | C::Edit
            | C::Delete
            | C::Down
            | C::Up
            | C::PageDown
            | C::PageUp
            | C::First
            | C::Last
            | C::PreviousDay
            | C::NextDay
            | C::Today
            | C::Earlier
            | C::Later
            | C::SwitchSpan
            | C::EditNote
            | C::SetMood
            | C::SelfCare
            | C::Open
            | C::Back
            | C::NextSection
            | C::PreviousSection
            | C::MoveUp
            | C::MoveDown
            | C::CopyStory
            | C::AnswerYes
            | C::AnswerPartly
            | C::AnswerNo
            | C::ClearAnswer
            | C::NextChoice
            | C::PreviousChoice
            | C::Confirm
            | C::ChooseCause
            | C::MakeLesson
            | C::CloseChapter
            | C::LookBack
            | C::Reopen
            | C::Due
            | C::MakeGoal
            | C::TickStep
            | C::SplitStep
            | C::Archive
            | C::ToNetwork
            | C::People
            | C::Touched
            | C::Lifts
            | C::PlanTalk
            | C::AddGratitude
            | C::ExternalEditor
            | C::Save
            | C::Submit
            | C::Cancel => return None,
        })
    }
}
