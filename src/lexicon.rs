//! Marker phrases: the built-in lexicons (data files under `src/lexicon/`),
//! their syntax, and the automaton that finds them in a line.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::BuildError;
use crate::label::Label;
use crate::normalize::words;

/// Where in a line a marker phrase must stand to count.
///
/// Matching is done on the line's *word form*: folded text (see the crate
/// docs) with punctuation turned into word breaks.
///
/// ```
/// use nazif::{Anchor, Cleaner, Label};
///
/// let cleaner = Cleaner::builder()
///     .marker(Label::Related, Anchor::Start, "طالع المزيد")
///     .build()
///     .unwrap();
/// let page = "عنوان\n\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة من المقال، وفيه كلام كثير.\n\nطالع المزيد: خبر آخر";
/// let article = cleaner.clean(page);
/// assert_eq!(article.lines().last().unwrap().label(), Label::Related);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// The line is the phrase, give or take numbers (`التعليقات (12)`).
    /// Written `=` in lexicon files.
    Whole,
    /// The line starts with the phrase. If nothing but numbers follows, the
    /// line is a header (of a comment or related section, say); otherwise it
    /// is a single marked line (`اقرأ أيضا: …`). Written `^`.
    Start,
    /// The line contains the phrase. Only lines of at most 25 words that are
    /// not prose paragraphs are marked this way. Written `*`.
    Anywhere,
}

impl Anchor {
    fn symbol(self) -> char {
        match self {
            Anchor::Whole => '=',
            Anchor::Start => '^',
            Anchor::Anywhere => '*',
        }
    }
}

/// The longest phrase accepted, in bytes of its text as given.
pub(crate) const MAX_PHRASE_BYTES: usize = 200;
/// The most words a phrase may have.
pub(crate) const MAX_PHRASE_WORDS: usize = 12;

/// The built-in lexicon files, by label.
const BUILT_IN: &[(Label, &str)] = &[
    (Label::Comments, include_str!("lexicon/comments.txt")),
    (Label::Related, include_str!("lexicon/related.txt")),
    (Label::Footer, include_str!("lexicon/footer.txt")),
    (Label::Navigation, include_str!("lexicon/navigation.txt")),
    (Label::Caption, include_str!("lexicon/caption.txt")),
    (Label::Byline, include_str!("lexicon/byline.txt")),
    (Label::Other, include_str!("lexicon/other.txt")),
];

/// A list of plain words that feeds a feature of every line rather than a
/// label of its own: the files of `src/lexicon/` beside the marker files.
///
/// Callers extend a list with [`CleanerBuilder::words`](crate::CleanerBuilder::words),
/// in the syntax of the built-in files: one entry a line, `#` starts a
/// comment line. Entries are folded and reduced to word forms like page
/// text, so they may be written as sites spell them.
///
/// ```
/// use nazif::WordList;
///
/// assert_eq!(WordList::Credits.to_string(), "credits");
/// assert_eq!(WordList::ALL.len(), 17);
/// assert!(WordList::Credits.built_in_entries().any(|w| w == "رويترز"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WordList {
    /// Agencies and photo sources that end a caption in a bracket or after
    /// a dash (`(رويترز)`, `- أرشيفية`). File `credits.txt`.
    Credits,
    /// Format labels in a bracket that ends a title (`(فيديو)`), which is
    /// then not a caption. File `formats.txt`.
    Formats,
    /// Units and scales in a bracket that ends a table's title (`(مليون
    /// ريال)`), which is then no photo's credit. File `units.txt`.
    Units,
    /// Roles after a person's name and a comma (`، خبير في …`): such a line
    /// is a portrait's caption. Matched at the start of the words after the
    /// comma. File `roles.txt`.
    Roles,
    /// Occupations (`كاتب`, `صحفية`): a line opening with one right under a
    /// person's name is the author's note, not a title. File
    /// `occupations.txt`.
    Occupations,
    /// Words that introduce a photo's source (`تصوير: …`, `الصورة: …`).
    /// File `photo.txt`.
    PhotoWords,
    /// Social networks: a row of them is a share or follow row. File
    /// `social.txt`.
    Social,
    /// Invitations to follow or join (`تابعونا`, `تابع`, `انضم`): a short
    /// line starting with one that names a network is a follow prompt.
    /// File `follow.txt`.
    Follow,
    /// Words that name readers' comments (`التعليقات`, `تعليقك`): a line
    /// that holds one, next to a comment section's own line, is the
    /// section's note (its rules, its moderation notice). One word an
    /// entry. File `discussion.txt`.
    Discussion,
    /// Weather, prayer-time and market words of sidebar widgets. File
    /// `widgets.txt`.
    Widgets,
    /// Titles of address (`د.`, `المهندس`): a short line starting with one
    /// is a person's name. File `honorifics.txt`.
    Honorifics,
    /// Breaking-news words (`عاجل`): a line starting with one is a ticker.
    /// File `tickers.txt`.
    Tickers,
    /// Circumstantial words (`بعد`, `وسط`): a few words starting with one,
    /// right above a longer title, are its kicker. File `kickers.txt`.
    Kickers,
    /// Words that place people in an event (`خلال`, `أثناء`): a few words
    /// with two or more before one of them are a photo's caption. File
    /// `scenes.txt`.
    Scenes,
    /// Periods (`الصيف`, `موسم`) that, after a scene word, make it time
    /// rather than an event. One word an entry. File `periods.txt`.
    Periods,
    /// Headings of an article's own sections (`مقدمة`, `خاتمة`): such a
    /// line alone is a subheading. File `sections.txt`.
    Sections,
    /// Function words, whose share tells prose from titles and menus. One
    /// word an entry. File `stopwords.txt`.
    Stopwords,
}

