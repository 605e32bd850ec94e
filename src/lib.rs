//! nazif (نظيف, "clean") takes one scraped Arabic news page as plain text and
//! gives back the article, its headline and its body, with every other line
//! labelled by the kind of boilerplate it is (comments, related links,
//! footers, timestamps, navigation, captions, bylines, duplicated titles),
//! its byte span in the input and the rule that decided it.
//!
//! The input is what scrapers produce from a whole page: visible text, one
//! block per line, in any state (CRLF, BOM, non-breaking and zero-width
//! spaces, tatweel, diacritics, Arabic-Indic digits, English captions,
//! dialect in comments). Markers are matched on *folded* text (alef forms,
//! ya/alef maqsura, ta marbuta, tatweel, diacritics, digits, Latin case), so a
//! phrase matches however a site spells it; spans always point into the
//! original bytes.
//!
//! # Overview
//!
//! - [`clean`] cleans one page with a default [`Cleaner`], built on first use.
//! - [`Cleaner`] is the compiled cleaner: build it once (it is `Send + Sync`)
//!   and call [`Cleaner::clean`] for every page.
//! - [`CleanerBuilder`] adds marker phrases per [`Label`] and [`Anchor`],
//!   turns [`Rule`]s off and sets limits.
//! - [`gold`] reads labelled pages (`.gold` files) and scores a cleaner on
//!   them, as the project's own quality checks do.
//! - [`Article`] is the result: [`Article::headline`], [`Article::body`],
//!   [`Article::text`], and every line as a [`Line`] with [`Label`], [`Span`]
//!   and [`Rule`] through [`Article::lines`] and [`Article::removed`].
//!
//! # Example: clean a page
//!
//! ```
//! let page = "الرئيسية / أخبار العالم\n\n\
//!             تعليق المحادثات بين واشنطن وموسكو\n\n\
//!             الثلاثاء، ١٤ نوفمبر ٢٠٢٣\n\n\
//!             أعلنت الخارجية الأمريكية اليوم تعليق مفاوضاتها مع موسكو بشأن وقف إطلاق النار في سوريا.\n\n\
//!             وقال المتحدث باسم الوزارة إن القرار لم يتخذ بسهولة، متهما روسيا بتصعيد الهجمات.\n\n\
//!             اقرأ أيضا: مجلس الأمن يدعو إلى التهدئة\n\n\
//!             جميع الحقوق محفوظة © 2023";
//! let article = nazif::clean(page);
//! assert_eq!(article.headline(), Some("تعليق المحادثات بين واشنطن وموسكو"));
//! assert_eq!(article.body().count(), 2);
//! assert!(article.text().starts_with("تعليق المحادثات"));
//! ```
//!
//! # Example: explain every decision
//!
//! ```
//! use nazif::{Label, Rule};
//!
//! let page = "خبر عاجل عن الطقس في القاهرة\n\nتشهد القاهرة اليوم موجة حر شديدة تستمر حتى نهاية الأسبوع، بحسب هيئة الأرصاد.\n\nالتعليقات (1)\n\nالله يستر";
//! let article = nazif::clean(page);
//! for line in article.lines() {
//!     // Every line: its number, byte span, label and the rule that decided it.
//!     assert_eq!(&page[line.span()], line.text());
//!     println!("{:>3} {:<18} {:<22} {}", line.number(), line.label(), line.rule(), line.text());
//! }
//! let removed: Vec<(Label, Rule)> = article.removed().map(|l| (l.label(), l.rule())).collect();
//! assert_eq!(removed, [(Label::Comments, Rule::CommentsHeader), (Label::Comments, Rule::CommentsSection)]);
//! ```
//!
//! # Example: extend a lexicon
//!
//! ```
//! use nazif::{Anchor, Cleaner, Label};
//!
//! let cleaner = Cleaner::builder()
//!     .marker(Label::Related, Anchor::Whole, "حكايات من الأرشيف")
//!     .build()?;
//! let page = "عنوان\n\nنص المقال الأول هنا طويل بما يكفي ليكون فقرة كاملة من الخبر المنشور اليوم.\n\nحكايات من الأرشيف\n\nقصة قديمة عن المدينة";
//! let labels: Vec<_> = cleaner.clean(page).lines().map(|l| l.label()).collect();
//! assert_eq!(labels[2..], [Label::Related, Label::Related]);
//! # Ok::<(), nazif::BuildError>(())
//! ```
//!
//! # Performance
//!
//! Build a [`Cleaner`] once and reuse it: building compiles every marker
//! phrase into one automaton. [`clean`] does this for you on first use, which
//! is enough for scripts; long-running programs and libraries should hold
//! their own `Cleaner` (and may share it between threads). Cleaning is linear
//! in the size of the page: one pass to split lines, one to fold them, one
//! automaton pass over each line's word form, and passes over the lines.
//!
//! # Errors
//!
//! [`Cleaner::clean`] never fails. [`Cleaner::clean_bytes`] returns an
//! [`Error`] for invalid UTF-8 (with the byte offset) or input over the size
//! limit (with both sizes). [`CleanerBuilder::build`] returns a
//! [`BuildError`] for a phrase or lexicon line that cannot be used.
//!
//! # Crate features
//!
//! - `cli`: the `nazif` command-line tool (clap, serde_json). Off by default;
//!   the library itself depends only on `aho-corasick` and `thiserror`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod assemble;
mod classify;
mod cleaner;
mod detect;
mod error;
mod extract;
pub mod gold;
mod headline;
mod label;
mod lexicon;
mod meta;
mod normalize;
mod segment;
mod span;

pub use crate::assemble::{Article, Body, Line, Lines};
pub use crate::cleaner::{Cleaner, CleanerBuilder, DEFAULT_MAX_INPUT_LEN};
pub use crate::error::{BuildError, Error};
pub use crate::extract::calendar::{Date, HijriDate, Time};
pub use crate::label::{Label, ParseLabelError, ParseRuleError, Rule};
pub use crate::lexicon::{Anchor, WordList};
pub use crate::meta::{Comment, Comments, Name, RelatedLink, Stamp};
pub use crate::span::Span;

/// Cleans one page with a default [`Cleaner`] (built-in lexicons, every rule
/// on), built on the first call and reused after.
///
/// ```
/// let article = nazif::clean("عنوان الخبر\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.");
/// assert_eq!(article.headline(), Some("عنوان الخبر"));
/// ```
pub fn clean(text: &str) -> Article<'_> {
    cleaner::default_cleaner().clean(text)
}
