//! Labels (what a line is) and rules (why it got that label).

use std::fmt;
use std::str::FromStr;

/// What a line of the page is.
///
/// [`Headline`](Label::Headline) and [`Body`](Label::Body) lines are the
/// article; every other label names a kind of boilerplate, which is removed
/// from the article and reported by [`Article::removed`](crate::Article::removed).
/// The kinds follow the project's labelling guide (`ANNOTATION.md`).
///
/// ```
/// use nazif::Label;
///
/// assert!(Label::Body.is_kept());
/// assert!(!Label::Comments.is_kept());
/// assert_eq!(Label::DuplicateHeadline.as_str(), "duplicate_headline");
/// assert_eq!("related".parse::<Label>(), Ok(Label::Related));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// The article's title: one line per page, its first clean occurrence.
    Headline,
    /// The article's text: paragraphs, standfirst, subheadings, lists, Q&A.
    Body,
    /// The title again: verbatim, quoted, with the site name, or doubled.
    DuplicateHeadline,
    /// A date, time, relative time, reading time or published/updated stamp.
    Timestamp,
    /// The comment section: header, names, ages, texts, counts, the form.
    Comments,
    /// Related, recommended, most-read or more-from blocks and their items.
    Related,
    /// Copyright, credits, contact, address, follow-us, newsletter and app lines.
    Footer,
    /// Breadcrumbs, menus, section labels, share rows, tags, gallery counters.
    Navigation,
    /// Photo and video captions and credits, Arabic or English.
    Caption,
    /// Author, dateline and source lines.
    Byline,
    /// Ads, cookie notices, "click here" prompts, widgets, markup shown as text.
    Other,
}

impl Label {
    /// Every label, in the order of this enum.
    pub const ALL: [Label; 11] = [
        Label::Headline,
        Label::Body,
        Label::DuplicateHeadline,
        Label::Timestamp,
        Label::Comments,
        Label::Related,
        Label::Footer,
        Label::Navigation,
        Label::Caption,
        Label::Byline,
        Label::Other,
    ];

    /// The label's name as used in `.gold` files and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Headline => "headline",
            Label::Body => "body",
            Label::DuplicateHeadline => "duplicate_headline",
            Label::Timestamp => "timestamp",
            Label::Comments => "comments",
            Label::Related => "related",
            Label::Footer => "footer",
            Label::Navigation => "navigation",
            Label::Caption => "caption",
            Label::Byline => "byline",
            Label::Other => "other",
        }
    }

    /// True for the labels of the article itself: headline and body.
    pub fn is_kept(self) -> bool {
        matches!(self, Label::Headline | Label::Body)
    }

    /// True for the labels that marker phrases may be given for. A phrase
    /// cannot make a line the headline, the body or a duplicate headline:
    /// those are decided by the page's structure.
    pub fn takes_markers(self) -> bool {
        !matches!(self, Label::Headline | Label::Body | Label::DuplicateHeadline)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error returned when a string names no [`Label`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseLabelError(());

impl fmt::Display for ParseLabelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown label (expected one of: headline, body, duplicate_headline, timestamp, comments, related, footer, navigation, caption, byline, other)")
    }
}

impl std::error::Error for ParseLabelError {}

impl FromStr for Label {
    type Err = ParseLabelError;

    fn from_str(s: &str) -> Result<Label, ParseLabelError> {
        Label::ALL.iter().copied().find(|l| l.as_str() == s).ok_or(ParseLabelError(()))
    }
}

macro_rules! rules {
    ($( $(#[$doc:meta])* $name:ident = $id:literal, )*) => {
        /// The rule that gave a line its label.
        ///
        /// Every line carries the rule that decided it, so any decision can be
        /// traced and, where it is wrong, reported or turned off with
        /// [`CleanerBuilder::rule`](crate::CleanerBuilder::rule). Rule ids
        /// (`"comments.header"`) are stable and appear in JSON output.
        ///
        /// Rules named `text.*` are the context-free reading of a line's shape
        /// (see [`Line::first_rule`](crate::Line::first_rule)); the final rule
        /// of a line may be a context rule that overrides it.
        ///
        /// ```
        /// use nazif::Rule;
        ///
        /// assert_eq!(Rule::CommentsHeader.id(), "comments.header");
        /// assert_eq!("comments.header".parse::<Rule>(), Ok(Rule::CommentsHeader));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $name, )*
        }

        impl Rule {
            /// Every rule.
            pub const ALL: &'static [Rule] = &[ $( Rule::$name, )* ];

            /// The rule's stable id, such as `"related.header"`.
            pub fn id(self) -> &'static str {
                match self { $( Rule::$name => $id, )* }
            }
        }
    };
}

