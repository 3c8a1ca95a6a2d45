//! Why a form cannot be saved yet, and the field to put right.

/// The text of a field that must not be left empty, or a kind word saying so.
pub(super) fn required(text: String, what: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err(format!(
            "{what} needs a few words first; {{key:editor.cancel}} closes without saving."
        ));
    }
    Ok(text)
}

/// Why a form cannot be saved yet, and the field to put right when one field is the cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub message: String,
    pub field: Option<usize>,
}

impl From<String> for FormError {
    fn from(message: String) -> FormError {
        FormError {
            message,
            field: None,
        }
    }
}

impl From<&str> for FormError {
    fn from(message: &str) -> FormError {
        FormError::from(message.to_string())
    }
}
