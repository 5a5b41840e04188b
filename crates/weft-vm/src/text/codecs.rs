//! The text codecs weft ships — UTF-8, ASCII and Latin-1 — with CPython's
//! error handlers (`strict`, `ignore`, `replace`, `xmlcharrefreplace` and
//! `backslashreplace`) and CPython's error positions and reasons, so that
//! `UnicodeEncodeError`/`UnicodeDecodeError` read exactly as CPython's.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    /// Looks an encoding up by any of the names CPython accepts for it
    /// (case, `-`, `_` and spaces do not matter).
    pub fn lookup(name: &str) -> Option<Encoding> {
        let normal: String =
            name.chars().filter(|c| !matches!(c, '-' | '_' | ' ')).map(|c| c.to_ascii_lowercase()).collect();
        match normal.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
            "ascii" | "usascii" | "646" => Some(Encoding::Ascii),
            "latin1" | "latin" | "l1" | "iso88591" | "iso885911987" | "8859" | "cp819" => Some(Encoding::Latin1),
            _ => None,
        }
    }

    /// The name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Encoding::Utf8 => u32::MAX,
            Encoding::Ascii => 0x80,
            Encoding::Latin1 => 0x100,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    XmlCharRefReplace,
    BackslashReplace,
}

impl Handler {
    pub fn lookup(name: &str) -> Option<Handler> {
        match name {
            "strict" => Some(Handler::Strict),
            "ignore" => Some(Handler::Ignore),
            "replace" => Some(Handler::Replace),
            "xmlcharrefreplace" => Some(Handler::XmlCharRefReplace),
            "backslashreplace" => Some(Handler::BackslashReplace),
            _ => None,
        }
    }
}

/// A failure under the `strict` handler; positions are code points when
/// encoding and bytes when decoding, `end` exclusive.
#[derive(Debug, PartialEq, Eq)]
pub struct CodecError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

pub fn encode(text: &str, encoding: Encoding, handler: Handler) -> Result<Vec<u8>, CodecError> {
    if encoding == Encoding::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = encoding.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let code = u32::from(chars[i]);
        if code < limit {
            out.push(code as u8);
            i += 1;
            continue;
        }
        // CPython reports a whole run of unencodable characters at once.
        let end = i + chars[i..].iter().take_while(|&&c| u32::from(c) >= limit).count();
        let reason =
            if encoding == Encoding::Ascii { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
        for &c in &chars[i..end] {
            match handler {
                Handler::Strict => return Err(CodecError { start: i, end, reason }),
                Handler::Ignore => {}
                Handler::Replace => out.push(b'?'),
                Handler::XmlCharRefReplace => out.extend(format!("&#{};", u32::from(c)).bytes()),
                Handler::BackslashReplace => out.extend(escape(u32::from(c)).bytes()),
            }
        }
        i = end;
    }
    Ok(out)
}

pub fn decode(bytes: &[u8], encoding: Encoding, handler: Handler) -> Result<String, CodecError> {
    match encoding {
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Encoding::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                } else {
                    let error = CodecError { start: i, end: i + 1, reason: "ordinal not in range(128)" };
                    replace_bytes(&mut out, &bytes[i..=i], handler, error)?;
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => decode_utf8(bytes, handler),
    }
}

fn decode_utf8(mut bytes: &[u8], handler: Handler) -> Result<String, CodecError> {
    let mut out = String::with_capacity(bytes.len());
    let mut offset = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                out.push_str(text);
                return Ok(out);
            }
            Err(error) => {
                let valid = error.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[..valid]).expect("checked valid"));
                let start = offset + valid;
                let (length, reason) = match error.error_len() {
                    None => (bytes.len() - valid, "unexpected end of data"),
                    Some(_) if !is_lead_byte(bytes[valid]) => (1, "invalid start byte"),
                    Some(length) => (length, "invalid continuation byte"),
                };
                // CPython reports only the first byte of a bad sequence, or the
                // whole truncated tail at the end of the data.
                let end = if reason == "unexpected end of data" { start + length } else { start + 1 };
                let error = CodecError { start, end, reason };
                replace_bytes(&mut out, &bytes[valid..valid + length], handler, error)?;
                bytes = &bytes[valid + length..];
                offset = start + length;
            }
        }
    }
}

fn is_lead_byte(byte: u8) -> bool {
    matches!(byte, 0xC2..=0xF4)
}

/// Applies the handler to undecodable bytes: one U+FFFD per bad sequence
/// for `replace`, one escape per byte for `backslashreplace`.
fn replace_bytes(out: &mut String, bad: &[u8], handler: Handler, error: CodecError) -> Result<(), CodecError> {
    match handler {
        Handler::Strict | Handler::XmlCharRefReplace => return Err(error),
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{FFFD}'),
        Handler::BackslashReplace => bad.iter().for_each(|&b| out.push_str(&format!("\\x{b:02x}"))),
    }
    Ok(())
}

fn escape(code: u32) -> String {
    match code {
        0..=0xFF => format!("\\x{code:02x}"),
        0x100..=0xFFFF => format!("\\u{code:04x}"),
        _ => format!("\\U{code:08x}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_names_normalise() {
        assert_eq!(Encoding::lookup("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::lookup("iso-8859-1"), Some(Encoding::Latin1));
        assert_eq!(Encoding::lookup("US_ASCII"), Some(Encoding::Ascii));
        assert_eq!(Encoding::lookup("utf-16"), None);
    }

    #[test]
    fn unencodable_runs_are_reported_together() {
        let error = encode("aéé€b", Encoding::Ascii, Handler::Strict).unwrap_err();
        assert_eq!((error.start, error.end), (1, 4));
        assert_eq!(encode("aé€", Encoding::Latin1, Handler::Replace).unwrap(), b"a\xe9?");
        assert_eq!(encode("é😀", Encoding::Ascii, Handler::BackslashReplace).unwrap(), b"\\xe9\\U0001f600");
    }

    #[test]
    fn utf8_errors_match_cpython() {
        let error = decode(b"ab\xff", Encoding::Utf8, Handler::Strict).unwrap_err();
        assert_eq!(error, CodecError { start: 2, end: 3, reason: "invalid start byte" });
        let error = decode(b"\xe9ab", Encoding::Utf8, Handler::Strict).unwrap_err();
        assert_eq!(error, CodecError { start: 0, end: 1, reason: "invalid continuation byte" });
        let error = decode(b"a\xe2\x82", Encoding::Utf8, Handler::Strict).unwrap_err();
        assert_eq!(error, CodecError { start: 1, end: 3, reason: "unexpected end of data" });
        assert_eq!(decode(b"\xff\xfeA", Encoding::Utf8, Handler::Replace).unwrap(), "\u{FFFD}\u{FFFD}A");
        assert_eq!(decode(b"a\xffb", Encoding::Utf8, Handler::BackslashReplace).unwrap(), "a\\xffb");
    }
}
