//! The shape of a delimited text file: delimiter, lines above the header, the header itself (one or two
//! rows) and unique column names, guessed from the first part of the decoded text.

use super::tokenize::{count_byte, is_rule_line, records, OwnedRecord, Tokenizer};
use super::values::{is_missing, parse_date, parse_number, DateOrder};

/// Delimiters tried when none is given, in order of preference on a tie.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many records are looked at to choose the delimiter and find the header.
const SNIFF_RECORDS: usize = 60;

/// The shape of a delimited file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dialect {
    /// The field delimiter.
    pub delimiter: u8,
    /// How the delimiter was chosen.
    pub delimiter_reason: &'static str,
    /// The byte that counts lines (`\n`, or `\r` in files with old Mac line ends).
    pub line_byte: u8,
    /// Physical lines skipped before tokenizing (`sep=`, `#` comments, blank lines).
    pub skip_lines: usize,
    /// Records skipped after those lines and before the header (title lines).
    pub skip_records: usize,
    /// Records that make up the header (1, or 2 for question + answer rows).
    pub header_records: usize,
    /// The 1-based line of the header.
    pub header_line: usize,
    /// Unique, non-empty column names.
    pub columns: Vec<String>,
    /// Which columns had no name in the file.
    pub unnamed: Vec<bool>,
    /// What was done, for the report.
    pub notes: Vec<crate::core::i18n::Text>,
    /// For a whitespace-aligned text export (no delimiter): the character positions where the columns
    /// start, each line being cut there.
    pub aligned: Option<Vec<usize>>,
}

impl Dialect {
    /// A tokenizer that splits this file's records.
    pub fn tokenizer(&self) -> Tokenizer {
        match &self.aligned {
            Some(starts) => Tokenizer::aligned(starts.clone(), self.line_byte),
            None => Tokenizer::new(self.delimiter, self.line_byte),
        }
    }

    /// The delimiter as the report names it: "," ";" "tab" "|", or "aligned" for columns aligned with spaces.
    pub fn delimiter_label(&self) -> String {
        if self.aligned.is_some() {
            ALIGNED.to_string()
        } else {
            delimiter_name(self.delimiter)
        }
    }
}

/// The report's name for the split of a whitespace-aligned file.
pub const ALIGNED: &str = crate::phrase!("aligned");

/// The text after the preamble, with the count of lines skipped and a `sep=` delimiter if one was found.
fn skip_preamble(text: &str, line_byte: u8) -> (usize, usize, Option<u8>, Vec<crate::core::i18n::Text>) {
    let mut offset = 0;
    let mut skipped = 0;
    let mut sep = None;
    let mut notes = Vec::new();
    let mut comments = 0;
    while offset < text.len() {
        let rest = &text.as_bytes()[offset..];
        let end = rest
            .iter()
            .position(|&b| b == line_byte)
            .map_or(rest.len(), |p| p + 1);
        let line = String::from_utf8_lossy(&rest[..end]);
        let trimmed = line.trim().trim_matches('"');
        let lower = trimmed.to_ascii_lowercase();
        if skipped == 0 && lower.starts_with("sep=") && trimmed.len() <= 6 {
            sep = trimmed.as_bytes().get(4).copied();
            notes.push(crate::text!(
                "The first line \"{line}\" sets the delimiter.",
                line = trimmed
            ));
        } else if trimmed.starts_with('#') {
            comments += 1;
        } else if !trimmed.is_empty() {
            break;
        }
        offset += end;
        skipped += 1;
        if end == 0 {
            break;
        }
    }
    if comments > 0 {
        notes.push(crate::text_n!(
            "Skipped {count} comment line starting with \"#\" above the header.",
            "Skipped {count} comment lines starting with \"#\" above the header.",
            count = comments
        ));
    }
    (offset, skipped, sep, notes)
}

/// How well `delimiter` splits the records: (records with the most common field count, that count,
/// records looked at).
fn consistency(text: &[u8], delimiter: u8, line_byte: u8, is_whole: bool) -> (usize, usize, usize) {
    let recs = records(text, delimiter, line_byte, SNIFF_RECORDS, is_whole);
    let mut counts: Vec<(usize, usize)> = Vec::new();
    let mut total = 0;
    for r in recs
        .iter()
        .filter(|r| r.fields.len() > 1 || !r.fields.iter().all(|f| f.trim().is_empty()))
    {
        let n = r.fields.len();
        total += 1;
        match counts.iter_mut().find(|(c, _)| *c == n) {
            Some(entry) => entry.1 += 1,
            None => counts.push((n, 1)),
        }
    }
    let best = counts
        .iter()
        .max_by_key(|(fields, times)| (*times, *fields))
        .copied()
        .unwrap_or((1, 0));
    (best.1, best.0, total)
}

