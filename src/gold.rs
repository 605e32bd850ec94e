//! Labelled pages and scoring: the `.gold` format of the project's
//! labelling guide, and the figures a cleaner is judged by.
//!
//! A `.gold` file has one row per line of its page (split on `\n`):
//! `LABEL<TAB>the exact original line`, `-` for blank lines, and a leading
//! `~` where keeping and dropping are both acceptable. [`GoldPage`] reads one;
//! [`Score`] compares cleaned pages with their gold and sums up: kept-vs-dropped
//! precision, recall and F1 weighted by characters, the share of each gold
//! label's lines put on the right side (and given the exact label), headline
//! accuracy and the share of pages without any error.
//!
//! ```
//! use nazif::gold::{GoldPage, Score};
//!
//! let text = "عنوان الخبر\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.";
//! let gold = "headline\tعنوان الخبر\n-\t\nbody\tنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.";
//! let page = GoldPage::parse(gold)?;
//! let mut score = Score::default();
//! let errors = score.add(&page, &nazif::clean(text));
//! assert!(errors.is_empty());
//! assert_eq!(score.f1(), 1.0);
//! assert_eq!(score.clean_pages(), 1);
//! # Ok::<(), nazif::gold::GoldError>(())
//! ```

use std::fmt;

use crate::assemble::Article;
use crate::label::{Label, Rule};
use crate::normalize::is_edge_char;

/// One row of a `.gold` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldRow {
    /// The label, or `None` for a blank line (`-`).
    pub label: Option<Label>,
    /// True when the row starts with `~`: keeping and dropping both count as right.
    pub either: bool,
    /// The line's text as written in the row.
    pub text: String,
}

/// A labelled page: the rows of its `.gold` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldPage {
    /// One row per line of the page, in order.
    pub rows: Vec<GoldRow>,
}

/// A `.gold` file that cannot be read: the row and the reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("gold row {row}: {reason}")]
pub struct GoldError {
    /// The 1-based row.
    pub row: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl GoldPage {
    /// Parses the text of a `.gold` file.
    ///
    /// # Errors
    ///
    /// A [`GoldError`] for a row without a TAB or with an unknown label.
    pub fn parse(gold: &str) -> Result<GoldPage, GoldError> {
        let mut raw: Vec<&str> = gold.split('\n').collect();
        if raw.last() == Some(&"") {
            // A newline after the last row ends it; it is not a row.
            raw.pop();
        }
        let mut rows = Vec::with_capacity(raw.len());
        for (i, row) in raw.iter().enumerate() {
            let row = row.strip_suffix('\r').unwrap_or(row);
            let Some((label, text)) = row.split_once('\t') else {
                return Err(GoldError { row: i + 1, reason: "no TAB between label and text".into() });
            };
            let either = label.starts_with('~');
            let name = label.trim_start_matches('~');
            let label = if name == "-" {
                None
            } else {
                Some(name.parse::<Label>().map_err(|e| GoldError { row: i + 1, reason: format!("{e}: {name:?}") })?)
            };
            rows.push(GoldRow { label, either, text: text.to_string() });
        }
        Ok(GoldPage { rows })
    }

    /// The 1-based line number of the gold headline, if the page has one.
    pub fn headline_line(&self) -> Option<usize> {
        self.rows.iter().position(|r| r.label == Some(Label::Headline)).map(|i| i + 1)
    }
}

/// One line the cleaner got wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// The 1-based line number.
    pub line: usize,
    /// The gold label.
    pub expected: Label,
    /// The cleaner's label (`None` when the cleaner saw a blank line).
    pub got: Option<Label>,
    /// The rule behind the cleaner's label.
    pub rule: Option<Rule>,
    /// The line's text, trimmed.
    pub text: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let got = self.got.map_or("blank", Label::as_str);
        let rule = self.rule.map_or("-", Rule::id);
        write!(f, "line {}: expected {}, got {} ({}): {}", self.line, self.expected, got, rule, self.text)
    }
}

/// Counts for one gold label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LabelCount {
    /// Lines with this gold label (not counting `~` rows).
    pub total: usize,
    /// Of those, lines kept or dropped as the label requires.
    pub right_side: usize,
    /// Of those, lines given exactly this label.
    pub exact: usize,
}

/// Figures summed over pages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// Characters of kept lines that gold keeps.
    pub true_kept: usize,
    /// Characters of kept lines that gold drops.
    pub false_kept: usize,
    /// Characters of dropped lines that gold keeps.
    pub false_dropped: usize,
    /// Counts per gold label, in the order of [`Label::ALL`].
    pub labels: [LabelCount; 11],
    /// Pages scored.
    pub pages: usize,
    /// Pages whose headline is right (or rightly absent).
    pub headlines_right: usize,
    /// Pages with every line on the right side and the right headline.
    pub pages_without_error: usize,
}

