//! End to end: the real `bounce` binary in a private tmux server, keys in, screen out, and
//! what was saved read back afterwards with `bounce --db FILE gratitude list`.

use crate::tmux_support;

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use tmux_support::{BOUNCE, Journal, Tmux, tmux_missing};

#[test]
fn an_item_typed_in_the_gratitude_pane_is_saved_and_the_terminal_restored() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let item = "tea with Zoë in the café";
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["4"]);
    tmux.wait_for("4 Gratitude");
    tmux.keys(&["a"]);
    tmux.wait_for("New item");
    tmux.type_text(item);
    tmux.wait_for(item);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("1. {item}"));
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    tmux.assert_restored();
    assert_eq!(journal.gratitude(), [item]);
}

#[test]
fn ctrl_c_quits_cleanly() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["C-c"]);
    assert_eq!(tmux.wait_exit(), 0);
    tmux.assert_restored();
}

fn signal_restores_the_terminal(signal: &str, number: u8) {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.kill(signal);
    // The shell reports 128+N both for exit(128+N) and for death by signal N.
    assert_eq!(
        tmux.wait_exit(),
        128 + number,
        "exit status after SIG{signal}"
    );
    tmux.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("HUP", 1);
}

#[test]
fn text_typed_before_a_kill_is_offered_back_and_can_be_saved() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let item = "a kind word from Ana";
    {
        let tmux = Tmux::start(&journal, &[]);
        tmux.keys(&["4"]);
        tmux.wait_for("4 Gratitude");
        tmux.keys(&["a"]);
        tmux.wait_for("New item");
        tmux.type_text(item);
        tmux.wait_for(item);
        // The promise is "at most the last second is lost"; give it twice that.
        sleep(Duration::from_secs(2));
        tmux.kill("KILL");
        assert_eq!(tmux.wait_exit(), 128 + 9);
    }
    assert!(
        journal.gratitude().is_empty(),
        "the draft was saved as an item"
    );
    let tmux = Tmux::start(&journal, &[]);
    let screen = tmux.wait_for("Welcome back");
    assert!(screen.contains(item), "the draft is not shown:\n{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("1. {item}"));
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    assert_eq!(journal.gratitude(), [item]);
}

#[test]
fn a_panic_restores_the_terminal_and_its_message_stays_readable() {
    if tmux_missing() {
        return;
    }
    if !cfg!(debug_assertions) {
        eprintln!("skipping: BOUNCE_DEBUG_PANIC only works in debug builds");
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[("BOUNCE_DEBUG_PANIC", "1")]);
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 101, "bounce did not panic");
    let screen = tmux.assert_restored();
    assert!(
        screen.contains("panic requested"),
        "the panic message is not on the normal screen:\n{screen}"
    );
}

#[test]
fn a_tiny_window_says_so_and_a_restored_one_draws_the_pane_again() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["4"]);
    tmux.wait_for("4 Gratitude");
    tmux.run(&["resize-window", "-x", "20", "-y", "6"]);
    tmux.wait_for("too small");
    tmux.run(&["resize-window", "-x", "80", "-y", "24"]);
    let screen = tmux.wait_screen("the Gratitude pane drawn again", |s| {
        s.contains("4 Gratitude") && s.contains(" Note ") && !s.contains("too small")
    });
    assert!(
        !screen.contains("EXITED:"),
        "bounce ended on resize:\n{screen}"
    );
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
}

#[test]
fn a_timeline_entered_out_of_order_reads_in_order_after_a_restart() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["2"]);
    tmux.wait_for("Setbacks (0)");
    tmux.keys(&["a"]);
    tmux.wait_for("New setback");
    tmux.type_text("Lost the Berlin pitch");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Setbacks (1)");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Timeline 0");
    let events = [
        ("2026-10-01", "The client said no"),
        ("2026-09-01", "The brief arrives"),
        ("2026-09-15", "Pitch day in Berlin"),
    ];
    for (n, (day, what)) in events.iter().enumerate() {
        tmux.keys(&["a"]);
        tmux.wait_for("New event");
        tmux.type_text(what);
        tmux.keys(&["BTab", "BTab"]);
        for _ in 0..10 {
            tmux.keys(&["BSpace"]);
        }
        tmux.type_text(day);
        tmux.keys(&["C-s"]);
        tmux.wait_for(&format!("Timeline {}", n + 1));
    }
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    drop(tmux);

    let again = Tmux::start(&journal, &[]);
    again.keys(&["2", "Enter"]);
    let screen = again.wait_for("Timeline 3");
    let at = |text: &str| {
        screen
            .find(text)
            .unwrap_or_else(|| panic!("{text} missing:\n{screen}"))
    };
    assert!(
        at("The brief arrives") < at("Pitch day in Berlin"),
        "{screen}"
    );
    assert!(
        at("Pitch day in Berlin") < at("The client said no"),
        "{screen}"
    );
    again.keys(&["q"]);
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn answering_the_questionnaire_and_confirming_a_cause_is_kept() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let add = Command::new(BOUNCE)
        .arg("--db")
        .arg(journal.db())
        .args([
            "setback",
            "add",
            "Shop closed in the lockdown",
            "--summary",
            "The pandemic closed everything overnight.",
        ])
        .output()
        .expect("adding a setback");
    assert!(add.status.success());
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["3"]);
    tmux.wait_for("Shop closed in the lockdown");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Questions 0/");
    tmux.keys(&["n"]);
    tmux.wait_for("Questions 1/");
    tmux.keys(&["n"]);
    tmux.wait_for("Questions 2/");
    tmux.keys(&["]"]);
    tmux.wait_for("Suggestion: Unforeseeable event");
    tmux.keys(&["c"]);
    tmux.wait_for("You decided: Unforeseeable event");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    let list = Command::new(BOUNCE)
        .arg("--db")
        .arg(journal.db())
        .args(["setback", "list"])
        .output()
        .expect("listing setbacks");
    assert!(String::from_utf8_lossy(&list.stdout).contains("\tunforeseen\t"));
}

