//! Stage 2: Arabic folding.
//!
//! Every marker, stopword and date word is matched on *folded* text, so that a
//! phrase matches however a site spells it: with or without hamza on the alef,
//! with ya or alef maqsura, ta marbuta or ha, tatweel, diacritics, Arabic-Indic
//! or Persian digits, non-breaking or zero-width spaces, and in any Latin case.
//!
//! Folding never changes what the caller gets back: spans always point into the
//! original input. Folded text lives in per-page buffers owned by the cleaner's
//! scratch space and is only used to decide.

/// What [`fold_char`] does with one input character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Folded {
    /// The character is dropped (tatweel, diacritics, zero-width, BOM).
    Drop,
    /// The character is a space (every kind of space and tab).
    Space,
    /// The character becomes this one.
    Char(char),
    /// The character becomes these two (lam-alef ligatures).
    Two(char, char),
    /// The character stays as it is (only in the lookup tables).
    Keep,
}

/// Arabic presentation forms B (U+FE80–U+FEF4): runs of contextual forms of
/// one letter, as (first code point, number of forms, the letter). Old
/// sites and PDFs converted to HTML still print these.
const PRESENTATION_FORMS: &[(u32, u32, char)] = &[
    (0xFE80, 1, '\u{0621}'),
    (0xFE81, 2, '\u{0622}'),
    (0xFE83, 2, '\u{0623}'),
    (0xFE85, 2, '\u{0624}'),
    (0xFE87, 2, '\u{0625}'),
    (0xFE89, 4, '\u{0626}'),
    (0xFE8D, 2, '\u{0627}'),
    (0xFE8F, 4, '\u{0628}'),
    (0xFE93, 2, '\u{0629}'),
    (0xFE95, 4, '\u{062A}'),
    (0xFE99, 4, '\u{062B}'),
    (0xFE9D, 4, '\u{062C}'),
    (0xFEA1, 4, '\u{062D}'),
    (0xFEA5, 4, '\u{062E}'),
    (0xFEA9, 2, '\u{062F}'),
    (0xFEAB, 2, '\u{0630}'),
    (0xFEAD, 2, '\u{0631}'),
    (0xFEAF, 2, '\u{0632}'),
    (0xFEB1, 4, '\u{0633}'),
    (0xFEB5, 4, '\u{0634}'),
    (0xFEB9, 4, '\u{0635}'),
    (0xFEBD, 4, '\u{0636}'),
    (0xFEC1, 4, '\u{0637}'),
    (0xFEC5, 4, '\u{0638}'),
    (0xFEC9, 4, '\u{0639}'),
    (0xFECD, 4, '\u{063A}'),
    (0xFED1, 4, '\u{0641}'),
    (0xFED5, 4, '\u{0642}'),
    (0xFED9, 4, '\u{0643}'),
    (0xFEDD, 4, '\u{0644}'),
    (0xFEE1, 4, '\u{0645}'),
    (0xFEE5, 4, '\u{0646}'),
    (0xFEE9, 4, '\u{0647}'),
    (0xFEED, 2, '\u{0648}'),
    (0xFEEF, 2, '\u{0649}'),
    (0xFEF1, 4, '\u{064A}'),
];

/// The letter a presentation form stands for, if `c` is one.
fn presentation_base(c: char) -> Option<char> {
    let cp = c as u32;
    PRESENTATION_FORMS.iter().find(|(start, n, _)| (*start..*start + *n).contains(&cp)).map(|(_, _, base)| *base)
}

use crate::segment::RawLine;