/// Chooses the delimiter: the candidate whose records agree most on a field count above one, as a
/// share of the records it makes (a wrong delimiter that breaks quoted multi-line cells into extra
/// records must not win by their number), then the one making more fields.
fn choose_delimiter(text: &[u8], line_byte: u8, is_whole: bool) -> u8 {
    let mut best = (b',', (0, 0, 1));
    for delimiter in DELIMITERS {
        let (agreeing, fields, total) = consistency(text, delimiter, line_byte, is_whole);
        if fields < 2 {
            continue;
        }
        let (best_agreeing, best_fields, best_total) = best.1;
        // agreeing / total compared with best_agreeing / best_total without division.
        let share = agreeing * best_total;
        let best_share = best_agreeing * total.max(1);
        if share > best_share || (share == best_share && fields > best_fields) {
            best = (delimiter, (agreeing, fields, total.max(1)));
        }
    }
    best.0
}

/// Number of non-empty fields of a record.
fn filled(record: &OwnedRecord) -> usize {
    record.fields.iter().filter(|f| !f.trim().is_empty()).count()
}

/// The printable name of a delimiter.
pub fn delimiter_name(delimiter: u8) -> String {
    match delimiter {
        b'\t' => crate::phrase!("tab").into(),
        b' ' => crate::phrase!("space").into(),
        other => char::from(other).to_string(),
    }
}

/// Whether a cell reads as a number or a date (data rather than a header).
fn looks_like_data(cell: &str) -> bool {
    !is_missing(cell)
        && (parse_number(cell, '.').is_some()
            || parse_number(cell, ',').is_some()
            || parse_date(cell, DateOrder::DayFirst).is_some()
            || parse_date(cell, DateOrder::MonthFirst).is_some())
}

/// Whether `second` is the answer row of a survey's two-row header above `data`.
fn is_answer_row(header: &OwnedRecord, second: &OwnedRecord, data: &[OwnedRecord]) -> bool {
    let mut seen_name = false;
    let mut gaps = Vec::new();
    for (i, f) in header.fields.iter().enumerate() {
        if f.trim().is_empty() {
            if seen_name {
                gaps.push(i);
            }
        } else {
            seen_name = true;
        }
    }
    if gaps.is_empty() || data.is_empty() {
        return false;
    }
    let filled_gaps = gaps
        .iter()
        .filter(|&&i| second.fields.get(i).is_some_and(|f| !f.trim().is_empty()))
        .count();
    if filled_gaps * 2 < gaps.len() || second.fields.iter().any(|f| looks_like_data(f)) {
        return false;
    }
    let says_response = second.fields.iter().any(|f| {
        let f = f.trim().to_lowercase();
        f == "response" || f == "open-ended response" || f == "réponse" || f == "responses"
    });
    let data_below = (0..second.fields.len()).any(|i| {
        let answer = second.fields.get(i).map_or("", |s| s.trim());
        let values: Vec<&str> = data
            .iter()
            .filter_map(|r| r.fields.get(i).map(String::as_str))
            .filter(|v| !is_missing(v))
            .collect();
        !answer.is_empty()
            && !values.is_empty()
            && values.iter().filter(|v| looks_like_data(v)).count() * 5 >= values.len() * 4
    });
    says_response || data_below
}

/// Column names from one or two header rows: merged question cells are carried to the right and joined
/// with their answer ("Q2 - Product A").
fn combine_header(header: &OwnedRecord, second: Option<&OwnedRecord>, width: usize) -> Vec<String> {
    let mut names = Vec::with_capacity(width);
    let mut carried = String::new();
    for i in 0..width {
        let top = clean_name(header.fields.get(i).map_or("", String::as_str));
        let Some(second) = second else {
            names.push(top);
            continue;
        };
        if !top.is_empty() {
            carried = top.clone();
        }
        let question = if top.is_empty() { carried.clone() } else { top };
        let answer = clean_name(second.fields.get(i).map_or("", String::as_str));
        let plain_answer = matches!(
            answer.to_lowercase().as_str(),
            "" | "response" | "responses" | "open-ended response" | "réponse"
        );
        names.push(match (question.is_empty(), plain_answer) {
            (true, _) => answer,
            (false, true) => question,
            (false, false) => format!("{question} - {answer}"),
        });
    }
    names
}

