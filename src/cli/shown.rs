//! What subcommands print to a terminal: text that could steer it shows as placeholders.

use std::io::{IsTerminal, Write};

use crate::domain::text::{needs_placeholder, visible};

/// Stdout for subcommands. On a terminal, control characters other than line breaks and
/// tabs, and direction controls, are printed as the placeholders the app shows; into a pipe
/// or a file everything passes exactly as it is.
pub struct Shown<W: Write> {
    inner: W,
    on_terminal: bool,
    /// The start of a character split across two writes.
    pending: Vec<u8>,
}

impl Shown<std::io::StdoutLock<'static>> {
    pub fn stdout() -> Self {
        let stdout = std::io::stdout();
        let on_terminal = stdout.is_terminal();
        Shown::new(stdout.lock(), on_terminal)
    }
}

impl<W: Write> Shown<W> {
    pub fn new(inner: W, on_terminal: bool) -> Self {
        Shown {
            inner,
            on_terminal,
            pending: Vec::new(),
        }
    }

    fn write_shown(&mut self, text: &str) -> std::io::Result<()> {
        let mut shown = String::with_capacity(text.len());
        for c in text.chars() {
            if c != '\n' && c != '\t' && needs_placeholder(c) {
                shown.push_str(&visible(c.encode_utf8(&mut [0; 4])));
            } else {
                shown.push(c);
            }
        }
        self.inner.write_all(shown.as_bytes())
    }
}

impl<W: Write> Write for Shown<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if !self.on_terminal {
            return self.inner.write(bytes);
        }
        self.pending.extend_from_slice(bytes);
        let pending = std::mem::take(&mut self.pending);
        let mut rest = pending.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.write_shown(text)?;
                    break;
                }
                Err(e) => {
                    let (good, after) = rest.split_at(e.valid_up_to());
                    self.write_shown(std::str::from_utf8(good).unwrap_or_default())?;
                    match e.error_len() {
                        // Bytes that are not text at all.
                        Some(len) => {
                            self.inner.write_all("\u{fffd}".as_bytes())?;
                            rest = &after[len..];
                        }
                        // A character cut short: its end comes with the next write.
                        None => {
                            self.pending = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            self.pending.clear();
            self.inner.write_all("\u{fffd}".as_bytes())?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Shown<W> {
    fn drop(&mut self) {
        // A failed last flush has nowhere to be reported; stdout is closing anyway.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(on_terminal: bool, writes: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut shown = Shown::new(&mut out, on_terminal);
            for bytes in writes {
                shown.write_all(bytes).unwrap();
            }
        }
        out
    }

    #[test]
    fn a_terminal_sees_placeholders_and_lines_stay_lines() {
        let line = "id\tLost \u{1b}]0;owned\u{7}pitch \u{202e}x\n".as_bytes();
        assert_eq!(
            String::from_utf8(printed(true, &[line])).unwrap(),
            "id\tLost ␛]0;owned␇pitch �x\n"
        );
    }

    #[test]
    fn a_pipe_gets_the_text_exactly() {
        let line = "Lost \u{1b}[31mred\n".as_bytes();
        assert_eq!(printed(false, &[line]), line);
    }

    #[test]
    fn a_character_split_across_writes_arrives_whole() {
        let text = "日本\u{1b}".as_bytes();
        let (a, b) = text.split_at(4);
        assert_eq!(String::from_utf8(printed(true, &[a, b])).unwrap(), "日本␛");
        assert_eq!(
            String::from_utf8(printed(true, &[b"a\xffb"])).unwrap(),
            "a\u{fffd}b"
        );
    }
}