/// Folds one character. Latin letters are lower-cased only when they are
/// ASCII; other scripts (other than Arabic) pass through unchanged, which is
/// enough for markers and keeps this a one-char-to-one-char map.
#[inline]
pub(crate) fn fold_char(c: char) -> Folded {
    // The Arabic letters that fold to themselves, first: they are most of
    // the text.
    if matches!(c, '\u{0627}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}') {
        return Folded::Char(c);
    }
    match c {
        'A'..='Z' => Folded::Char(c.to_ascii_lowercase()),
        '\u{0000}'..='\u{007F}' => match c {
            '\t' | ' ' | '\u{0B}' | '\u{0C}' => Folded::Space,
            c if c.is_ascii_control() => Folded::Space,
            c => Folded::Char(c),
        },
        // Tatweel, harakat, superscript alef and Quranic annotation marks.
        c if is_arabic_mark(c) => Folded::Drop,
        // Alef with hamza above/below, madda, wasla and wavy hamza.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Folded::Char('\u{0627}'),
        // Alef maqsura, Farsi yeh and yeh with hamza fold to ya.
        '\u{0649}' | '\u{06CC}' | '\u{0626}' => Folded::Char('\u{064A}'),
        // Waw with hamza folds to waw.
        '\u{0624}' => Folded::Char('\u{0648}'),
        // Ta marbuta folds to ha; sites write either at the end of a word.
        '\u{0629}' => Folded::Char('\u{0647}'),
        // Keheh and Farsi letters that sites use for Arabic ones.
        '\u{06A9}' => Folded::Char('\u{0643}'),
        '\u{06C1}' => Folded::Char('\u{0647}'),
        // Arabic-Indic and extended (Persian) digits.
        '\u{0660}'..='\u{0669}' => Folded::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Folded::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        // Arabic punctuation to its ASCII counterpart.
        '\u{060C}' => Folded::Char(','),
        '\u{061B}' => Folded::Char(';'),
        '\u{061F}' => Folded::Char('?'),
        '\u{066A}' => Folded::Char('%'),
        '\u{066B}' => Folded::Char('.'),
        '\u{066C}' => Folded::Char(','),
        '\u{06D4}' => Folded::Char('.'),
        // Dashes and the Arabic hyphen-like tatweel substitutes.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Folded::Char('-'),
        // Invisible characters: zero-width spaces and joiners, direction
        // marks and isolates, the BOM, soft hyphen, word joiner.
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Folded::Drop,
        // Every other kind of space.
        '\u{0085}'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Folded::Space,
        // Lam-alef ligatures: lam and a (folded) alef.
        '\u{FEF5}'..='\u{FEFC}' => Folded::Two('\u{0644}', '\u{0627}'),
        '\u{FE80}'..='\u{FEF4}' => match presentation_base(c).map(fold_char) {
            Some(folded) => folded,
            None => Folded::Char(c),
        },
        c if c.is_control() => Folded::Space,
        c => Folded::Char(c),
    }
}

/// True for letters, with a fast path for ASCII and Arabic: the standard
/// library's `char::is_alphabetic` takes a slow table lookup for every
/// non-ASCII character, which dominated the cost of cleaning Arabic text.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0000}'..='\u{007F}' => false,
        // Arabic letters (not digits, punctuation or diacritics, which are
        // folded away before this is asked on folded text).
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06FA}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        c => c.is_alphabetic(),
    }
}

/// True for letters and digits (see [`is_letter`]).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_numeric())
}

/// Returns true for characters that carry no visible content: a line made only
/// of these (and spaces) is blank.
#[inline]
pub(crate) fn is_blank_char(c: char) -> bool {
    matches!(fold_char(c), Folded::Drop | Folded::Space)
}

/// Returns true for the characters trimmed off a line's ends: spaces and
/// invisible marks (BOM, zero-width, direction marks), but not the harakat
/// and tatweel that belong to the last word (`ترفاً`).
#[inline]
pub(crate) fn is_edge_char(c: char) -> bool {
    is_blank_char(c) && !is_arabic_mark(c)
}

/// Tatweel, harakat, superscript alef and Quranic annotation marks: they
/// fold away (see [`fold_char`]) but are part of the word they stand on.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn table_fold_agrees_with_char_fold() {
        // Every character of the Arabic block and ASCII, alone and between
        // letters, folds the same way through the tables as char by char.
        for cp in (0..0x80).chain(0x0600..0x0700).chain([0x00A0, 0x200B, 0xFEF7, 0xFE8D]) {
            let Some(c) = char::from_u32(cp) else { continue };
            for text in [format!("{c}"), format!("ب{c}ت"), format!("ب {c} ت")] {
                let mut slow = String::new();
                let mut pending = false;
                for ch in text.chars() {
                    match fold_char(ch) {
                        Folded::Drop | Folded::Keep => {}
                        Folded::Space => pending = !slow.is_empty(),
                        Folded::Char(f) => {
                            if pending {
                                slow.push(' ');
                                pending = false;
                            }
                            slow.push(f);
                        }
                        Folded::Two(a, b) => {
                            if pending {
                                slow.push(' ');
                                pending = false;
                            }
                            slow.push(a);
                            slow.push(b);
                        }
                    }
                }
                // The two contextual folds: a tatweel between spaces is a
                // dash, a TAB between cells a `|`.
                let is_dash_case = c == '\u{0640}' && text.starts_with("ب ");
                let is_cell_case = c == '\t' && text.chars().count() > 1;
                if !is_dash_case && !is_cell_case {
                    assert_eq!(fold(&text), slow, "U+{cp:04X} in {text:?}");
                }
            }
        }
    }
}

