//! `nazif --jsonl`: clean a corpus kept as JSON Lines, in parallel, in order.
//!
//! Records are read in batches by the calling thread, cleaned by `jobs`
//! worker threads, and written back in input order by a writer thread. The
//! queues between them are bounded, so memory stays a few batches per
//! thread whatever the size of the input. Every record comes out: one that
//! cannot be cleaned is written back with an `error` field.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde_json::{Map, Value};

use nazif::{Cleaner, Date, Label, Time};

use crate::output::page_json;

/// What to write for each record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum OutputKind {
    /// The record with every original field, plus a `nazif` object.
    Record,
    /// The record with the text field replaced by the cleaned text.
    Text,
}

/// Options of a JSON Lines run.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    pub(crate) field: String,
    pub(crate) output: OutputKind,
    pub(crate) skip_empty: bool,
    pub(crate) jobs: usize,
    pub(crate) stats: bool,
    pub(crate) now: Option<(Date, Time)>,
}

/// Records per batch: enough to amortise the hand-offs between threads,
/// few enough to keep memory small.
const BATCH_RECORDS: usize = 256;
/// Bytes per batch, so that huge records do not pile up.
const BATCH_BYTES: usize = 4 << 20;

/// Counts of a run.
#[derive(Clone, Debug, Default)]
struct Stats {
    records: u64,
    cleaned: u64,
    errors: u64,
    skipped: u64,
    no_article: u64,
    bytes: u64,
    lines: [u64; 11],
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.records += other.records;
        self.cleaned += other.cleaned;
        self.errors += other.errors;
        self.skipped += other.skipped;
        self.no_article += other.no_article;
        self.bytes += other.bytes;
        for (a, b) in self.lines.iter_mut().zip(other.lines) {
            *a += b;
        }
    }
}

/// Opens an input, decompressing `.gz` and `.zst` files.
fn open(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    if path == Path::new("-") {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    let file = File::open(path)?;
    let reader: Box<dyn Read + Send> = match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => Box::new(flate2::read::MultiGzDecoder::new(file)),
        Some("zst") => Box::new(zstd::Decoder::new(file)?),
        _ => Box::new(file),
    };
    Ok(Box::new(BufReader::with_capacity(1 << 20, reader)))
}

/// Cleans one record and returns its output line (without the newline), or
/// `None` when it is skipped.
fn process(cleaner: &Cleaner, raw: &[u8], options: &Options, stats: &mut Stats) -> Option<Vec<u8>> {
    stats.records += 1;
    stats.bytes += raw.len() as u64 + 1;
    let error = |stats: &mut Stats, mut record: Map<String, Value>, why: String| {
        stats.errors += 1;
        record.insert("error".into(), Value::String(why));
        Some(serde_json::to_vec(&Value::Object(record)).unwrap_or_default())
    };
    let value: Value = match serde_json::from_slice(raw) {
        Ok(v) => v,
        Err(e) => {
            let mut record = Map::new();
            record.insert("raw".into(), Value::String(String::from_utf8_lossy(raw).into_owned()));
            return error(stats, record, format!("invalid JSON: {e}"));
        }
    };
    let mut record = match value {
        Value::Object(map) => map,
        other => {
            let mut record = Map::new();
            record.insert("raw".into(), other);
            return error(stats, record, "the record is not a JSON object".into());
        }
    };
    let Some(text) = record.get(&options.field).and_then(Value::as_str).map(str::to_owned) else {
        let why = format!("no string field {:?}", options.field);
        return error(stats, record, why);
    };
    let article = cleaner.clean(&text);
    for line in article.lines() {
        stats.lines[line.label() as usize] += 1;
    }
    if article.is_empty() {
        stats.no_article += 1;
        if options.skip_empty {
            stats.skipped += 1;
            return None;
        }
    }
    stats.cleaned += 1;
    match options.output {
        OutputKind::Text => {
            record.insert(options.field.clone(), Value::String(article.text()));
        }
        OutputKind::Record => {
            let mut page = page_json("", &article, options.now);
            if let Value::Object(map) = &mut page {
                map.shift_remove("source");
                map.insert("body".into(), Value::String(article.body().collect::<Vec<_>>().join("\n\n")));
                if let Some(lines) = map.shift_remove("lines") {
                    map.insert("labels".into(), lines);
                }
            }
            record.insert("nazif".into(), page);
        }
    }
    Some(serde_json::to_vec(&Value::Object(record)).unwrap_or_default())
}

/// A batch of records in input order.
struct Batch {
    seq: u64,
    records: Vec<Vec<u8>>,
}

/// A cleaned batch: its output and its counts.
struct Done {
    seq: u64,
    out: Vec<u8>,
    stats: Stats,
}

fn clean_batch(cleaner: &Cleaner, batch: Batch, options: &Options) -> Done {
    let mut stats = Stats::default();
    let mut out = Vec::new();
    for raw in &batch.records {
        if let Some(line) = process(cleaner, raw, options, &mut stats) {
            out.extend_from_slice(&line);
            out.push(b'\n');
        }
    }
    Done { seq: batch.seq, out, stats }
}

