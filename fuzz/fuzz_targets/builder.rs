//! Arbitrary builder options: adding any phrases or words and turning any rules off
//! gives a cleaner or a build error, never a panic, and the cleaner then
//! cleans any text without panicking.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nazif::{Anchor, Cleaner, Label, Rule, WordList};

#[derive(Arbitrary, Debug)]
struct Input {
    phrases: Vec<(u8, u8, String)>,
    lexicon: Option<(u8, String)>,
    words: Option<(u8, String)>,
    rules_off: Vec<u8>,
    built_in: bool,
    max_len: u16,
    page: String,
}

fuzz_target!(|input: Input| {
    let mut builder = Cleaner::builder();
    for (label, anchor, phrase) in input.phrases.iter().take(8) {
        let label = Label::ALL[*label as usize % Label::ALL.len()];
        let anchor = [Anchor::Whole, Anchor::Start, Anchor::Anywhere][*anchor as usize % 3];
        builder.marker(label, anchor, phrase);
    }
    if let Some((label, text)) = &input.lexicon {
        builder.markers(Label::ALL[*label as usize % Label::ALL.len()], text);
    }
    if let Some((list, text)) = &input.words {
        builder.words(WordList::ALL[*list as usize % WordList::ALL.len()], text);
    }
    for r in &input.rules_off {
        builder.rule(Rule::ALL[*r as usize % Rule::ALL.len()], false);
    }
    builder.built_in_lexicons(input.built_in).max_input_len(usize::from(input.max_len));
    let Ok(cleaner) = builder.build() else { return };
    let article = cleaner.clean(&input.page);
    for line in article.lines() {
        assert_eq!(&input.page[line.span()], line.text());
    }
    let _ = cleaner.clean_bytes(input.page.as_bytes());
});