/// Appends the folded form of `text` to `out`: folded characters, with runs of
/// space collapsed to one and no space at either end of what is appended.
/// Returns how many runs of two or more spaces (without a TAB) it collapsed
/// between words: the gaps between a table's cells on sites that print
/// rows with spaces (`السبت 13 يناير  اللغة العربية  ساعتان`).
pub(crate) fn fold_into(text: &str, out: &mut String) -> u32 {
    let table = arabic_table();
    let bytes = text.as_bytes();
    let start = out.len();
    // A space is written only before the next kept character, so that runs
    // collapse and ends are trimmed; a run with a TAB in it separates two
    // cells of a table row and is written ` | `, as sites print rows.
    let mut pending_space = false;
    let mut pending_cell = false;
    // The spaces of the pending run, and the wide gaps seen so far.
    let mut run_spaces = 0u32;
    let mut wide_gaps = 0u32;
    let mut flush = |out: &mut String, pending_space: &mut bool, pending_cell: &mut bool, run_spaces: &mut u32| {
        if *pending_space {
            out.push_str(if *pending_cell { " | " } else { " " });
            wide_gaps += u32::from(*run_spaces >= 2 && !*pending_cell);
            *pending_space = false;
            *pending_cell = false;
        }
        *run_spaces = 0;
    };
    // Characters that fold to themselves are copied a run at a time; ASCII
    // and the Arabic block are decided by table lookup on their bytes, the
    // rest by `fold_char`.
    let mut run: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // `اقرأ/ي`, `انضم/ي`: the feminine ending some sites add after a
        // slash is dropped, so that the verb reads as one word.
        if b == b'/' && is_feminine_suffix(bytes, i) {
            if let Some(r) = run.take() {
                out.push_str(&text[r..i]);
            }
            i += 3;
            continue;
        }
        let (folded, len) = if b < 0x80 {
            (table.ascii[b as usize], 1)
        } else if (0xD8..=0xDB).contains(&b) && bytes.get(i + 1).is_some_and(|n| n & 0xC0 == 0x80) {
            (table.arabic[usize::from(b - 0xD8) * 64 + usize::from(bytes[i + 1] & 0x3F)], 2)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            let f = fold_char(c);
            (if f == Folded::Char(c) { Folded::Keep } else { f }, c.len_utf8())
        };
        // A tatweel standing alone between spaces is a dash (`واشنطن ـ
        // العرب اليوم`); inside a word it only stretches the letters.
        let folded = if pending_space && b == 0xD9 && bytes[i + 1] == 0x80 { Folded::Char('-') } else { folded };
        if folded == Folded::Keep {
            if run.is_none() {
                flush(out, &mut pending_space, &mut pending_cell, &mut run_spaces);
                run = Some(i);
            }
            i += len;
            continue;
        }
        if let Some(r) = run.take() {
            out.push_str(&text[r..i]);
        }
        match folded {
            Folded::Keep | Folded::Drop => {}
            Folded::Space => {
                pending_space = out.len() > start;
                pending_cell |= pending_space && b == b'\t';
                run_spaces += u32::from(pending_space);
            }
            Folded::Char(f) => {
                flush(out, &mut pending_space, &mut pending_cell, &mut run_spaces);
                out.push(f);
            }
            Folded::Two(a, b) => {
                flush(out, &mut pending_space, &mut pending_cell, &mut run_spaces);
                out.push(a);
                out.push(b);
            }
        }
        i += len;
    }
    if let Some(r) = run {
        out.push_str(&text[r..]);
    }
    wide_gaps
}

/// True when the `/` at `at` joins `ي` (or `ى`) to the Arabic letter
/// before it, and the word ends there: `اقرأ/ي أيضا`.
fn is_feminine_suffix(bytes: &[u8], at: usize) -> bool {
    let arabic_letter_before = at >= 2 && (0xD8..=0xDB).contains(&bytes[at - 2]) && bytes[at - 1] & 0xC0 == 0x80;
    let ya = bytes.get(at + 1..at + 3).is_some_and(|y| y == [0xD9, 0x8A] || y == [0xD9, 0x89]);
    let word_ends = bytes.get(at + 3).is_none_or(|&n| !(0xD8..=0xDB).contains(&n) && !n.is_ascii_alphanumeric());
    arabic_letter_before && ya && word_ends
}

/// [`fold_char`] precomputed for ASCII and for the Arabic block (U+0600 to
/// U+06FF, two bytes in UTF-8 with lead bytes D8 to DB), with `Keep` where a
/// character folds to itself. Built from `fold_char`, so both agree.
struct FoldTable {
    ascii: [Folded; 128],
    arabic: [Folded; 256],
}

