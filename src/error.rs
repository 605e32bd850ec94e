//! Errors: cleaning input that cannot be read, and building a cleaner from
//! options that make no sense. A page with no article is not an error.

use crate::label::Label;
use crate::lexicon::WordList;

/// An error from [`Cleaner::clean_bytes`](crate::Cleaner::clean_bytes): the
/// input is not UTF-8 or is larger than the cleaner's limit.
///
/// The message states the numbers:
///
/// ```
/// let err = nazif::Cleaner::new().clean_bytes(b"ok \xFF").unwrap_err();
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 3");
/// assert_eq!(err.utf8_error_offset(), Some(3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error(#[from] ErrorKind);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ErrorKind {
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("input is {} long, the limit is {}", size(*.len), size(*.limit))]
    TooLarge { len: usize, limit: usize },
}

impl Error {
    pub(crate) fn invalid_utf8(offset: usize) -> Error {
        Error(ErrorKind::InvalidUtf8 { offset })
    }

    pub(crate) fn too_large(len: usize, limit: usize) -> Error {
        Error(ErrorKind::TooLarge { len, limit })
    }

    /// For invalid UTF-8, the offset of the first byte that is not valid.
    pub fn utf8_error_offset(&self) -> Option<usize> {
        match self.0 {
            ErrorKind::InvalidUtf8 { offset } => Some(offset),
            _ => None,
        }
    }

    /// For input over the size limit, the input's length and the limit.
    pub fn size_limit(&self) -> Option<(usize, usize)> {
        match self.0 {
            ErrorKind::TooLarge { len, limit } => Some((len, limit)),
            _ => None,
        }
    }
}

/// Formats a byte count the way people read it: bytes, KiB or MiB.
fn size(bytes: usize) -> String {
    const KIB: usize = 1 << 10;
    const MIB: usize = 1 << 20;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB ({bytes} bytes)", bytes as f64 / MIB as f64)
    } else if bytes >= KIB && bytes % KIB == 0 {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// An error from [`CleanerBuilder::build`](crate::CleanerBuilder::build):
/// a marker phrase or lexicon that cannot be used.
///
/// ```
/// use nazif::{Anchor, Cleaner, Label};
///
/// let err = Cleaner::builder().marker(Label::Related, Anchor::Start, "  ").build().unwrap_err();
/// assert_eq!(err.to_string(), "marker phrase \"  \" for related: the phrase is empty");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct BuildError(#[from] BuildErrorKind);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BuildErrorKind {
    #[error("marker phrase {phrase:?}{}: {reason}", label.map(|l| format!(" for {l}")).unwrap_or_default())]
    Phrase { phrase: String, label: Option<Label>, reason: String },
    #[error("{origin} line {line}: {reason}")]
    Syntax { origin: String, line: usize, reason: &'static str },
    #[error("marker phrases cannot be given for the label {0}: it is decided by the page's structure")]
    Label(Label),
    #[error("word list {list} entry {entry:?}: {reason}")]
    Word { list: WordList, entry: String, reason: String },
    #[error("the marker automaton could not be built: {0}")]
    Automaton(String),
    #[error("the input size limit must be at least 1 byte")]
    ZeroLimit,
}

impl BuildError {
    pub(crate) fn phrase(phrase: &str, reason: &str) -> BuildError {
        BuildError(BuildErrorKind::Phrase { phrase: phrase.to_string(), label: None, reason: reason.to_string() })
    }

    pub(crate) fn with_label(self, label: Label) -> BuildError {
        match self.0 {
            BuildErrorKind::Phrase { phrase, reason, .. } => {
                BuildError(BuildErrorKind::Phrase { phrase, label: Some(label), reason })
            }
            other => BuildError(other),
        }
    }

    pub(crate) fn syntax(origin: &str, line: usize, reason: &'static str) -> BuildError {
        BuildError(BuildErrorKind::Syntax { origin: origin.to_string(), line, reason })
    }

    pub(crate) fn label(label: Label) -> BuildError {
        BuildError(BuildErrorKind::Label(label))
    }

    pub(crate) fn word(list: WordList, entry: &str, reason: String) -> BuildError {
        BuildError(BuildErrorKind::Word { list, entry: entry.to_string(), reason })
    }

    pub(crate) fn automaton(reason: String) -> BuildError {
        BuildError(BuildErrorKind::Automaton(reason))
    }

    pub(crate) fn zero_limit() -> BuildError {
        BuildError(BuildErrorKind::ZeroLimit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (bytes, formatted).
    const SIZES: &[(usize, &str)] =
        &[(12, "12 bytes"), (2048, "2 KiB"), (64 << 20, "64 MiB"), ((70 << 20) + 5, "70.0 MiB (73400325 bytes)")];

    #[test]
    fn size_table() {
        for (bytes, want) in SIZES {
            assert_eq!(size(*bytes), *want);
        }
    }

    #[test]
    fn too_large_message() {
        assert_eq!(Error::too_large(70 << 20, 64 << 20).to_string(), "input is 70 MiB long, the limit is 64 MiB");
    }
}
