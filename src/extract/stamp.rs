//! Reading the value of a date or time line: calendar date (Gregorian or
//! Hijri, numeric or with month names), clock time with AM/PM, UTC offset,
//! relative time, and the split between a published and an updated stamp
//! printed on one line.

use crate::detect::dates::{date_word, tokens, two_word_month, DateWord, Token};
use crate::extract::calendar::{Date, HijriDate, Time};

/// The value read from a stamp (one side of a line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct StampValue {
    pub(crate) date: Option<Date>,
    pub(crate) time: Option<Time>,
    /// Minutes east of UTC.
    pub(crate) offset: Option<i16>,
    pub(crate) hijri: Option<HijriDate>,
    pub(crate) relative_seconds: Option<u64>,
}

impl StampValue {
    fn is_empty(&self) -> bool {
        self.date.is_none() && self.time.is_none() && self.hijri.is_none() && self.relative_seconds.is_none()
    }
}

/// One token with what the date vocabulary says of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Word(Option<DateWord>),
    Number(u32, u8),
    Punct(char),
}

/// Reads a folded line. Returns the published side and the updated side
/// (the part after `اخر تحديث`, `محدثه`, `updated`), either possibly empty.
pub(crate) fn parse(folded: &str) -> (Option<StampValue>, Option<StampValue>) {
    let mut toks = Vec::new();
    tokens(folded, |t| {
        toks.push(match t {
            Token::Word(w) => Tok::Word(date_word(w)),
            Token::Number(v, n) => Tok::Number(v, n),
            Token::Punct(c) => Tok::Punct(c),
        })
    });
    if toks.iter().any(|t| matches!(t, Tok::Word(Some(DateWord::Reading)))) {
        // A reading time is a duration, not a date.
        return (None, None);
    }
    let split = toks.iter().position(|t| matches!(t, Tok::Word(Some(DateWord::Update))));
    let (published, updated) = match split {
        Some(at) => (&toks[..at], &toks[at..]),
        None => (&toks[..], &toks[..0]),
    };
    let published = read(published);
    let mut updated = read(updated);
    // `… 2013، آخر تحديث 14:00`: an update that gives only a time is on the
    // published day.
    if let (Some(p), Some(u)) = (published.as_ref(), updated.as_mut()) {
        if u.date.is_none() && u.relative_seconds.is_none() {
            u.date = p.date;
        }
    }
    (published, updated)
}

/// Reads one side of a line.
fn read(toks: &[Tok]) -> Option<StampValue> {
    let mut out = StampValue::default();
    let words: Vec<(usize, Tok)> =
        toks.iter().copied().enumerate().filter(|(_, t)| !matches!(t, Tok::Punct(_))).collect();
    read_numeric_date(toks, &mut out);
    let time_end = read_time(toks, &mut out);
    read_named_date(&words, &mut out);
    read_offset(toks, time_end, &mut out);
    read_relative(&words, &mut out);
    // Where the page gives both calendars they must agree within a day, or
    // the Gregorian date wins; where it gives only the Hijri date, the
    // Gregorian date is converted from it.
    if let Some(h) = out.hijri {
        let converted = h.to_gregorian();
        match out.date {
            None => out.date = Some(converted),
            Some(d) if (d.days() - converted.days()).abs() > 1 => {}
            Some(_) => {}
        }
    }
    (!out.is_empty()).then_some(out)
}

/// `26/03/2023`, `2023-03-26`, `26.03.2023`, `1 / 12 / 2020`, `26-3-23`.
fn read_numeric_date(toks: &[Tok], out: &mut StampValue) {
    for w in toks.windows(5) {
        let (Tok::Number(a, an), Tok::Punct(s1), Tok::Number(b, bn), Tok::Punct(s2), Tok::Number(c, cn)) =
            (w[0], w[1], w[2], w[3], w[4])
        else {
            continue;
        };
        if s1 != s2 || !matches!(s1, '/' | '-' | '.') {
            continue;
        }
        let year = |v: u32, n: u8| -> Option<i32> {
            match n {
                4 => Some(v as i32),
                2 => Some(2000 + v as i32),
                _ => None,
            }
        };
        let date = if an == 4 {
            Date::new(a as i32, b as u8, c as u8)
        } else if let Some(y) = year(c, cn).filter(|_| an <= 2 && bn <= 2) {
            // Day first, as Arabic pages print it; month first only when the
            // first number cannot be a month.
            Date::new(y, b.min(255) as u8, a.min(255) as u8)
                .or_else(|| Date::new(y, a.min(255) as u8, b.min(255) as u8))
        } else {
            None
        };
        if let Some(d) = date {
            if out.date.is_none() && (1900..=2100).contains(&d.year()) {
                out.date = Some(d);
            } else if out.hijri.is_none() && (1300..=1600).contains(&d.year()) {
                out.hijri = HijriDate::new(d.year(), d.month(), d.day());
            }
            return;
        }
    }
}

