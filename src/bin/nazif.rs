//! The `nazif` command: clean scraped Arabic news pages, explain the
//! decisions, and score the cleaner on labelled pages.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde_json::{json, Value};

use nazif::gold::{GoldPage, LineError, Score};
use nazif::{Article, Cleaner, Date, Label, Name, Stamp, Time};

/// Clean scraped Arabic news pages: print the headline and body of each
/// page, or every line with its label and rule.
#[derive(Parser, Debug)]
#[command(name = "nazif", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    clean: CleanArgs,
}

#[derive(Args, Debug)]
struct CleanArgs {
    /// Pages to clean (plain text, UTF-8). Standard input when none or `-`.
    files: Vec<PathBuf>,
    /// Print one JSON object per page on its own line: source, headline,
    /// body paragraphs and every line with its span, label and rule.
    #[arg(long, conflicts_with = "explain")]
    json: bool,
    /// Print every line with its number, label and rule.
    #[arg(long)]
    explain: bool,
    /// The time to resolve relative dates (`منذ ساعتين`) against in JSON
    /// output, as `YYYY-MM-DDTHH:MM` (UTC); without it their date is null.
    #[arg(long, value_parser = parse_now)]
    now: Option<(Date, Time)>,
}

/// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM` (or a date alone).
fn parse_now(s: &str) -> Result<(Date, Time), String> {
    let bad = || format!("expected YYYY-MM-DDTHH:MM, got {s:?}");
    let (date, time) = s.split_once(['T', ' ']).unwrap_or((s, "00:00"));
    let mut d = date.split('-').map(|p| p.parse::<i32>().map_err(|_| bad()));
    let (y, m, dd) = (
        d.next().ok_or_else(bad)??,
        d.next().ok_or_else(bad)??,
        d.next().ok_or_else(bad)??,
    );
    let mut t = time.split(':').map(|p| p.parse::<u8>().map_err(|_| bad()));
    let (h, mi) = (t.next().ok_or_else(bad)??, t.next().ok_or_else(bad)??);
    let date = Date::new(
        y,
        u8::try_from(m).map_err(|_| bad())?,
        u8::try_from(dd).map_err(|_| bad())?,
    )
    .ok_or_else(bad)?;
    Ok((date, Time::new(h, mi).ok_or_else(bad)?))
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score the cleaner on labelled pages: every NAME.txt with a NAME.gold
    /// beside it, in the given folders and their subfolders.
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Folders (or single .txt files) to score.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    /// List every wrong line with the rule that decided it.
    #[arg(long)]
    errors: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cleaner = Cleaner::new();
    let result = match cli.command {
        Some(Command::Eval(args)) => eval(&cleaner, &args),
        None => clean(&cleaner, &cli.clean),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nazif: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a page; `-` is standard input.
fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// Cleans every file; returns Ok(false) when some file could not be read or
/// decoded (the others are still printed).
fn clean(cleaner: &Cleaner, args: &CleanArgs) -> io::Result<bool> {
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let many = files.len() > 1;
    for (n, path) in files.iter().enumerate() {
        let name = path.display().to_string();
        let bytes = match read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("nazif: {name}: cannot read: {e}");
                all_ok = false;
                continue;
            }
        };
        let article = match cleaner.clean_bytes(&bytes) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("nazif: {name}: {e}");
                all_ok = false;
                continue;
            }
        };
        if args.json {
            serde_json::to_writer(&mut out, &page_json(&name, &article, args.now))?;
            writeln!(out)?;
        } else {
            if many {
                if n > 0 {
                    writeln!(out)?;
                }
                writeln!(out, "==> {name} <==")?;
            }
            if args.explain {
                for line in article.lines() {
                    writeln!(
                        out,
                        "{:>5}  {:<18} {:<28} {}",
                        line.number(),
                        line.label(),
                        line.rule(),
                        line.trimmed()
                    )?;
                }
            } else {
                let text = article.text();
                if !text.is_empty() {
                    writeln!(out, "{text}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

/// A date or time value (the contract in the README).
fn stamp_json(stamp: &Stamp<'_>, now: Option<(Date, Time)>) -> Value {
    let date = match now {
        Some(now) => stamp.date_at(now),
        None => stamp.date(),
    };
    json!({
        "date": date.map(|d| d.to_string()),
        "time": stamp.time().map(|t| t.to_string()),
        "offset": stamp.offset(),
        "hijri": stamp.hijri().map(|h| h.to_string()),
        "relative_seconds": stamp.relative_seconds(),
        "text": stamp.text(),
        "start": stamp.span().start,
        "end": stamp.span().end,
    })
}

fn name_json(name: Option<Name<'_>>) -> Value {
    name.map_or(
        Value::Null,
        |n| json!({"name": n.name(), "start": n.span().start, "end": n.span().end}),
    )
}

/// The JSON object of one page (the contract in the README).
fn page_json(source: &str, article: &Article<'_>, now: Option<(Date, Time)>) -> Value {
    let lines: Vec<Value> = article
        .lines()
        .map(|l| {
            json!({
                "line": l.number(),
                "start": l.span().start,
                "end": l.span().end,
                "label": l.label().as_str(),
                "rule": l.rule().id(),
            })
        })
        .collect();
    let comments = article.comments().map_or(Value::Null, |c| {
        let items: Vec<Value> = c
            .items()
            .iter()
            .map(|item| {
                json!({
                    "author": item.author(),
                    "place": item.place(),
                    "date": item.date().map_or(Value::Null, |d| stamp_json(&d, now)),
                    "text": item.text(),
                    "likes": item.likes(),
                    "dislikes": item.dislikes(),
                    "reply": item.is_reply(),
                    "start": item.span().start,
                    "end": item.span().end,
                })
            })
            .collect();
        json!({"announced": c.announced(), "items": items})
    });
    let related: Vec<Value> = article
        .related()
        .iter()
        .map(|r| {
            json!({
                "headline": r.headline(),
                "date": r.date().map_or(Value::Null, |d| stamp_json(&d, now)),
                "start": r.span().start,
                "end": r.span().end,
            })
        })
        .collect();
    json!({
        "source": source,
        "headline": article.headline(),
        "body": article.body().collect::<Vec<_>>(),
        "lines": lines,
        "published": article.published().map_or(Value::Null, |d| stamp_json(&d, now)),
        "updated": article.updated().map_or(Value::Null, |d| stamp_json(&d, now)),
        "byline": name_json(article.byline()),
        "source_name": name_json(article.source()),
        "comments": comments,
        "related": related,
    })
}

/// Finds every `NAME.txt` with a `NAME.gold` beside it, sorted.
fn labelled_pages(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "txt")
                && path.with_extension("gold").is_file()
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        } else if path.with_extension("gold").is_file() {
            out.push(path.clone());
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{}: no labelled page there", path.display()),
            ));
        }
    }
    out.sort();
    Ok(out)
}

