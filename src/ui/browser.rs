//! Browser glue: reading files, the URL fragment, downloads.
