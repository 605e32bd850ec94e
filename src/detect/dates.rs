//! Dates and times in the forms Arabic news sites print them.
//!
//! The scanner reads a folded line as tokens (words, numbers, punctuation)
//! and recognises date vocabulary: Gregorian month names of every regional
//! family (Egypt/Gulf `يناير`, Levant/Iraq `كانون الثاني`, Algeria/Tunisia
//! `جانفي`, Morocco `يوليوز`), Hijri months, weekdays, `ص/م`, `GMT`, relative
//! times (`منذ ساعتين`), reading times and published/updated stamp words, and
//! numeric dates (`26/03/2023`, `2023-03-26`, ISO 8601) and times (`14:32`).
//!
//! A line is a *timestamp line* when it has a date core (a day with a month,
//! a month with a year, a numeric date, a time, a relative time, a weekday
//! with a number, a reading time) and at most a few words that are not date
//! vocabulary. Anchoring on the whole line keeps dates inside prose
//! (`في 14 مايو الجاري أعلنت …`) as body.
//!
//! No regex runs here: the scan is one pass over the line's characters plus a
//! lookup per word, so it stays linear and cheap on long lines.

use std::sync::OnceLock;

use crate::normalize::is_letter;

/// What a word of date vocabulary is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// A Gregorian month, 1–12.
    Month(u8),
    /// A Hijri month, 1–12.
    HijriMonth(u8),
    /// A weekday, 0 = Sunday.
    Weekday(u8),
    /// The first word of a two-word month name; the month depends on the
    /// next word or number. See [`two_word_month`].
    MonthStem(Stem),
    /// The second word of a two-word month name (`الاول`, `الثاني`, `الحجه`).
    MonthTail(Tail),
    /// A unit of relative time or duration (`ساعه`, `ساعتين`, `min`): its
    /// length in seconds, and whether the word is a dual (`ساعتين` = two).
    Unit { seconds: u32, dual: bool },
    /// `منذ`, `قبل`, `ago`: makes a unit relative.
    Relative,
    /// `امس`, `yesterday`: a relative day on its own.
    RelativeDay,
    /// Before noon (`ص`, `صباحا`, `am`).
    Am,
    /// After noon (`مساء`, `pm`); `م` also ends a Gregorian year (`2020م`).
    Pm,
    /// A time zone with its offset from UTC in minutes (`GMT`, `مكه`).
    Zone(i16),
    /// Other clock words (`بتوقيت`, `الساعه`, the `T` of ISO 8601).
    Clock,
    /// The Hijri era mark (`هـ`, `هجري`).
    HijriEra,
    /// Other calendar words (`ميلادي`, `الموافق`).
    Era,
    /// Published stamp words (`نشر`, `التاريخ`).
    Stamp,
    /// Updated stamp words (`تحديث`, `محدثه`, `updated`).
    Update,
    /// Reading-time words (`قراءه`).
    Reading,
}

/// The first word of a two-word month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stem {
    /// `كانون`: Levantine December (الاول, 1) and January (الثاني, 2).
    Kanun,
    /// `تشرين`: Levantine October (الاول, 1) and November (الثاني, 2).
    Tishrin,
    /// `ربيع`: Hijri months 3 and 4.
    Rabi,
    /// `جمادى`: Hijri months 5 and 6.
    Jumada,
    /// `ذو`/`ذي`: Hijri months 11 and 12.
    Dhu,
}

/// The second word of a two-word month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tail {
    /// `الاول`, `الاولي`: the first.
    First,
    /// `الثاني`, `الثانيه`, `الاخر`, `الاخره`: the second.
    Second,
    /// `القعده`.
    Qadah,
    /// `الحجه`.
    Hijjah,
}