/// `14:32`, `09:22 مساء`, `12:19 م`, `1:59 صباحا`, `10:45:00`. Returns the
/// index of the token after the time (after the seconds, if any).
fn read_time(toks: &[Tok], out: &mut StampValue) -> Option<usize> {
    for (i, w) in toks.windows(3).enumerate() {
        let (Tok::Number(h, hn), Tok::Punct(':'), Tok::Number(m, mn)) = (w[0], w[1], w[2]) else {
            continue;
        };
        if hn > 2 || mn != 2 || h > 24 || m > 59 {
            continue;
        }
        // Skip a preceding `hh:` (this is `mm:ss`).
        if i >= 2 && matches!((toks[i - 2], toks[i - 1]), (Tok::Number(_, 1..=2), Tok::Punct(':'))) {
            continue;
        }
        let mut hour = h as u8;
        // The next words say AM or PM; `م` right after a time is PM.
        let after = toks[i + 3..].iter().filter(|t| !matches!(t, Tok::Punct(_) | Tok::Number(..))).take(1).next();
        match after {
            Some(Tok::Word(Some(DateWord::Pm))) if hour < 12 => hour += 12,
            Some(Tok::Word(Some(DateWord::Am))) if hour == 12 => hour = 0,
            _ => {}
        }
        if hour == 24 {
            hour = 0;
        }
        out.time = Time::new(hour, m as u8);
        let seconds = matches!((toks.get(i + 3), toks.get(i + 4)), (Some(Tok::Punct(':')), Some(Tok::Number(_, 2))));
        return Some(i + if seconds { 5 } else { 3 });
    }
    None
}

/// A day, a month name and a year: Gregorian in any regional family, or
/// Hijri; `كانون الثاني`, `كانون 2`, `ذو الحجه`.
fn read_named_date(words: &[(usize, Tok)], out: &mut StampValue) {
    for (k, &(_, tok)) in words.iter().enumerate() {
        let Tok::Word(Some(word)) = tok else { continue };
        let next = words.get(k + 1).map(|w| w.1);
        let (month, hijri, used) = match (word, next) {
            (DateWord::Month(m), _) => (m, false, 1),
            (DateWord::HijriMonth(m), _) => (m, true, 1),
            (DateWord::MonthStem(stem), Some(next)) => {
                let (tail, number) = match next {
                    Tok::Word(Some(DateWord::MonthTail(t))) => (Some(t), None),
                    Tok::Number(v, 1) => (None, Some(v)),
                    _ => (None, None),
                };
                match two_word_month(stem, tail, number) {
                    Some((m, h)) => (m, h, 2),
                    None => continue,
                }
            }
            _ => continue,
        };
        let day_before = k.checked_sub(1).and_then(|p| day(words[p].1));
        let day_after = words.get(k + used).and_then(|w| day(w.1));
        let Some(day) = day_before.or(day_after) else {
            continue;
        };
        let year = year_near(words, k, used, hijri);
        let Some(year) = year else { continue };
        if hijri {
            if out.hijri.is_none() {
                out.hijri = HijriDate::new(year, month, day);
            }
        } else if out.date.is_none() {
            out.date = Date::new(year, month, day);
        }
    }
}

/// A day number: one or two digits, 1–31.
fn day(tok: Tok) -> Option<u8> {
    match tok {
        Tok::Number(v, n) if n <= 2 && (1..=31).contains(&v) => Some(v as u8),
        _ => None,
    }
}

/// The year of a month name at `k` (spanning `used` words): the first
/// four-digit number after it within a few words, else the nearest before.
fn year_near(words: &[(usize, Tok)], k: usize, used: usize, hijri: bool) -> Option<i32> {
    let plausible = |v: u32| {
        if hijri {
            (1300..=1600).contains(&v)
        } else {
            (1900..=2100).contains(&v)
        }
    };
    let four = |t: Tok| match t {
        Tok::Number(v, 4) if plausible(v) => Some(v as i32),
        _ => None,
    };
    words[k + used..]
        .iter()
        .take(4)
        .find_map(|w| four(w.1))
        .or_else(|| words[..k].iter().rev().take(4).find_map(|w| four(w.1)))
}

