//! Stage 7: assemble the article from the decisions, borrowing the input.

use std::fmt;

use crate::label::{Label, Rule};
use crate::meta::{Comments, Metadata, Name, RelatedLink, Stamp};
use crate::normalize::is_edge_char;
use crate::span::Span;

/// One decided line, as stored in an [`Article`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) span: Span,
    pub(crate) number: usize,
    pub(crate) label: Label,
    pub(crate) rule: Rule,
    pub(crate) first_label: Label,
    pub(crate) first_rule: Rule,
}

/// A cleaned page: the article (headline and body) and every line of the
/// page with its label, span and rule.
///
/// `'h` is the lifetime of the text being cleaned: an `Article` borrows it
/// and copies nothing.
///
/// A page with no article is not an error: it gives an `Article` with no
/// headline, an empty body and every line labelled.
///
/// ```
/// let page = "الرئيسية\n\nعنوان الخبر هنا\n\nهذه الفقرة الأولى من الخبر، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.\n\nجميع الحقوق محفوظة 2024";
/// let article = nazif::clean(page);
/// assert_eq!(article.headline(), Some("عنوان الخبر هنا"));
/// assert_eq!(article.body().count(), 1);
/// assert_eq!(article.removed().count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Article<'h> {
    input: &'h str,
    records: Vec<Record>,
    headline: Option<usize>,
    meta: Metadata<'h>,
}

/// Construction, for the cleaner.
impl<'h> Article<'h> {
    pub(crate) fn new(
        input: &'h str,
        records: Vec<Record>,
        headline: Option<usize>,
        meta: Metadata<'h>,
    ) -> Article<'h> {
        Article { input, records, headline, meta }
    }
}

/// The article.
impl<'h> Article<'h> {
    /// The headline, trimmed, or `None` when the page has none.
    pub fn headline(&self) -> Option<&'h str> {
        self.headline.map(|i| trim(&self.input[self.records[i].span]))
    }

    /// The headline as a [`Line`], with its span and rule.
    pub fn headline_line(&self) -> Option<Line<'h>> {
        self.headline.map(|i| self.line(i))
    }

    /// The body's paragraphs in page order, each trimmed.
    pub fn body(&self) -> Body<'_, 'h> {
        Body { article: self, next: 0 }
    }

    /// True when the page has no body text.
    pub fn is_empty(&self) -> bool {
        self.body().next().is_none()
    }

    /// The article as text: the headline, a blank line, then the body's
    /// lines. Lines that follow each other in the input with no line between
    /// them (a list's items, a table's rows) stay on consecutive lines; the
    /// others are separated by a blank line, as paragraphs. Without a
    /// headline the text starts with the first body line; a page with no
    /// article gives an empty string.
    ///
    /// ```
    /// let page = "عنوان الخبر هنا\n\nالفقرة الأولى من الخبر طويلة بما يكفي لتكون فقرة من المقال فعلا.\n\
    ///             وتتبعها فقرة ثانية على السطر التالي مباشرة دون سطر فارغ بينهما.";
    /// assert_eq!(
    ///     nazif::clean(page).text(),
    ///     "عنوان الخبر هنا\n\nالفقرة الأولى من الخبر طويلة بما يكفي لتكون فقرة من المقال فعلا.\n\
    ///      وتتبعها فقرة ثانية على السطر التالي مباشرة دون سطر فارغ بينهما."
    /// );
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        if let Some(headline) = self.headline() {
            out.push_str(headline);
        }
        // (The headline is set apart from the body whatever stood between.)
        let mut previous: Option<usize> = None;
        for record in self.records.iter().filter(|r| r.label == Label::Body) {
            if !out.is_empty() {
                let joined = previous.is_some_and(|n| record.number == n + 1);
                out.push_str(if joined { "\n" } else { "\n\n" });
            }
            out.push_str(trim(&self.input[record.span]));
            previous = Some(record.number);
        }
        out
    }
}

/// What the removed lines say: dates, names, comments, related links.
impl<'h> Article<'h> {
    /// When the article was published: the date or time line nearest to the
    /// headline (not the site's clock in the header, nor dates in related
    /// lists and comments).
    pub fn published(&self) -> Option<Stamp<'h>> {
        self.meta.published
    }

    /// When the article was last updated, where the page says so
    /// (`آخر تحديث`, `تم التحديث`, `محدثة`, `updated`).
    pub fn updated(&self) -> Option<Stamp<'h>> {
        self.meta.updated
    }

    /// The author, from a byline (`كتب: …`, `بقلم …`, `Author, …`, `NAME -
    /// CITY`), name only.
    ///
    /// ```
    /// let page = "عنوان الخبر المنشور اليوم في الصحيفة\nكتبت أسماء نصار\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.";
    /// assert_eq!(nazif::clean(page).byline().unwrap().name(), "أسماء نصار");
    /// ```
    pub fn byline(&self) -> Option<Name<'h>> {
        self.meta.byline
    }

    /// The source: `المصدر: …`, an agency dateline (`القاهرة - أ ش أ`), or an
    /// agency in brackets (`(رويترز)`), name only.
    pub fn source(&self) -> Option<Name<'h>> {
        self.meta.source
    }

    /// The comment section, or `None` when the page has none. A section
    /// with no comments yet has no items (and an announced count of 0 where
    /// the page says so).
    pub fn comments(&self) -> Option<&Comments<'h>> {
        self.meta.comments.as_ref()
    }

    /// Links to other articles from related, most-read and read-also blocks.
    pub fn related(&self) -> &[RelatedLink<'h>] {
        &self.meta.related
    }
}

