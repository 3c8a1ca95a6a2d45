//! How a text is cut into raw words and clause ends, before any rule is applied.

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

/// Words of a text as (lower-cased word with straight apostrophes, start, end), with an
/// empty word where a clause ends.
pub(super) fn raw_words(text: &str) -> Vec<(String, usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut current: Option<(String, usize)> = None;
    let flush = |current: &mut Option<(String, usize)>, end: usize, out: &mut Vec<_>| {
        if let Some((word, start)) = current.take() {
            out.push((word, start, end));
        }
    };
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev_alnum = i > 0 && chars[i - 1].1.is_alphanumeric();
        let next_alnum = chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() {
            let word = current.get_or_insert_with(|| (String::new(), at));
            word.0.extend(c.to_lowercase());
        } else if is_apostrophe(c) && current.is_some() && next_alnum {
            if let Some(word) = current.as_mut() {
                word.0.push('\'');
            }
        } else {
            flush(&mut current, at, &mut out);
            let joins_words = c == '-' && prev_alnum && next_alnum;
            if !joins_words && ends_clause(c) {
                out.push((String::new(), at, at));
            }
        }
    }
    flush(&mut current, text.len(), &mut out);
    out
}

fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '“'
            | '”'
            | '—'
            | '–'
            | '-'
            | '…'
            | '\n'
            | '\r'
    )
}