struct PageResult {
    name: String,
    score: Score,
    errors: Vec<LineError>,
    meta: Option<MetaCheck>,
}

/// How the page's metadata compares with its `NAME.meta.json`. Each field is
/// `None` when the file does not give it.
#[derive(Clone, Debug, Default)]
struct MetaCheck {
    published: Option<bool>,
    published_time: Option<bool>,
    updated: Option<bool>,
    comment_count: Option<bool>,
    byline: Option<bool>,
    problems: Vec<String>,
}

impl MetaCheck {
    /// Compares an article with the expected values of a `.meta.json`.
    fn new(expected: &Value, article: &Article<'_>) -> MetaCheck {
        let mut check = MetaCheck::default();
        let published = article.published();
        let got_date = published.and_then(|p| p.date()).map(|d| d.to_string());
        if let Some(want) = expected.get("published") {
            let ok = want.as_str().map(str::to_string) == got_date;
            check.published = Some(ok);
            if !ok {
                check.problems.push(format!(
                    "published: expected {want}, got {}",
                    got_date.as_deref().unwrap_or("null")
                ));
            }
        }
        if let Some(want) = expected.get("published_time").filter(|w| !w.is_null()) {
            let got = published.and_then(|p| p.time()).map(|t| t.to_string());
            let ok = want.as_str().map(str::to_string) == got;
            check.published_time = Some(ok);
            if !ok {
                check.problems.push(format!(
                    "published time: expected {want}, got {}",
                    got.as_deref().unwrap_or("null")
                ));
            }
        }
        if let Some(want) = expected.get("updated") {
            let got = article
                .updated()
                .and_then(|p| p.date())
                .map(|d| d.to_string());
            let ok = want.as_str().map(str::to_string) == got;
            check.updated = Some(ok);
            if !ok {
                check.problems.push(format!(
                    "updated: expected {want}, got {}",
                    got.as_deref().unwrap_or("null")
                ));
            }
        }
        if let Some(want) = expected.get("comment_count") {
            let got = article.comments().map(|c| u64::from(c.count()));
            let ok = want.as_u64() == got;
            check.comment_count = Some(ok);
            if !ok {
                check.problems.push(format!(
                    "comment count: expected {want}, got {}",
                    got.map_or("null".into(), |g| g.to_string())
                ));
            }
        }
        if let Some(want) = expected.get("byline") {
            let got = article.byline().map(|b| b.name().to_string());
            let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
            let ok = match (want.as_str(), got.as_deref()) {
                (Some(w), Some(g)) => same(w, g),
                (None, None) => true,
                _ => false,
            };
            check.byline = Some(ok);
            if !ok {
                check.problems.push(format!(
                    "byline: expected {want}, got {}",
                    got.as_deref().unwrap_or("null")
                ));
            }
        }
        check
    }
}

