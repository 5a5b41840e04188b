//! `format(str, spec)`: truncation to the precision and padding, both
//! counted in code points.

use super::error::FormatError;
use super::layout::{Field, pad};
use super::spec::{Align, FormatSpec, Sign, unknown_code};

/// Formats a string under a parsed spec (type `s` or none). `type_name` is
/// for the unknown-type message: `str`, or a subclass's name.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    spec.check_grouping(Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FormatError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(FormatError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let (kept, used) = truncate(value, spec.precision);
    pad(kept.to_owned(), used, 0, &Field::for_text(spec))
}

/// The first `limit` code points of `text` (all of it without a limit), and
/// how many code points that is.
pub(crate) fn truncate(text: &str, limit: Option<usize>) -> (&str, usize) {
    let limit = limit.unwrap_or(usize::MAX);
    match text.char_indices().nth(limit) {
        Some((end, _)) => (&text[..end], limit),
        None => (text, text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(value: &str, spec: &str) -> String {
        let spec = FormatSpec::parse(spec, "str").unwrap();
        format_str(value, &spec, "str").unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn code_points_not_bytes() {
        assert_eq!(format("é", "^4"), " é  ");
        assert_eq!(format("héllo", ".2"), "hé");
        assert_eq!(format("日本語", "*>5.2"), "***日本");
        assert_eq!(truncate("abc", Some(0)), ("", 0));
        assert_eq!(truncate("abc", Some(5)), ("abc", 3));
    }

    #[test]
    fn zero_is_only_a_fill() {
        assert_eq!(format("ab", "05"), "ab000");
        assert_eq!(format("ab", ">05"), "000ab");
    }
}
