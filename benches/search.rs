//! Each keystroke in the search overlay: the query runs and the frame is drawn. Query
//! classes: a rare word, a word in most of the journal, one- and two-letter starts, and two
//! words. One iteration types the query's last letter or erases it, in turn, so both are
//! keystrokes that search.

mod support;

use std::cell::RefCell;
use std::time::Duration;

use bounce::action::PaneId;
use criterion::{Criterion, criterion_group, criterion_main};
use support::{Percentiles, draw, journal, label, open_app, press, sizes, terminal};

/// (what the query stands for, what is typed before the measured keystroke, its last letter)
const QUERIES: &[(&str, &str, &str)] = &[
    ("a rare word", "lisbo", "n"),
    ("a word in most entries", "th", "e"),
    ("one letter", "", "a"),
    ("a two-letter start", "w", "a"),
    ("a three-letter start", "wa", "l"),
    ("two words", "walk rive", "r"),
];

fn keystrokes(c: &mut Criterion) {
    let times = RefCell::new(Percentiles::default());
    let mut group = c.benchmark_group("search_keystroke");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(2));
    for records in sizes() {
        let path = journal(records);
        let mut term = terminal();
        for (class, typed, last) in QUERIES {
            let mut app = open_app(&path, PaneId::Home);
            press(&mut app, "/");
            for letter in typed.chars() {
                press(&mut app, &letter.to_string());
            }
            let name = format!("{class} ({typed}{last}), {}", label(records));
            let mut n = 0u64;
            group.bench_function(&name, |b| {
                b.iter_custom(|iters| {
                    times.borrow_mut().time(&name, iters, || {
                        press(&mut app, if n % 2 == 0 { last } else { "backspace" });
                        draw(&mut term, &mut app);
                        n += 1;
                    })
                })
            });
        }
    }
    group.finish();
    times.borrow_mut().report("search keystroke to frame");
}

criterion_group!(benches, keystrokes);
criterion_main!(benches);
