//! Stage 1: split the input into lines, each with its byte span.
//!
//! A line ends at LF, CRLF or a lone CR; the terminator is not part of the
//! line. A UTF-8 byte order mark at the very start is skipped (it is not
//! text), so the first line's span starts after it. Blank lines, which are
//! empty or hold only spaces and invisible characters, are counted in line
//! numbers but not kept: no later stage looks at them and they get no label,
//! so the work and memory of every later stage grow with the lines of text
//! only.

use crate::normalize::is_blank_char;
use crate::span::Span;

/// One non-blank line of the input, before any decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// The line's bytes in the input, without its terminator.
    pub(crate) span: Span,
    /// 1-based line number, counting line ends.
    pub(crate) number: usize,
}

/// Splits `input` into its non-blank lines, appending them to `out` (which
/// is cleared). Runs in one pass over the bytes.
pub(crate) fn split_lines(input: &str, out: &mut Vec<RawLine>) {
    out.clear();
    let bytes = input.as_bytes();
    let mut start = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut number = 1;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(input, start, i, number, out);
                number += 1;
                i += 1;
                start = i;
            }
            b'\r' => {
                push(input, start, i, number, out);
                number += 1;
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        push(input, start, bytes.len(), number, out);
    }
}

fn push(input: &str, start: usize, end: usize, number: usize, out: &mut Vec<RawLine>) {
    // `start` and `end` sit next to ASCII bytes (or the ends of the input), so
    // they are always char boundaries.
    if !input[start..end].chars().all(is_blank_char) {
        out.push(RawLine { span: Span { start, end }, number });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(input: &str) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        split_lines(input, &mut out);
        out.iter().map(|l| (&input[l.span], l.number)).collect()
    }

    /// (name, input, expected lines as (text, number)).
    #[allow(clippy::type_complexity)]
    const LINE_ENDS: &[(&str, &str, &[(&str, usize)])] = &[
        ("lf", "أ\nب", &[("أ", 1), ("ب", 2)]),
        ("crlf", "أ\r\nب\r\n", &[("أ", 1), ("ب", 2)]),
        ("lone cr", "أ\rب", &[("أ", 1), ("ب", 2)]),
        ("bom", "\u{FEFF}أ\n", &[("أ", 1)]),
        ("blank lines are numbered, not kept", "أ\n \u{00A0}\u{200B}\n\nب", &[("أ", 1), ("ب", 4)]),
        ("empty", "", &[]),
        ("trailing spaces kept in span", "أ  \n", &[("أ  ", 1)]),
    ];

    #[test]
    fn line_ends_table() {
        for (name, input, want) in LINE_ENDS {
            assert_eq!(spans(input), want.to_vec(), "case {name}");
        }
    }
}