/// `GMT+0400`, `GMT+3`, `بتوقيت مكه`, `GMT` near a time, or `+03:00` right
/// after the time (ISO 8601).
fn read_offset(toks: &[Tok], time_end: Option<usize>, out: &mut StampValue) {
    if let Some(o) = time_end.and_then(|end| signed_offset(&toks[end..])) {
        out.offset = Some(o);
        return;
    }
    for (i, t) in toks.iter().enumerate() {
        if let Tok::Word(Some(DateWord::Zone(zone))) = *t {
            out.offset = Some(signed_offset(&toks[i + 1..]).unwrap_or(zone));
            return;
        }
    }
}

/// Reads `+0400`, `+3`, `-05:00` at the start of `toks`.
fn signed_offset(toks: &[Tok]) -> Option<i16> {
    let sign = match toks.first()? {
        Tok::Punct('+') => 1,
        Tok::Punct('-') => -1,
        _ => return None,
    };
    let minutes = match (toks.get(1)?, toks.get(2), toks.get(3)) {
        (Tok::Number(h, 1..=2), Some(Tok::Punct(':')), Some(Tok::Number(m, 2))) => h * 60 + m,
        (Tok::Number(hm, 4), _, _) => hm / 100 * 60 + hm % 100,
        (Tok::Number(h, 1..=2), _, _) => h * 60,
        _ => return None,
    };
    (minutes <= 14 * 60).then_some(sign * minutes as i16)
}

