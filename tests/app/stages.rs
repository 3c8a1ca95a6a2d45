//! The stage guide in a check-in: the form describes the stage its choice is on as it moves,
//! and the saved path shows as a chart above the list.

use bounce::action::PaneId;
use bounce::assets;
use bounce::domain::setback::{GriefStage, TransformationStage};
use ratatui::crossterm::event::KeyCode;

use crate::common::*;

/// The seeded debrief, open on its check-ins, with the check-in form open.
fn checkin_form() -> bounce::app::App {
    let (dir, store) = temp_store();
    seed_debrief(&store);
    std::mem::forget(dir);
    let mut app = app_with(store);
    app.show(PaneId::Debrief);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "[[[a");
    app
}

#[test]
fn the_form_describes_the_stage_its_choice_is_on() {
    let mut app = checkin_form();
    let guide = assets::stages();
    let form = screen(&mut app, 80, 24);
    assert!(form.contains(&guide.unset), "{form}");
    press(&mut app, KeyCode::Right);
    let denial = guide.grief(GriefStage::Denial);
    let on_denial = screen(&mut app, 80, 24);
    assert!(on_denial.contains(&denial.about), "{on_denial}");
    assert!(on_denial.contains(&denial.question), "{on_denial}");
    press(&mut app, KeyCode::Right);
    let anger = screen(&mut app, 80, 24);
    assert!(
        anger.contains(&guide.grief(GriefStage::Anger).about),
        "{anger}"
    );
    assert!(
        !anger.contains(&denial.about),
        "only the current stage shows: {anger}"
    );
    // Going back is as easy as going on.
    press(&mut app, KeyCode::Left);
    assert!(screen(&mut app, 80, 24).contains(&denial.about));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Left);
    let integration = guide.transformation(TransformationStage::Integration);
    let last = screen(&mut app, 80, 24);
    assert!(last.contains(&integration.about), "{last}");
    assert!(
        last.contains(&denial.about),
        "the grief choice keeps its words: {last}"
    );
}

#[test]
fn a_saved_check_in_joins_the_path_and_home_asks_its_question() {
    let mut app = checkin_form();
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Right);
    }
    ctrl(&mut app, 's');
    let id = app.store().setbacks().unwrap()[0].id;
    let latest = &app.store().checkins(id).unwrap()[0];
    assert_eq!(latest.grief, Some(GriefStage::Denial));
    assert_eq!(
        latest.transformation,
        Some(TransformationStage::ReEngagement)
    );
    let path = screen(&mut app, 120, 40);
    assert!(
        path.contains("Grief") && path.contains("Transformation"),
        "{path}"
    );
    let denial = path.lines().find(|l| l.contains("Denial ")).unwrap();
    assert!(
        denial.contains('●'),
        "the new check-in is on the path: {path}"
    );
    // The list stays under the chart.
    assert!(path.contains("Angry at the timing."), "{path}");
    app.show(PaneId::Home);
    let home = screen(&mut app, 120, 40);
    let question = &assets::stages()
        .transformation(TransformationStage::ReEngagement)
        .question;
    assert!(home.contains(question.as_str()), "{home}");
}