/// A header cell without surrounding spaces, line breaks or a stray byte-order mark.
fn clean_name(s: &str) -> String {
    s.trim_start_matches('\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Makes names unique and non-empty: an empty name becomes "Column 3", a repeated one "Amount (2)".
pub fn unique_names(names: &[String]) -> (Vec<String>, Vec<bool>) {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    let mut unnamed = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let base = if name.trim().is_empty() {
            unnamed.push(true);
            format!("Column {}", i + 1)
        } else {
            unnamed.push(false);
            name.trim().to_string()
        };
        let mut candidate = base.clone();
        let mut n = 2;
        while out.iter().any(|o| o.eq_ignore_ascii_case(&candidate)) {
            candidate = format!("{base} ({n})");
            n += 1;
        }
        out.push(candidate);
    }
    (out, unnamed)
}

/// Guesses the shape of a file from its first part (`is_whole` when that part is the whole file).
/// Returns `None` when there is no line of data at all.
pub fn sniff(text: &str, is_whole: bool, forced_delimiter: Option<u8>) -> Option<Dialect> {
    let line_byte = if text.contains('\n') || !text.contains('\r') {
        b'\n'
    } else {
        b'\r'
    };
    let (offset, skip_lines, sep, mut notes) = skip_preamble(text, line_byte);
    let body = text.as_bytes().get(offset..).unwrap_or(&[]);
    let (delimiter, delimiter_reason) = match (forced_delimiter, sep) {
        (Some(d), _) => (d, crate::phrase!("set in the options")),
        (None, Some(d)) => (d, crate::phrase!("given by the \"sep=\" line")),
        (None, None) => (
            choose_delimiter(body, line_byte, is_whole),
            crate::phrase!("the one that splits every line into the same number of fields"),
        ),
    };
    if forced_delimiter.is_none() && sep.is_none() && !delimiter_in_first_line(body, line_byte, is_whole) {
        if let Some(aligned) = sniff_aligned(body, line_byte, is_whole) {
            return Some(aligned.into_dialect(line_byte, skip_lines, notes));
        }
    }
    let recs = records(body, delimiter, line_byte, SNIFF_RECORDS, is_whole);
    let recs: Vec<OwnedRecord> = recs.into_iter().filter(|r| filled(r) > 0).collect();
    let (_, width, _) = consistency(body, delimiter, line_byte, is_whole);
    let needed = if width <= 1 { 1 } else { width.div_ceil(2).max(2) };
    let header_index = recs.iter().position(|r| filled(r) >= needed)?;
    let header = recs.get(header_index)?;
    if header_index > 0 {
        notes.push(crate::text_n!(
            "Skipped {count} title line above the header.",
            "Skipped {count} title lines above the header.",
            count = header_index
        ));
    }
    let data_start = header_index + 1;
    let two_rows = match (recs.get(data_start), recs.get(data_start + 1..)) {
        (Some(second), Some(data)) => is_answer_row(header, second, data),
        _ => false,
    };
    // The header sets the width, unless most data rows agree on more fields (a header missing names).
    let data_counts: Vec<usize> = recs.iter().skip(data_start).map(|r| r.fields.len()).collect();
    let wider = data_counts.iter().filter(|&&n| n == width).count() * 2 > data_counts.len();
    let width = if wider {
        width.max(header.fields.len())
    } else {
        header.fields.len()
    };
    let raw_names = combine_header(header, two_rows.then(|| recs.get(data_start)).flatten(), width);
    if two_rows {
        notes.push(crate::text!(
            "The header spans two rows (questions and answers); their names were joined."
        ));
    }
    let (columns, unnamed) = unique_names(&raw_names);
    let header_line = header.line + skip_lines;
    Some(Dialect {
        delimiter,
        delimiter_reason,
        line_byte,
        skip_lines,
        skip_records: header_index,
        header_records: if two_rows { 2 } else { 1 },
        header_line,
        columns,
        unnamed,
        notes,
        aligned: None,
    })
}

/// Whether one of the [`DELIMITERS`] is written in the first line of text and splits the lines into
/// fields: then the file is delimited, never whitespace-aligned.
fn delimiter_in_first_line(body: &[u8], line_byte: u8, is_whole: bool) -> bool {
    let first = body
        .split(|&b| b == b'\n' || b == b'\r')
        .find(|line| !line.trim_ascii().is_empty())
        .unwrap_or(&[]);
    DELIMITERS
        .iter()
        .any(|&d| first.contains(&d) && consistency(body, d, line_byte, is_whole).1 >= 2)
}

/// The pieces of a line separated by two or more whitespace characters, as character ranges.
fn aligned_tokens(line: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = line.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        // A token goes on over single spaces; two whitespace characters in a row end it.
        while let Some(c) = chars.get(i) {
            if !c.is_whitespace() {
                end = i + 1;
            } else if chars.get(i + 1).is_none_or(|n| n.is_whitespace()) {
                break;
            }
            i += 1;
        }
        tokens.push((start, end));
    }
    tokens
}

