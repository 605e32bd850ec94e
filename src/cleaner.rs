//! The compiled cleaner, its builder, and the pipeline that runs the stages.

use std::sync::OnceLock;

use crate::assemble::{Article, Record};
use crate::classify::{self, RuleSet};
use crate::detect::Detector;
use crate::error::{BuildError, Error};
use crate::extract;
use crate::headline;
use crate::label::{Label, Rule};
use crate::lexicon::{self, Anchor, Lexicon, Phrase, WordList, WordLists};
use crate::normalize::FoldedLines;
use crate::segment;

/// The default limit of [`Cleaner::clean_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_LEN: usize = 64 << 20;

/// A compiled cleaner: lexicons and rules, built once and used for every page.
///
/// Building compiles every marker phrase into one automaton, which takes a
/// few milliseconds; cleaning then costs one pass over each page. Build a
/// `Cleaner` once and share it: it is `Send + Sync`, so threads can use one
/// cleaner at the same time. For a handful of pages, [`crate::clean`] uses a
/// default cleaner built on first use.
///
/// ```
/// use nazif::{Cleaner, Label};
///
/// let cleaner = Cleaner::new();
/// let page = "الرئيسية / أخبار\n\nارتفاع أسعار القمح عالميا\n\n\
///             ارتفعت أسعار القمح في الأسواق العالمية اليوم بنسبة كبيرة، وفق بيانات البورصة.\n\n\
///             التعليقات (2)\n\nتعليق جميل جدا ومفيد شكرا لكم على هذا الخبر المهم.";
/// let article = cleaner.clean(page);
/// assert_eq!(article.headline(), Some("ارتفاع أسعار القمح عالميا"));
/// let labels: Vec<Label> = article.lines().map(|l| l.label()).collect();
/// assert_eq!(labels, [Label::Navigation, Label::Headline, Label::Body, Label::Comments, Label::Comments]);
/// ```
#[derive(Clone, Debug)]
pub struct Cleaner {
    detector: Detector,
    rules: RuleSet,
    max_input_len: usize,
}

/// Construction.
impl Cleaner {
    /// A cleaner with the built-in lexicons and every rule on.
    pub fn new() -> Cleaner {
        // The built-in lexicons are part of the crate and compile in its
        // tests, so this cannot fail.
        CleanerBuilder::new().build().expect("the built-in lexicons compile")
    }