#[test]
fn a_goal_with_three_steps_ticked_twice_reads_two_of_three_after_a_restart() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["5"]);
    tmux.wait_for("Active 0");
    tmux.keys(&["a"]);
    tmux.wait_for("New goal");
    tmux.type_text("Teach a workshop");
    for _ in 0..5 {
        tmux.keys(&["Tab"]);
    }
    tmux.type_text("Write the outline");
    tmux.keys(&["Enter"]);
    tmux.type_text("Book a room");
    tmux.keys(&["Enter"]);
    tmux.type_text("Invite ten people");
    tmux.keys(&["C-s"]);
    tmux.wait_for("0/3");
    tmux.keys(&["Enter"]);
    tmux.wait_for("0 of 3 steps");
    tmux.keys(&["Space"]);
    tmux.wait_for("1 of 3 steps");
    tmux.keys(&["Space"]);
    tmux.wait_for("2 of 3 steps");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    drop(tmux);

    let again = Tmux::start(&journal, &[]);
    again.keys(&["5"]);
    again.wait_for("2/3");
    again.keys(&["Enter"]);
    let screen = again.wait_for("2 of 3 steps");
    let next = screen
        .lines()
        .find(|line| line.contains("Invite ten people"))
        .unwrap_or_else(|| panic!("the third step is missing:\n{screen}"));
    assert!(next.contains("[ ]") && next.contains("next"), "{screen}");
    assert!(
        screen.lines().filter(|line| line.contains("[x]")).count() == 2,
        "{screen}"
    );
    again.keys(&["q"]);
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn an_idea_weighed_and_promoted_becomes_a_goal_in_the_goals_pane() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["5"]);
    tmux.wait_for("Active 0");
    tmux.keys(&["]", "]", "]"]);
    tmux.wait_for("No ideas yet");
    tmux.keys(&["a"]);
    tmux.wait_for("New idea");
    tmux.type_text("Start my own practice");
    tmux.keys(&["C-s"]);
    tmux.wait_for("not weighed yet");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Weigh it");
    tmux.keys(&["y"]);
    tmux.wait_for("2 of 6 points");
    tmux.keys(&["y"]);
    tmux.wait_for("4 of 6 points");
    tmux.keys(&["m"]);
    tmux.wait_for("5 of 6 points");
    tmux.keys(&["G"]);
    tmux.wait_for("is a goal now");
    // The idea has left the funnel; two lists on are the active goals.
    tmux.keys(&["]", "]"]);
    let screen = tmux.wait_for("no steps yet");
    assert!(screen.contains("Start my own practice"), "{screen}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Why:");
    assert!(screen.contains("Is it realistic? Yes."), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
}

#[test]
fn the_config_file_sets_the_first_pane_and_a_broken_one_is_named_not_fatal() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let folder = journal.dir.path().join("bounce");
    std::fs::create_dir_all(&folder).expect("creating the config folder");
    let config = folder.join("config.toml");
    std::fs::write(
        &config,
        "start_pane = \"goals\"\n[keys.goals]\nadd = [\"i\"]\n",
    )
    .expect("writing the config");
    let tmux = Tmux::start(&journal, &[]);
    tmux.wait_for("Active 0");
    tmux.keys(&["i"]);
    tmux.wait_for("New goal");
    tmux.keys(&["Escape"]);
    // A key sent right behind Escape can arrive with it and read as Alt plus that key.
    tmux.wait_screen("the form to close", |s| !s.contains("New goal"));
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    drop(tmux);

    std::fs::write(&config, "start_pane = \"goals\"\nweek_starts_on = friday\n")
        .expect("writing a broken config");
    let again = Tmux::start(&journal, &[]);
    let screen = again.wait_for("Using the defaults");
    assert!(screen.contains("line 2"), "{screen}");
    assert!(screen.contains("Your settings"), "{screen}");
    again.keys(&["x"]);
    again.wait_for("Welcome to bounce");
    again.keys(&["q"]);
    assert_eq!(again.wait_exit(), 0);
    assert!(
        std::fs::read_to_string(&config)
            .expect("the config is still there")
            .contains("friday"),
        "a broken config is never rewritten"
    );
}

#[test]
fn a_word_written_yesterday_is_found_from_another_pane_and_shown_on_its_day() {
    if tmux_missing() {
        return;
    }
    let journal = Journal::new();
    let item = "Kayaking with Mireille at dawn";
    let tmux = Tmux::start(&journal, &[]);
    tmux.keys(&["4"]);
    tmux.wait_for("4 Gratitude");
    tmux.keys(&["h", "a"]);
    tmux.wait_for("New item");
    tmux.type_text(item);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("1. {item}"));
    tmux.keys(&["t", "5"]);
    tmux.wait_for("Active 0");
    tmux.keys(&["/"]);
    tmux.wait_for("Type a word you wrote");
    tmux.type_text("mirei");
    let screen = tmux.wait_screen("the hit", |s| {
        s.contains("/ mirei") && s.contains("1 match")
    });
    assert!(screen.contains("gratitude"), "{screen}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_screen("the item on its day", |s| {
        s.lines()
            .any(|l| l.contains('›') && l.contains(&format!("1. {item}")))
    });
    assert!(!screen.contains("Today,"), "{screen}");
    assert!(!screen.contains("Search"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    tmux.assert_restored();
}