fn eval(cleaner: &Cleaner, args: &EvalArgs) -> io::Result<bool> {
    let pages = labelled_pages(&args.paths)?;
    if pages.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            "no NAME.txt with a NAME.gold beside it",
        ));
    }
    let mut total = Score::default();
    let mut results = Vec::new();
    let mut all_ok = true;
    for txt in &pages {
        let name = txt.display().to_string();
        let gold = std::fs::read_to_string(txt.with_extension("gold"))
            .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
        let gold = match GoldPage::parse(&gold) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("nazif: {}: {e}", txt.with_extension("gold").display());
                all_ok = false;
                continue;
            }
        };
        let bytes = std::fs::read(txt)?;
        let article = match cleaner.clean_bytes(&bytes) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("nazif: {name}: {e}");
                all_ok = false;
                continue;
            }
        };
        let mut score = Score::default();
        let errors = score.add(&gold, &article);
        total.add(&gold, &article);
        let meta_path = txt.with_extension("meta.json");
        let meta = match std::fs::read_to_string(&meta_path) {
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Ok(expected) => Some(MetaCheck::new(&expected, &article)),
                Err(e) => {
                    eprintln!("nazif: {}: {e}", meta_path.display());
                    all_ok = false;
                    None
                }
            },
            Err(_) => None,
        };
        results.push(PageResult {
            name,
            score,
            errors,
            meta,
        });
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &eval_json(&total, &results, args.errors))?;
        writeln!(out)?;
    } else {
        write_eval(&mut out, &total, &results, args.errors)?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn score_json(s: &Score) -> Value {
    let labels: serde_json::Map<String, Value> = Label::ALL
        .iter()
        .filter(|l| s.label(**l).total > 0)
        .map(|l| {
            let c = s.label(*l);
            (
                l.as_str().to_string(),
                json!({"lines": c.total, "right_side": c.right_side, "exact": c.exact,
                       "right_share": c.right_side as f64 / c.total as f64,
                       "exact_share": c.exact as f64 / c.total as f64}),
            )
        })
        .collect();
    json!({
        "pages": s.pages,
        "precision": s.precision(),
        "recall": s.recall(),
        "f1": s.f1(),
        "headline_accuracy": s.headline_accuracy(),
        "pages_without_error": s.clean_pages(),
        "pages_without_error_share": s.clean_page_share(),
        "labels": labels,
    })
}

/// Right / checked for one metadata field over all pages.
fn meta_share(
    results: &[PageResult],
    field: impl Fn(&MetaCheck) -> Option<bool>,
) -> (usize, usize) {
    let checked: Vec<bool> = results
        .iter()
        .filter_map(|r| r.meta.as_ref().and_then(&field))
        .collect();
    (checked.iter().filter(|ok| **ok).count(), checked.len())
}

/// Reads one field's outcome from a check.
type MetaField = fn(&MetaCheck) -> Option<bool>;

const META_FIELDS: &[(&str, MetaField)] = &[
    ("published", |m| m.published),
    ("published_time", |m| m.published_time),
    ("updated", |m| m.updated),
    ("comment_count", |m| m.comment_count),
    ("byline", |m| m.byline),
];

fn eval_json(total: &Score, results: &[PageResult], errors: bool) -> Value {
    let pages: Vec<Value> = results
        .iter()
        .map(|r| {
            let mut v = score_json(&r.score);
            v["page"] = json!(r.name);
            v["errors"] = json!(r.errors.len());
            if let Some(meta) = &r.meta {
                v["metadata_problems"] = json!(meta.problems);
            }
            if errors {
                v["wrong_lines"] = r
                    .errors
                    .iter()
                    .map(|e| json!({"line": e.line, "expected": e.expected.as_str(), "got": e.got.map(Label::as_str), "rule": e.rule.map(|r| r.id()), "text": e.text}))
                    .collect();
            }
            v
        })
        .collect();
    let mut total = score_json(total);
    let metadata: serde_json::Map<String, Value> = META_FIELDS
        .iter()
        .map(|(name, field)| {
            let (right, checked) = meta_share(results, field);
            (name.to_string(), json!({"right": right, "checked": checked, "share": if checked == 0 { 1.0 } else { right as f64 / checked as f64 }}))
        })
        .collect();
    total["metadata"] = Value::Object(metadata);
    json!({"total": total, "pages": pages})
}

fn write_eval(
    out: &mut impl Write,
    total: &Score,
    results: &[PageResult],
    errors: bool,
) -> io::Result<()> {
    writeln!(
        out,
        "{:<52} {:>6} {:>6} {:>6} {:>8} {:>6}",
        "page", "P", "R", "F1", "headline", "errors"
    )?;
    for r in results {
        let s = &r.score;
        let name: String = r
            .name
            .chars()
            .rev()
            .take(52)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let head = if s.headlines_right == 1 {
            "ok"
        } else {
            "WRONG"
        };
        writeln!(
            out,
            "{:<52} {:>6.3} {:>6.3} {:>6.3} {:>8} {:>6}",
            name,
            s.precision(),
            s.recall(),
            s.f1(),
            head,
            r.errors.len()
        )?;
        if errors {
            for e in &r.errors {
                writeln!(out, "    {e}")?;
            }
            for p in r.meta.iter().flat_map(|m| &m.problems) {
                writeln!(out, "    metadata {p}")?;
            }
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "total: {} pages  P {:.4}  R {:.4}  F1 {:.4}  headline {:.1}%  pages without error {} ({:.1}%)",
        total.pages,
        total.precision(),
        total.recall(),
        total.f1(),
        100.0 * total.headline_accuracy(),
        total.clean_pages(),
        100.0 * total.clean_page_share()
    )?;
    writeln!(
        out,
        "{:<20} {:>6} {:>12} {:>12}",
        "gold label", "lines", "right side", "exact label"
    )?;
    for label in Label::ALL {
        let c = total.label(label);
        if c.total == 0 {
            continue;
        }
        writeln!(
            out,
            "{:<20} {:>6} {:>11.1}% {:>11.1}%",
            label.as_str(),
            c.total,
            100.0 * c.right_side as f64 / c.total as f64,
            100.0 * c.exact as f64 / c.total as f64
        )?;
    }
    Ok(())
}
