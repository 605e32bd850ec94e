//! Throughput of cleaning, in bytes per second.
//!
//! Groups: each seed page; all seed pages as one batch; one realistic page
//! repeated ×1, ×4 and ×16 (flat MB/s means linear time); building a
//! cleaner. The cleaner is built outside the timed loop, and each input's
//! result is checked once before timing, so a bench cannot time the wrong
//! work.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nazif::Cleaner;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut pages: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixtures/seeds exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    pages.sort();
    pages
}

/// Cleans once and checks the result is a real article, before timing.
fn checked(cleaner: &Cleaner, name: &str, text: &str) {
    let article = cleaner.clean(text);
    assert!(article.headline().is_some() && article.body().count() > 0, "{name}: no article before timing");
}

fn seed_pages(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let pages = seeds();
    let mut group = c.benchmark_group("seed_page");
    for (name, text) in &pages {
        checked(&cleaner, name, text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| cleaner.clean(black_box(text)).line_count())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("seed_batch");
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("all_seeds", |b| {
        b.iter(|| pages.iter().map(|(_, t)| cleaner.clean(black_box(t)).line_count()).sum::<usize>())
    });
    group.finish();
}

fn scaled(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let (name, page) = seeds().into_iter().find(|(n, _)| n.starts_with("003")).expect("seed 003");
    checked(&cleaner, &name, &page);
    let mut group = c.benchmark_group("scaled_page");
    for times in [1usize, 4, 16] {
        let text = page.repeat(times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("x{times}")), &text, |b, text| {
            b.iter(|| cleaner.clean(black_box(text)).line_count())
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.bench_function("cleaner_new", |b| b.iter(|| Cleaner::new().marker_count()));
    group.finish();
}

criterion_group!(benches, seed_pages, scaled, build);
criterion_main!(benches);
