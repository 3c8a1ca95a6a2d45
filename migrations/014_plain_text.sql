-- Text is kept plain: no control character but the line break and the tab. What journals
-- already hold is cleaned once by this migration's hook (store/plain.rs), which needs Rust
-- to find and rewrite each character; this file itself changes no table.
SELECT 1;
