//! A keypress to its rendered frame: moving through every list (a row, a screen, to the end
//! and back; the Goals pane's Done list too), switching panes, opening a setback with 1,000 events, and typing into a note
//! of 10,000 characters. Each keypress is also timed on its own, and p50/p95/p99 are
//! printed after criterion's figures.

mod support;

use std::cell::RefCell;
use std::time::Duration;

use bounce::action::PaneId;
use bounce::app::App;
use bounce::domain::setback::{EventDraft, SetbackDraft};
use bounce::store::Store;
use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::{
    Percentiles, draw, journal, label, open_app, press, scratch_copy, sizes, terminal, today,
};

/// How many rows the list moves down before coming back up, so the keys stay on rows.
const SWEEP: u64 = 20;

/// A setback dated today (first in the list) with 1,000 events, and today's note made
/// 10,000 characters long.
fn add_large_records(path: &std::path::Path) {
    let store = Store::open(path).expect("the copy opens");
    store
        .write(|s| {
            let draft = SetbackDraft {
                title: "A setback remembered in great detail".into(),
                date: Some(today()),
                summary: "Every moment of it written down.".into(),
            };
            let id = s.add_setback(&draft, today())?.id;
            for i in 0..1_000 {
                let event = EventDraft {
                    date: Some(today()),
                    what: format!("Moment {i} of the long day, written down as it came back"),
                    ..EventDraft::default()
                };
                s.add_event(id, &event, today())?;
            }
            let note = "A long day, written out in full. ".repeat(320);
            s.set_note(today(), &note[..10_000])?;
            Ok(())
        })
        .expect("the large records are written");
}

fn bench_key(
    group: &mut BenchmarkGroup<WallTime>,
    times: &RefCell<Percentiles>,
    name: String,
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    mut key_for: impl FnMut(u64) -> &'static str,
) {
    let mut n = 0;
    group.bench_function(&name, |b| {
        b.iter_custom(|iters| {
            times.borrow_mut().time(&name, iters, || {
                press(app, key_for(n));
                draw(term, app);
                n += 1;
            })
        })
    });
}

fn keypresses(c: &mut Criterion) {
    let times = RefCell::new(Percentiles::default());
    let mut group = c.benchmark_group("keypress");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(1));
    for records in sizes() {
        let size = label(records);
        let (_dir, path) = scratch_copy(&journal(records));
        add_large_records(&path);
        let mut term = terminal();

        // j and k in each pane's main list.
        for pane in PaneId::ALL {
            let mut app = open_app(&path, pane);
            let name = format!("{}: j/k in the list, {size}", pane.title());
            bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
                if (n / SWEEP) % 2 == 0 { "j" } else { "k" }
            });
        }

        // A screen down and up again in each pane's main list, crossing the rows a pane
        // holds at once; then to the end of the list and back to its start.
        for pane in PaneId::ALL {
            let mut app = open_app(&path, pane);
            let name = format!("{}: page down/up in the list, {size}", pane.title());
            bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
                if (n / SWEEP) % 2 == 0 {
                    "pagedown"
                } else {
                    "pageup"
                }
            });
            let mut app = open_app(&path, pane);
            let name = format!("{}: jump to the end/start, {size}", pane.title());
            bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
                if n % 2 == 0 { "end" } else { "home" }
            });
        }

        // The same keys in the Goals pane's Done list, thousands of goals long in the
        // larger journals.
        let done = |path: &std::path::Path| {
            let mut app = open_app(path, PaneId::Goals);
            press(&mut app, "]");
            app
        };
        let mut app = done(&path);
        let name = format!("Goals Done: j/k in the list, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if (n / SWEEP) % 2 == 0 { "j" } else { "k" }
        });
        let mut app = done(&path);
        let name = format!("Goals Done: page down/up in the list, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if (n / SWEEP) % 2 == 0 {
                "pagedown"
            } else {
                "pageup"
            }
        });
        let mut app = done(&path);
        let name = format!("Goals Done: jump to the end/start, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if n % 2 == 0 { "end" } else { "home" }
        });

        // The days of the gratitude pane, back and forth.
        let mut app = open_app(&path, PaneId::Gratitude);
        let name = format!("Gratitude: previous/next day, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if (n / SWEEP) % 2 == 0 { "h" } else { "l" }
        });

        // The Review pane's twelve weeks a week back and on again, and weeks to months and
        // back: each reads its window again.
        let mut app = open_app(&path, PaneId::Review);
        let name = format!("Review: a week back and on, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if (n / SWEEP) % 2 == 0 { "[" } else { "]" }
        });
        let mut app = open_app(&path, PaneId::Review);
        let name = format!("Review: weeks to months and back, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |_| "s");

        // Switching panes.
        let mut app = open_app(&path, PaneId::Home);
        let name = format!("Switch pane (tab), {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |_| "tab");

        // Opening the setback with 1,000 events and going back to the list.
        let mut app = open_app(&path, PaneId::Debrief);
        let name = format!("Debrief: open a setback of 1,000 events and back, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if n % 2 == 0 { "enter" } else { "esc" }
        });

        // Typing into (and erasing from) today's 10,000-character note.
        let mut app = open_app(&path, PaneId::Gratitude);
        press(&mut app, "n");
        let name = format!("Gratitude: type in a 10,000-character note, {size}");
        bench_key(&mut group, &times, name, &mut app, &mut term, |n| {
            if n % 2 == 0 { "x" } else { "backspace" }
        });
    }
    group.finish();
    times.borrow_mut().report("keypress to frame");
}

criterion_group!(benches, keypresses);
criterion_main!(benches);