    /// A builder, to add marker phrases or turn rules off.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

/// Cleaning.
impl Cleaner {
    /// Cleans one page of text. Never fails: a page with no article gives an
    /// [`Article`] with an empty body and every line labelled. Time is linear
    /// in the size of the page.
    pub fn clean<'h>(&self, text: &'h str) -> Article<'h> {
        // Stage 1: lines with spans into the caller's text.
        let mut lines = Vec::new();
        segment::split_lines(text, &mut lines);
        // Stage 2: folded text and word forms, for matching.
        let mut folded = FoldedLines::default();
        folded.fold_lines(text, &lines);
        // Stage 3: markers, dates and shape of each line.
        let mut features = Vec::with_capacity(lines.len());
        self.detector.detect(&lines, &folded, &mut features);
        // Stage 4: each line alone, the title's repeats, the main block.
        let mut first = Vec::with_capacity(lines.len());
        classify::first_labels(&features, &self.rules, &mut first);
        let titles = headline::title_group(&features, &first, &folded);
        let block = classify::article_block(&features, &first, titles.as_ref().map_or(&[], |t| &t.members));
        // Stage 5: the headline and its repeats.
        let headline =
            headline::pick(&features, &first, &folded, block, titles.as_ref(), self.rules.on(Rule::HeadlineTitle));
        let block = headline::block_under_title(block, &headline, &first);
        // Stage 6: every line in context.
        let mut last = Vec::with_capacity(lines.len());
        let site = headline::site_name_lines(&features, &first, &folded, titles.as_ref());
        classify::in_context(&features, &first, block, &headline, &site, &self.rules, &mut last);
        // Stage 7: what the removed lines say (dates, names, comments).
        let meta = extract::extract(&extract::Page {
            input: text,
            lines: &lines,
            features: &features,
            decisions: &last,
            first: &first,
            folded: &folded,
            headline: headline.index,
            block,
        });
        // Stage 8: the article, borrowing the input.
        let mut records = Vec::with_capacity(lines.len());
        let mut headline_record = None;
        for (i, line) in lines.iter().enumerate() {
            if last[i].label == Label::Headline {
                headline_record = Some(records.len());
            }
            records.push(Record {
                span: line.span,
                number: line.number,
                label: last[i].label,
                rule: last[i].rule,
                first_label: first[i].label,
                first_rule: first[i].rule,
            });
        }
        Article::new(text, records, headline_record, meta)
    }

    /// Cleans one page given as bytes, which must be UTF-8 and at most
    /// [`CleanerBuilder::max_input_len`] bytes long (64 MiB by default).
    ///
    /// # Errors
    ///
    /// An [`Error`] that says at which byte the UTF-8 is invalid, or how
    /// large the input is and what the limit is.
    ///
    /// ```
    /// let cleaner = nazif::Cleaner::new();
    /// assert!(cleaner.clean_bytes("خبر".as_bytes()).is_ok());
    /// assert_eq!(cleaner.clean_bytes(b"\xD8").unwrap_err().to_string(), "invalid UTF-8 at byte 0");
    /// ```
    pub fn clean_bytes<'h>(&self, bytes: &'h [u8]) -> Result<Article<'h>, Error> {
        if bytes.len() > self.max_input_len {
            return Err(Error::too_large(bytes.len(), self.max_input_len));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        Ok(self.clean(text))
    }
}

/// Cleaning bytes that may not be UTF-8.
impl Cleaner {
    /// Cleans bytes that may not be valid UTF-8: each invalid sequence is
    /// replaced by U+FFFD in `buffer` (cleared first, reused across calls),
    /// and the article borrows `buffer`, so its spans point into the decoded
    /// text. Returns the article and how many sequences were replaced.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the input is larger than the cleaner's limit.
    ///
    /// ```
    /// let cleaner = nazif::Cleaner::new();
    /// let mut buffer = String::new();
    /// let (article, replaced) = cleaner.clean_lossy(b"\xD8 title\n\xFF\xFE body", &mut buffer)?;
    /// assert_eq!(replaced, 3); // \xD8 alone, \xFF and \xFE
    /// assert_eq!(article.lines().count(), 2);
    /// assert!(article.input().starts_with('\u{FFFD}'));
    /// # Ok::<(), nazif::Error>(())
    /// ```
    pub fn clean_lossy<'h>(&self, bytes: &[u8], buffer: &'h mut String) -> Result<(Article<'h>, usize), Error> {
        if bytes.len() > self.max_input_len {
            return Err(Error::too_large(bytes.len(), self.max_input_len));
        }
        buffer.clear();
        buffer.reserve(bytes.len());
        let mut replaced = 0;
        for chunk in bytes.utf8_chunks() {
            buffer.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                buffer.push('\u{FFFD}');
                replaced += 1;
            }
        }
        Ok((self.clean(buffer), replaced))
    }
}

/// Introspection.
impl Cleaner {
    /// True when `rule` is on.
    pub fn rule_enabled(&self, rule: Rule) -> bool {
        self.rules.on(rule)
    }

    /// The number of marker phrases compiled (built-in and added).
    pub fn marker_count(&self) -> usize {
        self.detector.lexicon.markers.len()
    }

    /// The largest input [`Cleaner::clean_bytes`] accepts, in bytes.
    pub fn max_input_len(&self) -> usize {
        self.max_input_len
    }
}