/// The first lines of text that the aligned tokenizer would read (not blank, not a rule under a header),
/// as written, with their 1-based line numbers.
fn aligned_lines(body: &[u8], line_byte: u8, is_whole: bool) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut rest = body;
    while out.len() < SNIFF_RECORDS {
        let skip = rest.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
        line += count_byte(&rest[..skip], line_byte);
        rest = &rest[skip..];
        let end = match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(end) => end,
            None if is_whole && !rest.is_empty() => rest.len(),
            None => break,
        };
        let (text, after) = rest.split_at(end);
        rest = after;
        if !is_rule_line(text) {
            out.push((String::from_utf8_lossy(text).into_owned(), line));
        }
    }
    out
}

/// What [`sniff_aligned`] found.
struct AlignedShape {
    starts: Vec<usize>,
    /// Records (non-blank, non-rule lines) above the header.
    header_index: usize,
    names: Vec<String>,
    header_line: usize,
}

impl AlignedShape {
    /// The dialect of an aligned file.
    fn into_dialect(
        self,
        line_byte: u8,
        skip_lines: usize,
        mut notes: Vec<crate::core::i18n::Text>,
    ) -> Dialect {
        let positions: Vec<String> = self.starts.iter().map(|s| (s + 1).to_string()).collect();
        notes.push(crate::text!(
            "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
            positions = positions.join(", ")
        ));
        if self.header_index > 0 {
            notes.push(crate::text_n!(
                "Skipped {count} title line above the header.",
                "Skipped {count} title lines above the header.",
                count = self.header_index
            ));
        }
        let (columns, unnamed) = unique_names(&self.names);
        Dialect {
            delimiter: b' ',
            delimiter_reason: crate::phrase!("no delimiter fits; the columns are aligned with spaces"),
            line_byte,
            skip_lines,
            skip_records: self.header_index,
            header_records: 1,
            header_line: self.header_line + skip_lines,
            columns,
            unnamed,
            notes,
            aligned: Some(self.starts),
        }
    }
}