impl WordList {
    /// Every word list, in declaration order.
    pub const ALL: [WordList; 17] = [
        WordList::Credits,
        WordList::Formats,
        WordList::Units,
        WordList::Roles,
        WordList::Occupations,
        WordList::PhotoWords,
        WordList::Social,
        WordList::Follow,
        WordList::Discussion,
        WordList::Widgets,
        WordList::Honorifics,
        WordList::Tickers,
        WordList::Kickers,
        WordList::Scenes,
        WordList::Periods,
        WordList::Sections,
        WordList::Stopwords,
    ];

    /// The list's name: its file's name without `.txt`.
    pub fn name(self) -> &'static str {
        match self {
            WordList::Credits => "credits",
            WordList::Formats => "formats",
            WordList::Units => "units",
            WordList::Roles => "roles",
            WordList::Occupations => "occupations",
            WordList::PhotoWords => "photo",
            WordList::Social => "social",
            WordList::Follow => "follow",
            WordList::Discussion => "discussion",
            WordList::Widgets => "widgets",
            WordList::Honorifics => "honorifics",
            WordList::Tickers => "tickers",
            WordList::Kickers => "kickers",
            WordList::Scenes => "scenes",
            WordList::Periods => "periods",
            WordList::Sections => "sections",
            WordList::Stopwords => "stopwords",
        }
    }

    /// The entries of the built-in file, as written there.
    pub fn built_in_entries(self) -> impl Iterator<Item = &'static str> {
        data_lines(self.built_in_text())
    }

    fn built_in_text(self) -> &'static str {
        match self {
            WordList::Credits => include_str!("lexicon/credits.txt"),
            WordList::Formats => include_str!("lexicon/formats.txt"),
            WordList::Units => include_str!("lexicon/units.txt"),
            WordList::Roles => include_str!("lexicon/roles.txt"),
            WordList::Occupations => include_str!("lexicon/occupations.txt"),
            WordList::PhotoWords => include_str!("lexicon/photo.txt"),
            WordList::Social => include_str!("lexicon/social.txt"),
            WordList::Follow => include_str!("lexicon/follow.txt"),
            WordList::Discussion => include_str!("lexicon/discussion.txt"),
            WordList::Widgets => include_str!("lexicon/widgets.txt"),
            WordList::Honorifics => include_str!("lexicon/honorifics.txt"),
            WordList::Tickers => include_str!("lexicon/tickers.txt"),
            WordList::Kickers => include_str!("lexicon/kickers.txt"),
            WordList::Scenes => include_str!("lexicon/scenes.txt"),
            WordList::Periods => include_str!("lexicon/periods.txt"),
            WordList::Sections => include_str!("lexicon/sections.txt"),
            WordList::Stopwords => include_str!("lexicon/stopwords.txt"),
        }
    }

    /// The most words an entry may have: lists looked up one word at a
    /// time take single words.
    fn max_words(self) -> usize {
        match self {
            WordList::Periods | WordList::Discussion | WordList::Stopwords => 1,
            _ => MAX_PHRASE_WORDS,
        }
    }
}

