//! Calendar dates and times, and the arithmetic metadata needs: days since
//! the epoch (proleptic Gregorian) and the tabular Islamic calendar.

use std::fmt;

/// A Gregorian calendar date. Displays as ISO 8601 (`2023-03-26`).
///
/// ```
/// let date = nazif::Date::new(2023, 3, 26).unwrap();
/// assert_eq!(date.to_string(), "2023-03-26");
/// assert!(nazif::Date::new(2023, 2, 30).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, or `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    pub(crate) fn from_days(days: i64) -> Date {
        let (year, month, day) = civil_from_days(days);
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day, to the minute. Displays as `HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    hour: u8,
    minute: u8,
}

impl Time {
    /// A time, or `None` when out of range.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    /// The hour, 0–23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0–59.
    pub fn minute(&self) -> u8 {
        self.minute
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// A date of the Islamic (Hijri) calendar as the page gives it. Displays as
/// `1444-09-04`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HijriDate {
    year: i32,
    month: u8,
    day: u8,
}

impl HijriDate {
    /// A Hijri date, or `None` when out of range (days 1–30, months 1–12).
    pub fn new(year: i32, month: u8, day: u8) -> Option<HijriDate> {
        ((1..=12).contains(&month) && (1..=30).contains(&day) && year > 0).then_some(HijriDate { year, month, day })
    }

    /// The year (AH).
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 (Muharram) – 12 (Dhu al-Hijja).
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The Gregorian date by the tabular Islamic calendar (civil epoch,
    /// 16 July 622 Julian, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26
    /// and 29 of each 30-year cycle). Observed calendars (Umm al-Qura, moon
    /// sighting) may differ from it by a day or two.
    ///
    /// ```
    /// // 11 Shawwal 1441 AH
    /// let hijri = nazif::HijriDate::new(1441, 10, 11).unwrap();
    /// assert_eq!(hijri.to_gregorian().to_string(), "2020-06-03");
    /// ```
    pub fn to_gregorian(&self) -> Date {
        let y = i64::from(self.year);
        let m = i64::from(self.month);
        // Days from the epoch to the start of the month: 30 and 29 days in
        // turn, and 354 days a year plus the cycle's leap days.
        let jdn =
            i64::from(self.day) + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_440 - 1;
        Date::from_days(jdn - 2_440_588)
    }
}

impl fmt::Display for HijriDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in [-800_000, -1, 0, 1, 18_000, 19_000, 20_000, 2_932_896] {
            let d = Date::from_days(days);
            assert_eq!(d.days(), days, "{d}");
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days(), 11_017);
    }

    /// (Hijri y, m, d, Gregorian by the tabular calendar).
    const HIJRI: &[(i32, u8, u8, &str)] = &[
        (1, 1, 1, "0622-07-19"),
        (1441, 10, 11, "2020-06-03"),
        (1444, 9, 1, "2023-03-23"),
        (1445, 1, 1, "2023-07-19"),
        (1400, 1, 1, "1979-11-21"),
    ];

    #[test]
    fn hijri_table() {
        for (y, m, d, want) in HIJRI {
            assert_eq!(HijriDate::new(*y, *m, *d).unwrap().to_gregorian().to_string(), *want, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn invalid_dates() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Time::new(24, 0).is_none());
        assert!(HijriDate::new(1444, 9, 31).is_none());
    }
}
