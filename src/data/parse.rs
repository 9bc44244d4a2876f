//! Reading one cell: missing values, numbers, dates and date-times, and
//! the kind a column's first cells have. Used by the CSV loader that reads
//! both the embedded samples and a user's file.

use super::table::Kind;
use rgg_gallery::scale::days_from_civil;

/// Cells that mean "no value".
pub fn is_missing(cell: &str) -> bool {
    matches!(cell.trim(), "" | "NA" | "N/A" | "NaN" | "nan" | "null" | "NULL")
}

/// [`is_missing`] for raw bytes, already trimmed.
pub fn is_missing_bytes(cell: &[u8]) -> bool {
    matches!(cell, b"" | b"NA" | b"N/A" | b"NaN" | b"nan" | b"null" | b"NULL")
}

/// A date in one of the layouts people write: 2012-03-01, 2012/03/01, 2012-03.
pub fn parse_date(cell: &str) -> Option<f64> {
    let s = cell.trim();
    let sep = if s.contains('-') { '-' } else { '/' };
    let mut parts = s.splitn(3, sep);
    let year: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let month: u32 = parts.next().filter(|p| (1..=2).contains(&p.len()))?.parse().ok()?;
    let day: u32 = match parts.next() {
        Some(p) if (1..=2).contains(&p.len()) => p.parse().ok()?,
        Some(_) => return None,
        None => 1,
    };
    let days_in_month = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then(|| days_from_civil(year, month, day) as f64)
}

/// A date or date-time as (fractional) days since 1970-01-01: ISO 8601
/// dates and date-times (with or without an offset), `YYYY-MM`, and
/// `YYYY/MM/DD`.
pub fn parse_datetime(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Some(days) = parse_date(text) {
        return Some(days);
    }
    let from_civil = |dt: jiff::civil::DateTime| {
        let days = rgg_gallery::scale::days_from_civil(i32::from(dt.year()), dt.month() as u32, dt.day() as u32) as f64;
        let seconds = f64::from(dt.hour()) * 3600.0 + f64::from(dt.minute()) * 60.0 + f64::from(dt.second());
        days + seconds / 86_400.0
    };
    if let Ok(dt) = text.parse::<jiff::civil::DateTime>() {
        return Some(from_civil(dt));
    }
    if let Ok(ts) = text.parse::<jiff::Timestamp>() {
        return Some(ts.as_second() as f64 / 86_400.0);
    }
    None
}

/// The plain decimal at the start of `bytes` and its length, stopping at
/// the first byte that is not part of it.
pub fn scan_decimal(bytes: &[u8]) -> Option<(f64, usize)> {
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at = 1;
            true
        }
        Some(b'+') => {
            at = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut scale = 0;
    let mut seen_dot = false;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_digit() {
            // Wrapping: more than 15 digits is refused below anyway.
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            digits += 1;
            scale += usize::from(seen_dot);
        } else if b == b'.' && !seen_dot {
            seen_dot = true;
        } else {
            break;
        }
        at += 1;
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    let mut value = mantissa as f64;
    if scale > 0 {
        // One correctly rounded division (Clinger's fast path); whole
        // numbers, common in ids and time steps, need none.
        value /= EXACT_POWERS_OF_TEN[scale];
    }
    Some((if negative { -value } else { value }, at))
}

/// Powers of ten that f64 holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// `-12.375` and the like (sign, digits, optional fraction; no exponent,
/// at most 15 digits): the integer mantissa and a power of ten are both
/// exact in f64, so one division is correctly rounded (Clinger's fast
/// path). Anything else returns None for the general parser.
pub fn parse_simple_decimal(cell: &[u8]) -> Option<f64> {
    scan_decimal(cell).and_then(|(value, used)| (used == cell.len()).then_some(value))
}

/// A decimal number (fast path, no allocation); infinities parse as such.
pub fn parse_number(cell: &[u8]) -> Option<f64> {
    if let Some(v) = parse_simple_decimal(cell) {
        return Some(v);
    }
    let (value, used) = fast_float2::parse_partial::<f64, _>(cell).ok()?;
    (used == cell.len()).then_some(value)
}

/// Numbers if every present cell of the first rows is a number, else dates
/// if every one is a date, else categories.
pub fn infer_kind<'a, I: Iterator<Item = &'a [u8]> + Clone>(cells: &I) -> Kind {
    let present = || cells.clone().map(<[u8]>::trim_ascii).filter(|c| !is_missing_bytes(c));
    if present().next().is_none() {
        return Kind::Category;
    }
    if present().all(|c| parse_number(c).is_some()) {
        return Kind::Number;
    }
    if present().all(|c| std::str::from_utf8(c).ok().and_then(parse_datetime).is_some()) {
        return Kind::Date;
    }
    Kind::Category
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_validated() {
        assert!(parse_date("2012-02-30").is_none());
        assert!(parse_date("2012/02/29").is_some());
        assert!(parse_date("12-02-01").is_none());
        assert_eq!(parse_date("1970-01-01"), Some(0.0));
    }

    #[test]
    fn simple_decimals_match_the_general_parser() {
        for text in [
            "0",
            "-0.5",
            "+3.25",
            "123456.789012",
            "0.000001",
            "7.",
            ".5",
            "999999999999999",
            "-1.100",
        ] {
            let general: f64 = text.parse().expect("a number");
            assert_eq!(parse_simple_decimal(text.as_bytes()), Some(general), "{text}");
        }
        for text in [
            "",
            "-",
            ".",
            "1e5",
            "1.2.3",
            "12a",
            " 1",
            "1234567890123456",
            "inf",
            "NaN",
        ] {
            assert_eq!(parse_simple_decimal(text.as_bytes()), None, "{text}");
        }
        assert_eq!(parse_number(b"1e5"), Some(1e5));
        assert_eq!(parse_number(b"1234567890123456789"), Some(1_234_567_890_123_456_789.0));
    }

    #[test]
    fn the_first_cells_decide_the_kind() {
        let kind = |cells: &[&[u8]]| infer_kind(&cells.iter().copied());
        assert_eq!(kind(&[b"1", b" 2.5 ", b"NA"]), Kind::Number);
        assert_eq!(kind(&[b"2012-03-01", b"", b"2012-04"]), Kind::Date);
        assert_eq!(kind(&[b"1", b"x"]), Kind::Category);
        assert_eq!(kind(&[b"NA", b""]), Kind::Category);
    }
}
