//! Hostile inputs: shapes scraped pages take when something goes wrong.
//! Each must be cleaned without panic and within a generous time bound that
//! only catches blow-ups (speed itself is measured by the benches).

use std::time::{Duration, Instant};

use nazif::{Cleaner, Label};

/// Cleans `text`, checks the basic invariants, and fails if it took longer
/// than `limit` (a bound far above linear time, even in a debug build).
fn survives(name: &str, text: &str, limit: Duration) -> usize {
    let cleaner = Cleaner::new();
    let start = Instant::now();
    let article = cleaner.clean(text);
    let mut count = 0;
    let mut last_end = 0;
    for line in article.lines() {
        assert!(line.span().start >= last_end, "{name}: spans out of order");
        assert_eq!(&text[line.span()], line.text(), "{name}: span does not give the line");
        last_end = line.span().end;
        count += 1;
    }
    let _ = article.text();
    let _ = (article.published(), article.comments(), article.related().len());
    let took = start.elapsed();
    assert!(took < limit, "{name}: took {took:?}, more than {limit:?}");
    count
}

const LIMIT: Duration = Duration::from_secs(60);

#[test]
fn one_long_line() {
    let line = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد. ".repeat(20 * 1024 * 1024 / 90);
    assert_eq!(survives("20 MB line", &line, LIMIT), 1);
}

#[test]
fn a_million_empty_lines() {
    let text = "\n".repeat(1_000_000);
    assert_eq!(survives("empty lines", &text, LIMIT), 0);
    let text = "\r\n \u{00A0}\u{200B}".repeat(250_000);
    assert_eq!(survives("blank lines", &text, LIMIT), 0);
}

#[test]
fn many_read_also_lines() {
    let text = "اقرأ أيضا\n".repeat(100_000);
    assert_eq!(survives("read-also headers", &text, LIMIT), 100_000);
    let text = "اقرأ أيضا: خبر آخر عن موضوع آخر في مكان آخر\n".repeat(100_000);
    survives("read-also links", &text, LIMIT);
}

#[test]
fn many_comment_headers() {
    let text = "التعليقات (1)\nتعليق مفيد جدا ويستحق القراءة من الجميع في كل مكان.\n".repeat(100_000);
    let count = survives("comment headers", &text, LIMIT);
    assert_eq!(count, 200_000);
}

#[test]
fn a_page_of_timestamps() {
    let text = "الثلاثاء، ١٤ نوفمبر ٢٠٢٣ - 10:45 ص\n".repeat(100_000);
    survives("timestamps", &text, LIMIT);
}

#[test]
fn repeated_title_lines() {
    // Every line repeats the first: the title group must stay linear.
    let text = "عنوان يتكرر في كل سطر من الصفحة\n".repeat(100_000);
    survives("repeated titles", &text, LIMIT);
}

#[test]
fn punctuation_latin_and_random() {
    survives("punctuation", &"!?.,;:()[]{}«»\"'…-–—/\\|*&^%$#@\n".repeat(50_000), LIMIT);
    survives("latin", &"The quick brown fox jumps over the lazy dog.\n".repeat(50_000), LIMIT);
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let bytes: Vec<u8> = (0..2_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    survives("random bytes", &text, LIMIT);
    let err = Cleaner::new().clean_bytes(&bytes).err();
    assert!(err.is_some_and(|e| e.utf8_error_offset().is_some()));
}

#[test]
fn nesting_and_diacritics() {
    let quotes = format!("{}نص{}", "«\"(".repeat(100_000), ")\"»".repeat(100_000));
    survives("nested quotes", &quotes, LIMIT);
    let diacritics = format!("ب{}", "\u{064E}".repeat(500_000));
    let count = survives("diacritics on one letter", &diacritics, LIMIT);
    assert_eq!(count, 1);
    let article = nazif::clean(&diacritics);
    assert!(article.lines().all(|l| l.label() != Label::Headline || !l.text().is_empty()));
}

#[test]
fn control_characters_do_not_break_spans() {
    let text = "عنوان\u{0}الخبر\u{1}\u{7}\n\u{0}\u{0}\nنص الخبر\u{1B}[31m الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\u{0}";
    let count = survives("control characters", text, LIMIT);
    assert_eq!(count, 2);
}
