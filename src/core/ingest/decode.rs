//! Encodings: recognising files that are not text, choosing the character encoding of the ones that are,
//! and turning chunks of bytes into UTF-8 as they arrive.

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// What a file that is not text looks like, from its first bytes ("a PDF document"), or `None` for text.
pub fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGICS: &[(&[u8], &str)] = &[
        (b"%PDF", crate::phrase!("a PDF document")),
        (b"\x89PNG", crate::phrase!("a PNG image")),
        (b"\xFF\xD8\xFF", crate::phrase!("a JPEG image")),
        (b"GIF87a", crate::phrase!("a GIF image")),
        (b"GIF89a", crate::phrase!("a GIF image")),
        (b"II*\0", crate::phrase!("a TIFF image")),
        (b"MM\0*", crate::phrase!("a TIFF image")),
        (b"PK\x03\x04", crate::phrase!("a zip archive")),
        (b"PK\x05\x06", crate::phrase!("an empty zip archive")),
        (b"\x1F\x8B", crate::phrase!("a gzip archive")),
        (b"Rar!", crate::phrase!("a RAR archive")),
        (b"7z\xBC\xAF", crate::phrase!("a 7-Zip archive")),
        (
            b"\xD0\xCF\x11\xE0",
            crate::phrase!("an old Excel .xls file (save it as .xlsx or CSV)"),
        ),
        (b"\x7FELF", crate::phrase!("a program")),
        (b"{\\rtf", crate::phrase!("a rich-text document")),
    ];
    for (magic, what) in MAGICS {
        if head.starts_with(magic) {
            return Some(what);
        }
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
        return Some(crate::phrase!("a WebP image"));
    }
    if head.len() >= 12 && head.get(4..8) == Some(b"ftyp") {
        return Some("a video or HEIC image");
    }
    if Encoding::for_bom(head).is_some() || utf16_without_bom(head).is_some() {
        return None;
    }
    // Text never holds NUL bytes or many control characters.
    let window = &head[..head.len().min(4096)];
    let controls = window
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A)))
        .count();
    (controls > 0 && controls * 100 >= window.len().max(1)).then_some("a binary file")
}

/// UTF-16 written without a byte-order mark, recognised by the zero bytes of ASCII characters.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let window = &head[..head.len().min(4096) & !1];
    if window.len() < 8 {
        return None;
    }
    let pairs = window.len() / 2;
    let zero_odd = window.chunks_exact(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = window.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 7 {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 7 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Whether `sample` is valid UTF-8, allowing a character cut off at the very end of the sample.
fn is_utf8_sample(sample: &[u8], is_whole_file: bool) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && !is_whole_file,
    }
}

/// The chosen encoding of a file and why.
#[derive(Clone, Copy, Debug)]
pub struct EncodingChoice {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// How it was chosen, for the report.
    pub reason: &'static str,
}

/// Chooses the encoding of a file from its first bytes: byte-order mark, then strict UTF-8, then a detector
/// that weighs the byte patterns of Shift_JIS, EUC-KR, GBK, Big5, Windows-1252 and the others.
pub fn detect_encoding(sample: &[u8], is_whole_file: bool) -> EncodingChoice {
    if let Some((encoding, _)) = Encoding::for_bom(sample) {
        return EncodingChoice {
            encoding,
            reason: crate::phrase!("byte-order mark"),
        };
    }
    if let Some(encoding) = utf16_without_bom(sample) {
        return EncodingChoice {
            encoding,
            reason: crate::phrase!("zero bytes between characters"),
        };
    }
    if is_utf8_sample(sample, is_whole_file) {
        return EncodingChoice {
            encoding: UTF_8,
            reason: crate::phrase!("valid UTF-8"),
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, is_whole_file);
    EncodingChoice {
        encoding: detector.guess(None, chardetng::Utf8Detection::Deny),
        reason: crate::phrase!("detected from the byte patterns"),
    }
}

/// Looks up an encoding by any of its usual labels ("shift_jis", "cp949", "latin1", "utf-8"…).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let label = label.trim();
    match label.to_ascii_lowercase().as_str() {
        "cp949" | "uhc" | "ms949" => Some(encoding_rs::EUC_KR),
        "cp932" | "ms932" | "sjis" => Some(encoding_rs::SHIFT_JIS),
        "cp936" | "ms936" => Some(encoding_rs::GBK),
        "cp950" | "big5-hkscs" => Some(encoding_rs::BIG5),
        "cp1252" | "latin-9" | "iso-8859-15" => Some(encoding_rs::WINDOWS_1252),
        _ => Encoding::for_label(label.as_bytes()),
    }
}

/// Turns chunks of bytes in one encoding into UTF-8 chunks. UTF-8 input is passed through without a copy.
#[derive(Debug)]
pub struct ChunkDecoder {
    decoder: Option<Decoder>,
    skip_utf8_bom: bool,
    buffer: Vec<u8>,
}

impl ChunkDecoder {
    /// A decoder for `encoding`; a byte-order mark at the start is removed.
    pub fn new(encoding: &'static Encoding) -> Self {
        let decoder = (encoding != UTF_8).then(|| encoding.new_decoder_with_bom_removal());
        ChunkDecoder {
            decoder,
            skip_utf8_bom: encoding == UTF_8,
            buffer: Vec::new(),
        }
    }