/// The default cleaner behind [`crate::clean`], built on first use.
pub(crate) fn default_cleaner() -> &'static Cleaner {
    static DEFAULT: OnceLock<Cleaner> = OnceLock::new();
    DEFAULT.get_or_init(Cleaner::new)
}

/// Builds a [`Cleaner`]: adds marker phrases, turns rules off, sets limits.
///
/// Setters take `&mut self` and return `&mut Self`, so they chain; `build`
/// can be called more than once.
///
/// ```
/// use nazif::{Anchor, Cleaner, Label, Rule};
///
/// let cleaner = Cleaner::builder()
///     .marker(Label::Footer, Anchor::Start, "حمّل تطبيقنا")
///     .markers(Label::Related, "# more read-also headers\n^ طالع كذلك\n= الأكثر إثارة")
///     .rule(Rule::CaptionLatin, false)
///     .build()?;
/// assert!(!cleaner.rule_enabled(Rule::CaptionLatin));
/// # Ok::<(), nazif::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    phrases: Vec<Phrase>,
    lexicons: Vec<(Label, String)>,
    words: Vec<(WordList, String)>,
    built_in: bool,
    rules: RuleSet,
    max_input_len: usize,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder with the built-in lexicons and every rule on.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder {
            phrases: Vec::new(),
            lexicons: Vec::new(),
            words: Vec::new(),
            built_in: true,
            rules: RuleSet::default(),
            max_input_len: DEFAULT_MAX_INPUT_LEN,
        }
    }

    /// Adds one marker phrase for `label`, matched as `anchor` says on
    /// folded text. Phrases are checked by [`build`](CleanerBuilder::build):
    /// an empty, over-long (more than 200 bytes or 12 words) or digits-only
    /// phrase, or a phrase for headline, body or duplicate headline, is a
    /// [`BuildError`].
    pub fn marker(&mut self, label: Label, anchor: Anchor, phrase: &str) -> &mut CleanerBuilder {
        self.phrases.push(Phrase { label, anchor, text: phrase.to_string() });
        self
    }

    /// Adds marker phrases for `label` written in the lexicon syntax of the
    /// built-in files: one phrase a line, after its anchor (`=` whole line,
    /// `^` start, `*` anywhere) and a space; `#` starts a comment line.
    pub fn markers(&mut self, label: Label, lexicon: &str) -> &mut CleanerBuilder {
        self.lexicons.push((label, lexicon.to_string()));
        self
    }

    /// Adds entries to one of the word lists that feed the features of each
    /// line (agencies that credit a photo, titles of address, kicker words,
    /// stopwords…; see [`WordList`]), in the syntax of the built-in files:
    /// one entry a line, `#` starts a comment line. The built-in entries
    /// stay. An entry with no letter or digit, only digits, or too many
    /// words (12; one for [`WordList::Periods`] and
    /// [`WordList::Stopwords`]) is a [`BuildError`].
    ///
    /// ```
    /// use nazif::{Cleaner, Label, WordList};
    ///
    /// let page = "عنوان الخبر\n\nنص الخبر الأول طويل بما يكفي ليكون فقرة كاملة من المقال، وفيه كلام كثير عن الموضوع.\n\nمزارعون في حقل قمح قرب المدينة - شترستوك\n\nوفقرة ثانية من المقال تكمل الخبر وتشرح تفاصيله للقراء بما يكفي من الكلام.";
    /// let caption_label = |cleaner: &Cleaner| cleaner.clean(page).lines().nth(2).unwrap().label();
    /// assert_eq!(caption_label(&Cleaner::new()), Label::Body);
    /// let cleaner = Cleaner::builder().words(WordList::Credits, "شترستوك").build()?;
    /// assert_eq!(caption_label(&cleaner), Label::Caption);
    /// # Ok::<(), nazif::BuildError>(())
    /// ```
    pub fn words(&mut self, list: WordList, entries: &str) -> &mut CleanerBuilder {
        self.words.push((list, entries.to_string()));
        self
    }

    /// Whether to use the built-in lexicons (on by default). With `false`,
    /// only the phrases added to this builder are markers; dates, shapes and
    /// structure still apply, and the word lists of [`words`](CleanerBuilder::words)
    /// keep their built-in entries.
    pub fn built_in_lexicons(&mut self, yes: bool) -> &mut CleanerBuilder {
        self.built_in = yes;
        self
    }

    /// Turns a rule on or off. A line that an off rule would have decided
    /// falls through to the next rule that applies.
    pub fn rule(&mut self, rule: Rule, yes: bool) -> &mut CleanerBuilder {
        self.rules.set(rule, yes);
        self
    }

    /// The largest input, in bytes, that [`Cleaner::clean_bytes`] accepts
    /// (64 MiB by default). Zero is a [`BuildError`].
    pub fn max_input_len(&mut self, bytes: usize) -> &mut CleanerBuilder {
        self.max_input_len = bytes;
        self
    }

    /// Compiles the cleaner.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the phrase or lexicon line that cannot be
    /// used and why.
    pub fn build(&self) -> Result<Cleaner, BuildError> {
        if self.max_input_len == 0 {
            return Err(BuildError::zero_limit());
        }
        let mut phrases = if self.built_in { lexicon::built_in() } else { Vec::new() };
        for (label, text) in &self.lexicons {
            phrases.extend(lexicon::parse(*label, text, &format!("{label} lexicon"))?);
        }
        phrases.extend(self.phrases.iter().cloned());
        let words = WordLists::new(&self.words)?;
        let lexicon = Lexicon::new(&phrases, words.entries(WordList::Stopwords))?;
        Ok(Cleaner {
            detector: Detector::new(lexicon, &words),
            rules: self.rules.clone(),
            max_input_len: self.max_input_len,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
    }

    #[test]
    fn build_errors_table() {
        let cases: &[(&str, CleanerBuilder, &str)] = &[
            (
                "body phrase",
                Cleaner::builder().marker(Label::Body, Anchor::Whole, "نص").clone(),
                "cannot be given for the label body",
            ),
            (
                "lexicon syntax",
                Cleaner::builder().markers(Label::Footer, "\n\nبدون علامة").clone(),
                "footer lexicon line 3",
            ),
            ("zero limit", Cleaner::builder().max_input_len(0).clone(), "at least 1 byte"),
            (
                "word without letters",
                Cleaner::builder().words(WordList::Credits, "# a comment\nرويترز\n--").clone(),
                "word list credits entry \"--\": the entry has no letter or digit",
            ),
            (
                "two-word stopword",
                Cleaner::builder().words(WordList::Stopwords, "من أجل").clone(),
                "word list stopwords entry \"من أجل\": the entry has 2 words, the limit for this list is 1",
            ),
            ("digits only", Cleaner::builder().words(WordList::Kickers, "2024").clone(), "the entry has only digits"),
        ];
        for (name, builder, want) in cases {
            let err = builder.build().unwrap_err().to_string();
            assert!(err.contains(want), "{name}: {err}");
        }
    }

    /// Added stopwords are folded like page text (here a tatweel goes)
    /// and looked up by the features.
    #[test]
    fn added_stopwords_are_used() {
        assert!(!Cleaner::new().detector.lexicon.is_stopword("زززز"));
        let cleaner = Cleaner::builder().words(WordList::Stopwords, "ززززـ").build().unwrap();
        assert!(cleaner.detector.lexicon.is_stopword("زززز"));
    }

    #[test]
    fn size_limit() {
        let cleaner = Cleaner::builder().max_input_len(4).build().unwrap();
        assert_eq!(cleaner.clean_bytes(b"12345").unwrap_err().size_limit(), Some((5, 4)));
        assert!(cleaner.clean_bytes(b"1234").is_ok());
    }
}
