//! How an import report's findings read on the page: the thousands separator by name and each
//! column's type as it was read, in the page's language.

use crate::core::i18n::{self, Lang};
use crate::core::ingest::table::ColumnType;
use crate::core::ingest::ColumnReport;

/// The thousands separator of a file's numbers: spaces by name (they cannot be seen), any other
/// character as it is written.
pub fn grouping_name(lang: Lang, grouping: char) -> String {
    let name = match grouping {
        ' ' => crate::phrase!("space"),
        '\u{A0}' => crate::phrase!("no-break space"),
        '\u{202F}' => crate::phrase!("narrow no-break space"),
        other => return other.to_string(),
    };
    i18n::phrase(lang, name).to_string()
}

/// A column's type as the file was read ("Amount of money (EUR)", "Date and time"…), followed by how
/// many of its values did not fit, when any did.
pub fn column_type(lang: Lang, column: &ColumnReport) -> String {
    let name = match column.column_type {
        ColumnType::Number => crate::phrase!("Number"),
        ColumnType::Money => crate::phrase!("Amount of money"),
        ColumnType::Percent => crate::phrase!("Percentage"),
        ColumnType::Date => crate::phrase!("Date"),
        ColumnType::DateTime => crate::phrase!("Date and time"),
        ColumnType::Bool => crate::phrase!("Yes/no"),
        ColumnType::Text => crate::phrase!("Text"),
    };
    let mut text = i18n::phrase(lang, name).to_string();
    if let Some(currency) = &column.currency {
        text.push_str(&format!(" ({currency})"));
    }
    if column.rejected > 0 {
        let rejected = crate::text!("{count} values not understood", count = column.rejected);
        text.push_str(" · ");
        text.push_str(&i18n::render(lang, &rejected));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(column_type: ColumnType, currency: Option<&str>, rejected: usize) -> ColumnReport {
        ColumnReport {
            name: "Montant".into(),
            column_type,
            currency: currency.map(str::to_string),
            samples: Vec::new(),
            note: None,
            rejected,
        }
    }

    #[test]
    fn a_column_reads_as_its_type_its_currency_and_what_did_not_fit() {
        assert_eq!(
            column_type(Lang::En, &column(ColumnType::DateTime, None, 0)),
            "Date and time"
        );
        assert_eq!(
            column_type(Lang::En, &column(ColumnType::Money, Some("EUR"), 3)),
            "Amount of money (EUR) · 3 values not understood"
        );
        assert!(column_type(Lang::Fr, &column(ColumnType::Text, None, 0)).starts_with("Texte"));
        assert!(column_type(Lang::Ja, &column(ColumnType::Number, None, 0)).starts_with("数値"));
    }

    #[test]
    fn spaces_are_named_and_other_separators_shown() {
        assert_eq!(grouping_name(Lang::En, '\u{A0}'), "no-break space");
        assert_eq!(grouping_name(Lang::Fr, '\u{202F}'), "espace fine insécable");
        assert_eq!(grouping_name(Lang::En, '.'), ".");
        assert_eq!(grouping_name(Lang::En, '\''), "'");
    }
}