impl std::fmt::Display for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The entries of every word list, built-in and added, each as a folded
/// word form.
#[derive(Clone, Debug)]
pub(crate) struct WordLists {
    lists: Vec<Vec<String>>,
}

impl Default for WordLists {
    /// The built-in lists alone.
    fn default() -> WordLists {
        WordLists::new(&[]).expect("built-in word lists are valid")
    }
}

impl WordLists {
    /// The built-in lists with `added` (list, text in the files' syntax)
    /// after them; an entry that cannot be used is a [`BuildError`].
    pub(crate) fn new(added: &[(WordList, String)]) -> Result<WordLists, BuildError> {
        let mut lists: Vec<Vec<String>> =
            WordList::ALL.iter().map(|list| list.built_in_entries().map(words).collect()).collect();
        for (list, text) in added {
            for entry in data_lines(text) {
                lists[*list as usize].push(validate_word(*list, entry)?);
            }
        }
        Ok(WordLists { lists })
    }

    /// The word forms of `list`'s entries (duplicates possible).
    pub(crate) fn entries(&self, list: WordList) -> &[String] {
        &self.lists[list as usize]
    }
}

/// Checks one word-list entry and returns its word form.
fn validate_word(list: WordList, entry: &str) -> Result<String, BuildError> {
    let form = words(entry);
    match form_problem(&form, "entry", list.max_words(), "the limit for this list is") {
        Some(reason) => Err(BuildError::word(list, entry, reason)),
        None => Ok(form),
    }
}

/// Why a word form cannot be a phrase or an entry, if it cannot: it has no
/// letter or digit, more than `max_words` words (`limit` introduces the
/// number in the reason), or only digits. `noun` names it in the reason.
fn form_problem(form: &str, noun: &str, max_words: usize, limit: &str) -> Option<String> {
    let n = form.split(' ').filter(|w| !w.is_empty()).count();
    if form.is_empty() {
        Some(format!("the {noun} has no letter or digit"))
    } else if n > max_words {
        Some(format!("the {noun} has {n} words, {limit} {max_words}"))
    } else if form.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
        Some(format!("the {noun} has only digits, which would match numbers anywhere"))
    } else {
        None
    }
}

/// One marker phrase, compiled.
#[derive(Clone, Debug)]
pub(crate) struct Marker {
    pub(crate) label: Label,
    pub(crate) anchor: Anchor,
    /// Number of words of the phrase's word form.
    pub(crate) words: u16,
    /// The phrase was written ending in a colon (`حوار:`): it counts only
    /// where the line has a colon right after it, since the bare word is
    /// common (`حوار الأسبوع` is a series name, `حوار:` a byline).
    pub(crate) colon: bool,
}

/// A phrase as given, before compilation.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub(crate) label: Label,
    pub(crate) anchor: Anchor,
    pub(crate) text: String,
}

/// The entries of a data file: its non-empty lines that are not `#`
/// comments, trimmed. Shared by every lexicon and word list.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Parses lexicon text (the syntax of `src/lexicon/*.txt`) into phrases for
/// `label`. `origin` names the text in errors.
pub(crate) fn parse(label: Label, text: &str, origin: &str) -> Result<Vec<Phrase>, BuildError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut chars = line.chars();
        let anchor = match chars.next() {
            Some('=') => Anchor::Whole,
            Some('^') => Anchor::Start,
            Some('*') => Anchor::Anywhere,
            _ => {
                return Err(BuildError::syntax(
                    origin,
                    i + 1,
                    "a phrase must start with its anchor `=`, `^` or `*` and a space",
                ))
            }
        };
        let rest = chars.as_str();
        if !rest.starts_with(' ') {
            return Err(BuildError::syntax(origin, i + 1, "the anchor must be followed by a space"));
        }
        out.push(Phrase { label, anchor, text: rest.trim().to_string() });
    }
    Ok(out)
}

/// A word list sorted and without repeats, for a binary search.
pub(crate) fn sorted_set(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    out.sort_unstable();
    out.dedup();
    out
}