impl Score {
    /// Scores one cleaned page against its gold and returns the lines on the
    /// wrong side (the headline, when wrong, is reported as a line too).
    pub fn add(&mut self, gold: &GoldPage, article: &Article<'_>) -> Vec<LineError> {
        let mut errors = Vec::new();
        let mut lines = article.lines().peekable();
        let predicted_headline = article.headline_line().map(|l| l.number());
        for (i, row) in gold.rows.iter().enumerate() {
            let number = i + 1;
            let Some(expected) = row.label else { continue };
            while lines.peek().is_some_and(|l| l.number() < number) {
                lines.next();
            }
            let line = lines.peek().filter(|l| l.number() == number).copied();
            let (got, rule, kept) = match line {
                Some(l) => (Some(l.label()), Some(l.rule()), l.is_kept()),
                None => (None, None, false),
            };
            let chars = row.text.trim_matches(is_edge_char).chars().count();
            if row.either {
                continue;
            }
            let count = &mut self.labels[expected as usize];
            count.total += 1;
            let right = kept == expected.is_kept();
            if right {
                count.right_side += 1;
            }
            if got == Some(expected) {
                count.exact += 1;
            }
            match (expected.is_kept(), kept) {
                (true, true) => self.true_kept += chars,
                (false, true) => self.false_kept += chars,
                (true, false) => self.false_dropped += chars,
                (false, false) => {}
            }
            let wrong_headline = (expected == Label::Headline) != (got == Some(Label::Headline));
            if !right || wrong_headline {
                let text = row.text.trim_matches(is_edge_char).to_string();
                errors.push(LineError { line: number, expected, got, rule, text });
            }
        }
        self.pages += 1;
        let headline_right = predicted_headline == gold.headline_line();
        if headline_right {
            self.headlines_right += 1;
        }
        if headline_right && errors.is_empty() {
            self.pages_without_error += 1;
        }
        errors
    }

    /// Precision of kept text, weighted by characters (1.0 when nothing is kept).
    pub fn precision(&self) -> f64 {
        ratio(self.true_kept, self.true_kept + self.false_kept)
    }

    /// Recall of kept text, weighted by characters (1.0 when gold keeps nothing).
    pub fn recall(&self) -> f64 {
        ratio(self.true_kept, self.true_kept + self.false_dropped)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Share of pages whose headline is right.
    pub fn headline_accuracy(&self) -> f64 {
        ratio(self.headlines_right, self.pages)
    }

    /// Pages with no error at all.
    pub fn clean_pages(&self) -> usize {
        self.pages_without_error
    }

    /// Share of pages with no error at all.
    pub fn clean_page_share(&self) -> f64 {
        ratio(self.pages_without_error, self.pages)
    }

    /// The counts for one gold label.
    pub fn label(&self, label: Label) -> LabelCount {
        self.labels[label as usize]
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rows() {
        let page = GoldPage::parse("headline\tعنوان\n-\t\n~byline\tكتب: فلان\r\nbody\tنص\n").unwrap();
        assert_eq!(page.rows.len(), 4);
        assert_eq!(page.rows[2], GoldRow { label: Some(Label::Byline), either: true, text: "كتب: فلان".into() });
        assert_eq!(page.headline_line(), Some(1));
    }

    /// (name, gold, expected error).
    const BAD: &[(&str, &str, &str)] = &[
        ("no tab", "headline عنوان", "gold row 1: no TAB"),
        ("unknown label", "-\t\nbodyy\tنص", "gold row 2: unknown label"),
    ];

    #[test]
    fn parse_errors_table() {
        for (name, gold, want) in BAD {
            let err = GoldPage::parse(gold).unwrap_err().to_string();
            assert!(err.starts_with(want), "{name}: {err}");
        }
    }

    #[test]
    fn scoring_counts_a_wrong_line() {
        let text = "عنوان الخبر\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\nالتعليقات (1)";
        // Gold says the comments header is body: the cleaner drops it, so
        // one line is on the wrong side and the page is not clean.
        let gold = "headline\tعنوان الخبر\n-\t\nbody\tنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n-\t\nbody\tالتعليقات (1)";
        let mut score = Score::default();
        let errors = score.add(&GoldPage::parse(gold).unwrap(), &crate::clean(text));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 5);
        assert_eq!(errors[0].got, Some(Label::Comments));
        assert!(score.recall() < 1.0);
        assert_eq!(score.precision(), 1.0);
        assert_eq!(score.clean_pages(), 0);
        assert_eq!(score.headline_accuracy(), 1.0);
    }
}
