//! Excel workbooks (`.xlsx`), read with `calamine`: one sheet (the chosen one, or the largest) is
//! written out as plain cells — numbers with `.` decimals, dates in ISO form — and then typed by the same
//! code as delimited text, so that a workbook and its CSV export give the same table.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::parse::Importer;
use super::table::{civil_from_days, SECONDS_PER_DAY};
use super::values::excel_serial_seconds;
use super::{Import, ImportOptions};
use crate::core::error::IngestError;

/// Formats seconds since 1970 as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
fn iso(seconds: i64) -> String {
    let (y, m, d) = civil_from_days(seconds.div_euclid(SECONDS_PER_DAY));
    let s = seconds.rem_euclid(SECONDS_PER_DAY);
    if s == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
            s / 3600,
            (s % 3600) / 60,
            s % 60
        )
    }
}

/// One cell as text the delimited-text reader understands.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => format!("{f}"),
        Data::Bool(b) => b.to_string(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            excel_serial_seconds(dt.as_f64()).map_or_else(String::new, iso)
        }
        Data::DateTime(dt) => format!("{}", dt.as_f64()),
    }
}

/// Appends a CSV field, quoted when needed.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Whether a workbook that failed to open is an Excel file at all.
fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|w| w == b"xl/workbook")
}

/// Reads one sheet of a workbook into a table and report.
pub fn read_workbook(file: &str, bytes: &[u8], options: &ImportOptions) -> Result<Import, IngestError> {
    let mut workbook = match Xlsx::new(Cursor::new(bytes)) {
        Ok(w) => w,
        Err(e) if looks_like_workbook(bytes) => {
            return Err(IngestError::Workbook {
                file: file.to_string(),
                reason: e.to_string(),
            })
        }
        Err(_) => {
            return Err(IngestError::NotTabular {
                file: file.to_string(),
                found: crate::phrase!("a zip archive that is not an Excel workbook").to_string(),
            })
        }
    };
    let sheets = workbook.sheet_names();
    let chosen = match &options.sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.eq_ignore_ascii_case(wanted.trim()))
            .cloned()
            .ok_or_else(|| IngestError::SheetNotFound {
                file: file.to_string(),
                sheet: wanted.clone(),
                available: sheets.join(", "),
            })?,
        None => {
            // The sheet with the most cells: workbooks often start with a cover or notes sheet.
            let mut best: Option<(usize, String)> = None;
            for name in &sheets {
                let cells = workbook
                    .worksheet_range(name)
                    .map_or(0, |r| r.get_size().0 * r.get_size().1);
                if cells > 0 && best.as_ref().is_none_or(|(most, _)| cells > *most) {
                    best = Some((cells, name.clone()));
                }
            }
            best.map(|(_, name)| name).ok_or_else(|| IngestError::Empty {
                file: file.to_string(),
            })?
        }
    };
    let range = workbook
        .worksheet_range(&chosen)
        .map_err(|e| IngestError::Workbook {
            file: file.to_string(),
            reason: e.to_string(),
        })?;
    // Blank lines for the rows above the used range keep line numbers equal to sheet row numbers.
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut text = "\n".repeat(first_row);
    for row in range.rows() {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            push_field(&mut text, &cell_text(cell));
        }
        text.push('\n');
    }
    drop(range);
    let text_options = ImportOptions {
        encoding: Some("utf-8".into()),
        delimiter: Some(b','),
        decimal_comma: Some(false),
        day_first: options.day_first,
        sheet: None,
    };
    let mut importer = Importer::new(file, text_options);
    importer.push(text.as_bytes())?;
    let mut import = importer.finish()?;
    let report = &mut import.report;
    report.encoding = "xlsx".into();
    report.delimiter = "xlsx".into();
    report
        .notes
        .retain(|n| !n.starts_with("Encoding ") && !n.starts_with("Delimiter "));
    report.notes.insert(
        0,
        crate::text_n!(
            "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
            "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
            count = sheets.len(),
            sheet = &chosen
        ),
    );
    report.sheets = sheets;
    Ok(import)
}