/// Every line, with its decision.
impl<'h> Article<'h> {
    /// Every non-blank line of the page, in order, with its label, span and
    /// rule. Kept and removed lines together are all the lines.
    pub fn lines(&self) -> Lines<'_, 'h> {
        Lines { article: self, next: 0, kept: None }
    }

    /// The lines removed from the article, each with the kind of boilerplate
    /// it is and the rule that decided it.
    pub fn removed(&self) -> Lines<'_, 'h> {
        Lines { article: self, next: 0, kept: Some(false) }
    }

    /// The lines kept: the headline and the body.
    pub fn kept(&self) -> Lines<'_, 'h> {
        Lines { article: self, next: 0, kept: Some(true) }
    }

    /// The text that was cleaned.
    pub fn input(&self) -> &'h str {
        self.input
    }

    /// The number of non-blank lines.
    pub fn line_count(&self) -> usize {
        self.records.len()
    }

    fn line(&self, i: usize) -> Line<'h> {
        Line { text: &self.input[self.records[i].span], record: self.records[i] }
    }
}

/// One non-blank line of the page and its decision.
///
/// `'h` is the lifetime of the text being cleaned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Line<'h> {
    text: &'h str,
    record: Record,
}

impl<'h> Line<'h> {
    /// The line exactly as in the input, without its line end.
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// The line without surrounding spaces (including non-breaking and
    /// zero-width ones).
    pub fn trimmed(&self) -> &'h str {
        trim(self.text)
    }

    /// The line's bytes in the input: `&input[line.span()] == line.text()`.
    pub fn span(&self) -> Span {
        self.record.span
    }

    /// The 1-based line number, counting line ends (LF, CRLF or CR).
    pub fn number(&self) -> usize {
        self.record.number
    }

    /// The final label.
    pub fn label(&self) -> Label {
        self.record.label
    }

    /// The rule that gave the final label.
    pub fn rule(&self) -> Rule {
        self.record.rule
    }

    /// The label the line got alone, before context (sections, neighbours,
    /// the headline and the article's block) was taken into account.
    pub fn first_label(&self) -> Label {
        self.record.first_label
    }

    /// The rule of [`first_label`](Line::first_label).
    pub fn first_rule(&self) -> Rule {
        self.record.first_rule
    }

    /// True for headline and body lines.
    pub fn is_kept(&self) -> bool {
        self.record.label.is_kept()
    }
}

impl fmt::Debug for Line<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Line")
            .field("number", &self.record.number)
            .field("span", &self.record.span)
            .field("label", &self.record.label)
            .field("rule", &self.record.rule.id())
            .field("text", &self.text)
            .finish()
    }
}

/// An iterator over the lines of an [`Article`], from
/// [`Article::lines`], [`Article::removed`] or [`Article::kept`].
///
/// `'a` is the lifetime of the article, `'h` that of the text being cleaned.
#[derive(Clone, Debug)]
pub struct Lines<'a, 'h> {
    article: &'a Article<'h>,
    next: usize,
    kept: Option<bool>,
}

impl<'h> Iterator for Lines<'_, 'h> {
    type Item = Line<'h>;

    fn next(&mut self) -> Option<Line<'h>> {
        while self.next < self.article.records.len() {
            let i = self.next;
            self.next += 1;
            let line = self.article.line(i);
            if self.kept.is_none_or(|k| k == line.is_kept()) {
                return Some(line);
            }
        }
        None
    }
}

/// An iterator over the body's paragraphs, from [`Article::body`].
#[derive(Clone, Debug)]
pub struct Body<'a, 'h> {
    article: &'a Article<'h>,
    next: usize,
}

impl<'h> Iterator for Body<'_, 'h> {
    type Item = &'h str;

    fn next(&mut self) -> Option<&'h str> {
        while self.next < self.article.records.len() {
            let record = self.article.records[self.next];
            self.next += 1;
            if record.label == Label::Body {
                return Some(trim(&self.article.input[record.span]));
            }
        }
        None
    }
}

fn trim(s: &str) -> &str {
    s.trim_matches(is_edge_char)
}