/// The month of a stem and its tail (or the number `1`/`2` that Levantine
/// pages write for the tail): `(month, is_hijri)`.
pub(crate) fn two_word_month(stem: Stem, tail: Option<Tail>, number: Option<u32>) -> Option<(u8, bool)> {
    let second = match (tail, number) {
        (Some(Tail::First), _) | (None, Some(1)) => false,
        (Some(Tail::Second), _) | (None, Some(2)) => true,
        (Some(Tail::Qadah), _) => return (stem == Stem::Dhu).then_some((11, true)),
        (Some(Tail::Hijjah), _) => return (stem == Stem::Dhu).then_some((12, true)),
        _ => return None,
    };
    Some(match (stem, second) {
        (Stem::Kanun, false) => (12, false),
        (Stem::Kanun, true) => (1, false),
        (Stem::Tishrin, false) => (10, false),
        (Stem::Tishrin, true) => (11, false),
        (Stem::Rabi, false) => (3, true),
        (Stem::Rabi, true) => (4, true),
        (Stem::Jumada, false) => (5, true),
        (Stem::Jumada, true) => (6, true),
        (Stem::Dhu, _) => return None,
    })
}

/// Date vocabulary, folded (see `normalize`), by kind.
#[rustfmt::skip]
const VOCABULARY: &[(&str, DateWord)] = &[
    // Gregorian months: Egypt/Gulf, Levant/Iraq, Algeria/Tunisia, Morocco, English.
    ("يناير", DateWord::Month(1)), ("جانفي", DateWord::Month(1)), ("جانفييه", DateWord::Month(1)),
    ("january", DateWord::Month(1)), ("jan", DateWord::Month(1)), ("فبراير", DateWord::Month(2)),
    ("شباط", DateWord::Month(2)), ("فيفري", DateWord::Month(2)), ("فبرير", DateWord::Month(2)),
    ("february", DateWord::Month(2)), ("feb", DateWord::Month(2)), ("مارس", DateWord::Month(3)),
    ("اذار", DateWord::Month(3)), ("march", DateWord::Month(3)), ("mar", DateWord::Month(3)),
    ("ابريل", DateWord::Month(4)), ("نيسان", DateWord::Month(4)), ("افريل", DateWord::Month(4)),
    ("april", DateWord::Month(4)), ("apr", DateWord::Month(4)), ("مايو", DateWord::Month(5)),
    ("ايار", DateWord::Month(5)), ("ماي", DateWord::Month(5)), ("may", DateWord::Month(5)),
    ("يونيو", DateWord::Month(6)), ("يونيه", DateWord::Month(6)), ("حزيران", DateWord::Month(6)),
    ("جوان", DateWord::Month(6)), ("june", DateWord::Month(6)), ("jun", DateWord::Month(6)),
    ("يوليو", DateWord::Month(7)), ("يوليه", DateWord::Month(7)), ("تموز", DateWord::Month(7)),
    ("جويليه", DateWord::Month(7)), ("يوليوز", DateWord::Month(7)), ("july", DateWord::Month(7)),
    ("jul", DateWord::Month(7)), ("اغسطس", DateWord::Month(8)), ("اب", DateWord::Month(8)),
    ("اوت", DateWord::Month(8)), ("غشت", DateWord::Month(8)), ("august", DateWord::Month(8)),
    ("aug", DateWord::Month(8)), ("سبتمبر", DateWord::Month(9)), ("ايلول", DateWord::Month(9)),
    ("شتنبر", DateWord::Month(9)), ("september", DateWord::Month(9)), ("sep", DateWord::Month(9)),
    ("sept", DateWord::Month(9)), ("اكتوبر", DateWord::Month(10)), ("october", DateWord::Month(10)),
    ("oct", DateWord::Month(10)), ("نوفمبر", DateWord::Month(11)), ("نونبر", DateWord::Month(11)),
    ("november", DateWord::Month(11)), ("nov", DateWord::Month(11)), ("ديسمبر", DateWord::Month(12)),
    ("دجنبر", DateWord::Month(12)), ("december", DateWord::Month(12)), ("dec", DateWord::Month(12)),
    // Two-word months: Levantine كانون/تشرين, Hijri ربيع/جمادى/ذو القعدة/ذو الحجة.
    ("كانون", DateWord::MonthStem(Stem::Kanun)), ("تشرين", DateWord::MonthStem(Stem::Tishrin)), ("ربيع", DateWord::MonthStem(Stem::Rabi)),
    ("جمادي", DateWord::MonthStem(Stem::Jumada)), ("ذو", DateWord::MonthStem(Stem::Dhu)), ("ذي", DateWord::MonthStem(Stem::Dhu)),
    ("الاول", DateWord::MonthTail(Tail::First)), ("الثاني", DateWord::MonthTail(Tail::Second)), ("الاخر", DateWord::MonthTail(Tail::Second)),
    ("الاولي", DateWord::MonthTail(Tail::First)), ("الاخره", DateWord::MonthTail(Tail::Second)), ("الثانيه", DateWord::MonthTail(Tail::Second)),
    ("القعده", DateWord::MonthTail(Tail::Qadah)), ("الحجه", DateWord::MonthTail(Tail::Hijjah)),
    // One-word Hijri months.
    ("محرم", DateWord::HijriMonth(1)), ("صفر", DateWord::HijriMonth(2)), ("رجب", DateWord::HijriMonth(7)),
    ("شعبان", DateWord::HijriMonth(8)), ("رمضان", DateWord::HijriMonth(9)),
    ("شوال", DateWord::HijriMonth(10)),
    // Weekdays, with and without the article, and English.
    ("الاحد", DateWord::Weekday(0)), ("احد", DateWord::Weekday(0)), ("الاثنين", DateWord::Weekday(1)),
    ("اثنين", DateWord::Weekday(1)), ("الثلاثاء", DateWord::Weekday(2)), ("ثلاثاء", DateWord::Weekday(2)),
    ("الاربعاء", DateWord::Weekday(3)), ("اربعاء", DateWord::Weekday(3)), ("الخميس", DateWord::Weekday(4)),
    ("خميس", DateWord::Weekday(4)), ("الجمعه", DateWord::Weekday(5)), ("جمعه", DateWord::Weekday(5)),
    ("السبت", DateWord::Weekday(6)), ("سبت", DateWord::Weekday(6)), ("sunday", DateWord::Weekday(0)),
    ("sun", DateWord::Weekday(0)), ("monday", DateWord::Weekday(1)), ("mon", DateWord::Weekday(1)),
    ("tuesday", DateWord::Weekday(2)), ("tue", DateWord::Weekday(2)), ("wednesday", DateWord::Weekday(3)),
    ("wed", DateWord::Weekday(3)), ("thursday", DateWord::Weekday(4)), ("thu", DateWord::Weekday(4)),
    ("friday", DateWord::Weekday(5)), ("fri", DateWord::Weekday(5)), ("saturday", DateWord::Weekday(6)),
    ("sat", DateWord::Weekday(6)),
    // Units of relative time, singular, dual and plural.
    ("ثانيه", DateWord::Unit { seconds: 1, dual: false, }),
    ("ثواني", DateWord::Unit { seconds: 1, dual: false, }),
    ("ثوان", DateWord::Unit { seconds: 1, dual: false, }),
    ("ثانيتين", DateWord::Unit { seconds: 1, dual: true, }),
    ("دقيقه", DateWord::Unit { seconds: 60, dual: false, }),
    ("دقايق", DateWord::Unit { seconds: 60, dual: false, }),
    ("دقيقتين", DateWord::Unit { seconds: 60, dual: true, }),
    ("دقيقتان", DateWord::Unit { seconds: 60, dual: true, }),
    ("ساعه", DateWord::Unit { seconds: 3600, dual: false, }),
    ("ساعات", DateWord::Unit { seconds: 3600, dual: false, }),
    ("ساعتين", DateWord::Unit { seconds: 3600, dual: true, }),
    ("ساعتان", DateWord::Unit { seconds: 3600, dual: true, }),
    ("يوم", DateWord::Unit { seconds: 86400, dual: false, }),
    ("ايام", DateWord::Unit { seconds: 86400, dual: false, }),
    ("يومين", DateWord::Unit { seconds: 86400, dual: true, }),
    ("يومان", DateWord::Unit { seconds: 86400, dual: true, }),
    ("اسبوع", DateWord::Unit { seconds: 604800, dual: false, }),
    ("اسابيع", DateWord::Unit { seconds: 604800, dual: false, }),
    ("اسبوعين", DateWord::Unit { seconds: 604800, dual: true, }),
    ("شهر", DateWord::Unit { seconds: 2592000, dual: false, }),
    ("اشهر", DateWord::Unit { seconds: 2592000, dual: false, }),
    ("شهور", DateWord::Unit { seconds: 2592000, dual: false, }),
    ("شهرين", DateWord::Unit { seconds: 2592000, dual: true, }),
    ("سنه", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("سنوات", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("سنين", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("سنتين", DateWord::Unit { seconds: 31536000, dual: true, }),
    ("عام", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("اعوام", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("عامين", DateWord::Unit { seconds: 31536000, dual: true, }),
    ("s", DateWord::Unit { seconds: 1, dual: false, }), ("sec", DateWord::Unit { seconds: 1, dual: false, }),
    ("secs", DateWord::Unit { seconds: 1, dual: false, }),
    ("seconds", DateWord::Unit { seconds: 1, dual: false, }),
    ("m", DateWord::Unit { seconds: 60, dual: false, }),
    ("min", DateWord::Unit { seconds: 60, dual: false, }),
    ("mins", DateWord::Unit { seconds: 60, dual: false, }),
    ("minute", DateWord::Unit { seconds: 60, dual: false, }),
    ("minutes", DateWord::Unit { seconds: 60, dual: false, }),
    ("h", DateWord::Unit { seconds: 3600, dual: false, }),
    ("hr", DateWord::Unit { seconds: 3600, dual: false, }),
    ("hrs", DateWord::Unit { seconds: 3600, dual: false, }),
    ("hour", DateWord::Unit { seconds: 3600, dual: false, }),
    ("hours", DateWord::Unit { seconds: 3600, dual: false, }),
    ("d", DateWord::Unit { seconds: 86400, dual: false, }),
    ("day", DateWord::Unit { seconds: 86400, dual: false, }),
    ("days", DateWord::Unit { seconds: 86400, dual: false, }),
    ("week", DateWord::Unit { seconds: 604800, dual: false, }),
    ("weeks", DateWord::Unit { seconds: 604800, dual: false, }),
    ("month", DateWord::Unit { seconds: 2592000, dual: false, }),
    ("months", DateWord::Unit { seconds: 2592000, dual: false, }),
    ("year", DateWord::Unit { seconds: 31536000, dual: false, }),
    ("years", DateWord::Unit { seconds: 31536000, dual: false, }), ("منذ", DateWord::Relative),
    ("قبل", DateWord::Relative), ("ago", DateWord::Relative), ("امس", DateWord::RelativeDay),
    ("البارحه", DateWord::RelativeDay), ("yesterday", DateWord::RelativeDay), ("الان", DateWord::RelativeDay),
    ("now", DateWord::RelativeDay),
    // Clock words: AM/PM in Arabic and English, zones.
    ("ص", DateWord::Am), ("صباحا", DateWord::Am), ("صباح", DateWord::Am), ("مساء", DateWord::Pm),
    ("مساءا", DateWord::Pm), ("ظهرا", DateWord::Pm), ("عصرا", DateWord::Pm), ("ليلا", DateWord::Pm),
    ("فجرا", DateWord::Am), ("am", DateWord::Am), ("pm", DateWord::Pm), ("gmt", DateWord::Zone(0)),
    ("utc", DateWord::Zone(0)), ("gst", DateWord::Zone(240)), ("ast", DateWord::Zone(180)),
    ("cet", DateWord::Zone(60)), ("est", DateWord::Zone(-300)), ("بتوقيت", DateWord::Clock),
    ("توقيت", DateWord::Clock), ("مكه", DateWord::Zone(180)), ("المكرمه", DateWord::Zone(180)),
    ("غرينتش", DateWord::Zone(0)), ("جرينتش", DateWord::Zone(0)), ("غرينيتش", DateWord::Zone(0)),
    ("الساعه", DateWord::Clock), ("t", DateWord::Clock), ("z", DateWord::Zone(0)),
    // Calendar suffixes.
    ("ه", DateWord::HijriEra), ("م", DateWord::Pm), ("هجري", DateWord::HijriEra),
    ("هجريه", DateWord::HijriEra), ("ميلادي", DateWord::Era), ("ميلاديه", DateWord::Era),
    ("الموافق", DateWord::Era), ("موافق", DateWord::Era),
    // Published/updated stamps.
    ("نشر", DateWord::Stamp), ("نشرت", DateWord::Stamp), ("نشره", DateWord::Stamp), ("تم", DateWord::Stamp),
    ("تاريخ", DateWord::Stamp), ("التاريخ", DateWord::Stamp), ("بتاريخ", DateWord::Stamp),
    ("النشر", DateWord::Stamp), ("تحديث", DateWord::Update), ("التحديث", DateWord::Update),
    ("اخر", DateWord::Stamp), ("محدثه", DateWord::Update), ("محدث", DateWord::Update),
    ("حدث", DateWord::Update), ("updated", DateWord::Update), ("update", DateWord::Update),
    ("published", DateWord::Stamp), ("posted", DateWord::Stamp), ("last", DateWord::Stamp),
    ("on", DateWord::Stamp), ("في", DateWord::Stamp),
    // Reading time.
    ("قراءه", DateWord::Reading), ("للقراءه", DateWord::Reading), ("القراءه", DateWord::Reading),
    ("read", DateWord::Reading),
    ("reading", DateWord::Reading),
];

/// Looks a folded word up in the date vocabulary.
pub(crate) fn date_word(word: &str) -> Option<DateWord> {
    // Date words are short; most words of a line are longer and are
    // rejected before the lookup.
    if word.len() > LONGEST_DATE_WORD {
        return None;
    }
    static SORTED: OnceLock<Vec<(&'static str, DateWord)>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = VOCABULARY.to_vec();
        v.sort_by_key(|(w, _)| *w);
        v.dedup_by_key(|(w, _)| *w);
        v
    });
    sorted.binary_search_by_key(&word, |(w, _)| w).ok().map(|i| sorted[i].1)
}

/// The longest word of the vocabulary, in bytes (`جانفييه`, `september`).
const LONGEST_DATE_WORD: usize = 16;
/// A month in seconds, as [`DateWord::Unit`] counts it.
const MONTH_SECONDS: u32 = 2_592_000;

/// Lines with more words than this are never timestamp lines.
const MAX_WORDS: usize = 24;

/// What a scan of one line found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateScan {
    /// A calendar date: day and month, month and year, or a numeric date.
    pub(crate) date: bool,
    /// A clock time.
    pub(crate) time: bool,
    /// A relative time (`منذ ساعتين`, `3 hours ago`, `امس`).
    pub(crate) relative: bool,
    /// A reading time (`3 دقائق قراءه`).
    pub(crate) reading: bool,
    /// A weekday name.
    pub(crate) weekday: bool,
    /// Words that are not date vocabulary, numbers or punctuation.
    pub(crate) other_words: u16,
    /// Date vocabulary words and numbers.
    pub(crate) date_tokens: u16,
}

impl DateScan {
    /// True when the whole line reads as a timestamp.
    pub(crate) fn is_timestamp_line(&self) -> bool {
        let core = self.date || self.time || self.relative || self.reading;
        let allowed = if self.date { 4 } else { 3 };
        core && self.other_words <= allowed && self.date_tokens >= 1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    Word(&'a str),
    /// A run of digits: its value (saturating) and digit count.
    Number(u32, u8),
    Punct(char),
}

/// Splits folded text into words (letter runs), numbers and punctuation.
pub(crate) fn tokens(folded: &str, mut f: impl FnMut(Token<'_>)) {
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_ascii_digit() {
            let start = i;
            let mut value: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value.saturating_mul(10).saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = i - start;
            // A year the scraper glued to the hour after it (`5/11/202415:20`)
            // is read as the year and the hour.
            let glued = matches!(digits, 5 | 6) && bytes.get(i) == Some(&b':') && {
                let year = value / 10u32.pow(digits as u32 - 4);
                (1900..=2100).contains(&year)
            };
            if glued {
                let scale = 10u32.pow(digits as u32 - 4);
                f(Token::Number(value / scale, 4));
                f(Token::Number(value % scale, (digits - 4) as u8));
            } else {
                f(Token::Number(value, digits.min(255) as u8));
            }
        } else if is_letter(c) {
            let start = i;
            while i < folded.len() {
                let c = folded[i..].chars().next().unwrap_or(' ');
                if !is_letter(c) {
                    break;
                }
                i += c.len_utf8();
            }
            f(Token::Word(&folded[start..i]));
        } else {
            if c != ' ' {
                f(Token::Punct(c));
            }
            i += len;
        }
    }
}

/// Scans one folded line. `words` is the line's word count; lines longer
/// than [`MAX_WORDS`] words are not scanned (they cannot be timestamp lines).
pub(crate) fn scan(folded: &str, words: usize) -> DateScan {
    let mut out = DateScan::default();
    if words > MAX_WORDS {
        return out;
    }
    // A small window of the last tokens is enough to see every pattern.
    let mut prev: [Option<Kind>; 4] = [None; 4];
    let mut seen_month = false;
    let mut seen_year = false;
    let mut seen_day = false;
    // The day last read after a month name, until a decimal shows it was a
    // figure (`جانفي 6,0 %`: a table's row, not a date).
    let mut day_after_month = false;
    let mut seen_relative_word = false;
    let mut seen_unit_after_number = false;
    let mut seen_stamp = false;
    let mut seen_reading_word = false;
    let mut seen_bare_unit = false;
    let mut longest_unit_after_number = 0;
    let mut seen_now = false;
    tokens(folded, |t| {
        let kind = match t {
            Token::Word(w) => match date_word(w) {
                Some(d) => {
                    out.date_tokens += 1;
                    Kind::Word(d)
                }
                None => {
                    out.other_words += 1;
                    Kind::Other
                }
            },
            Token::Number(v, n) => {
                out.date_tokens += 1;
                Kind::Number(v, n)
            }
            Token::Punct(c) => Kind::Punct(c),
        };
        // Patterns ending at this token.
        match kind {
            Kind::Word(DateWord::Month(_) | DateWord::HijriMonth(_) | DateWord::MonthTail(_)) => {
                seen_month = true;
                if matches!(prev_non_punct(&prev), Some(Kind::Number(v, _)) if (1..=31).contains(&v)) {
                    seen_day = true;
                }
            }
            Kind::Word(DateWord::Weekday(_)) => out.weekday = true,
            Kind::Word(DateWord::Relative) => seen_relative_word = true,
            // (`الآن` is a stamp alone or with other stamp words; beside a
            // site's or a button's words it is their `now`: `اليمن الآن`,
            // `انضم الآن`.)
            Kind::Word(DateWord::RelativeDay) if matches!(t, Token::Word("الان" | "now")) => seen_now = true,
            Kind::Word(DateWord::RelativeDay) => out.relative = true,
            Kind::Word(DateWord::Stamp | DateWord::Update) => seen_stamp = true,
            Kind::Word(DateWord::Unit { seconds, .. }) => {
                if matches!(prev_non_punct(&prev), Some(Kind::Number(..))) {
                    seen_unit_after_number = true;
                    longest_unit_after_number = longest_unit_after_number.max(seconds);
                    // `مدة القراءة: 6 دقائق`: the reading word may come first.
                    out.reading |= seen_reading_word;
                }
                // A dual unit after منذ/قبل needs no number (`منذ ساعتين`); a
                // unit alone (`منذ ساعة`, `منذ أشهر`) is a stamp only with no
                // other words (`أصناف مفقودة منذ أشهر` is a subheading).
                if seen_relative_word {
                    if matches!(kind, Kind::Word(DateWord::Unit { dual: true, .. })) {
                        out.relative = true;
                    } else {
                        seen_bare_unit = true;
                    }
                }
            }
            Kind::Word(DateWord::Reading) => {
                seen_reading_word = true;
                out.reading |= seen_unit_after_number;
            }
            Kind::Number(v, n) => {
                if n == 4 && (1300..=2100).contains(&v) {
                    seen_year = true;
                }
                // A day after a month name (`November 9, 2020`), unless two
                // digits after a comma make it a decimal (`6,0`).
                let decimal =
                    n <= 2 && matches!((prev[0], prev[1]), (Some(Kind::Punct(',' | '.')), Some(Kind::Number(..))));
                if decimal && day_after_month {
                    seen_day = false;
                }
                day_after_month = false;
                if (1..=31).contains(&v) && matches!(prev_non_punct(&prev), Some(Kind::Word(DateWord::Month(_)))) {
                    seen_day = true;
                    day_after_month = true;
                }
                // A Levantine month written `كانون 2`.
                if matches!(prev_non_punct(&prev), Some(Kind::Word(DateWord::MonthStem(_)))) && (1..=2).contains(&v) {
                    seen_month = true;
                }
                // hh:mm and dd/mm/yyyy shapes: NUMBER SEP NUMBER (SEP NUMBER).
                if let (Some(Kind::Punct(sep)), Some(Kind::Number(a, an))) = (prev[0], prev[1]) {
                    if sep == ':' && a <= 24 && an <= 2 && v < 60 && n == 2 {
                        out.time = true;
                    }
                    if matches!(sep, '/' | '-' | '.') {
                        if let (Some(Kind::Punct(sep2)), Some(Kind::Number(b, bn))) = (prev[2], prev[3]) {
                            if sep2 == sep && numeric_date((b, bn), (a, an), (v, n)) {
                                out.date = true;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        if let Kind::Word(DateWord::Relative) = kind {
            // `3 hours ago`
            if seen_unit_after_number {
                out.relative = true;
            }
        }
        prev = [Some(kind), prev[0], prev[1], prev[2]];
    });
    if seen_now && out.other_words == 0 {
        out.relative = true;
    }
    if seen_relative_word && (seen_unit_after_number || (seen_bare_unit && out.other_words == 0)) {
        out.relative = true;
    }
    // A bare `2min` or `5 h` (a number and a unit alone) is a relative age;
    // months and years alone (`4 أشهر`, `7 سنوات`) are durations, a table's
    // cells: of the dev pages' lines that are only that, none is a stamp.
    if seen_unit_after_number
        && out.other_words == 0
        && out.date_tokens <= 3
        && longest_unit_after_number < MONTH_SECONDS
    {
        out.relative = true;
    }
    // A match's minute alone (`23'`, `90+5'`) keys the entries of a live
    // text as a clock time keys a news feed's.
    if out.other_words == 0 && out.date_tokens <= 2 && is_match_minute(folded) {
        out.time = true;
    }
    if seen_month && (seen_day || seen_year) {
        out.date = true;
    }
    if out.weekday && (seen_year || seen_day || out.time) {
        out.date = true;
    }
    if seen_stamp && (seen_year || out.weekday) && seen_month {
        out.date = true;
    }
    out
}

/// Longest a match may run, in minutes, extra time and stoppage included.
const MAX_MATCH_MINUTE: u32 = 130;

/// True for a match's minute: up to three digits, an optional added time
/// (`+2`), then a prime or an apostrophe (`45+2'`, `120’`).
fn is_match_minute(folded: &str) -> bool {
    let Some(minute) = folded.trim().strip_suffix(['\'', '’', '′']) else { return false };
    let (base, added) = minute.split_once('+').unwrap_or((minute, "0"));
    let digits = |s: &str, most: usize| (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(base, 3) && digits(added, 2) && base.parse::<u32>().is_ok_and(|m| (1..=MAX_MATCH_MINUTE).contains(&m))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word(DateWord),
    Other,
    Number(u32, u8),
    Punct(char),
}

/// The last word or number before this token within the same table cell: a
/// `|` between a month and a number parts two cells (`يناير | 7 | -1`: a
/// month's row of figures), so they do not make a day and a month.
fn prev_non_punct(prev: &[Option<Kind>; 4]) -> Option<Kind> {
    prev.iter().flatten().copied().take_while(|k| !matches!(k, Kind::Punct('|'))).find(|k| !matches!(k, Kind::Punct(_)))
}

/// True for three numbers that make a date: day/month/year, year/month/day
/// or day/month/two-digit year.
fn numeric_date(a: (u32, u8), b: (u32, u8), c: (u32, u8)) -> bool {
    let year4 = |(v, n): (u32, u8)| n == 4 && (1300..=2100).contains(&v);
    let day = |(v, n): (u32, u8)| n <= 2 && (1..=31).contains(&v);
    let month = |(v, n): (u32, u8)| n <= 2 && (1..=12).contains(&v);
    (year4(a) && month(b) && day(c))
        || (day(a) && month(b) && year4(c))
        || (month(a) && day(b) && year4(c))
        || (day(a) && month(b) && c.1 == 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn is_stamp(line: &str) -> bool {
        let folded = fold(line);
        let words = folded.split(' ').count();
        scan(&folded, words).is_timestamp_line()
    }

    /// Whole lines that are timestamps, one per format family.
    const TIMESTAMPS: &[&str] = &[
        // A live match's minutes.
        "23'",
        "90+5'",
        "120’",
        // The year glued to the hour by the scraper.
        "آخر تحديث: 5/11/202415:20 (بتوقيت مكة)",
        "آخر تحديث GMT15:15:16",
        "نشر في: 12/03/2023 - 10:45 ص",
        "الثلاثاء، ١٤ نوفمبر ٢٠٢٣",
        "منذ ساعتين",
        "5 رمضان 1444 هـ",
        "2 دقائق قراءة",
        "مدة القراءة: 6 دقائق",
        "14:32",
        "GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر",
        "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)",
        "17:55 GMT17 مارس/ آذار 2020",
        "GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020) انسخ الرابط",
        "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً",
        "2026-01-08 | 12:42",
        "2min",
        "5 h",
        "3 أيام",
        "القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م",
        "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠",
        "25 ديسمبر 2020 | 2:01 ص",
        "2020/12/25 - 1:59 صباحًا",
        "الجمعة 8 فيفري 2019",
        "November 9, 2020",
        "قبل 3 دقائق",
        "·منذ 7 سنوات 7 أشهر",
        "الأحد، 23 أغسطس 2020 09:14 ص",
        "2023-03-26T10:45:00+03:00",
        "الخميس 12 جمادى الأولى 1445 هـ الموافق 23 نوفمبر 2023 م",
        "السبت 3 يوليوز 2021",
        "26 غشت 2022 - 10:15",
        "كانون 2 2020",
        "ديسمبر 25, 2020",
        "أمس",
        "الآن",
        "3 hours ago",
        "5 min read",
        "التاريخ: 03 يونيو 2020",
        "قبل 12 دقيقة",
        "منذ ساعة",
        "الاحد 22 / 03 / 2020 12:05",
        "26-3-2023",
    ];

    /// Lines that mention dates or numbers but are not timestamp lines.
    const NOT_TIMESTAMPS: &[&str] = &[
        // A quote mark after a number is no minute past a match's length.
        "2024'",
        "'45",
        "يناير | 7 | -1 | 4",
        "في 12 مارس 2023 أعلنت الحكومة عن خطة جديدة لدعم الصادرات الزراعية في البلاد.",
        "عام 2019 شهد ارتفاعا كبيرا في أسعار النفط والغاز.",
        "عيار 21",
        "أصناف مفقودة منذ أشهر",
        // A duration in a table's cell.
        "4 أشهر",
        "7 سنوات",
        "القراءة 10 دقائق يوميا تحسن التركيز لدى الأطفال",
        "2-1",
        "الهاتف : 222 238 71",
        "1/5",
        "17:53 GMT لماذا تراجع الرئيس العراقي عن تكليف السهيل واختار الزرفي في اللحظات الأخيرة؟",
        "وقال في تعليقه على القرار إن المجلس سيجتمع يوم الأحد المقبل لمناقشة التفاصيل",
        "رمضان شهر الخير",
        "21 o",
        "34°C",
        "التعليقات (1)",
        "مجلس الأمن الدولي يدعو جميع أطراف النزاع الليبي إلى الالتزام بالهدنة",
        "2020",
        "جانفي 6,0 % 5,8 %",
        "مارس 5.9 % 5.7 %",
        // `now` beside a site's or a button's words.
        "اليمن الآن",
        "تسجيل الدخول | انضم الآن",
    ];

    #[test]
    fn vocabulary_fits_the_length_bound() {
        let longest = VOCABULARY.iter().map(|(w, _)| w.len()).max().unwrap();
        assert!(longest <= LONGEST_DATE_WORD, "{longest}");
    }

    #[test]
    fn vocabulary_is_folded() {
        for (word, _) in VOCABULARY {
            assert_eq!(fold(word), *word, "vocabulary entries must be written folded");
        }
    }

    #[test]
    fn timestamp_lines_table() {
        let missed: Vec<_> = TIMESTAMPS.iter().filter(|l| !is_stamp(l)).collect();
        assert!(missed.is_empty(), "not seen as timestamps: {missed:#?}");
    }

    #[test]
    fn not_timestamp_lines_table() {
        let wrong: Vec<_> = NOT_TIMESTAMPS.iter().filter(|l| is_stamp(l)).collect();
        assert!(wrong.is_empty(), "wrongly seen as timestamps: {wrong:#?}");
    }
}
