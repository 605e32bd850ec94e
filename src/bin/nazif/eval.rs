//! `nazif eval`: score the cleaner on labelled pages.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use nazif::gold::{GoldPage, LineError, Score};
use nazif::{Article, Cleaner, Label};

use crate::EvalArgs;

/// Finds every `NAME.txt` with a `NAME.gold` beside it, sorted.
fn labelled_pages(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "txt") && path.with_extension("gold").is_file() {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        } else if path.with_extension("gold").is_file() {
            out.push(path.clone());
        } else {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("{}: no labelled page there", path.display())));
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
    /// Every field is compared as text (names with spaces normalised); a
    /// `null` expected value means the page has none.
    fn new(expected: &Value, article: &Article<'_>) -> MetaCheck {
        let mut check = MetaCheck::default();
        let published = article.published();
        let fields: [(&str, Option<String>, &mut Option<bool>); 5] = [
            ("published", published.and_then(|p| p.date()).map(|d| d.to_string()), &mut check.published),
            ("published_time", published.and_then(|p| p.time()).map(|t| t.to_string()), &mut check.published_time),
            ("updated", article.updated().and_then(|p| p.date()).map(|d| d.to_string()), &mut check.updated),
            ("comment_count", article.comments().map(|c| c.count().to_string()), &mut check.comment_count),
            ("byline", article.byline().map(|b| b.name().to_string()), &mut check.byline),
        ];
        for (name, got, outcome) in fields {
            let Some(want) = expected.get(name) else { continue };
            // A time is checked only where the page gives one.
            if name == "published_time" && want.is_null() {
                continue;
            }
            let want_text = match want {
                Value::Null => None,
                Value::String(s) => Some(s.split_whitespace().collect::<Vec<_>>().join(" ")),
                other => Some(other.to_string()),
            };
            let got_text = got.map(|g| g.split_whitespace().collect::<Vec<_>>().join(" "));
            let ok = want_text == got_text;
            *outcome = Some(ok);
            if !ok {
                check.problems.push(format!("{name}: expected {want}, got {}", got_text.as_deref().unwrap_or("null")));
            }
        }
        check
    }
}

pub(crate) fn eval(cleaner: &Cleaner, args: &EvalArgs) -> io::Result<bool> {
    let pages = labelled_pages(&args.paths)?;
    if pages.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no NAME.txt with a NAME.gold beside it"));
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
        results.push(PageResult { name, score, errors, meta });
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
fn meta_share(results: &[PageResult], field: impl Fn(&MetaCheck) -> Option<bool>) -> (usize, usize) {
    let checked: Vec<bool> = results.iter().filter_map(|r| r.meta.as_ref().and_then(&field)).collect();
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

fn write_eval(out: &mut impl Write, total: &Score, results: &[PageResult], errors: bool) -> io::Result<()> {
    writeln!(out, "{:<52} {:>6} {:>6} {:>6} {:>8} {:>6}", "page", "P", "R", "F1", "headline", "errors")?;
    for r in results {
        let s = &r.score;
        let name: String = r.name.chars().rev().take(52).collect::<Vec<_>>().into_iter().rev().collect();
        let head = if s.headlines_right == 1 { "ok" } else { "WRONG" };
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
    let metadata: Vec<String> = META_FIELDS
        .iter()
        .filter_map(|(name, field)| {
            let (right, checked) = meta_share(results, field);
            (checked > 0).then(|| format!("{name} {right}/{checked}"))
        })
        .collect();
    if !metadata.is_empty() {
        writeln!(out, "metadata right: {}", metadata.join(", "))?;
    }
    writeln!(out, "{:<20} {:>6} {:>12} {:>12}", "gold label", "lines", "right side", "exact label")?;
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
