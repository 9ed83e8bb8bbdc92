//! Translations of the core's sentences (`text!`, `text_n!` and `phrase!` templates) and of the column
//! role names, keyed by the English template; `tests/i18n_catalogue.rs` checks that every template of
//! the sources is here with the same placeholders.

/// (English template, translation).
pub const PHRASES: &[(&str, &str)] = &[
    // Import report and file errors (src/core/ingest, src/core/error.rs)
    (
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        "{line}행, “{column}” 열: “{found}” 값은 열의 다른 값과 달리 {expected}이(가) 아니므로 비워 두었습니다",
    ),
    (
        "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
        "{line}행의 값은 {fields}개인데 헤더는 {width}개입니다. {width}번째 열 이후의 값은 제외했습니다",
    ),
    (
        "more than {max} values are not {what}, so the column is kept as text",
        "{max}개가 넘는 값이 {what}이(가) 아니므로 이 열은 텍스트로 유지합니다",
    ),
    (
        "{rejected} of its {filled} values are not {what}, so the column is kept as text",
        "값 {filled}개 중 {rejected}개가 {what}이(가) 아니므로 이 열은 텍스트로 유지합니다",
    ),
    (
        "a percentage",
        "백분율",
    ),
    (
        "a number",
        "숫자",
    ),
    (
        "a date",
        "날짜",
    ),
    (
        "a yes/no value",
        "예/아니요 값",
    ),
    (
        "text",
        "텍스트",
    ),
    (
        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
        "“{example}” 같은 날짜는 일과 월 중 무엇이 먼저인지 알 수 없어 {reading}({pattern})로 읽었습니다. 근거: {order_reason}.",
    ),
    (
        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
        "헤더가 날짜를 가리키므로 “{name}”의 숫자를 날짜({pattern})로 읽었습니다.",
    ),
    (
        "\"{example}\" was read as {reading} because {decimal_reason}.",
        "“{example}”을(를) {reading}(으)로 읽었습니다. 근거: {decimal_reason}.",
    ),
    (
        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
        "“{name}”에 여러 통화({currencies})가 섞여 있습니다. 값은 적힌 그대로 한 열에 유지합니다.",
    ),
    (
        "Column \"{name}\": {note}",
        "“{name}” 열: {note}",
    ),
    (
        "Column \"{name}\": {note}.",
        "“{name}” 열: {note}.",
    ),
    (
        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
        "“{name}” 열은 첫 행들만으로는 판단하기 어려워 모든 값을 보고 형식을 정했습니다.",
    ),
    (
        "Excel serial days",
        "엑셀 일련번호(일)",
    ),
    (
        "Unix seconds",
        "유닉스 시간(초)",
    ),
    (
        "Unix milliseconds",
        "유닉스 시간(밀리초)",
    ),
    (
        "day first",
        "일 먼저",
    ),
    (
        "month first",
        "월 먼저",
    ),
    (
        "a decimal (',' separates the decimals)",
        "소수(‘,’가 소수점)",
    ),
    (
        "a whole number (',' or '.' groups thousands)",
        "정수(‘,’ 또는 ‘.’가 천 단위 구분 기호)",
    ),
    (
        "the file's other number columns use ',' as decimal separator",
        "파일의 다른 숫자 열이 ‘,’를 소수점으로 씀",
    ),
    (
        "the file's other number columns use '.' as decimal separator",
        "파일의 다른 숫자 열이 ‘.’를 소수점으로 씀",
    ),
    (
        "the options say so",
        "옵션에서 그렇게 지정함",
    ),
    (
        "the file uses ';' as delimiter, as files with decimal commas do",
        "소수점으로 쉼표를 쓰는 파일처럼 ‘;’를 구분 기호로 씀",
    ),
    (
        "nothing else in the file settles it",
        "파일의 다른 정보로는 판단할 수 없음",
    ),
    (
        "other date columns of the file are read that way",
        "파일의 다른 날짜 열을 그렇게 읽음",
    ),
    (
        "other date columns of the file put the day first",
        "파일의 다른 날짜 열이 일을 먼저 씀",
    ),
    (
        "other date columns of the file put the month first",
        "파일의 다른 날짜 열이 월을 먼저 씀",
    ),
    (
        "the file writes decimal commas, as countries that put the day first do",
        "일을 먼저 쓰는 나라처럼 파일이 소수점으로 쉼표를 씀",
    ),
    (
        "no value has a day above 12 and nothing else in the file settles it",
        "일이 12보다 큰 값이 없고 파일의 다른 정보로도 판단할 수 없음",
    ),
    (
        "The first line \"{line}\" sets the delimiter.",
        "첫 줄 “{line}”이(가) 구분 기호를 지정합니다.",
    ),
    (
        "Skipped {count} comment line starting with \"#\" above the header.",
        "헤더 위의 “#”로 시작하는 주석 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} comment lines starting with \"#\" above the header.",
        "헤더 위의 “#”로 시작하는 주석 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} title line above the header.",
        "헤더 위의 제목 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} title lines above the header.",
        "헤더 위의 제목 {count}줄을 건너뛰었습니다.",
    ),
    (
        "The header spans two rows (questions and answers); their names were joined.",
        "헤더가 두 행(질문과 답변)으로 되어 있어 이름을 합쳤습니다.",
    ),
    (
        "set in the options",
        "옵션에서 지정",
    ),
    (
        "given by the \"sep=\" line",
        "“sep=” 줄에서 지정",
    ),
    (
        "the one that splits every line into the same number of fields",
        "모든 줄을 같은 개수의 필드로 나누는 기호",
    ),
    (
        "tab",
        "탭",
    ),
    (
        "space",
        "공백",
    ),
    (
        "Encoding {encoding} ({reason}).",
        "인코딩 {encoding}({reason}).",
    ),
    (
        "Delimiter \"{delimiter}\" ({reason}).",
        "구분 기호 “{delimiter}”({reason}).",
    ),
    (
        "{count} row had fewer values than the header; the missing values are left empty.",
        "{count}개 행의 값이 헤더보다 적어 빠진 값은 비워 두었습니다.",
    ),
    (
        "{count} rows had fewer values than the header; the missing values are left empty.",
        "{count}개 행의 값이 헤더보다 적어 빠진 값은 비워 두었습니다.",
    ),
    (
        "Skipped {count} comment line inside the data.",
        "데이터 안의 주석 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} comment lines inside the data.",
        "데이터 안의 주석 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} repeated header line.",
        "반복된 헤더 {count}줄을 건너뛰었습니다.",
    ),
    (
        "Skipped {count} repeated header lines.",
        "반복된 헤더 {count}줄을 건너뛰었습니다.",
    ),
    (
        "The times of \"{time}\" were joined to the dates of \"{date}\".",
        "“{time}”의 시각을 “{date}”의 날짜에 합쳤습니다.",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
        "“{sheet}” 시트를 읽었습니다(통합 문서의 시트 {count}개).",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
        "“{sheet}” 시트를 읽었습니다(통합 문서의 시트 {count}개).",
    ),
    (
        "byte-order mark",
        "바이트 순서 표시(BOM)",
    ),
    (
        "zero bytes between characters",
        "문자 사이의 0 바이트",
    ),
    (
        "valid UTF-8",
        "올바른 UTF-8",
    ),
    (
        "detected from the byte patterns",
        "바이트 패턴으로 감지",
    ),
    (
        "a PDF document",
        "PDF 문서",
    ),
    (
        "a PNG image",
        "PNG 이미지",
    ),
    (
        "a JPEG image",
        "JPEG 이미지",
    ),
    (
        "a GIF image",
        "GIF 이미지",
    ),
    (
        "a TIFF image",
        "TIFF 이미지",
    ),
    (
        "a WebP image",
        "WebP 이미지",
    ),
    (
        "a zip archive",
        "ZIP 압축 파일",
    ),
    (
        "an empty zip archive",
        "빈 ZIP 압축 파일",
    ),
    (
        "a gzip archive",
        "gzip 압축 파일",
    ),
    (
        "a RAR archive",
        "RAR 압축 파일",
    ),
    (
        "a 7-Zip archive",
        "7-Zip 압축 파일",
    ),
    (
        "an old Excel .xls file (save it as .xlsx or CSV)",
        "예전 엑셀 .xls 파일(.xlsx 또는 CSV로 저장하세요)",
    ),
    (
        "a program",
        "실행 프로그램",
    ),
    (
        "a rich-text document",
        "서식 있는 텍스트(RTF) 문서",
    ),
    (
        "a zip archive that is not an Excel workbook",
        "엑셀 통합 문서가 아닌 ZIP 압축 파일",
    ),
    (
        "{file} is empty: there is nothing to import.",
        "{file} 파일이 비어 있어 가져올 내용이 없습니다.",
    ),
    (
        "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
        "{file}은(는) 표가 아니라 {found}(으)로 보입니다. 데이터를 CSV, TSV 또는 엑셀(.xlsx)로 내보낸 뒤 그 파일을 놓아 주세요.",
    ),
    (
        "{file} has a header on line {line} but no data rows below it.",
        "{file}의 {line}행에 헤더가 있지만 그 아래에 데이터 행이 없습니다.",
    ),
    (
        "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
        "{file}: “{name}”은(는) 알 수 없는 인코딩입니다. UTF-8, Shift_JIS, EUC-KR, GBK, Big5, windows-1252 같은 이름을 사용하세요.",
    ),
    (
        "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
        "{file}에 “{sheet}” 시트가 없습니다. 시트 목록: {available}.",
    ),
    (
        "{file} could not be read as an Excel workbook: {reason}.",
        "{file}을(를) 엑셀 통합 문서로 읽을 수 없습니다: {reason}.",
    ),
    // Column mapping (src/core/schema, src/core/pipeline.rs)
    (
        " (from {min} to {max})",
        " ({min}~{max})",
    ),
    (
        " such as “{example}”",
        "(예: “{example}”)",
    ),
    (
        "it holds {found}{example}{range}, expected {expected}",
        "{found}{example}{range}이(가) 들어 있습니다(필요한 값: {expected})",
    ),
    (
        "dates",
        "날짜",
    ),
    (
        "numbers",
        "숫자",
    ),
    (
        "percentages",
        "백분율",
    ),
    (
        "yes/no values",
        "예/아니요 값",
    ),
    (
        "whole numbers from 0 to 10",
        "0~10 사이의 정수",
    ),
    (
        "positions of 1 or more",
        "1 이상의 순위",
    ),
    (
        "identifiers (text or numbers)",
        "식별자(텍스트 또는 숫자)",
    ),
    (
        "yes/no values or words such as won / lost",
        "예/아니요 값 또는 수주/실주 같은 단어",
    ),
    (
        "orders",
        "주문 데이터",
    ),
    (
        "traffic reports",
        "트래픽 보고서",
    ),
    (
        "page reports",
        "페이지 보고서",
    ),
    (
        "ad reports",
        "광고 보고서",
    ),
    (
        "cost ledgers",
        "비용 내역",
    ),
    (
        "leads",
        "리드 데이터",
    ),
    (
        "email campaign reports",
        "이메일 캠페인 보고서",
    ),
    (
        "social reports",
        "소셜 미디어 보고서",
    ),
    (
        "survey responses",
        "설문 응답",
    ),
    (
        "subscriptions",
        "구독 데이터",
    ),
    (
        "search console reports",
        "서치 콘솔 보고서",
    ),
    (
        "no columns",
        "열 없음",
    ),
    (
        "no column name or value matched a known kind of export; found: {found}",
        "알려진 내보내기 형식과 일치하는 열 이름이나 값이 없습니다. 찾은 열: {found}",
    ),
    (
        "{kind} need a {roles} column; found: {found}",
        "{kind}에는 {roles} 열이 필요합니다. 찾은 열: {found}",
    ),
    (
        "{kind} need an {roles} column; found: {found}",
        "{kind}에는 {roles} 열이 필요합니다. 찾은 열: {found}",
    ),
    (
        "{first} or {rest}",
        "{first} 또는 {rest}",
    ),
    (
        "{kind} need a column for {roles}",
        "{kind}에는 {roles} 열이 필요합니다",
    ),
    (
        "{file}: {problems}",
        "{file}: {problems}",
    ),
    (
        "{file}: cancelled",
        "{file}: 취소됨",
    ),
    (
        "{file}, column {number} “{column}”: cannot be the {role} of {kind}: {reason}",
        "{file}, {number}번째 열 “{column}”: {kind}의 {role}(으)로 쓸 수 없습니다. {reason}",
    ),
    (
        "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
        "{file}: {first_number}번째 열 “{first}”과(와) {second_number}번째 열 “{second}”이(가) 모두 {role}(으)로 지정되어 있습니다. 하나만 남기세요",
    ),
    (
        "{rows} rows rejected, {values} values not understood",
        "거부된 행 {rows}개, 인식하지 못한 값 {values}개",
    ),
    (
        "{message} (column “{column}” is named like the {role} but {reason})",
        "{message} (“{column}” 열은 이름이 {role}처럼 보이지만 {reason})",
    ),
    // Column role names (src/core/i18n/roles.rs)
    (
        "Order date",
        "주문일",
    ),
    (
        "Order ID",
        "주문 ID",
    ),
    (
        "Amount",
        "금액",
    ),
    (
        "Subtotal",
        "소계",
    ),
    (
        "Quantity",
        "수량",
    ),
    (
        "Unit price",
        "단가",
    ),
    (
        "Customer ID",
        "고객 ID",
    ),
    (
        "Company",
        "회사",
    ),
    (
        "Product",
        "상품",
    ),
    (
        "Product name",
        "상품명",
    ),
    (
        "Category",
        "카테고리",
    ),
    (
        "Status",
        "상태",
    ),
    (
        "Channel",
        "채널",
    ),
    (
        "Campaign",
        "캠페인",
    ),
    (
        "Country",
        "국가",
    ),
    (
        "Currency",
        "통화",
    ),
    (
        "Discount",
        "할인",
    ),
    (
        "Shipping",
        "배송비",
    ),
    (
        "Tax",
        "세금",
    ),
    (
        "Cost of goods",
        "매출원가",
    ),
    (
        "Profit",
        "이익",
    ),
    (
        "Fulfilment date",
        "출고일",
    ),
    (
        "Sales rep",
        "영업 담당자",
    ),
    (
        "Date",
        "날짜",
    ),
    (
        "Sessions",
        "세션",
    ),
    (
        "Users",
        "사용자",
    ),
    (
        "New users",
        "신규 사용자",
    ),
    (
        "Returning users",
        "재방문 사용자",
    ),
    (
        "Engaged sessions",
        "참여 세션",
    ),
    (
        "Bounces",
        "이탈 세션",
    ),
    (
        "Bounce rate",
        "이탈률",
    ),
    (
        "Page views",
        "페이지뷰",
    ),
    (
        "Average engagement time",
        "평균 참여 시간",
    ),
    (
        "Source",
        "소스",
    ),
    (
        "Medium",
        "매체",
    ),
    (
        "Landing page",
        "방문 페이지",
    ),
    (
        "Product views",
        "상품 조회",
    ),
    (
        "Add-to-carts",
        "장바구니 담기",
    ),
    (
        "Checkouts",
        "결제 시작",
    ),
    (
        "Purchases",
        "구매",
    ),
    (
        "Leads",
        "리드",
    ),
    (
        "Conversions",
        "전환",
    ),
    (
        "Revenue",
        "수익",
    ),
    (
        "Page",
        "페이지",
    ),
    (
        "Views",
        "조회수",
    ),
    (
        "Entrances",
        "방문 시작",
    ),
    (
        "Average time on page",
        "평균 페이지 체류 시간",
    ),
    (
        "CTA clicks",
        "CTA 클릭",
    ),
    (
        "Spend",
        "광고비",
    ),
    (
        "Impressions",
        "노출수",
    ),
    (
        "Clicks",
        "클릭수",
    ),
    (
        "Conversion value",
        "전환 가치",
    ),
    (
        "Budget",
        "예산",
    ),
    (
        "Cost category",
        "비용 항목",
    ),
    (
        "Planned amount",
        "계획 금액",
    ),
    (
        "Earned value",
        "획득 가치(EV)",
    ),
    (
        "Lead ID",
        "리드 ID",
    ),
    (
        "Created date",
        "생성일",
    ),
    (
        "Stage",
        "단계",
    ),
    (
        "Originated by",
        "발굴 주체",
    ),
    (
        "MQL date",
        "MQL 전환일",
    ),
    (
        "SQL date",
        "SQL 전환일",
    ),
    (
        "Close date",
        "종료일",
    ),
    (
        "Won",
        "수주 여부",
    ),
    (
        "Owner",
        "담당자",
    ),
    (
        "Send date",
        "발송일",
    ),
    (
        "Sent",
        "발송 수",
    ),
    (
        "Delivered",
        "전달 수",
    ),
    (
        "Opens",
        "오픈 수",
    ),
    (
        "Unsubscribes",
        "수신 거부",
    ),
    (
        "Spam reports",
        "스팸 신고",
    ),
    (
        "New subscribers",
        "신규 구독자",
    ),
    (
        "Platform",
        "플랫폼",
    ),
    (
        "Reach",
        "도달",
    ),
    (
        "Followers",
        "팔로워",
    ),
    (
        "New followers",
        "신규 팔로워",
    ),
    (
        "Reactions",
        "반응",
    ),
    (
        "Comments",
        "댓글",
    ),
    (
        "Shares",
        "공유",
    ),
    (
        "Score",
        "점수",
    ),
    (
        "Respondent",
        "응답자",
    ),
    (
        "Segment",
        "세그먼트",
    ),
    (
        "Comment",
        "의견",
    ),
    (
        "Start date",
        "시작일",
    ),
    (
        "Billing interval",
        "결제 주기",
    ),
    (
        "End date",
        "종료일(해지일)",
    ),
    (
        "Plan",
        "요금제",
    ),
    (
        "Search query",
        "검색어",
    ),
    (
        "Position",
        "게재순위",
    ),
];
