//! Cold start to first frame, in process: open the journal, load the app and draw one pane
//! at 120x40, for each pane and each journal size.

mod support;

use std::time::Duration;

use bounce::action::PaneId;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use support::{draw, journal, label, open_app, sizes, terminal};

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_frame");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for records in sizes() {
        let path = journal(records);
        for pane in PaneId::ALL {
            let id = BenchmarkId::new(pane.title(), label(records));
            group.bench_function(id, |b| {
                b.iter(|| {
                    let mut app = open_app(&path, pane);
                    draw(&mut terminal(), &mut app);
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