rules! {
    /// A long line of prose: many words, function words, a sentence end.
    TextParagraph = "text.paragraph",
    /// A shorter sentence: function words and a sentence end or enough words.
    TextSentence = "text.sentence",
    /// A title-like line: a few words of text, no sentence end.
    TextHeadlineLike = "text.headline-like",
    /// One or two words, or a fragment.
    TextShort = "text.short",
    /// The line is a date, time, relative time or reading time, or a
    /// published/updated stamp, with at most a few other words.
    TimestampLine = "timestamp.line",
    /// A quoted post's signature, `— NAME (@handle) DATE`: a name with a
    /// date.
    TimestampSignature = "timestamp.signature",
    /// A timestamp marker phrase from the lexicon.
    TimestampMarker = "timestamp.marker",
    /// A comment-section header or comment-form element (lexicon).
    CommentsHeader = "comments.header",
    /// A comments phrase at the start of or inside a line (lexicon).
    CommentsMarker = "comments.marker",
    /// A count of the comments in the article's header row, between its
    /// stamps (`4 تعليقات` after the date, before the reading time): it
    /// announces the thread, it does not open it.
    CommentsCount = "comments.count",
    /// A short form field ending in `*` (name, e-mail, comment).
    CommentsFormField = "comments.form-field",
    /// A line that names readers' comments (`discussion.txt`) right next to
    /// a comment section's header, marker phrase or form, or to another
    /// such note: the section's rules or moderation notice, though it reads
    /// as prose (`سيتم نشر التعليقات بعد مراجعتها`).
    CommentsNote = "comments.note",
    /// A line inside a comment section opened by a header after the article.
    CommentsSection = "comments.section",
    /// A related, recommended or most-read block header (lexicon).
    RelatedHeader = "related.header",
    /// A "read also: TITLE" line (lexicon phrase followed by a title).
    RelatedInline = "related.inline",
    /// A line listed under a related header.
    RelatedSection = "related.section",
    /// A headline of another article outside the article's text.
    RelatedList = "related.list",
    /// Other articles' titles run together on one long line without a
    /// comma or full stop between them, as a scraped ticker or carousel
    /// prints them.
    RelatedRunOn = "related.run-on",
    /// A footer phrase: contact, about, privacy, follow-us, newsletter, app.
    FooterMarker = "footer.marker",
    /// A prompt to follow the site on a network (`تابع موقع … على جوجل
    /// نيوز`), wherever it stands: between paragraphs it leaves the text
    /// whole, and in a comment section it stays the thread's.
    FooterFollow = "footer.follow",
    /// A copyright line.
    FooterCopyright = "footer.copyright",
    /// The site's name alone, after the article (found from the title tag).
    FooterSiteName = "footer.site-name",
    /// A navigation phrase: share row, print and font controls, tags.
    NavigationMarker = "navigation.marker",
    /// A breadcrumb or menu line joined by `/`, `>`, `|` or `»`.
    NavigationBreadcrumb = "navigation.breadcrumb",
    /// A gallery counter such as `1/5`.
    NavigationCounter = "navigation.counter",
    /// A short line outside the article: menu item, section label.
    NavigationMenu = "navigation.menu",
    /// An article's table of contents: a list of short lines (and its
    /// header) whose items stand again, in the same order, as subheadings
    /// of the text further down.
    NavigationContents = "navigation.contents",
    /// A photo or video caption or credit phrase (lexicon).
    CaptionMarker = "caption.marker",
    /// A mostly non-Arabic line in or next to the article: an English caption
    /// or credit.
    CaptionLatin = "caption.latin",
    /// A short descriptive line between the headline and the first paragraph.
    CaptionNearHeadline = "caption.near-headline",
    /// A short line in or next to the article that ends in a bracketed
    /// credit (`… (الصورة من الناشر)`, `(NAME)`): a photo caption.
    CaptionCredit = "caption.credit",
    /// A line right above a photo credit (`Photo: …`, `تصوير: …`) that does
    /// not end in a full stop: that photo's caption, though it may read
    /// like a sentence.
    CaptionAboveCredit = "caption.above-credit",
    /// A line right under a media label (`فيديو`, `بالصور`) or a lone
    /// gallery counter (`1/4`) that does not end in a full stop: the video's
    /// title or the photo's caption.
    CaptionUnderLabel = "caption.under-label",
    /// A few words without figures that place people in an event (`وزير
    /// الصحة خلال تفقده عيادة …`), in or above the article's text: a
    /// photo's caption, not a subheading or standfirst.
    CaptionScene = "caption.scene",
    /// A person's name, a comma and their role (`عبد الرحيم الوزاني، خبير
    /// في الموارد المائية`), in or above the article's text: a portrait's
    /// caption, not a subheading or standfirst.
    CaptionPortrait = "caption.portrait",
    /// An author, dateline or source phrase (lexicon).
    BylineMarker = "byline.marker",
    /// A short `NAME - CITY` or `CITY - AGENCY` line above the article's text.
    BylineDateline = "byline.dateline",
    /// An advertisement, cookie notice or prompt phrase (lexicon).
    OtherMarker = "other.marker",
    /// A URL, e-mail address or markup shown as text.
    OtherUrl = "other.url",
    /// A line with no letter at all: numbers, counters, symbols.
    OtherNoLetters = "other.no-letters",
    /// A weather, prayer-time or currency widget: temperatures, rows of
    /// times, and the short labels (cities, days) beside them.
    OtherWidget = "other.widget",
    /// Prose outside the article that no section explains.
    OtherOutside = "other.outside-article",
    /// The article's title.
    HeadlineTitle = "headline.title",
    /// The title repeated (verbatim, quoted, with the site name, doubled).
    DuplicateHeadline = "duplicate_headline.repeat",
    /// A paragraph of the article's main block of text.
    BodyParagraph = "body.paragraph",
    /// The standfirst or subtitle between the headline and the main block.
    BodyStandfirst = "body.standfirst",
    /// A short line inside the article: subheading, list item, Q&A line.
    BodyShort = "body.short",
    /// A `key: date` field among the `key: value` items of the article's
    /// fact box (`تاريخ صدور القرار: 2 نيسان 2024`), not the page's stamp.
    BodyField = "body.field",
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

/// The error returned when a string names no [`Rule`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseRuleError(());

impl fmt::Display for ParseRuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown rule id (see nazif::Rule::ALL for the list)")
    }
}

impl std::error::Error for ParseRuleError {}

impl FromStr for Rule {
    type Err = ParseRuleError;

    fn from_str(s: &str) -> Result<Rule, ParseRuleError> {
        Rule::ALL.iter().copied().find(|r| r.id() == s).ok_or(ParseRuleError(()))
    }
}

impl Rule {
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}
