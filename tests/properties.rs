//! Invariants over arbitrary text: nothing panics, spans tile the input's
//! lines in order, every non-blank line has exactly one label and one rule,
//! and labels do not depend on line ends, a BOM or trailing spaces.

use nazif::Cleaner;
use proptest::prelude::*;

/// Text made of pieces real pages are made of, so that the generator reaches
/// the interesting rules (markers, dates, titles) and not only noise.
fn page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("اقرأ أيضا".to_string()),
        Just("التعليقات (3)".to_string()),
        Just("جميع الحقوق محفوظة © 2024".to_string()),
        Just("الثلاثاء، ١٤ نوفمبر ٢٠٢٣".to_string()),
        Just("منذ ساعتين".to_string()),
        Just("أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني في ظل الأزمة الحالية.".to_string()),
        Just("عنوان الخبر الرئيسي اليوم".to_string()),
        Just("كتب: محمد علي".to_string()),
        Just("1/5".to_string()),
        Just("AFP Photo/John".to_string()),
        "\\PC{0,40}",
        "[ \u{00A0}\u{200B}\u{0640}\u{064B}a-z0-9ء-ي]{0,30}",
    ];
    prop::collection::vec((piece, prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just("\r")]), 0..30)
        .prop_map(|parts| parts.into_iter().map(|(p, e)| p + e).collect())
}

/// One cleaner for every case: building compiles the lexicons.
fn cleaner() -> &'static Cleaner {
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(Cleaner::new)
}

fn labels(cleaner: &Cleaner, text: &str) -> Vec<(usize, &'static str, &'static str)> {
    cleaner.clean(text).lines().map(|l| (l.number(), l.label().as_str(), l.rule().id())).collect()
}

/// The seed pages, read once.
fn seed_pages() -> &'static [String] {
    static PAGES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    })
}

/// One edit of a page: what scraping accidents do to real pages.
#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    InsertText(usize, String),
    CutAt(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), "\\PC{0,20}").prop_map(|(a, t)| Mutation::InsertText(a, t)),
        any::<usize>().prop_map(Mutation::CutAt),
    ]
}

fn mutate(page: &str, edits: &[Mutation]) -> String {
    let mut lines: Vec<String> = page.split('\n').map(str::to_string).collect();
    for edit in edits {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match edit {
            Mutation::DeleteLine(i) => {
                lines.remove(i % n);
            }
            Mutation::DuplicateLine(i) => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
            Mutation::InsertText(i, text) => {
                let line = &mut lines[i % n];
                let at = line.char_indices().map(|(k, _)| k).nth(i % (line.chars().count() + 1)).unwrap_or(line.len());
                line.insert_str(at, text);
            }
            Mutation::CutAt(i) => lines.truncate(1 + i % n),
        }
    }
    lines.join("\n")
}

proptest! {
    // (proptest's default configuration: 256 cases, or as many as the
    // PROPTEST_CASES variable asks for in a longer soak run.)
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn mutated_fixture_pages_keep_the_invariants(page in 0usize..5, edits in prop::collection::vec(mutation(), 1..8)) {
        let text = mutate(&seed_pages()[page], &edits);
        let article = nazif::clean(&text);
        let mut last_end = 0;
        for line in article.lines() {
            prop_assert!(line.span().start >= last_end);
            prop_assert_eq!(&text.as_str()[line.span()], line.text());
            last_end = line.span().end;
        }
        prop_assert_eq!(article.kept().count() + article.removed().count(), article.lines().count());
        let once = article.text();
        prop_assert_eq!(nazif::clean(&once).text(), once);
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = cleaner().clean_bytes(&bytes);
    }

    #[test]
    fn spans_cover_every_non_blank_line_in_order(text in page()) {
        let article = nazif::clean(&text);
        let mut last_end = 0;
        let mut numbers = Vec::new();
        for line in article.lines() {
            let span = line.span();
            prop_assert!(span.start >= last_end);
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(&text.as_str()[span], line.text());
            prop_assert!(!line.text().contains(['\n', '\r']));
            prop_assert!(!line.trimmed().is_empty(), "a reported line has visible text");
            numbers.push(line.number());
            last_end = span.end;
        }
        // Every non-blank line appears exactly once: at least every line
        // with a letter or digit, at most every line with a visible char.
        let lines = || text.strip_prefix('\u{FEFF}').unwrap_or(&text).split("\r\n").flat_map(|l| l.split(['\n', '\r'])).collect::<Vec<_>>();
        let with_letters = lines().iter().filter(|l| l.chars().any(|c| c.is_ascii_alphanumeric() || ('\u{0621}'..='\u{063A}').contains(&c) || ('\u{0641}'..='\u{064A}').contains(&c))).count();
        let visible = lines().iter().filter(|l| l.chars().any(|c| !c.is_whitespace())).count();
        prop_assert!(with_letters <= numbers.len() && numbers.len() <= visible, "{} <= {} <= {}", with_letters, numbers.len(), visible);
        let mut sorted = numbers.clone();
        sorted.dedup();
        prop_assert_eq!(sorted.len(), numbers.len());
        prop_assert_eq!(article.kept().count() + article.removed().count(), article.lines().count());
    }

    #[test]
    fn cleaning_the_cleaned_text_changes_nothing(text in page()) {
        let once = nazif::clean(&text).text();
        let twice = nazif::clean(&once).text();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn labels_do_not_depend_on_line_ends_bom_or_trailing_spaces(text in page()) {
        let cleaner = cleaner();
        let lf = text.replace("\r\n", "\n").replace('\r', "\n");
        let base = labels(cleaner, &lf);
        prop_assert_eq!(&labels(cleaner, &lf.replace('\n', "\r\n")), &base);
        prop_assert_eq!(&labels(cleaner, &lf.replace('\n', "\r")), &base);
        prop_assert_eq!(&labels(cleaner, &format!("\u{FEFF}{lf}")), &base);
        prop_assert_eq!(&labels(cleaner, &lf.replace('\n', "  \n")), &base);
    }
}

/// Pages the soak runs of `cleaning_the_cleaned_text_changes_nothing` found
/// (minimal inputs), kept as plain cases: proptest's regression file stores
/// seeds, which a change of the generators would make replay other pages.
#[test]
fn cleaning_the_cleaned_text_changes_nothing_on_found_pages() {
    const PARAGRAPH: &str = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني في ظل الأزمة الحالية.";
    let pages = [
        // A Latin line over byline-like items read as a fact box's title.
        format!("{PARAGRAPH}\naaaaa\nكتب: محمد علي\nكتب: محمد علي\nكتب: محمد علي\n"),
        format!("{PARAGRAPH}\naaa\nكتب: محمد علي\nكتب: محمد علي\n B:!\n"),
        // A copy of the title over them, read so too.
        format!(
            "عنوان الخبر الرئيسي اليوم\n{PARAGRAPH}\nعنوان الخبر الرئيسي اليوم\nA\u{a1}\u{10594} \u{10d0}:\u{fffc}\nكتب: محمد علي\nكتب: محمد علي\nاقرأ أيضا\n"
        ),
    ];
    for page in &pages {
        let once = nazif::clean(page).text();
        assert_eq!(nazif::clean(&once).text(), once, "{page:?}");
    }
}
