use super::*;

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn defaults_parse_and_resolve() {
    let map = Keymap::defaults();
    let none = KeyModifiers::NONE;
    assert_eq!(
        map.lookup(Scope::Global, &key(KeyCode::Char('q'), none)),
        Some(Command::Quit)
    );
    assert_eq!(
        map.lookup(Scope::Global, &key(KeyCode::Char('4'), none)),
        Some(Command::GoGratitude)
    );
    assert_eq!(
        map.lookup(Scope::Global, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Command::PreviousPane)
    );
    assert_eq!(
        map.lookup(Scope::Gratitude, &key(KeyCode::Down, none)),
        Some(Command::Down)
    );
    assert_eq!(
        map.lookup(
            Scope::Editor,
            &key(KeyCode::Char('s'), KeyModifiers::CONTROL)
        ),
        Some(Command::Save)
    );
    assert_eq!(
        map.lookup(
            Scope::Gratitude,
            &key(KeyCode::Char('s'), KeyModifiers::CONTROL)
        ),
        None
    );
}

#[test]
fn shifted_characters_match_as_typed() {
    let map = Keymap::defaults();
    assert_eq!(
        map.lookup(Scope::Global, &key(KeyCode::Char('?'), KeyModifiers::SHIFT)),
        Some(Command::Help)
    );
}

#[test]
fn overrides_replace_keys_of_named_commands() {
    let map = Keymap::load(Some("[gratitude]\nadd = [\"i\", \"ctrl-n\"]\n")).unwrap();
    let none = KeyModifiers::NONE;
    assert_eq!(
        map.lookup(Scope::Gratitude, &key(KeyCode::Char('i'), none)),
        Some(Command::Add)
    );
    assert_eq!(
        map.lookup(Scope::Gratitude, &key(KeyCode::Char('a'), none)),
        None
    );
    assert_eq!(map.label(Scope::Gratitude, Command::Add), "i / Ctrl-N");
    assert_eq!(
        map.lookup(Scope::Gratitude, &key(KeyCode::Char('e'), none)),
        Some(Command::Edit)
    );
}

#[test]
fn bad_overrides_are_explained() {
    assert!(
        Keymap::load(Some("[nowhere]\nadd=[\"a\"]"))
            .unwrap_err()
            .contains("[nowhere]")
    );
    assert!(
        Keymap::load(Some("[global]\nfly=[\"a\"]"))
            .unwrap_err()
            .contains("fly")
    );
    assert!(
        Keymap::load(Some("[global]\nquit=[\"ctrl-\"]"))
            .unwrap_err()
            .contains("not a key")
    );
}

#[test]
fn labels_read_well() {
    let map = Keymap::defaults();
    assert_eq!(map.label(Scope::Gratitude, Command::Down), "j / ↓");
    assert_eq!(map.label(Scope::Global, Command::PreviousPane), "Shift-Tab");
}

#[test]
fn a_two_key_binding_waits_for_its_second_key() {
    let map = Keymap::defaults();
    let ctrl = |c| key(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(
        map.label(Scope::Editor, Command::ExternalEditor),
        "Ctrl-X Ctrl-E"
    );
    assert_eq!(
        map.lookup(Scope::Editor, &ctrl('x')),
        None,
        "one key alone is not it"
    );
    let mut pending = Pending::default();
    assert_eq!(
        map.lookup_pressed(Scope::Editor, &mut pending, &ctrl('x')),
        Pressed::Waiting
    );
    assert!(pending.is_waiting());
    assert_eq!(
        map.lookup_pressed(Scope::Editor, &mut pending, &ctrl('e')),
        Pressed::Command(Command::ExternalEditor)
    );
    // Ctrl-E alone goes to the end of the line: no command.
    assert_eq!(
        map.lookup_pressed(Scope::Editor, &mut pending, &ctrl('e')),
        Pressed::Other
    );
    // A first key the second does not complete is let go; the second counts alone.
    map.lookup_pressed(Scope::Editor, &mut pending, &ctrl('x'));
    assert_eq!(
        map.lookup_pressed(Scope::Editor, &mut pending, &ctrl('s')),
        Pressed::Command(Command::Save)
    );
    assert!(!pending.is_waiting());
}

#[test]
fn two_key_bindings_are_read_from_overrides() {
    let map = Keymap::load(Some(
        "[editor]\nexternal_editor = [\"alt-o\", \"ctrl-x e\"]",
    ))
    .unwrap();
    assert_eq!(
        map.label(Scope::Editor, Command::ExternalEditor),
        "Alt-o / Ctrl-X e"
    );
    let err = Keymap::load(Some("[editor]\nsave = [\"ctrl-x ctrl-y ctrl-z\"]")).unwrap_err();
    assert!(err.contains("two with a space"), "{err}");
}
