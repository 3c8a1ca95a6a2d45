//! Text a person wrote shows whole in every section of an open setback, at any size.

use crate::common;

use bounce::domain::setback::*;
use bounce::store::Store;
use common::*;
use ratatui::crossterm::event::KeyCode;

const LESSON: &str = "When the signals pile up I always miss the signals until someone says \
                      it out loud, so I ask the direct question sooner";
const ANSWER: &str = "Grow into the work I want,\nnot just the work I could get";
const STRENGTH: &str = "Explaining systems to people who don't live in them, calmly and clearly";
const STORY: &str = "I spent my last two weeks on a proper handover and started talking to \
                     people about the work I want, not just the work I could get.";
const NOTE: &str = "It happened, and it wasn't about me.\nSent two applications I actually \
                    care about.";

fn journal(store: &Store) {
    let setback = store
        .add_setback(
            &SetbackDraft {
                title: "Laid off".into(),
                date: Some(date("2026-09-09")),
                summary: String::new(),
            },
            today(),
        )
        .unwrap()
        .id;
    store.set_answer(setback, "goals", ANSWER).unwrap();
    store
        .add_strength(setback, StrengthKind::ALL[0], STRENGTH)
        .unwrap();
    store.add_lesson(setback, LESSON).unwrap();
    let story = Story {
        situation: STORY.into(),
        ..Story::default()
    };
    store.set_story(setback, &story).unwrap();
    store
        .add_checkin(setback, today(), Some(GriefStage::ALL[4]), None, NOTE)
        .unwrap();
}

/// Every word of `text` is on the screen as a whole word.
fn assert_whole(screen: &str, text: &str) {
    let shown: Vec<&str> = screen.split_whitespace().collect();
    for word in text.split_whitespace() {
        assert!(shown.contains(&word), "{word:?} is missing:\n{screen}");
    }
}

#[test]
fn every_word_of_an_open_setback_shows_where_lines_wrap() {
    for (width, height) in [(80, 24), (91, 30), (120, 40), (200, 50)] {
        let (_dir, store) = temp_store();
        journal(&store);
        let mut app = app_with(store);
        keys(&mut app, "2");
        press(&mut app, KeyCode::Enter);
        // Questions, strengths, lessons, then past the reframes to the story and check-ins.
        for (moves, text) in [("]", ANSWER), ("]", STRENGTH), ("]", LESSON)] {
            keys(&mut app, moves);
            assert_whole(&screen(&mut app, width, height), text);
        }
        for (moves, text) in [("]]", STORY), ("]", NOTE)] {
            keys(&mut app, moves);
            assert_whole(&screen(&mut app, width, height), text);
        }
    }
}

#[test]
fn a_wrapped_lesson_keeps_one_bullet() {
    let (_dir, store) = temp_store();
    journal(&store);
    let mut app = app_with(store);
    keys(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "]]]");
    let text = screen(&mut app, 80, 24);
    assert_eq!(text.matches('•').count(), 1, "{text}");
    let first = text.lines().position(|l| l.contains("• When")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let column = |line: &str, what: &str| line.find(what).map(|at| line[..at].chars().count());
    // The continuation line starts, after the border, right under the lesson's first word.
    let under = lines[first + 1].trim_start_matches('│').trim_start();
    let continued = column(lines[first + 1], under);
    assert_eq!(continued, column(lines[first], "When"), "{text}");
}
