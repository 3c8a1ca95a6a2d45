use super::*;
use ratatui::crossterm::event::KeyModifiers;

#[test]
fn a_short_window_shows_the_rows_around_the_focus() {
    assert_eq!(shown_rows(3, 0, 5), 0..3);
    assert_eq!(shown_rows(4, 0, 2), 0..2);
    assert_eq!(shown_rows(4, 1, 2), 0..2);
    assert_eq!(shown_rows(4, 2, 2), 1..3);
    assert_eq!(shown_rows(4, 3, 2), 2..4);
    assert_eq!(shown_rows(4, 3, 0), 3..4);
    assert_eq!(shown_rows(0, 0, 0), 0..0);
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn tab_moves_and_values_come_back() {
    let keymap = Keymap::defaults();
    let mut form = Form::new("T", "slot")
        .line("Title", "", "")
        .text("Summary", "", "")
        .choice("Stage", vec!["—".into(), "Anger".into()], 0);
    form.handle_key(key(KeyCode::Char('x')), &keymap);
    form.handle_key(key(KeyCode::Tab), &keymap);
    form.handle_key(key(KeyCode::Char('y')), &keymap);
    form.handle_key(key(KeyCode::Enter), &keymap);
    form.handle_key(key(KeyCode::Char('z')), &keymap);
    form.handle_key(key(KeyCode::Tab), &keymap);
    form.handle_key(key(KeyCode::Right), &keymap);
    assert_eq!(form.values(), ["x", "y\nz", "1"]);
    assert!(form.has_changes());
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(form.handle_key(ctrl_s, &keymap), FormOutcome::Submit);
    assert_eq!(
        form.handle_key(key(KeyCode::Esc), &keymap),
        FormOutcome::Cancel
    );
}

#[test]
fn drafts_round_trip() {
    let mut form =
        Form::new("T", "slot")
            .line("A", "", "")
            .choice("B", vec!["a".into(), "b".into()], 0);
    form.restore(r#"["kept words","1"]"#);
    assert_eq!(form.values(), ["kept words", "1"]);
    let mut other =
        Form::new("T", "slot")
            .line("A", "", "")
            .choice("B", vec!["a".into(), "b".into()], 0);
    other.restore(&form.draft_text());
    assert_eq!(other.values(), form.values());
    other.restore("not json");
    assert_eq!(other.values(), form.values());
}

#[test]
fn half_fields_pair_up() {
    let form = Form::new("T", "s")
        .half_line("Date", "", "")
        .half_line("Time", "", "")
        .line("What", "", "");
    assert_eq!(form.rows(), vec![vec![0, 1], vec![2]]);
}

#[test]
fn enter_saves_from_a_line_and_starts_a_new_line_in_a_text() {
    let keymap = Keymap::defaults();
    let mut form = Form::new("T", "slot")
        .line("Name", "Ana", "")
        .text("Note", "met", "");
    assert_eq!(
        form.handle_key(key(KeyCode::Enter), &keymap),
        FormOutcome::Submit
    );
    form.handle_key(key(KeyCode::Tab), &keymap);
    assert_eq!(
        form.handle_key(key(KeyCode::Enter), &keymap),
        FormOutcome::Editing
    );
    assert_eq!(form.value(1), "met\n");
}

#[test]
fn ctrl_x_ctrl_e_opens_the_own_editor_and_ctrl_e_alone_does_not() {
    let keymap = Keymap::defaults();
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    let mut form = Form::new("T", "slot").line("Name", "Ana", "");
    assert_eq!(form.handle_key(ctrl('e'), &keymap), FormOutcome::Editing);
    assert_eq!(form.handle_key(ctrl('x'), &keymap), FormOutcome::Editing);
    assert_eq!(form.handle_key(ctrl('e'), &keymap), FormOutcome::External);
    assert_eq!(form.value(0), "Ana", "the keys typed nothing");
}

#[test]
fn a_refusal_puts_the_cursor_in_the_field_at_fault() {
    let mut form = Form::new("T", "slot")
        .line("Title", "Laid off", "")
        .line("Date", "someday", "")
        .text("Summary", "", "");
    form.handle_key(key(KeyCode::Tab), &Keymap::defaults());
    form.handle_key(key(KeyCode::Tab), &Keymap::defaults());
    let error = form
        .check(1, |text| Err::<(), _>(format!("'{text}' is not a date")))
        .unwrap_err();
    assert_eq!(error.field, Some(1));
    assert_eq!(
        form.refuse(error),
        Action::Say("'someday' is not a date".into())
    );
    assert_eq!(form.focus, 1);
    assert!(
        form.required(2, "A summary")
            .is_err_and(|e| e.field == Some(2))
    );
    // A problem with no one field to blame leaves the cursor where it is.
    form.refuse(FormError::from("That row is gone."));
    assert_eq!(form.focus, 1);
}

#[test]
fn a_choice_hint_follows_its_option() {
    let keymap = Keymap::defaults();
    let mut form = Form::new("T", "slot")
        .choice("Stage", vec!["a".into(), "b".into(), "c".into()], 0)
        .option_hints(vec!["about a".into(), "about b".into(), "about c".into()])
        .line("Note", "", "");
    assert_eq!(form.hint(0), Some("about a"));
    form.handle_key(key(KeyCode::Right), &keymap);
    assert_eq!(form.hint(0), Some("about b"));
    form.handle_key(key(KeyCode::Left), &keymap);
    form.handle_key(key(KeyCode::Left), &keymap);
    assert_eq!(
        form.hint(0),
        Some("about c"),
        "it wraps round with the choice"
    );
    assert_eq!(form.hint(1), None, "a text field has no hint");
    assert_eq!(form.hint(5), None);
}

#[test]
fn a_hint_shows_under_its_choice_and_gives_way_when_short() {
    use ratatui::{Terminal, backend::TestBackend};
    let draw = |height: u16| {
        let mut form = Form::new("T", "slot")
            .choice("Stage", vec!["a".into(), "b".into()], 1)
            .option_hints(vec!["about a".into(), "about b\nand a question?".into()])
            .line("Note", "", "");
        let mut terminal = Terminal::new(TestBackend::new(40, height)).unwrap();
        let theme = crate::theme::Theme::plain();
        terminal
            .draw(|f| form.render(f, f.area(), &Keymap::defaults(), &theme))
            .unwrap();
        format!("{:?}", terminal.backend().buffer())
    };
    let tall = draw(12);
    assert!(tall.contains("about b") && tall.contains("and a question?"));
    assert!(!tall.contains("about a"));
    let short = draw(8);
    assert!(short.contains("‹ b ›") && short.contains("Note"), "{short}");
    assert!(!short.contains("about b"), "{short}");
}
