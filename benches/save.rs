//! Saving, as the app does it for an edited gratitude item: the change recorded for undo and
//! the edit in one transaction, committed with synchronous=FULL. And export and import of a
//! whole journal.

mod support;

use std::cell::RefCell;
use std::time::Duration;

use bounce::store::Store;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use support::{Percentiles, journal, label, scratch_copy, sizes, today};

fn save(c: &mut Criterion) {
    let times = RefCell::new(Percentiles::default());
    let mut group = c.benchmark_group("save");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for records in sizes() {
        let (_dir, path) = scratch_copy(&journal(records));
        let store = Store::open(&path).expect("the copy opens");
        // The first write checks the whole file once; that is measured by the script.
        let item = store
            .add_gratitude(today(), "Something to edit")
            .expect("an item to edit");
        let name = format!("edit a gratitude item, {}", label(records));
        let mut n = 0u64;
        group.bench_function(&name, |b| {
            b.iter_custom(|iters| {
                times.borrow_mut().time(&name, iters, || {
                    n += 1;
                    store.begin().expect("the transaction begins");
                    store
                        .begin_change("editing a gratitude item")
                        .expect("begins");
                    store
                        .update_gratitude(item.id, &format!("Something edited {n} times"))
                        .expect("saves");
                    store.end_change().expect("ends");
                    store.finish(true).expect("commits");
                })
            })
        });
    }
    group.finish();
    times.borrow_mut().report("save");
}

/// Export and import of the whole journal, for the sizes up to 100k records (a million
/// takes minutes per sample).
fn export_import(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_import");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(5));
    for records in sizes().into_iter().filter(|&n| n <= 100_000) {
        let store = Store::open(&journal(records)).expect("the journal opens");
        group.throughput(Throughput::Elements(records));
        group.bench_function(BenchmarkId::new("export to JSON", label(records)), |b| {
            b.iter(|| {
                let journal = store.export().expect("exports");
                serde_json::to_vec(&journal).expect("serialises")
            })
        });
        let json = serde_json::to_vec(&store.export().expect("exports")).expect("serialises");
        group.bench_function(BenchmarkId::new("import from JSON", label(records)), |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir().expect("a temp folder");
                    let fresh = Store::open(&dir.path().join("import.db")).expect("opens");
                    (dir, fresh)
                },
                |(_dir, fresh)| {
                    let journal = serde_json::from_slice(&json).expect("parses");
                    fresh.import_journal(&journal).expect("imports")
                },
                criterion::BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, save, export_import);
criterion_main!(benches);