/// `منذ ساعتين`, `قبل 3 دقائق`, `منذ 7 سنوات 7 اشهر`, `3 hours ago`, `2min`,
/// `امس`.
fn read_relative(words: &[(usize, Tok)], out: &mut StampValue) {
    if out.date.is_some() || out.time.is_some() {
        return;
    }
    let mut total: u64 = 0;
    let mut relative = false;
    let mut units = 0;
    let mut count: Option<u64> = None;
    for &(_, tok) in words {
        match tok {
            Tok::Number(v, _) => count = Some(u64::from(v)),
            Tok::Word(Some(DateWord::Unit { seconds, dual })) => {
                let n = if dual { 2 } else { count.unwrap_or(1) };
                total = total.saturating_add(n.saturating_mul(u64::from(seconds)));
                units += 1;
                count = None;
            }
            Tok::Word(Some(DateWord::Relative)) => relative = true,
            Tok::Word(Some(DateWord::RelativeDay)) => {
                out.relative_seconds = Some(86_400);
                return;
            }
            _ => count = None,
        }
    }
    // A bare `2min` is an age too; a unit with no number and no `منذ` is not.
    if units > 0 && (relative || words.len() <= 2) {
        out.relative_seconds = Some(total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn show(v: Option<StampValue>) -> String {
        let Some(v) = v else { return "-".into() };
        let mut parts = Vec::new();
        if let Some(d) = v.date {
            parts.push(d.to_string());
        }
        if let Some(t) = v.time {
            parts.push(t.to_string());
        }
        if let Some(o) = v.offset {
            parts.push(format!("{o:+}m"));
        }
        if let Some(h) = v.hijri {
            parts.push(format!("h{h}"));
        }
        if let Some(r) = v.relative_seconds {
            parts.push(format!("-{r}s"));
        }
        parts.join(" ")
    }

    fn both(line: &str) -> (String, String) {
        let (p, u) = parse(&fold(line));
        (show(p), show(u))
    }

    /// (line, published, updated): every family of the library issue, and
    /// strings that look like dates but are not. Expected Hijri conversions
    /// were computed independently (Python `convertdate.islamic`, the same
    /// tabular calendar).
    const STAMPS: &[(&str, &str, &str)] = &[
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28", "2013-08-28 14:00 +240m"),
        (
            "GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020) انسخ الرابط",
            "2020-03-17 17:27 +0m",
            "2020-03-17 17:49 +0m",
        ),
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24 21:22", "-"),
        ("الإثنين، 24 أغسطس 2020 09:23 ص", "2020-08-24 09:23", "-"),
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07 12:09", "-"),
        ("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01 02:00", "-"),
        ("2020/12/25 - 1:59 صباحًا", "2020-12-25 01:59", "-"),
        ("25 ديسمبر 2020 | 2:01 ص", "2020-12-25 02:01", "-"),
        ("November 9, 2020", "2020-11-09", "-"),
        ("الجمعة 8 فيفري 2019", "2019-02-08", "-"),
        ("2026-01-08 | 12:42", "2026-01-08 12:42", "-"),
        ("التاريخ: 03 يونيو 2020", "2020-06-03", "-"),
        ("11 شوال 1441هـ - 03 يونيو 2020م", "2020-06-03 h1441-10-11", "-"),
        ("5 رمضان 1444 هـ", "2023-03-27 h1444-09-05", "-"),
        ("GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر", "2024-11-21 07:35 +0m", "-"),
        ("منذ ساعتين", "-7200s", "-"),
        ("قبل 3 دقائق", "-180s", "-"),
        ("·منذ 7 سنوات 7 أشهر", "-238896000s", "-"),
        ("3 hours ago", "-10800s", "-"),
        ("2min", "-120s", "-"),
        ("أمس", "-86400s", "-"),
        ("2023-03-26T10:45:00+03:00", "2023-03-26 10:45 +180m", "-"),
        ("نشر في: 12/03/2023 - 10:45 ص", "2023-03-12 10:45", "-"),
        ("26-3-2023", "2023-03-26", "-"),
        ("السبت 3 يوليوز 2021", "2021-07-03", "-"),
        ("26 غشت 2022 - 10:15", "2022-08-26 10:15", "-"),
        ("الخميس 12 مارس/آذار 2020 - 14:05 بتوقيت مكة", "2020-03-12 14:05 +180m", "-"),
        ("14:32", "14:32", "-"),
        ("5 دقائق قراءة", "-", "-"),
        ("1/5", "-", "-"),
        ("عيار 21", "-", "-"),
        // Egypt and the Gulf.
        ("السبت، 14 يناير 2023 - 10:30 ص", "2023-01-14 10:30", "-"),
        ("الأحد 5 فبراير 2023 | 08:15 م", "2023-02-05 20:15", "-"),
        ("الثلاثاء 7 مارس 2023", "2023-03-07", "-"),
        ("الأربعاء 12 إبريل 2023 03:45 م", "2023-04-12 15:45", "-"),
        ("10 أبريل 2022", "2022-04-10", "-"),
        ("الخميس، 18 مايو 2023 - 11:00 ص", "2023-05-18 11:00", "-"),
        ("1 يونيه 2021", "2021-06-01", "-"),
        ("22 يونيو 2021 - 07:05 م", "2021-06-22 19:05", "-"),
        ("30 يوليه 2020", "2020-07-30", "-"),
        ("الجمعة 4 أغسطس 2023", "2023-08-04", "-"),
        ("15 اغسطس 2019 12:00 ص", "2019-08-15 00:00", "-"),
        ("الإثنين 11 سبتمبر 2023", "2023-09-11", "-"),
        ("٢٩ أكتوبر ٢٠٢٢", "2022-10-29", "-"),
        ("٣ نوفمبر ٢٠٢٣ - ٠٩:١٥ ص", "2023-11-03 09:15", "-"),
        ("31 ديسمبر 2022 11:59 م", "2022-12-31 23:59", "-"),
        // The Levant and Iraq, with double names.
        ("15 كانون الثاني 2021", "2021-01-15", "-"),
        ("3 شباط 2022", "2022-02-03", "-"),
        ("الثلاثاء 21 آذار 2023", "2023-03-21", "-"),
        ("9 نيسان 2019 - 16:20", "2019-04-09 16:20", "-"),
        ("25 أيار 2020", "2020-05-25", "-"),
        ("6 حزيران 2018", "2018-06-06", "-"),
        ("17 تموز 2021", "2021-07-17", "-"),
        ("4 آب 2020", "2020-08-04", "-"),
        ("11 أيلول 2001", "2001-09-11", "-"),
        ("1 تشرين الأول 2023", "2023-10-01", "-"),
        ("12 تشرين 2 2022", "2022-11-12", "-"),
        ("24 كانون الأول 2019", "2019-12-24", "-"),
        ("5 كانون 1 2020", "2020-12-05", "-"),
        ("30 آذار/مارس 2020", "2020-03-30", "-"),
        ("السبت 2 نيسان/أبريل 2022 - 10:00", "2022-04-02 10:00", "-"),
        // Algeria, Tunisia and Morocco.
        ("12 جانفي 2023", "2023-01-12", "-"),
        ("الخميس 23 فيفري 2023", "2023-02-23", "-"),
        ("5 أفريل 2022 على الساعة 14:30", "2022-04-05 14:30", "-"),
        ("18 ماي 2021", "2021-05-18", "-"),
        ("9 جوان 2020", "2020-06-09", "-"),
        ("14 جويلية 2019", "2019-07-14", "-"),
        ("20 أوت 2022", "2022-08-20", "-"),
        ("الأحد 3 يوليوز 2022", "2022-07-03", "-"),
        ("15 غشت 2021", "2021-08-15", "-"),
        ("28 شتنبر 2020", "2020-09-28", "-"),
        ("10 نونبر 2023", "2023-11-10", "-"),
        ("31 دجنبر 2021", "2021-12-31", "-"),
        // Hijri alone (converted by the tabular calendar) and with Gregorian.
        ("1 محرم 1445 هـ", "2023-07-19 h1445-01-01", "-"),
        ("الموافق 12 ربيع الأول 1445", "2023-09-27 h1445-03-12", "-"),
        ("3 ربيع الآخر 1444 هـ", "2022-10-29 h1444-04-03", "-"),
        ("20 جمادى الآخرة 1443هـ", "2022-01-24 h1443-06-20", "-"),
        ("5 ذي القعدة 1444 هـ", "2023-05-25 h1444-11-05", "-"),
        ("27 رجب 1445 هـ", "2024-02-07 h1445-07-27", "-"),
        ("الجمعة 9 ذو الحجة 1444 هـ الموافق 27 يونيو 2023 م", "2023-06-27 h1444-12-09", "-"),
        ("الخميس 1 رمضان 1444 هـ الموافق 23 مارس 2023 م", "2023-03-23 h1444-09-01", "-"),
        ("1 شوال 1444 هـ الموافق 25 أبريل 2023", "2023-04-25 h1444-10-01", "-"),
        // Numeric dates, in any digits.
        ("26/03/2023", "2023-03-26", "-"),
        ("2023-03-26", "2023-03-26", "-"),
        ("26.03.2023", "2023-03-26", "-"),
        ("03/26/2023", "2023-03-26", "-"),
        ("1/2/2024", "2024-02-01", "-"),
        ("12-03-23", "2023-03-12", "-"),
        ("2024/1/5", "2024-01-05", "-"),
        ("١٢/٠٣/٢٠٢٣", "2023-03-12", "-"),
        ("۲۶/۰۳/۲۰۲۳", "2023-03-26", "-"),
        // ISO 8601.
        ("2023-03-26T10:45:00Z", "2023-03-26 10:45 +0m", "-"),
        ("2023-03-26T10:45+02:00", "2023-03-26 10:45 +120m", "-"),
        ("2023-03-26 10:45:30", "2023-03-26 10:45", "-"),
        // Times, AM/PM and zones.
        ("10:45 ص", "10:45", "-"),
        ("12:30 م", "12:30", "-"),
        ("12:15 ص", "00:15", "-"),
        ("09:05 مساء", "21:05", "-"),
        ("7:30 صباحا", "07:30", "-"),
        ("16:00 بتوقيت مكة المكرمة", "16:00 +180m", "-"),
        ("14:00 GMT", "14:00 +0m", "-"),
        ("آخر تحديث: 18:20 بتوقيت غرينتش", "-", "18:20 +0m"),
        ("نشر في 5 مارس 2023، آخر تحديث في 6 مارس 2023", "2023-03-05", "2023-03-06"),
        ("Updated: March 5, 2023 10:00 am", "-", "2023-03-05 10:00"),
        ("Published on Jan 3, 2024", "2024-01-03", "-"),
        // Relative times.
        ("منذ 5 دقائق", "-300s", "-"),
        ("منذ ساعة", "-3600s", "-"),
        ("قبل يومين", "-172800s", "-"),
        ("منذ 3 أيام", "-259200s", "-"),
        ("منذ أسبوع", "-604800s", "-"),
        ("قبل شهرين", "-5184000s", "-"),
        ("منذ سنة", "-31536000s", "-"),
        ("5 hours ago", "-18000s", "-"),
        ("10 min", "-600s", "-"),
        ("البارحة", "-86400s", "-"),
        // Look like dates, are not.
        ("الهاتف: 0123456789", "-", "-"),
        ("2-1", "-", "-"),
        ("3 من 10", "-", "-"),
        ("عيار 18", "-", "-"),
        ("سعر الدولار 30.85 جنيه", "-", "-"),
        ("الفوز 3-0 على الأهلي", "-", "-"),
        ("صفحة 1 من 5", "-", "-"),
        ("رمضان كريم", "-", "-"),
        ("الدقيقة 90", "-", "-"),
    ];

    #[test]
    fn stamp_table_is_large() {
        assert!(STAMPS.len() >= 80, "{} rows", STAMPS.len());
    }

    #[test]
    fn stamp_table() {
        let wrong: Vec<_> = STAMPS
            .iter()
            .map(|(line, p, u)| (line, (p.to_string(), u.to_string()), both(line)))
            .filter(|(_, want, got)| want != got)
            .collect();
        assert!(wrong.is_empty(), "(line, expected, got): {wrong:#?}");
    }
}
