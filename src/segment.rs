//! Stage 1: split the input into lines, each with its byte span.
//!
//! A line ends at LF, CRLF or a lone CR; the terminator is not part of the
//! line. A UTF-8 byte order mark at the very start is skipped (it is not
//! text), so the first line's span starts after it. Blank lines, which are
//! empty or hold only spaces and invisible characters, are kept here with a
//! flag: they take part in structure (a blank line separates blocks) but get
//! no label.

use crate::normalize::is_blank_char;
use crate::span::Span;

/// One line of the input, before any decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// The line's bytes in the input, without its terminator.
    pub(crate) span: Span,
    /// 1-based line number, counting line ends.
    pub(crate) number: usize,
    /// True when the line holds no visible character.
    pub(crate) blank: bool,
}

/// Splits `input` into lines, appending them to `out` (which is cleared).
/// Runs in one pass over the bytes.
pub(crate) fn split_lines(input: &str, out: &mut Vec<RawLine>) {
    out.clear();
    let bytes = input.as_bytes();
    let mut start = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut number = 1;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(raw(input, start, i, number));
                number += 1;
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(raw(input, start, i, number));
                number += 1;
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(raw(input, start, bytes.len(), number));
    }
}

fn raw(input: &str, start: usize, end: usize, number: usize) -> RawLine {
    // `start` and `end` sit next to ASCII bytes (or the ends of the input), so
    // they are always char boundaries.
    let blank = input[start..end].chars().all(is_blank_char);
    RawLine {
        span: Span { start, end },
        number,
        blank,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(input: &str) -> Vec<(&str, usize, bool)> {
        let mut out = Vec::new();
        split_lines(input, &mut out);
        out.iter()
            .map(|l| (&input[l.span], l.number, l.blank))
            .collect()
    }

    /// (name, input, expected lines as (text, number, blank)).
    #[allow(clippy::type_complexity)]
    const LINE_ENDS: &[(&str, &str, &[(&str, usize, bool)])] = &[
        ("lf", "أ\nب", &[("أ", 1, false), ("ب", 2, false)]),
        ("crlf", "أ\r\nب\r\n", &[("أ", 1, false), ("ب", 2, false)]),
        ("lone cr", "أ\rب", &[("أ", 1, false), ("ب", 2, false)]),
        ("bom", "\u{FEFF}أ\n", &[("أ", 1, false)]),
        (
            "blank lines",
            "أ\n \u{00A0}\n\nب",
            &[
                ("أ", 1, false),
                (" \u{00A0}", 2, true),
                ("", 3, true),
                ("ب", 4, false),
            ],
        ),
        ("empty", "", &[]),
        (
            "trailing spaces kept in span",
            "أ  \n",
            &[("أ  ", 1, false)],
        ),
    ];

    #[test]
    fn line_ends_table() {
        for (name, input, want) in LINE_ENDS {
            assert_eq!(spans(input), want.to_vec(), "case {name}");
        }
    }
}
