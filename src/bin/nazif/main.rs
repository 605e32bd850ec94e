//! The `nazif` command: clean scraped Arabic news pages, explain the
//! decisions, and score the cleaner on labelled pages.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use nazif::{Cleaner, Date, Label, Time};

mod eval;
mod jsonl;
mod output;

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
    /// Print every line with its number, label and rule (coloured by label
    /// when standard output is a terminal).
    #[arg(long, conflicts_with = "jsonl")]
    explain: bool,
    /// Read JSON Lines records and clean the text field of each; write each
    /// record back, in input order, with every original field and a
    /// `nazif` object. `.gz` and `.zst` inputs are decompressed.
    #[arg(long, conflicts_with = "json")]
    jsonl: bool,
    /// The field holding the page text (with --jsonl).
    #[arg(long, default_value = "text", requires = "jsonl")]
    field: String,
    /// What to write for each record (with --jsonl): the record plus a
    /// `nazif` object, or the record with its text field replaced by the
    /// cleaned text.
    #[arg(long, value_enum, default_value = "record", requires = "jsonl")]
    output: jsonl::OutputKind,
    /// Drop records whose page has no article (with --jsonl; counted in the
    /// summary).
    #[arg(long, requires = "jsonl")]
    skip_empty: bool,
    /// Worker threads (with --jsonl); all cores by default.
    #[arg(short = 'j', long, requires = "jsonl")]
    jobs: Option<usize>,
    /// Print counts per label, pages with no article and MB/s on standard
    /// error (with --jsonl).
    #[arg(long, requires = "jsonl")]
    stats: bool,
    /// Clean files that are not valid UTF-8 anyway, replacing each invalid
    /// sequence with U+FFFD (a warning on standard error says how many);
    /// without it such a file is an error.
    #[arg(long)]
    lossy: bool,
    /// The largest page to clean, in bytes (default 64 MiB); a larger page
    /// is reported as an error and skipped.
    #[arg(long, value_name = "BYTES")]
    max_input: Option<usize>,
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
    let (y, m, dd) = (d.next().ok_or_else(bad)??, d.next().ok_or_else(bad)??, d.next().ok_or_else(bad)??);
    let mut t = time.split(':').map(|p| p.parse::<u8>().map_err(|_| bad()));
    let (h, mi) = (t.next().ok_or_else(bad)??, t.next().ok_or_else(bad)??);
    let date =
        Date::new(y, u8::try_from(m).map_err(|_| bad())?, u8::try_from(dd).map_err(|_| bad())?).ok_or_else(bad)?;
    Ok((date, Time::new(h, mi).ok_or_else(bad)?))
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score the cleaner on labelled pages: every NAME.txt with a NAME.gold
    /// beside it, in the given folders and their subfolders.
    Eval(EvalArgs),
}

#[derive(Args, Debug)]
pub(crate) struct EvalArgs {
    /// Folders (or single .txt files) to score.
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub(crate) json: bool,
    /// List every wrong line with the rule that decided it.
    #[arg(long)]
    pub(crate) errors: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut builder = Cleaner::builder();
    if let Some(limit) = cli.clean.max_input {
        builder.max_input_len(limit);
    }
    let cleaner = match builder.build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("nazif: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.command {
        Some(Command::Eval(args)) => eval::eval(&cleaner, &args),
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

/// The ANSI colour of a label in `--explain` output: kept lines bright,
/// boilerplate dim, each kind its own hue.
fn colour_of(label: Label) -> &'static str {
    match label {
        Label::Headline => "\x1b[1;32m",
        Label::Body => "\x1b[32m",
        Label::DuplicateHeadline => "\x1b[2;32m",
        Label::Timestamp => "\x1b[36m",
        Label::Comments => "\x1b[35m",
        Label::Related => "\x1b[33m",
        Label::Footer => "\x1b[34m",
        Label::Navigation => "\x1b[2;37m",
        Label::Caption => "\x1b[96m",
        Label::Byline => "\x1b[95m",
        Label::Other => "\x1b[31m",
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
    let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };
    if args.jsonl {
        let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
        let options = jsonl::Options {
            field: args.field.clone(),
            output: args.output,
            skip_empty: args.skip_empty,
            jobs,
            stats: args.stats,
            now: args.now,
        };
        return jsonl::run(cleaner.clone(), &files, options);
    }
    let colour = args.explain && io::stdout().is_terminal();
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
        let mut decoded = String::new();
        let cleaned = if args.lossy {
            cleaner.clean_lossy(&bytes, &mut decoded).map(|(article, replaced)| {
                if replaced > 0 {
                    eprintln!("nazif: {name}: {replaced} invalid UTF-8 sequences replaced");
                }
                article
            })
        } else {
            cleaner.clean_bytes(&bytes)
        };
        let article = match cleaned {
            Ok(a) => a,
            Err(e) => {
                eprintln!("nazif: {name}: {e}");
                all_ok = false;
                continue;
            }
        };
        if args.json {
            output::write_page_json(&mut out, &name, &article, args.now)?;
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
                    let (on, off) = if colour { (colour_of(line.label()), "\x1b[0m") } else { ("", "") };
                    let (number, label, rule, text) = (line.number(), line.label(), line.rule(), line.trimmed());
                    writeln!(out, "{on}{number:>5}  {label:<18} {rule:<28} {text}{off}")?;
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
