//! Stage 7: what the removed lines say about the article: publication and
//! update dates, byline and source, comments and related links.

pub(crate) mod calendar;
pub(crate) mod stamp;