/// Reads every input in batches and hands them to `send`.
fn read_batches(files: &[std::path::PathBuf], mut send: impl FnMut(Batch) -> bool) -> io::Result<bool> {
    let mut seq = 0;
    let mut all_ok = true;
    for path in files {
        let mut reader = match open(path) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("nazif: {}: cannot read: {e}", path.display());
                all_ok = false;
                continue;
            }
        };
        let mut records = Vec::new();
        let mut bytes = 0;
        loop {
            let mut line = Vec::new();
            let n = match reader.read_until(b'\n', &mut line) {
                Ok(n) => n,
                Err(e) => {
                    eprintln!("nazif: {}: {e}", path.display());
                    all_ok = false;
                    break;
                }
            };
            if n == 0 {
                break;
            }
            while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                line.pop();
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += line.len();
            records.push(line);
            if records.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                if !send(Batch { seq, records: std::mem::take(&mut records) }) {
                    return Ok(all_ok);
                }
                seq += 1;
                bytes = 0;
            }
        }
        if !records.is_empty() {
            if !send(Batch { seq, records }) {
                return Ok(all_ok);
            }
            seq += 1;
        }
    }
    Ok(all_ok)
}

/// Runs the JSON Lines job. Returns `Ok(false)` when an input could not be
/// read (the others are still processed).
pub(crate) fn run(cleaner: Cleaner, files: &[std::path::PathBuf], options: Options) -> io::Result<bool> {
    let started = Instant::now();
    let known_size: Option<u64> = files
        .iter()
        .map(|p| {
            let plain = !matches!(p.extension().and_then(|e| e.to_str()), Some("gz" | "zst"));
            (p != Path::new("-") && plain).then(|| std::fs::metadata(p).ok().map(|m| m.len())).flatten()
        })
        .sum();
    let progress = Progress::new(known_size);
    let cleaner = Arc::new(cleaner);
    let options = Arc::new(options);
    let jobs = options.jobs.max(1);

    let (done_tx, done_rx) = sync_channel::<Done>(jobs * 2);
    let writer = {
        let progress = progress.clone();
        std::thread::spawn(move || write_in_order(done_rx, progress))
    };
    let read_ok = if jobs == 1 {
        read_batches(files, |batch| done_tx.send(clean_batch(&cleaner, batch, &options)).is_ok())?
    } else {
        let (batch_tx, batch_rx) = sync_channel::<Batch>(jobs * 2);
        let batch_rx = Arc::new(Mutex::new(batch_rx));
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                let (cleaner, options, batch_rx, done_tx) =
                    (cleaner.clone(), options.clone(), batch_rx.clone(), done_tx.clone());
                std::thread::spawn(move || worker(&cleaner, &options, &batch_rx, &done_tx))
            })
            .collect();
        let ok = read_batches(files, |batch| batch_tx.send(batch).is_ok())?;
        drop(batch_tx);
        for w in workers {
            let _ = w.join();
        }
        ok
    };
    drop(done_tx);
    let (stats, write_result) = writer.join().map_err(|_| io::Error::other("the writer thread panicked"))?;
    progress.finish();
    write_result?;
    summary(&stats, started.elapsed().as_secs_f64(), options.stats);
    Ok(read_ok)
}

fn worker(
    cleaner: &Cleaner,
    options: &Options,
    batches: &Mutex<Receiver<Batch>>,
    done: &std::sync::mpsc::SyncSender<Done>,
) {
    loop {
        // Hold the lock only to take a batch, not while cleaning it.
        let next = batches.lock().map(|rx| rx.recv());
        let Ok(Ok(batch)) = next else { return };
        if done.send(clean_batch(cleaner, batch, options)).is_err() {
            return;
        }
    }
}

/// Writes cleaned batches to standard output in input order.
fn write_in_order(done: Receiver<Done>, progress: Progress) -> (Stats, io::Result<()>) {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0;
    let mut stats = Stats::default();
    let mut result = Ok(());
    for d in done {
        pending.insert(d.seq, d);
        while let Some(d) = pending.remove(&next) {
            stats.add(&d.stats);
            progress.update(&stats);
            if result.is_ok() {
                result = out.write_all(&d.out);
            }
            next += 1;
        }
    }
    if result.is_ok() {
        result = out.flush();
    }
    if matches!(&result, Err(e) if e.kind() == io::ErrorKind::BrokenPipe) {
        result = Ok(());
    }
    (stats, result)
}

/// The summary on standard error.
fn summary(stats: &Stats, seconds: f64, detailed: bool) {
    let mb = stats.bytes as f64 / 1e6;
    let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
    eprintln!(
        "nazif: {} records, {} cleaned, {} with errors, {} skipped; {:.1} MB in {:.2} s ({:.1} MB/s)",
        stats.records, stats.cleaned, stats.errors, stats.skipped, mb, seconds, rate
    );
    if detailed {
        eprintln!("nazif: pages with no article: {}", stats.no_article);
        let labels: Vec<String> = Label::ALL
            .iter()
            .filter(|l| stats.lines[**l as usize] > 0)
            .map(|l| format!("{} {}", l, stats.lines[*l as usize]))
            .collect();
        eprintln!("nazif: lines per label: {}", labels.join(", "));
    }
}

/// A progress bar on standard error when it is a terminal; nothing
/// otherwise.
#[derive(Clone)]
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(size: Option<u64>) -> Progress {
        if !io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = match size {
            Some(n) => indicatif::ProgressBar::new(n).with_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            ),
            None => indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            ),
        };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
        Progress { bar: Some(bar) }
    }

    fn update(&self, stats: &Stats) {
        if let Some(bar) = &self.bar {
            bar.set_position(stats.bytes);
            bar.set_message(format!("{} pages", stats.records));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
