//! Message catalogues of the page, one per language.
