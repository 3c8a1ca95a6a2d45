//! The terminal's lifecycle: raw mode, the alternate screen and bracketed paste on start, and
//! all of it undone on every way out (quit, Ctrl-C, an error, a panic, SIGTERM, SIGHUP).

use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use crate::app::App;

/// Held while drawing, so a signal never restores the terminal in the middle of a frame.
static SCREEN: Mutex<()> = Mutex::new(());
/// Whether the terminal is in bounce's modes and needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether the mouse is reported to bounce (on unless the config turns it off).
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, whatever way the app loop ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn enter() -> io::Result<DefaultTerminal> {
    // What a bounce killed while the person's editor was open left behind.
    crate::private_temp::remove_stale(&std::env::temp_dir());
    install_panic_hook();
    install_signal_handlers()?;
    enter_modes()?;
    let backend = ratatui::backend::CrosstermBackend::new(io::stdout());
    ratatui::Terminal::new(backend)
}

/// The panic report is printed only after the terminal is back to normal, so it is readable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// SIGTERM and SIGHUP restore the terminal and end the process; typed text was already kept
/// as a draft within the last second.
fn install_signal_handlers() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _screen = SCREEN.lock();
                restore();
                crate::private_temp::remove_live();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Leaves the terminal to the person's editor (`$VISUAL`, `$EDITOR`, else `vi`) on a
/// private temp file, then takes the terminal back and returns the text.
fn edit_externally(terminal: &mut DefaultTerminal, text: &str) -> Result<String, String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .ok()
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string());
    let file = crate::private_temp::PrivateFile::create(text)
        .map_err(|e| format!("Could not prepare a file for your editor: {e}"))?;
    restore();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status();
    let back = enter_again(terminal);
    let outcome = match status {
        Ok(s) if s.success() => file
            .read()
            .map_err(|e| format!("Could not read back what you wrote: {e}")),
        Ok(_) => Err(format!(
            "{editor} ended with an error; your text is as it was."
        )),
        Err(e) => Err(format!(
            "Could not start {editor} ({e}); your text is as it was."
        )),
    };
    back.map_err(|e| format!("Could not take the terminal back: {e}"))?;
    outcome
}

fn enter_again(terminal: &mut DefaultTerminal) -> io::Result<()> {
    enter_modes()?;
    terminal.clear()
}

/// Raw mode, the alternate screen and bracketed paste: everything `restore` undoes.
fn enter_modes() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Asks the terminal to put `text` on the clipboard (OSC 52); terminals that do not allow
/// it ignore the request.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Whether an event is waiting to be read. Crossterm keeps what it looked at for the next
/// read, so asking loses nothing.
fn event_waiting() -> bool {
    event::poll(std::time::Duration::ZERO).unwrap_or(false)
}

/// Runs the app until it quits: draw, wait for an event (or the draft deadline), handle it.
pub fn run(app: &mut App) -> anyhow::Result<()> {
    // The guard comes first, so a failure half way through entering still restores.
    let _guard = Guard;
    MOUSE.store(app.mouse(), Ordering::SeqCst);
    let mut terminal = enter()?;
    app.store().check_in_background();
    app.stop_searches_when(event_waiting);
    let mut dirty = true;
    while !app.should_quit() {
        if dirty {
            let _screen = SCREEN.lock();
            terminal.draw(|frame| app.render(frame))?;
            dirty = false;
        }
        let ready = match app.next_deadline() {
            Some(wait) => event::poll(wait)?,
            None => true,
        };
        if ready {
            dirty |= app.handle_event(event::read()?);
            if let Some(text) = app.take_external() {
                let result = edit_externally(&mut terminal, &text);
                app.finish_external(result);
                dirty = true;
            }
            if let Some(text) = app.take_clipboard() {
                let _screen = SCREEN.lock();
                copy_to_clipboard(&text)?;
            }
        } else {
            app.tick();
            dirty = true;
        }
        #[cfg(debug_assertions)]
        if std::env::var_os("BOUNCE_DEBUG_PANIC").is_some() && app.should_quit() {
            panic!("panic requested by BOUNCE_DEBUG_PANIC");
        }
        #[cfg(debug_assertions)]
        if std::env::var_os("BOUNCE_DEBUG_ERROR").is_some() && app.should_quit() {
            anyhow::bail!("error requested by BOUNCE_DEBUG_ERROR");
        }
    }
    Ok(())
}
