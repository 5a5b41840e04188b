//! A compiled regular expression (`_regex.compile`'s result, held by a
//! `re.Pattern`): the `fancy-regex` programs for each way a pattern is
//! applied, compiled once.

use fancy_regex::{BytesMode, Regex, RegexBuilder};

use crate::modules::regex_syntax::Translated;

/// How a pattern is applied at a position.
#[derive(Clone, Copy)]
pub enum Mode {
    /// The first match at or after the position (`search`).
    Search,
    /// A match starting at the position (`match`).
    Anchored,
    /// A match spanning from the position to the end (`fullmatch`).
    Full,
    /// A non-empty match starting at the position: the retry after an empty
    /// match, so iteration moves on (as `sre`'s "must advance").
    Advancing,
}

pub struct CompiledPattern {
    search: Regex,
    anchored: Regex,
    full: Regex,
    /// None when the pattern can only ever match empty.
    advancing: Option<Regex>,
    /// Over bytes (the pattern was bytes): subjects are matched byte-wise.
    pub bytes: bool,
    pub groups: usize,
    /// Named groups and their indices.
    pub names: Vec<(String, usize)>,
    /// Each capturing group's enclosing group (see `regex_syntax`).
    pub parents: Vec<usize>,
}

/// Generous: the backtracking engine gives up (an error, not a hang) past it.
const BACKTRACK_LIMIT: usize = 10_000_000;

fn build(pattern: String, bytes: bool, not_empty: bool) -> Result<Regex, String> {
    let mut builder = RegexBuilder::new(&pattern);
    builder.backtrack_limit(BACKTRACK_LIMIT).find_not_empty(not_empty);
    if bytes {
        builder.bytes_mode(BytesMode::Ascii);
    }
    builder.build().map_err(|error| error.to_string())
}

impl CompiledPattern {
    pub fn new(translated: &Translated, bytes: bool) -> Result<CompiledPattern, String> {
        let body = &translated.pattern;
        let search = build(body.clone(), bytes, false)?;
        let names = search
            .capture_names()
            .enumerate()
            .filter_map(|(index, name)| name.map(|name| (name.to_owned(), index)))
            .collect();
        Ok(CompiledPattern {
            groups: search.captures_len() - 1,
            anchored: build(format!(r"\G(?:{body})"), bytes, false)?,
            full: build(format!(r"\G(?:{body})\z"), bytes, false)?,
            advancing: build(format!(r"\G(?:{body})"), bytes, true).ok(),
            search,
            bytes,
            names,
            parents: translated.parents.clone(),
        })
    }

    pub fn program(&self, mode: Mode) -> Option<&Regex> {
        match mode {
            Mode::Search => Some(&self.search),
            Mode::Anchored => Some(&self.anchored),
            Mode::Full => Some(&self.full),
            Mode::Advancing => self.advancing.as_ref(),
        }
    }
}