    /// Decodes one chunk (`last` for the end of the file) and hands the UTF-8 text to `sink`.
    /// UTF-8 input goes to `sink` as is (invalid sequences are dealt with cell by cell later).
    pub fn decode<'a, F: FnMut(&[u8])>(&'a mut self, mut chunk: &'a [u8], last: bool, mut sink: F) {
        let Some(decoder) = self.decoder.as_mut() else {
            if self.skip_utf8_bom && !chunk.is_empty() {
                self.skip_utf8_bom = false;
                chunk = chunk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(chunk);
            }
            sink(chunk);
            return;
        };
        loop {
            let needed = decoder
                .max_utf8_buffer_length(chunk.len())
                .unwrap_or(chunk.len().saturating_mul(3).saturating_add(16))
                .min(chunk.len().saturating_mul(3).saturating_add(1 << 16));
            self.buffer.clear();
            self.buffer.resize(needed.max(16), 0);
            let (result, read, written, _) = decoder.decode_to_utf8(chunk, &mut self.buffer, last);
            sink(&self.buffer[..written]);
            chunk = &chunk[read..];
            if result == CoderResult::InputEmpty {
                break;
            }
        }
    }
}

/// Decodes a whole sample to a `String` (for sniffing), replacing malformed sequences.
pub fn decode_sample(sample: &[u8], encoding: &'static Encoding) -> String {
    let (text, _, _) = encoding.decode(sample);
    let text = text.into_owned();
    // A multi-byte character cut at the end of the sample becomes one replacement character: drop it.
    match text.strip_suffix('\u{FFFD}') {
        Some(trimmed) => trimmed.to_string(),
        None => text,
    }
}

/// The first `lines` lines of a file's first bytes `head` as they read in the encoding of `label` (the
/// file's own guess when there is no label or it is unknown), with that encoding's name: what the user
/// sees before forcing an encoding. Each line is cut to 200 characters; a last line cut short by the end
/// of `head` is left out unless it is the only one.
pub fn preview_lines(head: &[u8], label: Option<&str>, lines: usize) -> (&'static str, Vec<String>) {
    let encoding = label
        .and_then(encoding_for_label)
        .unwrap_or_else(|| detect_encoding(head, false).encoding);
    let text = decode_sample(head, encoding);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut all: Vec<&str> = text.split(['\n', '\r']).filter(|l| !l.is_empty()).collect();
    let ends_in_line_end = text.ends_with(['\n', '\r']);
    if !ends_in_line_end && all.len() > 1 && all.len() <= lines {
        all.pop();
    }
    let shown = all
        .into_iter()
        .take(lines)
        .map(|l| l.chars().take(200).collect())
        .collect();
    (encoding.name(), shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_reads_the_first_lines_in_the_encoding_asked_for() {
        // "Montant;Qté" and a row, in Windows-1252.
        let head = b"Montant;Qt\xe9\r\n12,5;3\r\n7;1";
        let (name, lines) = preview_lines(head, Some("windows-1252"), 5);
        assert_eq!(name, "windows-1252");
        assert_eq!(
            lines,
            ["Montant;Qté", "12,5;3"],
            "the last line is cut short: left out"
        );
        // Read as UTF-8, the é is not a character: the user sees the replacement mark.
        let (name, lines) = preview_lines(head, Some("UTF-8"), 1);
        assert_eq!(name, "UTF-8");
        assert_eq!(lines, ["Montant;Qt\u{FFFD}"]);
        // Without a label, the file's own guess; a BOM is not shown.
        let (name, lines) = preview_lines("\u{FEFF}a;b\n1;2\n".as_bytes(), None, 5);
        assert_eq!(
            (name, lines),
            ("UTF-8", vec!["a;b".to_string(), "1;2".to_string()])
        );
        // Shift_JIS "注文" as Shift_JIS.
        let (_, lines) = preview_lines(b"\x92\x8d\x95\xb6\n", Some("Shift_JIS"), 5);
        assert_eq!(lines, ["注文"]);
    }

    #[test]
    fn magic_numbers_name_the_file_kind() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"%PDF-1.7\n", Some("a PDF document")),
            (b"\x89PNG\r\n\x1a\n\0\0", Some("a PNG image")),
            (b"PK\x03\x04rest", Some("a zip archive")),
            (b"a,b\n1,2\n", None),
            (b"\0\x01\x02\x03\x04\x05binary", Some("a binary file")),
        ];
        for (bytes, expected) in cases {
            assert_eq!(binary_kind(bytes), *expected, "{bytes:?}");
        }
    }

    #[test]
    fn utf8_sample_cut_inside_a_character_is_still_utf8() {
        let text = "prix,été\n".as_bytes();
        // "é" is two bytes; cutting after its first byte leaves an incomplete sequence at the end.
        let cut = &text[..text.len() - 3];
        assert_eq!(detect_encoding(cut, false).encoding, UTF_8);
    }

    #[test]
    fn chunk_decoder_handles_characters_split_between_chunks() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("注文番号,金額\n");
        let mut decoder = ChunkDecoder::new(encoding_rs::SHIFT_JIS);
        let mut out = Vec::new();
        for piece in bytes.chunks(1) {
            decoder.decode(piece, false, |s| out.extend_from_slice(s));
        }
        decoder.decode(&[], true, |s| out.extend_from_slice(s));
        assert_eq!(String::from_utf8(out).ok().as_deref(), Some("注文番号,金額\n"));
    }
}