/// The phrases of the built-in lexicons.
pub(crate) fn built_in() -> Vec<Phrase> {
    let mut out = Vec::new();
    for (label, text) in BUILT_IN {
        // The built-in files are part of the crate and checked by its tests.
        out.extend(parse(*label, text, "built-in lexicon").expect("built-in lexicon parses"));
    }
    out
}

/// Checks one phrase and returns its word form.
pub(crate) fn validate(phrase: &Phrase) -> Result<String, BuildError> {
    if !phrase.label.takes_markers() {
        return Err(BuildError::label(phrase.label));
    }
    if phrase.text.trim().is_empty() {
        return Err(BuildError::phrase(&phrase.text, "the phrase is empty"));
    }
    if phrase.text.len() > MAX_PHRASE_BYTES {
        return Err(BuildError::phrase(
            &phrase.text,
            &format!("the phrase is {} bytes long, the limit is {MAX_PHRASE_BYTES}", phrase.text.len()),
        ));
    }
    let form = words(&phrase.text);
    match form_problem(&form, "phrase", MAX_PHRASE_WORDS, "the limit is") {
        Some(reason) => Err(BuildError::phrase(&phrase.text, &reason)),
        None => Ok(form),
    }
}

/// All marker phrases, compiled into one automaton, plus the stopword list.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    pub(crate) markers: Vec<Marker>,
    /// Finds ` phrase ` (padded with spaces) in ` line word form `, so that
    /// phrases match whole words only.
    automaton: AhoCorasick,
    /// Sorted stopwords, and the length of the longest in bytes.
    stopwords: Vec<String>,
    longest_stopword: usize,
}

/// Where a marker matched in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) marker: u32,
    /// True when only numbers stand before and after the phrase.
    pub(crate) whole: bool,
    /// True when the phrase starts the line (numbers may precede it).
    pub(crate) at_start: bool,
    /// Where the match (the phrase and its padding spaces) starts in the
    /// padded word form.
    pub(crate) start: usize,
    /// Where the match ends in the padded word form.
    pub(crate) end: usize,
}

impl Lexicon {
    /// Compiles phrases (duplicates after folding keep their first entry)
    /// and the stopwords' word forms.
    pub(crate) fn new(phrases: &[Phrase], stopwords: &[String]) -> Result<Lexicon, BuildError> {
        let mut markers = Vec::with_capacity(phrases.len());
        let mut patterns: Vec<String> = Vec::with_capacity(phrases.len());
        let mut seen = std::collections::HashSet::new();
        for phrase in phrases {
            let form = validate(phrase).map_err(|e| e.with_label(phrase.label))?;
            if !seen.insert((phrase.label, phrase.anchor.symbol(), form.clone())) {
                continue;
            }
            markers.push(Marker {
                label: phrase.label,
                anchor: phrase.anchor,
                words: form.split(' ').count() as u16,
                colon: phrase.text.trim_end().ends_with(':'),
            });
            patterns.push(format!(" {form} "));
        }
        // A DFA costs a few milliseconds more to build and a little memory;
        // it searches fastest, and the cleaner is built once.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| BuildError::automaton(e.to_string()))?;
        let stopwords = sorted_set(stopwords);
        let longest_stopword = stopwords.iter().map(String::len).max().unwrap_or(0);
        Ok(Lexicon { markers, automaton, stopwords, longest_stopword })
    }

    /// Calls `f` for every marker found in `padded`, the line's word form
    /// with one space before and after.
    pub(crate) fn hits(&self, padded: &str, mut f: impl FnMut(Hit)) {
        // Where the leading numbers end and the trailing numbers start, found
        // once, so that each hit is judged in constant time (a line can hold
        // a phrase thousands of times).
        let bytes = padded.as_bytes();
        let numeric = |b: &u8| *b == b' ' || b.is_ascii_digit();
        let lead = bytes.iter().take_while(|b| numeric(b)).count();
        let trail = bytes.len() - bytes.iter().rev().take_while(|b| numeric(b)).count();
        for m in self.automaton.find_overlapping_iter(padded) {
            // The match covers " phrase "; the phrase's words lie inside, and
            // the padding spaces may be shared with the numbers around it.
            let at_start = m.start() < lead;
            let whole = at_start && m.end() > trail;
            f(Hit { marker: m.pattern().as_u32(), whole, at_start, start: m.start(), end: m.end() });
        }
    }

