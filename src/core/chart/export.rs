//! CSV export of a table that Excel opens correctly in every language: UTF-8 with a byte order
//! mark, RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as a formula
//! neutralised with a leading `'`.

/// UTF-8 byte order mark: tells Excel the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `header` then `rows` as CSV bytes (see the module documentation).
pub fn csv_export(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let size: usize = header.iter().map(|c| c.len() + 3).sum::<usize>()
        + rows
            .iter()
            .flat_map(|r| r.iter().map(|c| c.len() + 3))
            .sum::<usize>();
    let mut out = Vec::with_capacity(BOM.len() + size + 2 * (rows.len() + 1));
    out.extend_from_slice(BOM);
    write_record(&mut out, header);
    for row in rows {
        write_record(&mut out, row);
    }
    out
}

fn write_record(out: &mut Vec<u8>, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_cell(out, &neutralise(cell));
    }
    out.extend_from_slice(b"\r\n");
}

fn write_cell(out: &mut Vec<u8>, cell: &str) {
    let needs_quotes = cell.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'));
    if !needs_quotes {
        out.extend_from_slice(cell.as_bytes());
        return;
    }
    out.push(b'"');
    for b in cell.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// `cell`, prefixed with `'` when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// (a spreadsheet would evaluate it as a formula), unless it is a plain number such as `-12.5`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    if risky && !is_plain_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// `[+-]digits[.digits][e[+-]digits]` (also `.5`, `5.`), nothing else.
pub fn is_plain_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut digits = i - int_start;
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        let frac_start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == bytes.len()
}
