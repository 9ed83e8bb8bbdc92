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
        "aligned",
        "공백 정렬",
    ),
    (
        "no delimiter fits; the columns are aligned with spaces",
        "맞는 구분자가 없고 열이 공백으로 정렬되어 있습니다",
    ),
    (
        "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
        "구분자 없음: 열이 공백으로 정렬되어 있어 각 줄을 머리글의 열이 시작하는 위치(문자 {positions})에서 잘랐습니다.",
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
        "{file}: the browser could not read this file",
        "{file}: 브라우저가 이 파일을 읽을 수 없습니다",
    ),
    (
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        "{file}: 파일을 읽었지만 페이지로 전달하지 못했습니다({detail}). 파일을 다시 추가해 주세요",
    ),
    (
        "{file}: the worker holding the data stopped ({detail}); please add the file again",
        "{file}: 데이터를 보관하던 작업자가 멈췄습니다({detail}). 파일을 다시 추가해 주세요",
    ),
    (
        "{file}: reading stopped unexpectedly ({detail})",
        "{file}: 읽기가 예기치 않게 중단되었습니다({detail})",
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
    // KPI reasons, warnings and steps (src/core/kpi)
    (
        "Add to cart",
        "장바구니 담기",
    ),
    (
        "Checkout",
        "결제 시작",
    ),
    (
        "Purchase",
        "구매",
    ),
    (
        "Lead",
        "리드",
    ),
    (
        "MQL",
        "MQL",
    ),
    (
        "SQL",
        "SQL",
    ),
    (
        "Opportunity",
        "영업 기회",
    ),
    (
        "Won",
        "수주",
    ),
    (
        "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0",
        "장바구니 이탈률: 기간 내 구매 수가 장바구니 담기 수보다 많아 0으로 표시합니다",
    ),
    (
        "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
        "비교 기간({period})에 데이터가 없습니다. 성장률을 보려면 더 짧은 기간이나 다른 비교를 선택하세요",
    ),
    (
        "Choose a comparison (previous period or previous year) to see growth",
        "성장률을 보려면 비교 기준(이전 기간 또는 전년)을 선택하세요",
    ),
    (
        "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); the export counts these steps differently (events rather than sessions?)",
        "퍼널: “{name}” 단계({count})가 이전 단계 “{prev_name}”({prev})보다 큽니다. 내보내기 파일이 단계마다 다르게 집계한 것 같습니다(세션 대신 이벤트 기준?)",
    ),
    (
        "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); check the stage mapping",
        "파이프라인 퍼널: “{name}”에 도달한 리드({count})가 “{prev_name}”({prev})보다 많습니다. 단계 매핑을 확인하세요",
    ),
    (
        "Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)",
        "기간 종료 전 연속된 두 구간에 주문한 고객이 필요합니다(최소 8주 분량의 데이터)",
    ),
    (
        "Needs new customers and revenue from active customers in the period",
        "기간 내 신규 고객과 활성 고객의 매출이 필요합니다",
    ),
    (
        "No MRR at the start of the period",
        "기간 시작 시점의 MRR이 없습니다",
    ),
    (
        "No active subscription at the end of the period",
        "기간 종료 시점에 활성 구독이 없습니다",
    ),
    (
        "No ad clicks in the period",
        "기간 내 광고 클릭이 없습니다",
    ),
    (
        "No ad conversions in the period",
        "기간 내 광고 전환이 없습니다",
    ),
    (
        "No ad impressions in the period",
        "기간 내 광고 노출이 없습니다",
    ),
    (
        "No ad spend in the period",
        "기간 내 광고비 지출이 없습니다",
    ),
    (
        "No add-to-cart in the period",
        "기간 내 장바구니 담기가 없습니다",
    ),
    (
        "No cohort acquired in the period has a following month in the data yet",
        "기간 내 획득한 코호트 중 다음 달 데이터가 있는 코호트가 아직 없습니다",
    ),
    (
        "No completed order with a cost or profit in the period",
        "기간 내 원가나 이익이 있는 완료 주문이 없습니다",
    ),
    (
        "No completed order with a fulfilment date in the period",
        "기간 내 출고일이 있는 완료 주문이 없습니다",
    ),
    (
        "No completed order with a time of day in the period",
        "기간 내 주문 시각이 있는 완료 주문이 없습니다",
    ),
    (
        "No completed orders in the period",
        "기간 내 완료된 주문이 없습니다",
    ),
    (
        "No costs in the period",
        "기간 내 비용이 없습니다",
    ),
    (
        "No customer had an active subscription at the start of the period",
        "기간 시작 시점에 활성 구독 고객이 없습니다",
    ),
    (
        "No customer has ordered yet",
        "아직 주문한 고객이 없습니다",
    ),
    (
        "No customer ordered in the previous period of equal length ({period})",
        "같은 길이의 이전 기간({period})에 주문한 고객이 없습니다",
    ),
    (
        "No deal won in the period with a creation and a close date",
        "기간 내 생성일과 종료일이 모두 있는 수주 건이 없습니다",
    ),
    (
        "No deal won or lost in the period",
        "기간 내 수주 또는 실주 건이 없습니다",
    ),
    (
        "No email delivered in the period",
        "기간 내 전달된 이메일이 없습니다",
    ),
    (
        "No follower count in the period",
        "기간 내 팔로워 수가 없습니다",
    ),
    (
        "No lead created in the period",
        "기간 내 생성된 리드가 없습니다",
    ),
    (
        "No lead created in the period became an MQL",
        "기간 내 생성된 리드 중 MQL이 된 리드가 없습니다",
    ),
    (
        "No marketing or sales costs in the period",
        "기간 내 마케팅·영업 비용이 없습니다",
    ),
    (
        "No marketing spend in the period",
        "기간 내 마케팅 지출이 없습니다",
    ),
    (
        "No new customers in the period",
        "기간 내 신규 고객이 없습니다",
    ),
    (
        "No new customers in the period (no CAC)",
        "기간 내 신규 고객이 없습니다(CAC 없음)",
    ),
    (
        "No orders in the period",
        "기간 내 주문이 없습니다",
    ),
    (
        "No orders with a customer in the period",
        "기간 내 고객 정보가 있는 주문이 없습니다",
    ),
    (
        "No page entrances in the period",
        "기간 내 페이지 방문 시작이 없습니다",
    ),
    (
        "No page views in the period",
        "기간 내 페이지뷰가 없습니다",
    ),
    (
        "No planned budget in the period",
        "기간 내 계획 예산이 없습니다",
    ),
    (
        "No revenue in the comparison period",
        "비교 기간에 매출이 없습니다",
    ),
    (
        "No revenue in the period",
        "기간 내 매출이 없습니다",
    ),
    (
        "No search impressions in the period",
        "기간 내 검색 노출이 없습니다",
    ),
    (
        "No sessions in the period",
        "기간 내 세션이 없습니다",
    ),
    (
        "No social impressions in the period",
        "기간 내 소셜 노출이 없습니다",
    ),
    (
        "No survey response in the period",
        "기간 내 설문 응답이 없습니다",
    ),
    (
        "No users in the period",
        "기간 내 사용자가 없습니다",
    ),
    (
        "No won deal with an originator in the period",
        "기간 내 발굴 주체가 기록된 수주 건이 없습니다",
    ),
    (
        "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
        "광고비({a})와 비용 내역({b})의 통화가 다릅니다. 통화를 하나 선택하세요",
    ),
    (
        "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
        "비용({a})과 광고비({b})의 통화가 다릅니다. 통화를 하나 선택하세요",
    ),
    (
        "The data mixes currencies ({currencies}); pick one currency to see money figures",
        "데이터에 여러 통화({currencies})가 섞여 있습니다. 금액을 보려면 통화를 하나 선택하세요",
    ),
    (
        "The orders mix currencies ({currencies}); pick one currency to see money figures",
        "주문에 여러 통화({currencies})가 섞여 있습니다. 금액을 보려면 통화를 하나 선택하세요",
    ),
    (
        "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
        "구독에 여러 통화({currencies})가 섞여 있습니다. 금액을 보려면 통화를 하나 선택하세요",
    ),
    (
        "The filter on {role} does not apply to the orders: they have no such column",
        "{role} 필터는 주문에 적용되지 않습니다. 주문에 해당 열이 없습니다",
    ),
    (
        "The gross-profit return needs a cost (COGS) or profit column in the orders",
        "매출총이익 기준 수익률에는 주문의 원가(COGS) 또는 이익 열이 필요합니다",
    ),
    (
        "The predicted CLV needs customers ordering in two consecutive windows before the period's end",
        "예측 CLV에는 기간 종료 전 연속된 두 구간에 주문한 고객이 필요합니다",
    ),
    (
        "Unknown order statuses counted as completed: {statuses}",
        "완료로 집계한 알 수 없는 주문 상태: {statuses}",
    ),
    (
        "{count} NPS score is not a whole number from 0 to 10 and was left out",
        "0~10 사이의 정수가 아닌 NPS 점수 {count}개를 제외했습니다",
    ),
    (
        "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
        "0~10 사이의 정수가 아닌 NPS 점수 {count}개를 제외했습니다",
    ),
    (
        "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
        "{file}에 항목 열이 없습니다. 이 비용은 CAC와 ROI에는 포함되지만 마케팅 지출에는 포함되지 않습니다",
    ),
    (
        "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
        "{file}에 날짜 열이 없습니다. 기간과 관계없이 모든 행을 집계하며 비교는 하지 않습니다",
    ),
    (
        "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
        "{file}: 금액(또는 수량과 단가) 열이 없어 주문 KPI에 사용하지 않습니다",
    ),
    (
        "{file}: no order date column with dates, so the file is not used for order KPIs",
        "{file}: 날짜가 든 주문일 열이 없어 주문 KPI에 사용하지 않습니다",
    ),
    (
        "{file}: the amount is repeated on every line of an order, so it is counted once per order",
        "{file}: 금액이 주문의 모든 줄에 반복되어 있어 주문당 한 번만 집계합니다",
    ),
    (
        "{file}: {count} row without an order date was left out",
        "{file}: 주문일이 없는 {count}개 행을 제외했습니다",
    ),
    (
        "{file}: {count} rows without an order date were left out",
        "{file}: 주문일이 없는 {count}개 행을 제외했습니다",
    ),
    (
        "{file}: {count} subscription has no known billing interval and is taken as monthly",
        "{file}: 결제 주기를 알 수 없는 구독 {count}건은 월간으로 간주합니다",
    ),
    (
        "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
        "{file}: 결제 주기를 알 수 없는 구독 {count}건은 월간으로 간주합니다",
    ),
    // What unlocks a KPI ("needs …", src/core/kpi)
    (
        "needs a CRM leads export with a close date",
        "종료일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a creation date",
        "생성일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a stage",
        "단계가 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a stage or MQL date",
        "단계 또는 MQL 전환일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a stage or SQL date",
        "단계 또는 SQL 전환일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a won flag or stage",
        "수주 여부 또는 단계가 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with a won flag or stage and a close date",
        "수주 여부 또는 단계와 종료일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with an originated-by column",
        "발굴 주체 열이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a CRM leads export with stages or MQL / SQL dates",
        "단계 또는 MQL·SQL 전환일이 있는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a close date column in the leads export",
        "리드 내보내기에 종료일 열이 필요합니다",
    ),
    (
        "needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'",
        "광고 내보내기에 전환 가치 열이 있거나, 캠페인 또는 채널이 광고와 일치하는 주문이 필요합니다",
    ),
    (
        "needs a cost ledger or an ads export (the cost)",
        "비용 내역 또는 광고 내보내기(비용)가 필요합니다",
    ),
    (
        "needs a cost ledger with a category column (marketing / sales)",
        "항목 열(마케팅/영업)이 있는 비용 내역이 필요합니다",
    ),
    (
        "needs a cost ledger with a marketing / sales category",
        "마케팅/영업 항목이 있는 비용 내역이 필요합니다",
    ),
    (
        "needs a cost ledger with a planned (budget) column",
        "계획(예산) 열이 있는 비용 내역이 필요합니다",
    ),
    (
        "needs a cost ledger with a planned (budget) or earned value column",
        "계획(예산) 또는 획득 가치 열이 있는 비용 내역이 필요합니다",
    ),
    (
        "needs a cost ledger with an earned value column",
        "획득 가치 열이 있는 비용 내역이 필요합니다",
    ),
    (
        "needs a followers or new followers column in the social export",
        "소셜 내보내기에 팔로워 또는 신규 팔로워 열이 필요합니다",
    ),
    (
        "needs a leads column in the web analytics export, or a CRM leads export",
        "웹 분석 내보내기의 리드 열 또는 CRM 리드 내보내기가 필요합니다",
    ),
    (
        "needs a pages export with CTA clicks",
        "CTA 클릭이 있는 페이지 내보내기가 필요합니다",
    ),
    (
        "needs a pages export with time on page, or a web analytics export with engagement time",
        "페이지 체류 시간이 있는 페이지 내보내기 또는 참여 시간이 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a pages export, or a web analytics export with page views",
        "페이지 내보내기 또는 페이지뷰가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a planned (budget) column in the cost ledger",
        "비용 내역에 계획(예산) 열이 필요합니다",
    ),
    (
        "needs a planned (budget) or earned value column in the cost ledger",
        "비용 내역에 계획(예산) 또는 획득 가치 열이 필요합니다",
    ),
    (
        "needs a position column in the search console export",
        "서치 콘솔 내보내기에 게재순위 열이 필요합니다",
    ),
    (
        "needs a product, category, channel, country, customer or sales rep column in the orders",
        "주문에 상품, 카테고리, 채널, 국가, 고객 또는 영업 담당자 열이 필요합니다",
    ),
    (
        "needs a reach or impressions column in the social export",
        "소셜 내보내기에 도달 또는 노출수 열이 필요합니다",
    ),
    (
        "needs a search console export",
        "서치 콘솔 내보내기가 필요합니다",
    ),
    (
        "needs a search console export with a position column",
        "게재순위 열이 있는 서치 콘솔 내보내기가 필요합니다",
    ),
    (
        "needs a social analytics export with followers or new followers",
        "팔로워 또는 신규 팔로워가 있는 소셜 분석 내보내기가 필요합니다",
    ),
    (
        "needs a social analytics export with reach or impressions",
        "도달 또는 노출수가 있는 소셜 분석 내보내기가 필요합니다",
    ),
    (
        "needs a social analytics export with reactions, comments or shares and impressions or reach",
        "반응·댓글·공유 중 하나와 노출수 또는 도달이 있는 소셜 분석 내보내기가 필요합니다",
    ),
    (
        "needs a stage or MQL / SQL date columns in the leads export",
        "리드 내보내기에 단계 열 또는 MQL·SQL 전환일 열이 필요합니다",
    ),
    (
        "needs a stage or {role} column in the leads export",
        "리드 내보내기에 단계 또는 {role} 열이 필요합니다",
    ),
    (
        "needs a subscriptions export with customer, start date and amount",
        "고객, 시작일, 금액이 있는 구독 내보내기가 필요합니다",
    ),
    (
        "needs a subscriptions export with customer, start date, amount and end date",
        "고객, 시작일, 금액, 종료일이 있는 구독 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with a landing page column",
        "방문 페이지 열이 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with a landing page column and purchases, conversions or leads",
        "방문 페이지 열과 구매·전환·리드 중 하나가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with a source or medium column",
        "소스 또는 매체 열이 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with a source, medium or channel column",
        "소스, 매체 또는 채널 열이 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with add-to-carts and purchases",
        "장바구니 담기와 구매가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with leads, or a leads export and a web analytics export",
        "리드가 있는 웹 분석 내보내기, 또는 리드 내보내기와 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with product views, add-to-carts, checkouts or purchases",
        "상품 조회·장바구니 담기·결제 시작·구매 중 하나가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with sessions (and purchases, or an orders export)",
        "세션(및 구매 또는 주문 내보내기)이 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)",
        "세션과 참여 세션이 있는 웹 분석 내보내기가 필요합니다(선택한 이탈률 계산 방식)",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces",
        "세션과 참여 세션·이탈 세션·이탈률 중 하나가 있는 웹 분석 내보내기, 또는 이탈 세션이 있는 페이지 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases",
        "세션과 상품 조회·장바구니 담기·결제 시작·구매 중 하나가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with sessions or users by date",
        "날짜별 세션 또는 사용자가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics export with users and new or returning users",
        "사용자와 신규 또는 재방문 사용자가 있는 웹 분석 내보내기가 필요합니다",
    ),
    (
        "needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)",
        "이탈 세션 열이 있는 웹 분석 또는 페이지 내보내기가 필요합니다(선택한 이탈률 계산 방식)",
    ),
    (
        "needs a web analytics or pages export with bounces, engaged sessions or a bounce rate",
        "이탈 세션·참여 세션·이탈률 중 하나가 있는 웹 분석 또는 페이지 내보내기가 필요합니다",
    ),
    (
        "needs a won column or a stage column in the leads export",
        "리드 내보내기에 수주 여부 열 또는 단계 열이 필요합니다",
    ),
    (
        "needs a {role} column in the email export",
        "이메일 내보내기에 {role} 열이 필요합니다",
    ),
    (
        "needs an NPS survey export with a 0–10 score column",
        "0~10점 점수 열이 있는 NPS 설문 내보내기가 필요합니다",
    ),
    (
        "needs an ads export or a cost ledger, and an orders or leads export",
        "광고 내보내기 또는 비용 내역과, 주문 또는 리드 내보내기가 필요합니다",
    ),
    (
        "needs an ads export with clicks and impressions",
        "클릭수와 노출수가 있는 광고 내보내기가 필요합니다",
    ),
    (
        "needs an ads export with spend (and conversion value, or an orders export with channel or campaign)",
        "광고비(및 전환 가치, 또는 채널이나 캠페인이 있는 주문 내보내기)가 있는 광고 내보내기가 필요합니다",
    ),
    (
        "needs an ads export with spend and clicks",
        "광고비와 클릭수가 있는 광고 내보내기가 필요합니다",
    ),
    (
        "needs an ads export with spend and conversion value (or an orders export with channel or campaign)",
        "광고비와 전환 가치가 있는 광고 내보내기(또는 채널이나 캠페인이 있는 주문 내보내기)가 필요합니다",
    ),
    (
        "needs an ads export with spend and conversions",
        "광고비와 전환이 있는 광고 내보내기가 필요합니다",
    ),
    (
        "needs an ads export with spend or a cost ledger",
        "광고비가 있는 광고 내보내기 또는 비용 내역이 필요합니다",
    ),
    (
        "needs an ads export with spend, or a cost ledger",
        "광고비가 있는 광고 내보내기, 또는 비용 내역이 필요합니다",
    ),
    (
        "needs an earned value column in the cost ledger",
        "비용 내역에 획득 가치 열이 필요합니다",
    ),
    (
        "needs an email campaign export with clicks",
        "클릭수가 있는 이메일 캠페인 내보내기가 필요합니다",
    ),
    (
        "needs an email campaign export with opens",
        "오픈 수가 있는 이메일 캠페인 내보내기가 필요합니다",
    ),
    (
        "needs an email campaign export with unsubscribes",
        "수신 거부 수가 있는 이메일 캠페인 내보내기가 필요합니다",
    ),
    (
        "needs an orders export (the return) and a cost ledger or an ads export (the cost)",
        "주문 내보내기(수익)와 비용 내역 또는 광고 내보내기(비용)가 필요합니다",
    ),
    (
        "needs an orders export and a cost ledger (or an ads export)",
        "주문 내보내기와 비용 내역(또는 광고 내보내기)이 필요합니다",
    ),
    (
        "needs an orders export whose order date has a time of day",
        "주문일에 시각이 포함된 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a channel or campaign column",
        "채널 또는 캠페인 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a channel, source or campaign column",
        "채널, 소스 또는 캠페인 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a cost (COGS) or profit column",
        "원가(COGS) 또는 이익 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a customer column, or a subscriptions export",
        "고객 열이 있는 주문 내보내기 또는 구독 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a customer id (or company) column",
        "고객 ID(또는 회사) 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a date and an amount",
        "날짜와 금액이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a date and an amount (or quantity and unit price)",
        "날짜와 금액(또는 수량과 단가)이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a fulfilment (shipped) date column",
        "출고일 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a product, category, channel, country, customer or sales rep column",
        "상품, 카테고리, 채널, 국가, 고객 또는 영업 담당자 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a quantity column",
        "수량 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with a status column",
        "상태 열이 있는 주문 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with customer ids (for revenue per customer)",
        "고객 ID가 있는 주문 내보내기가 필요합니다(고객당 매출 계산용)",
    ),
    (
        "needs an orders export with customer ids, or a leads export with won deals and close dates",
        "고객 ID가 있는 주문 내보내기, 또는 수주 건과 종료일이 있는 리드 내보내기가 필요합니다",
    ),
    (
        "needs an orders export with customers and an ads export or cost ledger",
        "고객이 있는 주문 내보내기와 광고 내보내기 또는 비용 내역이 필요합니다",
    ),
    (
        "needs an originated-by (marketing / sales) column in the leads export",
        "리드 내보내기에 발굴 주체(마케팅/영업) 열이 필요합니다",
    ),
    (
        "needs order dates with a time of day (the orders only have dates)",
        "시각이 포함된 주문일이 필요합니다(현재 주문에는 날짜만 있습니다)",
    ),
    (
        "needs purchases or conversions in the web analytics export, or an orders export for the same dates",
        "웹 분석 내보내기의 구매 또는 전환, 또는 같은 기간의 주문 내보내기가 필요합니다",
    ),
    (
        "needs reactions, comments, shares or clicks and impressions or reach in the social export",
        "소셜 내보내기에 반응·댓글·공유·클릭 중 하나와 노출수 또는 도달이 필요합니다",
    ),
    // Charts: summaries for screen readers, table headers, labels (src/core/chart, src/core/present.rs)
    (
        "No data",
        "데이터 없음",
    ),
    (
        "Trend",
        "추세",
    ),
    (
        "Chart",
        "차트",
    ),
    (
        "{title}: no data.",
        "{title}: 데이터 없음.",
    ),
    (
        "{title}: {details}.",
        "{title}: {details}.",
    ),
    (
        "{title}{head}; {details}.",
        "{title}{head}; {details}.",
    ),
    (
        ", {first} to {last}",
        ", {first}~{last}",
    ),
    (
        ", {first}",
        ", {first}",
    ),
    (
        "{value} in {at}",
        "{at}에 {value}",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}",
        "최고 {high}({high_at}), 최저 {low}({low_at})",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}, latest {latest} in {latest_at}",
        "최고 {high}({high_at}), 최저 {low}({low_at}), 최근 {latest}({latest_at})",
    ),
    (
        "{series}: {clause}",
        "{series}: {clause}",
    ),
    (
        "highest {value} for {name}",
        "최고 {value}({name})",
    ),
    (
        "lowest {value} for {name}",
        "최저 {value}({name})",
    ),
    (
        "total {value}",
        "합계 {value}",
    ),
    (
        ", {count} category",
        ", 항목 {count}개",
    ),
    (
        ", {count} categories",
        ", 항목 {count}개",
    ),
    (
        "largest total {value} for {name}",
        "최대 합계 {value}({name})",
    ),
    (
        ", {categories} categories in {series} series",
        ", 항목 {categories}개, 계열 {series}개",
    ),
    (
        "{name} {value}",
        "{name} {value}",
    ),
    (
        "{name} {value} ({rate} of previous step)",
        "{name} {value}(이전 단계의 {rate})",
    ),
    (
        "overall conversion {rate}",
        "전체 전환율 {rate}",
    ),
    (
        "highest {value} at {row}, {column}",
        "최고 {value}({row}, {column})",
    ),
    (
        "lowest {value} at {row}, {column}",
        "최저 {value}({row}, {column})",
    ),
    (
        "{count} cell without data",
        "데이터 없는 칸 {count}개",
    ),
    (
        "{count} cells without data",
        "데이터 없는 칸 {count}개",
    ),
    (
        ", {rows} rows by {columns} columns",
        ", {rows}행 × {columns}열",
    ),
    (
        " of {count} point",
        "({count}개 지점)",
    ),
    (
        " of {count} points",
        "({count}개 지점)",
    ),
    (
        "from {first} to {last}",
        "{first}에서 {last}(으)로",
    ),
    (
        "highest {high}, lowest {low}",
        "최고 {high}, 최저 {low}",
    ),
    (
        "Latest: {value}",
        "최근: {value}",
    ),
    (
        "Period",
        "기간",
    ),
    (
        "Value",
        "값",
    ),
    (
        "Total",
        "합계",
    ),
    (
        "Step",
        "단계",
    ),
    (
        "Count",
        "수",
    ),
    (
        "Of previous step",
        "이전 단계 대비",
    ),
    (
        "Of first step",
        "첫 단계 대비",
    ),
    (
        "Change",
        "변동",
    ),
    (
        "Running total",
        "누계",
    ),
    (
        "Point",
        "지점",
    ),
    (
        "days",
        "일",
    ),
    (
        "(not set)",
        "(미설정)",
    ),
    (
        "Other",
        "기타",
    ),
    (
        "Organic search",
        "자연 검색",
    ),
    (
        "Paid search",
        "유료 검색",
    ),
    (
        "Social",
        "소셜",
    ),
    (
        "Email",
        "이메일",
    ),
    (
        "Referral",
        "추천(리퍼럴)",
    ),
    (
        "Direct",
        "직접 유입",
    ),
    (
        "MRR at the start",
        "기간 초 MRR",
    ),
    (
        "Churned MRR",
        "이탈 MRR",
    ),
    (
        "Contraction MRR",
        "축소 MRR",
    ),
    (
        "Expansion MRR",
        "확장 MRR",
    ),
    (
        "Net revenue retention",
        "순매출 유지율(NRR)",
    ),
    (
        "Mean",
        "평균",
    ),
    (
        "Median",
        "중앙값",
    ),
    (
        "Ad spend",
        "광고비",
    ),
    (
        "Ad clicks",
        "광고 클릭수",
    ),
    (
        "Ad conversions",
        "광고 전환수",
    ),
    (
        "Ad conversion value",
        "광고 전환 가치",
    ),
    (
        "Marketing costs",
        "마케팅 비용",
    ),
    (
        "Marketing spend",
        "마케팅 지출",
    ),
    (
        "Attributed revenue",
        "기여 매출",
    ),
    (
        "Costs",
        "비용",
    ),
    (
        "Actual costs",
        "실제 비용",
    ),
    (
        "Return",
        "수익",
    ),
    (
        "Return multiple",
        "수익 배수",
    ),
    (
        "New customers",
        "신규 고객",
    ),
    (
        "Customers",
        "고객",
    ),
    (
        "Window (days)",
        "구간(일)",
    ),
    (
        "Click-to-open rate",
        "오픈 대비 클릭률(CTOR)",
    ),
    (
        "Net change",
        "순변동",
    ),
    (
        "{value} day",
        "{value}일",
    ),
    (
        "{value} days",
        "{value}일",
    ),
    (
        "{value}d",
        "{value}일",
    ),
    // Targets and units (src/core/view.rs, src/core/present.rs)
    (
        "Target value: \"{value}\" is not a number",
        "목표값: “{value}”은(는) 숫자가 아닙니다",
    ),
    (
        "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
        "기한: “{value}”은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)",
    ),
    (
        "{value} s",
        "{value}초",
    ),
    (
        "{value} mo",
        "{value}개월",
    ),
    (
        "week of {date}",
        "{date} 시작 주",
    ),
    (
        "Cost ledger: marketing",
        "비용 내역: 마케팅",
    ),
    // Share and snapshot links (src/core/share)
    (
        "Some figures in this snapshot were not valid and were left out: {figures}.",
        "이 스냅숏의 일부 수치가 올바르지 않아 제외했습니다: {figures}.",
    ),
    (
        "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
        "이 스냅숏의 일부 수치가 올바르지 않아 제외했습니다: {figures} 외 {count}개.",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}.",
        "이 링크의 일부 설정이 올바르지 않아 기본값으로 두었습니다: {issues}.",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
        "이 링크의 일부 설정이 올바르지 않아 기본값으로 두었습니다: {issues} 외 {count}개.",
    ),
    (
        "This is a dashboard link, not a snapshot link.",
        "스냅숏 링크가 아니라 대시보드 링크입니다.",
    ),
    (
        "This is a snapshot link, not a dashboard link; opened with default settings.",
        "대시보드 링크가 아니라 스냅숏 링크입니다. 기본 설정으로 열었습니다.",
    ),
    (
        "This link is damaged or incomplete: {detail}. Opened with default settings.",
        "링크가 손상되었거나 일부가 빠졌습니다: {detail}. 기본 설정으로 열었습니다.",
    ),
    (
        "This link was made by a newer version of kpiboard; opened with default settings.",
        "이 링크는 더 새로운 버전의 kpiboard에서 만들어졌습니다. 기본 설정으로 열었습니다.",
    ),
    (
        "This snapshot link is damaged or incomplete: {detail}.",
        "스냅숏 링크가 손상되었거나 일부가 빠졌습니다: {detail}.",
    ),
    (
        "This snapshot was made by a newer version of kpiboard; it cannot be shown here.",
        "이 스냅숏은 더 새로운 버전의 kpiboard에서 만들어져 여기에서 표시할 수 없습니다.",
    ),
    (
        "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some cards or shorten the note and try again.",
        "이 스냅숏 링크는 {chars}자로, 허용된 {max}자를 넘습니다. 카드 일부를 숨기거나 메모를 줄인 뒤 다시 시도하세요.",
    ),
    (
        "it is a different sort of kpiboard link",
        "다른 종류의 kpiboard 링크입니다",
    ),
    (
        "it is {chars} characters long, more than the {max} a kpiboard link can have",
        "길이가 {chars}자로, kpiboard 링크의 최대 길이 {max}자를 넘습니다",
    ),
    (
        "it was made by a newer version of kpiboard",
        "더 새로운 버전의 kpiboard에서 만들어졌습니다",
    ),
    (
        "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
        "“#” 뒤는 “v1.” 같은 버전으로 시작해야 하지만 {start}(으)로 시작합니다",
    ),
    (
        "the settings are not valid base64url text ({detail})",
        "설정이 올바른 base64url 텍스트가 아닙니다({detail})",
    ),
    (
        "the settings could not be unpacked (the link was cut short or altered)",
        "설정의 압축을 풀 수 없습니다(링크가 잘렸거나 변경되었습니다)",
    ),
    (
        "the settings unpack to more than {max} bytes, which no real dashboard needs",
        "설정의 압축을 풀면 {max}바이트를 넘습니다. 실제 대시보드에는 그만큼 필요하지 않습니다",
    ),
    (
        "the unpacked settings are not readable ({detail})",
        "압축을 푼 설정을 읽을 수 없습니다({detail})",
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
        "Won (yes/no)",
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
    // Chart hovers (src/core/chart/plot)
    (
        "{name}: {change} (running total {total})",
        "{name}: {change} (누계 {total})",
    ),
    // Import report: a date pattern with an example (src/core/format.rs)
    (
        "{pattern} (e.g. {example})",
        "{pattern} (예: {example})",
    ),
    // Generated name of a column without a header (src/core/i18n/mod.rs)
    (
        "Column {number}",
        "열 {number}",
    ),
    // Reading progress of a file (src/core/present.rs)
    (
        "{read} / {total} MB",
        "{read} / {total} MB",
    ),
    // Landmark names (src/ui/components)
    (
        "Controls",
        "보기 설정",
    ),
    // Names of known export formats (src/core/schema/presets.rs)
    (
        "Shopify orders",
        "Shopify 주문",
    ),
    (
        "WooCommerce orders",
        "WooCommerce 주문",
    ),
    (
        "Magento orders",
        "Magento 주문",
    ),
    (
        "PrestaShop orders",
        "PrestaShop 주문",
    ),
    (
        "PrestaShop orders (French)",
        "PrestaShop 주문(프랑스어)",
    ),
    (
        "Cafe24 orders",
        "카페24 주문",
    ),
    (
        "Naver Smart Store orders",
        "네이버 스마트스토어 주문",
    ),
    (
        "Rakuten orders",
        "라쿠텐 주문",
    ),
    (
        "Amazon Seller Central orders",
        "아마존 셀러 센트럴 주문",
    ),
    (
        "Stripe invoices",
        "Stripe 인보이스",
    ),
    (
        "GA4 traffic acquisition",
        "GA4 트래픽 획득",
    ),
    (
        "GA4 source / medium report",
        "GA4 소스/매체 보고서",
    ),
    (
        "GA4 pages and screens",
        "GA4 페이지 및 화면",
    ),
    (
        "Universal Analytics",
        "유니버설 애널리틱스",
    ),
    (
        "Universal Analytics pages",
        "유니버설 애널리틱스 페이지",
    ),
    (
        "Google Ads campaigns",
        "Google Ads 캠페인",
    ),
    (
        "LinkedIn Ads campaigns",
        "LinkedIn 광고 캠페인",
    ),
    (
        "Meta Ads campaigns",
        "Meta 광고 캠페인",
    ),
    (
        "Mailchimp campaigns",
        "Mailchimp 캠페인",
    ),
    (
        "HubSpot contacts",
        "HubSpot 연락처",
    ),
    (
        "HubSpot deals",
        "HubSpot 거래",
    ),
    (
        "Salesforce opportunities",
        "Salesforce 영업 기회",
    ),
    (
        "Pipedrive deals",
        "Pipedrive 거래",
    ),
    (
        "Stripe subscriptions",
        "Stripe 구독",
    ),
    (
        "Search Console queries",
        "Search Console 검색어",
    ),
    (
        "Search Console pages",
        "Search Console 페이지",
    ),
    (
        "Search Console dates",
        "Search Console 날짜",
    ),
    (
        "Delighted responses",
        "Delighted 응답",
    ),
    (
        "SurveyMonkey responses",
        "SurveyMonkey 응답",
    ),
    (
        "Typeform responses",
        "Typeform 응답",
    ),
    (
        "no-break space",
        "줄 바꿈 없는 공백",
    ),
    (
        "narrow no-break space",
        "좁은 줄 바꿈 없는 공백",
    ),
    (
        "Number",
        "숫자",
    ),
    (
        "Amount of money",
        "금액",
    ),
    (
        "Percentage",
        "백분율",
    ),
    (
        "Date and time",
        "날짜와 시간",
    ),
    (
        "Yes/no",
        "예/아니오",
    ),
    (
        "Text",
        "텍스트",
    ),
    (
        "{count} values not understood",
        "읽지 못한 값 {count}개",
    ),
];
