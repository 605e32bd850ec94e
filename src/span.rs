//! Byte spans into the caller's input.

use std::ops::{Index, Range};

/// A range of bytes in the text given to [`Cleaner::clean`](crate::Cleaner::clean).
///
/// Spans always point into the caller's original input, never into folded
/// text, and always start and end on char boundaries, so `&text[span]` never
/// panics for the text that was cleaned.
///
/// ```
/// let page = "عنوان الخبر\nنص الخبر الكامل هنا.";
/// let article = nazif::clean(page);
/// let first = article.lines().next().unwrap();
/// assert_eq!(&page[first.span()], "عنوان الخبر");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// The number of bytes in the span.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span holds no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

impl Index<Span> for [u8] {
    type Output = [u8];

    fn index(&self, span: Span) -> &[u8] {
        &self[span.start..span.end]
    }
}