    /// True when `word` (one word of a word form) is a stopword. Stopwords
    /// are short, so longer words are rejected before the lookup.
    pub(crate) fn is_stopword(&self, word: &str) -> bool {
        word.len() <= self.longest_stopword && self.stopwords.binary_search_by(|s| s.as_str().cmp(word)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_folded() {
        for word in WordList::Stopwords.built_in_entries() {
            assert_eq!(crate::normalize::fold(word), word, "stopwords must be written folded");
        }
    }

    #[test]
    fn word_lists_are_indexed_in_order() {
        for (i, list) in WordList::ALL.iter().enumerate() {
            assert_eq!(*list as usize, i, "{list}");
            assert!(list.built_in_entries().next().is_some(), "{list} has built-in entries");
        }
    }

    #[test]
    fn added_entries_land_in_their_list_only() {
        for list in WordList::ALL {
            let words = WordLists::new(&[(list, "# comment\nززززـ".into())]).unwrap();
            for other in WordList::ALL {
                let has = words.entries(other).iter().any(|e| e == "زززز");
                assert_eq!(has, other == list, "added to {list}, looked up in {other}");
            }
        }
    }

    #[test]
    fn built_in_lexicons_compile() {
        let lexicon = Lexicon::new(&built_in(), &[]).unwrap();
        assert!(lexicon.markers.len() > 300, "{} markers", lexicon.markers.len());
    }

    /// (name, lexicon text, expected error substring).
    const BAD_SYNTAX: &[(&str, &str, &str)] =
        &[("no anchor", "اقرأ أيضا", "must start with its anchor"), ("no space", "=اقرأ", "followed by a space")];

    #[test]
    fn syntax_errors_table() {
        for (name, text, want) in BAD_SYNTAX {
            let err = parse(Label::Related, text, "test").unwrap_err().to_string();
            assert!(err.contains(want), "{name}: {err}");
            assert!(err.contains("test line 1"), "{name}: {err}");
        }
    }

    /// (name, phrase, expected error substring).
    const BAD_PHRASES: &[(&str, &str, &str)] = &[
        ("empty", "   ", "empty"),
        ("punctuation only", "::--", "no letter"),
        ("digits only", "12 34", "only digits"),
        ("too many words", "ا ب ت ث ج ح خ د ذ ر ز س ش", "13 words"),
    ];

    #[test]
    fn phrase_errors_table() {
        for (name, text, want) in BAD_PHRASES {
            let p = Phrase { label: Label::Related, anchor: Anchor::Whole, text: text.to_string() };
            let err = validate(&p).unwrap_err().to_string();
            assert!(err.contains(want), "{name}: {err}");
        }
        let long = Phrase { label: Label::Footer, anchor: Anchor::Whole, text: "ب".repeat(150) };
        assert!(validate(&long).unwrap_err().to_string().contains("the limit is 200"));
        let body = Phrase { label: Label::Body, anchor: Anchor::Whole, text: "نص".into() };
        assert!(validate(&body).unwrap_err().to_string().contains("body"));
    }

    /// (line word form, phrase, whole, at_start).
    const HITS: &[(&str, &str, bool, bool)] = &[
        ("التعليقات 1", "التعليقات", true, true),
        ("اقرا ايضا مجلس الامن", "اقرا ايضا", false, true),
        ("وقال في تعليقه", "تعليق", false, false),
        ("2 اقرا ايضا", "اقرا ايضا", true, true),
    ];

    #[test]
    fn colon_phrases_need_a_colon() {
        let lexicon =
            Lexicon::new(&[Phrase { label: Label::Byline, anchor: Anchor::Start, text: "حوار:".into() }], &[]).unwrap();
        assert!(lexicon.markers[0].colon);
    }

    #[test]
    fn hits_table() {
        for (line, phrase, whole, at_start) in HITS {
            let lexicon =
                Lexicon::new(&[Phrase { label: Label::Related, anchor: Anchor::Start, text: phrase.to_string() }], &[])
                    .unwrap();
            let mut got = Vec::new();
            lexicon.hits(&format!(" {line} "), |h| got.push((h.whole, h.at_start)));
            if line.contains(&format!("{phrase} ")) || line.ends_with(phrase) {
                assert_eq!(got, vec![(*whole, *at_start)], "{line:?} / {phrase:?}");
            } else {
                assert!(got.is_empty(), "{line:?} / {phrase:?} matched a word prefix");
            }
        }
    }
}
