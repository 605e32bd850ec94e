//! Throughput of cleaning, in bytes per second, beside the floor: the least
//! work any line-based cleaner does on the same bytes.
//!
//! Groups (every one with `Throughput::Bytes`):
//! - `seed_page`: each seed page;
//! - `corpus`: every labelled page under `fixtures/` as one batch;
//! - `scaled`: one realistic page repeated ×1, ×16 and ×256 (flat MB/s
//!   means linear time);
//! - `shapes`: hostile shapes (one long line, a million short lines, a
//!   million read-also headers, a page of timestamps);
//! - `floor`: split into lines with memchr and one Aho-Corasick pass with
//!   nazif's own lexicon phrases, on the corpus batch;
//! - `build`: building a `Cleaner`.
//!
//! Each cleaner input is checked once before timing (kept-line count), so a
//! bench cannot time the wrong work. At the end the cleaner/floor ratio on
//! the corpus is printed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nazif::Cleaner;

fn pages_under(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.expect("entry").path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            pages_under(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") && p.with_extension("gold").is_file() {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((name, std::fs::read_to_string(&p).unwrap()));
        }
    }
}

fn fixtures(sub: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    pages_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(sub), &mut out);
    out
}

/// Cleans once and checks the result before timing: the kept-line count of
/// a real page is not zero.
fn checked(cleaner: &Cleaner, name: &str, text: &str, expect_article: bool) -> usize {
    let kept = cleaner.clean(text).kept().count();
    assert!(!expect_article || kept > 0, "{name}: no article before timing");
    kept
}

/// The floor: lines found with memchr and every line searched once by an
/// automaton over nazif's marker phrases.
struct Floor {
    automaton: AhoCorasick,
}

impl Floor {
    fn new() -> Floor {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        let mut phrases = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    let line = line.trim();
                    if line.is_empty() || line.starts_with('#') {
                        continue;
                    }
                    let phrase = line.trim_start_matches(['=', '^', '*']).trim();
                    if !phrase.is_empty() {
                        phrases.push(phrase.to_string());
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .unwrap();
        Floor { automaton }
    }

    fn run(&self, text: &str) -> usize {
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut hits = 0;
        for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
            hits += self.automaton.find_overlapping_iter(&bytes[start..end]).count();
            start = end + 1;
        }
        hits
    }
}

fn seed_pages(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let mut group = c.benchmark_group("seed_page");
    for (name, text) in fixtures("seeds") {
        checked(&cleaner, &name, &text, true);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, text| {
            b.iter(|| cleaner.clean(black_box(text)).line_count())
        });
    }
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let pages = fixtures("");
    for (name, text) in &pages {
        checked(&cleaner, name, text, false);
    }
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("{}_pages", pages.len()), |b| {
        b.iter(|| pages.iter().map(|(_, t)| cleaner.clean(black_box(t)).line_count()).sum::<usize>())
    });
    group.finish();

    let floor = Floor::new();
    let mut group = c.benchmark_group("floor");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("{}_pages", pages.len()), |b| {
        b.iter(|| pages.iter().map(|(_, t)| floor.run(black_box(t))).sum::<usize>())
    });
    group.finish();
}

fn scaled(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let (name, page) = fixtures("seeds").into_iter().find(|(n, _)| n.starts_with("003")).expect("seed 003");
    checked(&cleaner, &name, &page, true);
    let mut group = c.benchmark_group("scaled");
    group.sample_size(10);
    for times in [1usize, 16, 256] {
        let text = page.repeat(times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("x{times}")), &text, |b, text| {
            b.iter(|| cleaner.clean(black_box(text)).line_count())
        });
    }
    group.finish();
}

fn shapes(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    let inputs = [
        ("one_50MB_line", "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد. ".repeat(50 * 1024 * 1024 / 90)),
        ("million_short_lines", "سطر قصير\n".repeat(1_000_000)),
        ("million_read_also", "اقرأ أيضا\n".repeat(1_000_000)),
        ("all_timestamps", "الثلاثاء، ١٤ نوفمبر ٢٠٢٣ - 10:45 ص\n".repeat(200_000)),
    ];
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10);
    for (name, text) in &inputs {
        checked(&cleaner, name, text, false);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
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

/// Prints the cleaner/floor ratio on the corpus batch (best of several
/// runs each, after criterion's groups).
fn ratio(_: &mut Criterion) {
    let cleaner = Cleaner::new();
    let floor = Floor::new();
    let pages = fixtures("");
    let best = |f: &dyn Fn() -> usize| {
        (0..15)
            .map(|_| {
                let t = Instant::now();
                black_box(f());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let clean = best(&|| pages.iter().map(|(_, t)| cleaner.clean(t).line_count()).sum());
    let floor_time = best(&|| pages.iter().map(|(_, t)| floor.run(t)).sum());
    let mb = pages.iter().map(|(_, t)| t.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "cleaner/floor on {} pages ({mb:.2} MB): cleaner {:.1} MB/s, floor {:.1} MB/s, ratio {:.2}",
        pages.len(),
        mb / clean,
        mb / floor_time,
        clean / floor_time
    );
}

criterion_group!(benches, seed_pages, corpus, scaled, shapes, build, ratio);
criterion_main!(benches);