fn arabic_table() -> &'static FoldTable {
    static TABLE: std::sync::OnceLock<FoldTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let keep = |c: char| match fold_char(c) {
            Folded::Char(f) if f == c => Folded::Keep,
            other => other,
        };
        let mut table = FoldTable { ascii: [Folded::Keep; 128], arabic: [Folded::Keep; 256] };
        for (b, slot) in table.ascii.iter_mut().enumerate() {
            *slot = keep(char::from(b as u8));
        }
        for (k, slot) in table.arabic.iter_mut().enumerate() {
            *slot = char::from_u32(0x0600 + k as u32).map_or(Folded::Keep, keep);
        }
        table
    })
}

/// Folds `text` into a new string. For building lexicons and for tests; the
/// per-page path uses [`fold_into`] with a reused buffer.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the *word form* of already folded text to `out`: letters and
/// digits only, every other character a word break, a break also where
/// letters meet digits (`GMT15` is two words), words separated by one space.
/// Markers are matched on this form, so `اقرأ أيضاً :` and `«اقرا ايضا»` are
/// the same phrase.
pub(crate) fn words_into(folded: &str, out: &mut String) {
    // Runs of letters and runs of ASCII digits are copied whole; every new
    // run after the first is preceded by one space. ASCII and the Arabic
    // block are classified by their bytes, the rest by `is_word_char`.
    let arabic = word_table();
    let bytes = folded.as_bytes();
    let start = out.len();
    let mut class = Class::Break;
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (next, len) = if b < 0x80 {
            let class = if b.is_ascii_digit() {
                Class::Digit
            } else if b.is_ascii_alphabetic() {
                Class::Letter
            } else {
                Class::Break
            };
            (class, 1)
        } else if (0xD8..=0xDB).contains(&b) {
            (arabic[usize::from(b - 0xD8) * 64 + usize::from(bytes[i + 1] & 0x3F)], 2)
        } else {
            let c = folded[i..].chars().next().unwrap_or(' ');
            (if is_word_char(c) { Class::Letter } else { Class::Break }, c.len_utf8())
        };
        if next != class {
            if class != Class::Break {
                out.push_str(&folded[run..i]);
            }
            if next != Class::Break {
                if out.len() > start {
                    out.push(' ');
                }
                run = i;
            }
            class = next;
        }
        i += len;
    }
    if class != Class::Break {
        out.push_str(&folded[run..]);
    }
}

/// What a character is for the word form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Break,
    Letter,
    Digit,
}

/// [`is_word_char`] for the Arabic block, by the low bits of the second
/// UTF-8 byte (see [`FoldTable`]).
fn word_table() -> &'static [Class; 256] {
    static TABLE: std::sync::OnceLock<[Class; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [Class::Break; 256];
        for (k, slot) in table.iter_mut().enumerate() {
            if char::from_u32(0x0600 + k as u32).is_some_and(is_word_char) {
                *slot = Class::Letter;
            }
        }
        table
    })
}

/// The word form of raw text (folded first).
pub(crate) fn words(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    words_into(&folded, &mut out);
    out
}

/// The folded text and word form of every line of a page, in two buffers
/// reused from page to page (no `String` per line).
#[derive(Debug, Default)]
pub(crate) struct FoldedLines {
    text: String,
    forms: String,
    /// For line i: byte ranges of its folded text and of its padded word form
    /// in the buffers above.
    ranges: Vec<(u32, u32, u32, u32)>,
    /// For line i: the wide gaps folding collapsed (see [`fold_into`]).
    wide_gaps: Vec<u32>,
}

impl FoldedLines {
    /// Folds every line of `input`.
    pub(crate) fn fold_lines(&mut self, input: &str, lines: &[RawLine]) {
        self.text.clear();
        self.forms.clear();
        self.ranges.clear();
        self.wide_gaps.clear();
        for line in lines {
            let fs = self.text.len();
            let ws = self.forms.len();
            self.wide_gaps.push(fold_into(&input[line.span], &mut self.text));
            let fe = self.text.len();
            // Padding with spaces lets phrases be found on word boundaries
            // with a plain substring search (` phrase ` in ` line `).
            self.forms.push(' ');
            words_into(&self.text[fs..fe], &mut self.forms);
            self.forms.push(' ');
            let we = self.forms.len();
            self.ranges.push((fs as u32, fe as u32, ws as u32, we as u32));
        }
    }

