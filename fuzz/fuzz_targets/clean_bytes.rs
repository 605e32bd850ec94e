//! Any bytes: cleaning never panics, spans tile the lines in order and give
//! each line's text, and kept plus removed lines are all lines.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nazif::Cleaner;

fn cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(Cleaner::new)
}

fuzz_target!(|data: &[u8]| {
    let text = match cleaner().clean_bytes(data) {
        Ok(_) => std::str::from_utf8(data).unwrap(),
        Err(e) => {
            assert!(e.utf8_error_offset().is_some());
            return;
        }
    };
    let article = cleaner().clean(text);
    let mut last_end = 0;
    for line in article.lines() {
        let span = line.span();
        assert!(span.start >= last_end && span.end >= span.start);
        assert_eq!(&text[span], line.text());
        last_end = span.end;
    }
    assert_eq!(article.kept().count() + article.removed().count(), article.lines().count());
    let _ = article.text();
    if let Some(p) = article.published() {
        assert_eq!(&text[p.span()], p.text());
    }
    for name in article.byline().into_iter().chain(article.source()) {
        assert_eq!(&text[name.span()], name.name());
    }
    for link in article.related() {
        assert_eq!(&text[link.span()], link.headline());
    }
    if let Some(c) = article.comments() {
        for item in c.items() {
            let _ = item.text();
        }
    }
});
