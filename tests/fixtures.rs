//! Fixture runner: every labelled page under `fixtures/seeds/` is cleaned and
//! compared with its human labels (`NAME.gold`, never rewritten by a tool)
//! and with the library's own expected output (`NAME.expected`, the cleaned
//! text, rewritten with `NAZIF_BLESS=1` and reviewed like code).
//!
//! Every mismatch of every page is collected, and the test fails once with a
//! framed report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use nazif::gold::{GoldPage, Score};
use nazif::Cleaner;

fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// The `.txt` pages of a fixture folder that have a `.gold` beside them, sorted.
fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && p.with_extension("gold").is_file())
        .collect();
    out.sort();
    out
}

#[test]
fn seed_pages_match_their_labels_and_expected_text() {
    let cleaner = Cleaner::new();
    let bless = std::env::var_os("NAZIF_BLESS").is_some_and(|v| v == "1");
    let pages = pages(&fixture_dir("seeds"));
    assert_eq!(pages.len(), 5, "the five seed pages are expected in fixtures/seeds");
    let mut report = String::new();
    let mut total = Score::default();
    for txt in &pages {
        let name = txt.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(txt).unwrap();
        let gold = GoldPage::parse(&std::fs::read_to_string(txt.with_extension("gold")).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let article = cleaner.clean(&text);
        for error in total.add(&gold, &article) {
            writeln!(report, "{name}: {error}").unwrap();
        }
        // Cleaning the cleaned text again changes nothing.
        let again = cleaner.clean(&article.text()).text();
        if again != article.text() {
            writeln!(report, "{name}: cleaning the cleaned text again changes it").unwrap();
        }
        let expected_path = txt.with_extension("expected");
        let got = article.text() + "\n";
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
        } else {
            match std::fs::read_to_string(&expected_path) {
                Ok(want) if want == got => {}
                Ok(want) => {
                    let line = want
                        .lines()
                        .zip(got.lines())
                        .position(|(a, b)| a != b)
                        .map_or(want.lines().count().min(got.lines().count()), |i| i)
                        + 1;
                    writeln!(report, "{name}: cleaned text differs from {} first at line {line} (run with NAZIF_BLESS=1 to rewrite it, then review the diff)", expected_path.display()).unwrap();
                }
                Err(e) => writeln!(
                    report,
                    "{name}: cannot read {}: {e} (run with NAZIF_BLESS=1 to create it)",
                    expected_path.display()
                )
                .unwrap(),
            }
        }
    }
    assert!(
        report.is_empty(),
        "\n======== seed fixtures: {} mismatches ========\n{report}======== F1 {:.4}, headline {:.0}%, pages without error {}/{} ========\n",
        report.lines().count(),
        total.f1(),
        100.0 * total.headline_accuracy(),
        total.clean_pages(),
        total.pages
    );
}