/// Recognises a whitespace-aligned text export: a header whose names are separated by two or more spaces
/// (a name may hold single spaces), and rows whose values stay within the columns the header and the
/// rows' blank gutters set. Returns `None` when the text does not look like that.
fn sniff_aligned(body: &[u8], line_byte: u8, is_whole: bool) -> Option<AlignedShape> {
    let lines = aligned_lines(body, line_byte, is_whole);
    let tokens: Vec<Vec<(usize, usize)>> = lines.iter().map(|(l, _)| aligned_tokens(l)).collect();
    // The usual number of columns among lines with at least two, and the header: the first line with that many.
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for n in tokens.iter().map(Vec::len).filter(|&n| n >= 2) {
        match counts.iter_mut().find(|(c, _)| *c == n) {
            Some(entry) => entry.1 += 1,
            None => counts.push((n, 1)),
        }
    }
    let (usual, _) = counts.iter().max_by_key(|(n, times)| (*times, *n)).copied()?;
    let header_index = tokens.iter().position(|t| t.len() >= usual)?;
    let header = tokens.get(header_index)?;
    // Lines above the header are titles, written as phrases: a single word there is more likely the
    // header of a one-column file whose values hold double spaces.
    let titles_are_phrases = lines
        .iter()
        .take(header_index)
        .all(|(l, _)| l.trim().contains(char::is_whitespace));
    if !titles_are_phrases {
        return None;
    }
    let data: Vec<Vec<char>> = lines
        .iter()
        .skip(header_index + 1)
        .map(|(l, _)| l.chars().collect())
        .collect();
    if data.is_empty() {
        return None;
    }
    let width = data.iter().map(Vec::len).max().unwrap_or(0);
    let occupied: Vec<bool> = (0..width)
        .map(|p| data.iter().any(|l| l.get(p).is_some_and(|c| !c.is_whitespace())))
        .collect();
    let mut starts = vec![0];
    for pair in header.windows(2) {
        if let [(_, previous_end), (start, _)] = *pair {
            // The last blank gutter between the two names: right-aligned values start after it.
            let free = (previous_end..start)
                .rev()
                .find(|&p| !occupied.get(p).copied().unwrap_or(false));
            starts.push(free.map_or(start, |p| p + 1));
        }
    }
    // Most rows must fit: no value across a column start, and at least two values.
    let crosses = |l: &Vec<char>| {
        starts.iter().skip(1).any(|&s| {
            s < l.len()
                && l.get(s - 1).is_some_and(|c| !c.is_whitespace())
                && l.get(s).is_some_and(|c| !c.is_whitespace())
        })
    };
    let fitting = data
        .iter()
        .filter(|l| !crosses(l) && aligned_tokens(&l.iter().collect::<String>()).len() >= 2)
        .count();
    if fitting * 5 < data.len() * 4 {
        return None;
    }
    let (header_text, header_line) = lines.get(header_index)?;
    let header_text: Vec<char> = header_text.chars().collect();
    let names = header
        .iter()
        .map(|&(from, to)| {
            clean_name(
                &header_text
                    .get(from..to)
                    .unwrap_or(&[])
                    .iter()
                    .collect::<String>(),
            )
        })
        .collect();
    Some(AlignedShape {
        starts,
        header_index,
        names,
        header_line: *header_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_chosen_by_consistency() {
        // (text, expected delimiter)
        let cases: &[(&str, u8)] = &[
            ("a,b,c\n1,2,3\n4,5,6\n", b','),
            ("Date;Montant;Qté\n01/02/2022;12,5;3\n02/02/2022;7,25;1\n", b';'),
            ("a\tb\n1\t2\n", b'\t'),
            ("a|b|c\n1|2|3\n", b'|'),
            ("sep=;\na;b\n1,5;2\n", b';'),
            ("name,note\n\"x; y\",1\n\"z; w\",2\n", b','),
        ];
        for (text, expected) in cases {
            let d = sniff(text, true, None).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.delimiter, *expected, "{text}");
        }
    }

    #[test]
    fn comments_titles_and_header_line() {
        let text = "# Google Analytics\n# Start date: 20220101\n\nPage,Views\n/,10\n";
        let d = sniff(text, true, None).unwrap_or_else(|| panic!("no dialect"));
        // Lines 1–3 are skipped (two comments and a blank line); the header is line 4.
        assert_eq!((d.skip_lines, d.skip_records, d.header_line), (3, 0, 4));
        let titled = "Sales report,,\nPeriod: 2022,,\nDate,Product,Amount\n2022-01-01,A,3\n";
        let d = sniff(titled, true, None).unwrap_or_else(|| panic!("no dialect"));
        assert_eq!((d.skip_records, d.header_line), (2, 3));
        assert_eq!(d.columns, vec!["Date", "Product", "Amount"]);
    }

    #[test]
    fn duplicate_and_empty_names_become_unique() {
        let names: Vec<String> = ["Amount", "", "Amount", "amount"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (unique, unnamed) = unique_names(&names);
        assert_eq!(unique, vec!["Amount", "Column 2", "Amount (2)", "amount (3)"]);
        assert_eq!(unnamed, vec![false, true, false, false]);
    }

    #[test]
    fn survey_two_row_header() {
        let text = "Respondent ID,Which products do you use?,,Score\n,Product A,Product B,Response\n1,Product A,,9\n2,,Product B,7\n";
        let d = sniff(text, true, None).unwrap_or_else(|| panic!("no dialect"));
        assert_eq!(d.header_records, 2);
        assert_eq!(
            d.columns,
            vec![
                "Respondent ID",
                "Which products do you use? - Product A",
                "Which products do you use? - Product B",
                "Score"
            ]
        );
    }
}