    /// The folded text of line `i`.
    pub(crate) fn text(&self, i: usize) -> &str {
        let (s, e, _, _) = self.ranges[i];
        &self.text[s as usize..e as usize]
    }

    /// The padded word form of line `i` (` w1 w2 … `).
    pub(crate) fn form(&self, i: usize) -> &str {
        let (_, _, s, e) = self.ranges[i];
        &self.forms[s as usize..e as usize]
    }

    /// The word form of line `i` without its padding.
    pub(crate) fn bare_form(&self, i: usize) -> &str {
        self.form(i).trim_matches(' ')
    }

    /// How many runs of two or more spaces line `i` had between its words.
    pub(crate) fn wide_gaps(&self, i: usize) -> u32 {
        self.wide_gaps[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, folded) pairs: each row names the folding it checks.
    const FOLDING: &[(&str, &str, &str)] = &[
        ("alef forms", "أإآٱا", "ااااا"),
        ("alef maqsura and yeh", "على ی", "علي ي"),
        ("ta marbuta", "مدينة", "مدينه"),
        ("tatweel", "اقـــرأ", "اقرا"),
        ("tatweel as a dash", "واشنطن ـ العرب", "واشنطن - العرب"),
        ("diacritics", "مُحَمَّدٌ", "محمد"),
        ("arabic-indic digits", "١٤ ٢٠٢٣", "14 2023"),
        ("persian digits", "۱۴۰۲", "1402"),
        ("nbsp and zero width", "اقرأ\u{00A0}أيضا\u{200B}", "اقرا ايضا"),
        ("latin case", "Copyright AFP", "copyright afp"),
        ("space runs and ends", "  كتب \u{A0}  محمد  ", "كتب محمد"),
        ("a feminine ending after a slash", "اقرأ/ي أيضًا | انضم/ى", "اقرا ايضا | انضم"),
        ("a slash between words stays", "سياسة/اقتصاد 12/يناير", "سياسه/اقتصاد 12/يناير"),
        ("a TAB separates cells", "\tالبيان\tالسعر الحالي \t27.25%\t", "البيان | السعر الحالي | 27.25%"),
        ("arabic punctuation", "ماذا؟ نعم، لا؛", "ماذا? نعم, لا;"),
        ("bom", "\u{FEFF}خبر", "خبر"),
        ("hamza on waw and ya", "مؤتمر رئيس", "موتمر رييس"),
        ("presentation forms", "اخر ا\u{FEF7}خبار \u{FEB3}\u{FEE8}\u{FE94}", "اخر الاخبار سنه"),
    ];

    #[test]
    fn folding_table() {
        for (name, input, want) in FOLDING {
            assert_eq!(fold(input), *want, "folding row {name:?}");
        }
    }

    /// (input, word form) pairs.
    const WORDS: &[(&str, &str)] = &[
        ("اقرأ أيضاً :", "اقرا ايضا"),
        ("«اقرا ايضا»", "اقرا ايضا"),
        ("التعليقات (1)", "التعليقات 1"),
        ("GMT15:15:16", "gmt 15 15 16"),
        ("2min", "2 min"),
        ("---", ""),
    ];

    #[test]
    fn word_form_table() {
        for (input, want) in WORDS {
            assert_eq!(words(input), *want, "word form of {input:?}");
        }
    }

    #[test]
    fn wide_gaps_are_counted_between_words_only() {
        let gaps = |text: &str| fold_into(text, &mut String::new());
        assert_eq!(gaps("السبت 13 يناير  اللغة العربية\u{00A0}\u{00A0}ساعتان"), 2);
        // Runs at the ends are trimmed, a TAB run is a cell's `|`, and one
        // space is a word's.
        assert_eq!(gaps("  الرئيسية  "), 0);
        assert_eq!(gaps("المدينة \t التغير"), 0);
        assert_eq!(gaps("قال الوزير إن"), 0);
    }

    #[test]
    fn blank_chars() {
        assert!("\u{00A0}\u{200B}\t \u{FEFF}".chars().all(is_blank_char));
        assert!(!is_blank_char('ا'));
        // A line of marks alone is blank, but a word's last mark is kept.
        assert!(is_blank_char('\u{064B}') && !is_edge_char('\u{064B}'));
        assert!("\u{00A0}\u{200B}\u{200F}\t \u{FEFF}".chars().all(is_edge_char));
        assert_eq!("  ترفاً\u{200F} ".trim_matches(is_edge_char), "ترفاً");
        for c in ('\u{0600}'..='\u{06FF}').filter(|&c| is_arabic_mark(c)) {
            assert!(is_blank_char(c), "{c:?} folds away");
        }
    }
}
