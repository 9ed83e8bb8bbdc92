//! Translations of the core's sentences (`text!`, `text_n!` and `phrase!` templates) and of the column
//! role names, keyed by the English template; `tests/i18n_catalogue.rs` checks that every template of
//! the sources is here with the same placeholders.

/// (English template, translation).
pub const PHRASES: &[(&str, &str)] = &[
    // Import report and file errors (src/core/ingest, src/core/error.rs)
    (
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        "{line} 行目、「{column}」列：「{found}」は列のほかの値と違って{expected}ではないため、空欄にしました",
    ),
    (
        "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
        "{line} 行目には値が {fields} 個ありますが、ヘッダーは {width} 列です。{width} 列目より後の値は除外しました",
    ),
    (
        "more than {max} values are not {what}, so the column is kept as text",
        "{max} 個を超える値が{what}ではないため、この列はテキストのままにしました",
    ),
    (
        "{rejected} of its {filled} values are not {what}, so the column is kept as text",
        "{filled} 個の値のうち {rejected} 個が{what}ではないため、この列はテキストのままにしました",
    ),
    (
        "a percentage",
        "パーセント値",
    ),
    (
        "a number",
        "数値",
    ),
    (
        "a date",
        "日付",
    ),
    (
        "a yes/no value",
        "はい／いいえの値",
    ),
    (
        "text",
        "テキスト",
    ),
    (
        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
        "「{example}」のような日付は日・月のどちらが先か決められません。{order_reason}ため、{reading}（{pattern}）として読み取りました。",
    ),
    (
        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
        "見出しが日付を表しているため、「{name}」の数値を日付（{pattern}）として読み取りました。",
    ),
    (
        "\"{example}\" was read as {reading} because {decimal_reason}.",
        "{decimal_reason}ため、「{example}」を{reading}として読み取りました。",
    ),
    (
        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
        "「{name}」には複数の通貨（{currencies}）が混在しています。値は書かれたまま 1 つの列に残します。",
    ),
    (
        "Column \"{name}\": {note}",
        "「{name}」列：{note}",
    ),
    (
        "Column \"{name}\": {note}.",
        "「{name}」列：{note}。",
    ),
    (
        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
        "「{name}」列は先頭の行だけでは判断できなかったため、すべての値から型を決めました。",
    ),
    (
        "Excel serial days",
        "Excel のシリアル日付",
    ),
    (
        "Unix seconds",
        "Unix 時間（秒）",
    ),
    (
        "Unix milliseconds",
        "Unix 時間（ミリ秒）",
    ),
    (
        "day first",
        "日が先",
    ),
    (
        "month first",
        "月が先",
    ),
    (
        "a decimal (',' separates the decimals)",
        "小数（「,」が小数点）",
    ),
    (
        "a whole number (',' or '.' groups thousands)",
        "整数（「,」または「.」が桁区切り）",
    ),
    (
        "the file's other number columns use ',' as decimal separator",
        "ファイルのほかの数値列が「,」を小数点に使っている",
    ),
    (
        "the file's other number columns use '.' as decimal separator",
        "ファイルのほかの数値列が「.」を小数点に使っている",
    ),
    (
        "the options say so",
        "設定でそう指定されている",
    ),
    (
        "the file uses ';' as delimiter, as files with decimal commas do",
        "小数点にコンマを使うファイルと同じく「;」を区切り文字にしている",
    ),
    (
        "nothing else in the file settles it",
        "ファイルのほかの情報からも判断できない",
    ),
    (
        "other date columns of the file are read that way",
        "ファイルのほかの日付列がそう読み取られている",
    ),
    (
        "other date columns of the file put the day first",
        "ファイルのほかの日付列が日を先に書いている",
    ),
    (
        "other date columns of the file put the month first",
        "ファイルのほかの日付列が月を先に書いている",
    ),
    (
        "the file writes decimal commas, as countries that put the day first do",
        "日を先に書く国と同じく、ファイルが小数点にコンマを使っている",
    ),
    (
        "no value has a day above 12 and nothing else in the file settles it",
        "日が 12 を超える値がなく、ファイルのほかの情報からも判断できない",
    ),
    (
        "The first line \"{line}\" sets the delimiter.",
        "1 行目の「{line}」が区切り文字を指定しています。",
    ),
    (
        "Skipped {count} comment line starting with \"#\" above the header.",
        "ヘッダーの上にある「#」で始まるコメント {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} comment lines starting with \"#\" above the header.",
        "ヘッダーの上にある「#」で始まるコメント {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} title line above the header.",
        "ヘッダーの上にあるタイトル {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} title lines above the header.",
        "ヘッダーの上にあるタイトル {count} 行を読み飛ばしました。",
    ),
    (
        "The header spans two rows (questions and answers); their names were joined.",
        "ヘッダーが 2 行（質問と回答）にわたっているため、名前を結合しました。",
    ),
    (
        "set in the options",
        "設定で指定",
    ),
    (
        "given by the \"sep=\" line",
        "「sep=」行で指定",
    ),
    (
        "the one that splits every line into the same number of fields",
        "すべての行を同じ数の項目に分ける文字",
    ),
    (
        "tab",
        "タブ",
    ),
    (
        "aligned",
        "空白で桁揃え",
    ),
    (
        "no delimiter fits; the columns are aligned with spaces",
        "合う区切り文字がなく、列が空白で揃えられています",
    ),
    (
        "No delimiter: the columns are aligned with spaces, so each line was cut where the header's columns start (characters {positions}).",
        "区切り文字なし：列が空白で揃えられているため、各行を見出しの列の開始位置（{positions} 文字目）で区切りました。",
    ),
    (
        "space",
        "スペース",
    ),
    (
        "Encoding {encoding} ({reason}).",
        "文字コード {encoding}（{reason}）。",
    ),
    (
        "Delimiter \"{delimiter}\" ({reason}).",
        "区切り文字「{delimiter}」（{reason}）。",
    ),
    (
        "{count} row had fewer values than the header; the missing values are left empty.",
        "{count} 行は値がヘッダーより少ないため、足りない値は空欄にしました。",
    ),
    (
        "{count} rows had fewer values than the header; the missing values are left empty.",
        "{count} 行は値がヘッダーより少ないため、足りない値は空欄にしました。",
    ),
    (
        "Skipped {count} comment line inside the data.",
        "データ中のコメント {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} comment lines inside the data.",
        "データ中のコメント {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} repeated header line.",
        "繰り返されたヘッダー {count} 行を読み飛ばしました。",
    ),
    (
        "Skipped {count} repeated header lines.",
        "繰り返されたヘッダー {count} 行を読み飛ばしました。",
    ),
    (
        "The times of \"{time}\" were joined to the dates of \"{date}\".",
        "「{time}」の時刻を「{date}」の日付に結合しました。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheet in the workbook).",
        "シート「{sheet}」を読み込みました（ブック内のシート {count} 枚）。",
    ),
    (
        "Read the sheet \"{sheet}\" ({count} sheets in the workbook).",
        "シート「{sheet}」を読み込みました（ブック内のシート {count} 枚）。",
    ),
    (
        "byte-order mark",
        "バイト順マーク（BOM）",
    ),
    (
        "zero bytes between characters",
        "文字の間のゼロバイト",
    ),
    (
        "valid UTF-8",
        "正しい UTF-8",
    ),
    (
        "detected from the byte patterns",
        "バイトのパターンから判定",
    ),
    (
        "a PDF document",
        "PDF 文書",
    ),
    (
        "a PNG image",
        "PNG 画像",
    ),
    (
        "a JPEG image",
        "JPEG 画像",
    ),
    (
        "a GIF image",
        "GIF 画像",
    ),
    (
        "a TIFF image",
        "TIFF 画像",
    ),
    (
        "a WebP image",
        "WebP 画像",
    ),
    (
        "a zip archive",
        "ZIP 圧縮ファイル",
    ),
    (
        "an empty zip archive",
        "空の ZIP 圧縮ファイル",
    ),
    (
        "a gzip archive",
        "gzip 圧縮ファイル",
    ),
    (
        "a RAR archive",
        "RAR 圧縮ファイル",
    ),
    (
        "a 7-Zip archive",
        "7-Zip 圧縮ファイル",
    ),
    (
        "an old Excel .xls file (save it as .xlsx or CSV)",
        "古い Excel の .xls ファイル（.xlsx または CSV で保存してください）",
    ),
    (
        "a program",
        "実行ファイル",
    ),
    (
        "a rich-text document",
        "リッチテキスト（RTF）文書",
    ),
    (
        "a zip archive that is not an Excel workbook",
        "Excel ブックではない ZIP 圧縮ファイル",
    ),
    (
        "{file} is empty: there is nothing to import.",
        "{file} は空です。読み込む内容がありません。",
    ),
    (
        "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
        "{file} は表ではなく{found}のようです。データを CSV・TSV・Excel（.xlsx）で書き出し、そのファイルをドロップしてください。",
    ),
    (
        "{file} has a header on line {line} but no data rows below it.",
        "{file} の {line} 行目に見出しがありますが、その下にデータ行がありません。",
    ),
    (
        "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
        "{file}：文字コード「{name}」は不明です。UTF-8、Shift_JIS、EUC-KR、GBK、Big5、windows-1252 などの名前を指定してください。",
    ),
    (
        "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
        "{file} に「{sheet}」というシートはありません。シート：{available}。",
    ),
    (
        "{file} could not be read as an Excel workbook: {reason}.",
        "{file} を Excel ブックとして読み込めませんでした：{reason}。",
    ),
    // Column mapping (src/core/schema, src/core/pipeline.rs)
    (
        " (from {min} to {max})",
        "（{min}～{max}）",
    ),
    (
        " such as “{example}”",
        "（例：「{example}」）",
    ),
    (
        "it holds {found}{example}{range}, expected {expected}",
        "{found}{example}{range}が入っていますが、{expected}である必要があります",
    ),
    (
        "dates",
        "日付",
    ),
    (
        "numbers",
        "数値",
    ),
    (
        "percentages",
        "パーセント値",
    ),
    (
        "yes/no values",
        "はい／いいえの値",
    ),
    (
        "whole numbers from 0 to 10",
        "0～10 の整数",
    ),
    (
        "positions of 1 or more",
        "1 以上の順位",
    ),
    (
        "identifiers (text or numbers)",
        "識別子（テキストまたは数値）",
    ),
    (
        "yes/no values or words such as won / lost",
        "はい／いいえの値、または受注／失注などの語",
    ),
    (
        "orders",
        "注文データ",
    ),
    (
        "traffic reports",
        "トラフィックレポート",
    ),
    (
        "page reports",
        "ページレポート",
    ),
    (
        "ad reports",
        "広告レポート",
    ),
    (
        "cost ledgers",
        "費用台帳",
    ),
    (
        "leads",
        "リードデータ",
    ),
    (
        "email campaign reports",
        "メールキャンペーンレポート",
    ),
    (
        "social reports",
        "ソーシャルメディアレポート",
    ),
    (
        "survey responses",
        "アンケート回答",
    ),
    (
        "subscriptions",
        "サブスクリプションデータ",
    ),
    (
        "search console reports",
        "Search Console レポート",
    ),
    (
        "no columns",
        "列なし",
    ),
    (
        "no column name or value matched a known kind of export; found: {found}",
        "既知のエクスポート形式に合う列名や値がありません。見つかった列：{found}",
    ),
    (
        "{kind} need a {roles} column; found: {found}",
        "{kind}には「{roles}」列が必要です。見つかった列：{found}",
    ),
    (
        "{kind} need an {roles} column; found: {found}",
        "{kind}には「{roles}」列が必要です。見つかった列：{found}",
    ),
    (
        "{first} or {rest}",
        "{first}または{rest}",
    ),
    (
        "{kind} need a column for {roles}",
        "{kind}には「{roles}」列が必要です",
    ),
    (
        "{file}: {problems}",
        "{file}：{problems}",
    ),
    (
        "{file}: cancelled",
        "{file}：キャンセルしました",
    ),
    (
        "{file}: the browser could not read this file",
        "{file}：ブラウザーがこのファイルを読み込めませんでした",
    ),
    (
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        "{file}：ファイルは読み込めましたが、ページに渡せませんでした（{detail}）。もう一度追加してください",
    ),
    (
        "{file}: the worker holding the data stopped ({detail}); please add the file again",
        "{file}：データを保持していたワーカーが停止しました（{detail}）。ファイルをもう一度追加してください",
    ),
    (
        "{file}: reading stopped unexpectedly ({detail})",
        "{file}：読み込みが予期せず停止しました（{detail}）",
    ),
    (
        "{file}, column {number} “{column}”: cannot be the {role} of {kind}: {reason}",
        "{file}、{number} 列目「{column}」：{kind}の「{role}」には使えません。{reason}",
    ),
    (
        "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
        "{file}：{first_number} 列目「{first}」と {second_number} 列目「{second}」の両方が「{role}」に割り当てられています。どちらか 1 つにしてください",
    ),
    (
        "{rows} rows rejected, {values} values not understood",
        "除外した行 {rows}、読み取れなかった値 {values}",
    ),
    (
        "{message} (column “{column}” is named like the {role} but {reason})",
        "{message}（「{column}」列は名前が「{role}」に見えますが、{reason}）",
    ),
    // KPI reasons, warnings and steps (src/core/kpi)
    (
        "Add to cart",
        "カート追加",
    ),
    (
        "Checkout",
        "購入手続き",
    ),
    (
        "Purchase",
        "購入",
    ),
    (
        "Lead",
        "リード",
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
        "商談",
    ),
    (
        "Won",
        "受注",
    ),
    (
        "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0",
        "カゴ落ち率：期間内の購入数がカート追加数より多いため、0 と表示しています",
    ),
    (
        "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
        "比較期間（{period}）にデータがありません。成長率を見るには、より短い期間か別の比較を選んでください",
    ),
    (
        "Choose a comparison (previous period or previous year) to see growth",
        "成長率を見るには比較対象（前期間または前年）を選んでください",
    ),
    (
        "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); the export counts these steps differently (events rather than sessions?)",
        "ファネル：「{name}」ステップ（{count}）が前のステップ「{prev_name}」（{prev}）より多くなっています。エクスポートでの数え方が異なるようです（セッションではなくイベント単位？）",
    ),
    (
        "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); check the stage mapping",
        "パイプラインファネル：「{name}」に達したリード（{count}）が「{prev_name}」（{prev}）より多くなっています。ステージの対応付けを確認してください",
    ),
    (
        "Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)",
        "期間末までの連続した 2 つの区間に注文した顧客が必要です（8 週間以上のデータ）",
    ),
    (
        "Needs new customers and revenue from active customers in the period",
        "期間内の新規顧客とアクティブ顧客の売上が必要です",
    ),
    (
        "No MRR at the start of the period",
        "期間開始時点の MRR がありません",
    ),
    (
        "No active subscription at the end of the period",
        "期間末時点で有効なサブスクリプションがありません",
    ),
    (
        "No ad clicks in the period",
        "期間内に広告クリックがありません",
    ),
    (
        "No ad conversions in the period",
        "期間内に広告コンバージョンがありません",
    ),
    (
        "No ad impressions in the period",
        "期間内に広告の表示がありません",
    ),
    (
        "No ad spend in the period",
        "期間内に広告費がありません",
    ),
    (
        "No add-to-cart in the period",
        "期間内にカート追加がありません",
    ),
    (
        "No cohort acquired in the period has a following month in the data yet",
        "期間内に獲得したコホートには、まだ翌月のデータがありません",
    ),
    (
        "No completed order with a cost or profit in the period",
        "期間内に原価または利益のある完了注文がありません",
    ),
    (
        "No completed order with a fulfilment date in the period",
        "期間内に出荷日のある完了注文がありません",
    ),
    (
        "No completed order with a time of day in the period",
        "期間内に時刻のある完了注文がありません",
    ),
    (
        "No completed orders in the period",
        "期間内に完了した注文がありません",
    ),
    (
        "No costs in the period",
        "期間内に費用がありません",
    ),
    (
        "No customer had an active subscription at the start of the period",
        "期間開始時点で有効なサブスクリプションを持つ顧客がいません",
    ),
    (
        "No customer has ordered yet",
        "まだ注文した顧客がいません",
    ),
    (
        "No customer ordered in the previous period of equal length ({period})",
        "同じ長さの前期間（{period}）に注文した顧客がいません",
    ),
    (
        "No deal won in the period with a creation and a close date",
        "期間内に作成日とクローズ日のある受注案件がありません",
    ),
    (
        "No deal won or lost in the period",
        "期間内に受注・失注した案件がありません",
    ),
    (
        "No email delivered in the period",
        "期間内に到達したメールがありません",
    ),
    (
        "No follower count in the period",
        "期間内にフォロワー数がありません",
    ),
    (
        "No lead created in the period",
        "期間内に作成されたリードがありません",
    ),
    (
        "No lead created in the period became an MQL",
        "期間内に作成されたリードで MQL になったものはありません",
    ),
    (
        "No marketing or sales costs in the period",
        "期間内にマーケティング費・営業費がありません",
    ),
    (
        "No marketing spend in the period",
        "期間内にマーケティング費がありません",
    ),
    (
        "No new customers in the period",
        "期間内に新規顧客がいません",
    ),
    (
        "No new customers in the period (no CAC)",
        "期間内に新規顧客がいません（CAC なし）",
    ),
    (
        "No orders in the period",
        "期間内に注文がありません",
    ),
    (
        "No orders with a customer in the period",
        "期間内に顧客情報のある注文がありません",
    ),
    (
        "No page entrances in the period",
        "期間内にページの閲覧開始がありません",
    ),
    (
        "No page views in the period",
        "期間内にページビューがありません",
    ),
    (
        "No planned budget in the period",
        "期間内に計画予算がありません",
    ),
    (
        "No revenue in the comparison period",
        "比較期間に売上がありません",
    ),
    (
        "No revenue in the period",
        "期間内に売上がありません",
    ),
    (
        "No search impressions in the period",
        "期間内に検索での表示がありません",
    ),
    (
        "No sessions in the period",
        "期間内にセッションがありません",
    ),
    (
        "No social impressions in the period",
        "期間内にソーシャルでの表示がありません",
    ),
    (
        "No survey response in the period",
        "期間内にアンケート回答がありません",
    ),
    (
        "No users in the period",
        "期間内にユーザーがいません",
    ),
    (
        "No won deal with an originator in the period",
        "期間内に創出元のわかる受注案件がありません",
    ),
    (
        "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
        "広告費（{a}）と費用台帳（{b}）の通貨が異なります。通貨を 1 つ選んでください",
    ),
    (
        "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
        "費用（{a}）と広告費（{b}）の通貨が異なります。通貨を 1 つ選んでください",
    ),
    (
        "The data mixes currencies ({currencies}); pick one currency to see money figures",
        "データに複数の通貨（{currencies}）が混在しています。金額を見るには通貨を 1 つ選んでください",
    ),
    (
        "The orders mix currencies ({currencies}); pick one currency to see money figures",
        "注文に複数の通貨（{currencies}）が混在しています。金額を見るには通貨を 1 つ選んでください",
    ),
    (
        "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
        "サブスクリプションに複数の通貨（{currencies}）が混在しています。金額を見るには通貨を 1 つ選んでください",
    ),
    (
        "The filter on {role} does not apply to the orders: they have no such column",
        "「{role}」のフィルターは注文に適用されません。注文にその列がありません",
    ),
    (
        "The gross-profit return needs a cost (COGS) or profit column in the orders",
        "粗利ベースのリターンには、注文の原価（COGS）または利益の列が必要です",
    ),
    (
        "The predicted CLV needs customers ordering in two consecutive windows before the period's end",
        "予測 CLV には、期間末までの連続した 2 つの区間に注文した顧客が必要です",
    ),
    (
        "Unknown order statuses counted as completed: {statuses}",
        "完了として数えた不明な注文ステータス：{statuses}",
    ),
    (
        "{count} NPS score is not a whole number from 0 to 10 and was left out",
        "0～10 の整数ではない NPS スコア {count} 件を除外しました",
    ),
    (
        "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
        "0～10 の整数ではない NPS スコア {count} 件を除外しました",
    ),
    (
        "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
        "{file} に区分の列がありません。その費用は CAC と ROI には含まれますが、マーケティング費には含まれません",
    ),
    (
        "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
        "{file} に日付の列がありません。期間にかかわらず全行を集計し、比較は行いません",
    ),
    (
        "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
        "{file}：金額（または数量と単価）の列がないため、注文の KPI には使いません",
    ),
    (
        "{file}: no order date column with dates, so the file is not used for order KPIs",
        "{file}：日付の入った注文日の列がないため、注文の KPI には使いません",
    ),
    (
        "{file}: the amount is repeated on every line of an order, so it is counted once per order",
        "{file}：金額が注文の各行に繰り返されているため、注文ごとに 1 回だけ数えます",
    ),
    (
        "{file}: {count} row without an order date was left out",
        "{file}：注文日のない {count} 行を除外しました",
    ),
    (
        "{file}: {count} rows without an order date were left out",
        "{file}：注文日のない {count} 行を除外しました",
    ),
    (
        "{file}: {count} subscription has no known billing interval and is taken as monthly",
        "{file}：請求間隔が不明なサブスクリプション {count} 件を月払いとみなしました",
    ),
    (
        "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
        "{file}：請求間隔が不明なサブスクリプション {count} 件を月払いとみなしました",
    ),
    // What unlocks a KPI ("needs …", src/core/kpi)
    (
        "needs a CRM leads export with a close date",
        "クローズ日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a creation date",
        "作成日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a stage",
        "ステージを含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a stage or MQL date",
        "ステージまたは MQL 化した日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a stage or SQL date",
        "ステージまたは SQL 化した日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a won flag or stage",
        "受注フラグまたはステージを含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with a won flag or stage and a close date",
        "受注フラグまたはステージと、クローズ日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with an originated-by column",
        "創出元の列を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a CRM leads export with stages or MQL / SQL dates",
        "ステージまたは MQL／SQL 化した日を含む CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a close date column in the leads export",
        "リードデータのエクスポートにクローズ日の列が必要です",
    ),
    (
        "needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'",
        "広告データのエクスポートにコンバージョン値の列、またはキャンペーンかチャネルが広告と一致する注文が必要です",
    ),
    (
        "needs a cost ledger or an ads export (the cost)",
        "費用台帳または広告データのエクスポート（コスト）が必要です",
    ),
    (
        "needs a cost ledger with a category column (marketing / sales)",
        "区分の列（マーケティング／営業）のある費用台帳が必要です",
    ),
    (
        "needs a cost ledger with a marketing / sales category",
        "マーケティング／営業の区分のある費用台帳が必要です",
    ),
    (
        "needs a cost ledger with a planned (budget) column",
        "計画（予算）の列のある費用台帳が必要です",
    ),
    (
        "needs a cost ledger with a planned (budget) or earned value column",
        "計画（予算）または出来高の列のある費用台帳が必要です",
    ),
    (
        "needs a cost ledger with an earned value column",
        "出来高の列のある費用台帳が必要です",
    ),
    (
        "needs a followers or new followers column in the social export",
        "ソーシャルのエクスポートにフォロワー数または新規フォロワーの列が必要です",
    ),
    (
        "needs a leads column in the web analytics export, or a CRM leads export",
        "ウェブ解析のエクスポートのリード列、または CRM のリードデータのエクスポートが必要です",
    ),
    (
        "needs a pages export with CTA clicks",
        "CTA クリック数を含むページデータのエクスポートが必要です",
    ),
    (
        "needs a pages export with time on page, or a web analytics export with engagement time",
        "ページ滞在時間を含むページデータ、またはエンゲージメント時間を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a pages export, or a web analytics export with page views",
        "ページデータ、またはページビューを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a planned (budget) column in the cost ledger",
        "費用台帳に計画（予算）の列が必要です",
    ),
    (
        "needs a planned (budget) or earned value column in the cost ledger",
        "費用台帳に計画（予算）または出来高の列が必要です",
    ),
    (
        "needs a position column in the search console export",
        "Search Console のエクスポートに掲載順位の列が必要です",
    ),
    (
        "needs a product, category, channel, country, customer or sales rep column in the orders",
        "注文に商品・カテゴリ・チャネル・国・顧客・営業担当者のいずれかの列が必要です",
    ),
    (
        "needs a reach or impressions column in the social export",
        "ソーシャルのエクスポートにリーチまたは表示回数の列が必要です",
    ),
    (
        "needs a search console export",
        "Search Console のエクスポートが必要です",
    ),
    (
        "needs a search console export with a position column",
        "掲載順位の列を含む Search Console のエクスポートが必要です",
    ),
    (
        "needs a social analytics export with followers or new followers",
        "フォロワー数または新規フォロワーを含むソーシャル分析のエクスポートが必要です",
    ),
    (
        "needs a social analytics export with reach or impressions",
        "リーチまたは表示回数を含むソーシャル分析のエクスポートが必要です",
    ),
    (
        "needs a social analytics export with reactions, comments or shares and impressions or reach",
        "リアクション・コメント・シェアのいずれかと、表示回数またはリーチを含むソーシャル分析のエクスポートが必要です",
    ),
    (
        "needs a stage or MQL / SQL date columns in the leads export",
        "リードデータのエクスポートにステージの列、または MQL／SQL 化した日の列が必要です",
    ),
    (
        "needs a stage or {role} column in the leads export",
        "リードデータのエクスポートにステージまたは「{role}」の列が必要です",
    ),
    (
        "needs a subscriptions export with customer, start date and amount",
        "顧客・開始日・金額を含むサブスクリプションデータのエクスポートが必要です",
    ),
    (
        "needs a subscriptions export with customer, start date, amount and end date",
        "顧客・開始日・金額・終了日を含むサブスクリプションデータのエクスポートが必要です",
    ),
    (
        "needs a web analytics export with a landing page column",
        "ランディングページの列を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with a landing page column and purchases, conversions or leads",
        "ランディングページの列と、購入・コンバージョン・リードのいずれかを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with a source or medium column",
        "参照元またはメディアの列を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with a source, medium or channel column",
        "参照元・メディア・チャネルのいずれかの列を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with add-to-carts and purchases",
        "カート追加数と購入数を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with leads, or a leads export and a web analytics export",
        "リードを含むウェブ解析のエクスポート、またはリードデータとウェブ解析の両方のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with product views, add-to-carts, checkouts or purchases",
        "商品閲覧・カート追加・購入手続き・購入のいずれかを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with sessions (and purchases, or an orders export)",
        "セッション（および購入、または注文データ）を含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)",
        "セッションとエンゲージのあったセッションを含むウェブ解析のエクスポートが必要です（選択した直帰率の計算方法）",
    ),
    (
        "needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces",
        "セッションと、エンゲージのあったセッション・直帰数・直帰率のいずれかを含むウェブ解析のエクスポート、または直帰数を含むページデータのエクスポートが必要です",
    ),
    (
        "needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases",
        "セッションと、商品閲覧・カート追加・購入手続き・購入のいずれかを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with sessions or users by date",
        "日付ごとのセッションまたはユーザーを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics export with users and new or returning users",
        "ユーザーと、新規ユーザーまたはリピーターを含むウェブ解析のエクスポートが必要です",
    ),
    (
        "needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)",
        "直帰数の列を含むウェブ解析またはページデータのエクスポートが必要です（選択した直帰率の計算方法）",
    ),
    (
        "needs a web analytics or pages export with bounces, engaged sessions or a bounce rate",
        "直帰数・エンゲージのあったセッション・直帰率のいずれかを含むウェブ解析またはページデータのエクスポートが必要です",
    ),
    (
        "needs a won column or a stage column in the leads export",
        "リードデータのエクスポートに受注フラグの列またはステージの列が必要です",
    ),
    (
        "needs a {role} column in the email export",
        "メールのエクスポートに「{role}」の列が必要です",
    ),
    (
        "needs an NPS survey export with a 0–10 score column",
        "0～10 のスコア列を含む NPS アンケートのエクスポートが必要です",
    ),
    (
        "needs an ads export or a cost ledger, and an orders or leads export",
        "広告データまたは費用台帳と、注文データまたはリードデータのエクスポートが必要です",
    ),
    (
        "needs an ads export with clicks and impressions",
        "クリック数と表示回数を含む広告データのエクスポートが必要です",
    ),
    (
        "needs an ads export with spend (and conversion value, or an orders export with channel or campaign)",
        "広告費（およびコンバージョン値、またはチャネルかキャンペーンのある注文データ）を含む広告データのエクスポートが必要です",
    ),
    (
        "needs an ads export with spend and clicks",
        "広告費とクリック数を含む広告データのエクスポートが必要です",
    ),
    (
        "needs an ads export with spend and conversion value (or an orders export with channel or campaign)",
        "広告費とコンバージョン値を含む広告データ（またはチャネルかキャンペーンのある注文データ）のエクスポートが必要です",
    ),
    (
        "needs an ads export with spend and conversions",
        "広告費とコンバージョン数を含む広告データのエクスポートが必要です",
    ),
    (
        "needs an ads export with spend or a cost ledger",
        "広告費を含む広告データのエクスポート、または費用台帳が必要です",
    ),
    (
        "needs an ads export with spend, or a cost ledger",
        "広告費を含む広告データのエクスポート、または費用台帳が必要です",
    ),
    (
        "needs an earned value column in the cost ledger",
        "費用台帳に出来高の列が必要です",
    ),
    (
        "needs an email campaign export with clicks",
        "クリック数を含むメールキャンペーンのエクスポートが必要です",
    ),
    (
        "needs an email campaign export with opens",
        "開封数を含むメールキャンペーンのエクスポートが必要です",
    ),
    (
        "needs an email campaign export with unsubscribes",
        "配信停止数を含むメールキャンペーンのエクスポートが必要です",
    ),
    (
        "needs an orders export (the return) and a cost ledger or an ads export (the cost)",
        "注文データ（リターン）と、費用台帳または広告データ（コスト）のエクスポートが必要です",
    ),
    (
        "needs an orders export and a cost ledger (or an ads export)",
        "注文データと費用台帳（または広告データ）のエクスポートが必要です",
    ),
    (
        "needs an orders export whose order date has a time of day",
        "注文日に時刻を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a channel or campaign column",
        "チャネルまたはキャンペーンの列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a channel, source or campaign column",
        "チャネル・参照元・キャンペーンのいずれかの列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a cost (COGS) or profit column",
        "原価（COGS）または利益の列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a customer column, or a subscriptions export",
        "顧客の列を含む注文データ、またはサブスクリプションデータのエクスポートが必要です",
    ),
    (
        "needs an orders export with a customer id (or company) column",
        "顧客 ID（または会社）の列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a date and an amount",
        "日付と金額を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a date and an amount (or quantity and unit price)",
        "日付と金額（または数量と単価）を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a fulfilment (shipped) date column",
        "出荷日の列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a product, category, channel, country, customer or sales rep column",
        "商品・カテゴリ・チャネル・国・顧客・営業担当者のいずれかの列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a quantity column",
        "数量の列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with a status column",
        "ステータスの列を含む注文データのエクスポートが必要です",
    ),
    (
        "needs an orders export with customer ids (for revenue per customer)",
        "顧客 ID を含む注文データのエクスポートが必要です（顧客あたり売上の計算用）",
    ),
    (
        "needs an orders export with customer ids, or a leads export with won deals and close dates",
        "顧客 ID を含む注文データ、または受注案件とクローズ日を含むリードデータのエクスポートが必要です",
    ),
    (
        "needs an orders export with customers and an ads export or cost ledger",
        "顧客を含む注文データと、広告データまたは費用台帳のエクスポートが必要です",
    ),
    (
        "needs an originated-by (marketing / sales) column in the leads export",
        "リードデータのエクスポートに創出元（マーケティング／営業）の列が必要です",
    ),
    (
        "needs order dates with a time of day (the orders only have dates)",
        "時刻を含む注文日が必要です（注文には日付しかありません）",
    ),
    (
        "needs purchases or conversions in the web analytics export, or an orders export for the same dates",
        "ウェブ解析のエクスポートの購入数またはコンバージョン、または同じ期間の注文データが必要です",
    ),
    (
        "needs reactions, comments, shares or clicks and impressions or reach in the social export",
        "ソーシャルのエクスポートに、リアクション・コメント・シェア・クリックのいずれかと、表示回数またはリーチが必要です",
    ),
    // Charts: summaries for screen readers, table headers, labels (src/core/chart, src/core/present.rs)
    (
        "No data",
        "データなし",
    ),
    (
        "Trend",
        "推移",
    ),
    (
        "Chart",
        "グラフ",
    ),
    (
        "{title}: no data.",
        "{title}：データなし。",
    ),
    (
        "{title}: {details}.",
        "{title}：{details}。",
    ),
    (
        "{title}{head}; {details}.",
        "{title}{head}：{details}。",
    ),
    (
        ", {first} to {last}",
        "、{first}～{last}",
    ),
    (
        ", {first}",
        "、{first}",
    ),
    (
        "{value} in {at}",
        "{at}に {value}",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}",
        "最高 {high}（{high_at}）、最低 {low}（{low_at}）",
    ),
    (
        "highest {high} in {high_at}, lowest {low} in {low_at}, latest {latest} in {latest_at}",
        "最高 {high}（{high_at}）、最低 {low}（{low_at}）、直近 {latest}（{latest_at}）",
    ),
    (
        "{series}: {clause}",
        "{series}：{clause}",
    ),
    (
        "highest {value} for {name}",
        "最高 {value}（{name}）",
    ),
    (
        "lowest {value} for {name}",
        "最低 {value}（{name}）",
    ),
    (
        "total {value}",
        "合計 {value}",
    ),
    (
        ", {count} category",
        "、{count} 項目",
    ),
    (
        ", {count} categories",
        "、{count} 項目",
    ),
    (
        "largest total {value} for {name}",
        "合計の最大 {value}（{name}）",
    ),
    (
        ", {categories} categories in {series} series",
        "、{categories} 項目・{series} 系列",
    ),
    (
        "{name} {value}",
        "{name} {value}",
    ),
    (
        "{name} {value} ({rate} of previous step)",
        "{name} {value}（前のステップの {rate}）",
    ),
    (
        "overall conversion {rate}",
        "全体のコンバージョン率 {rate}",
    ),
    (
        "highest {value} at {row}, {column}",
        "最高 {value}（{row}・{column}）",
    ),
    (
        "lowest {value} at {row}, {column}",
        "最低 {value}（{row}・{column}）",
    ),
    (
        "{count} cell without data",
        "データのないセル {count} 個",
    ),
    (
        "{count} cells without data",
        "データのないセル {count} 個",
    ),
    (
        ", {rows} rows by {columns} columns",
        "、{rows} 行 × {columns} 列",
    ),
    (
        " of {count} point",
        "（{count} 点）",
    ),
    (
        " of {count} points",
        "（{count} 点）",
    ),
    (
        "from {first} to {last}",
        "{first} から {last} へ",
    ),
    (
        "highest {high}, lowest {low}",
        "最高 {high}、最低 {low}",
    ),
    (
        "Latest: {value}",
        "直近：{value}",
    ),
    (
        "Period",
        "期間",
    ),
    (
        "Value",
        "値",
    ),
    (
        "Total",
        "合計",
    ),
    (
        "Step",
        "ステップ",
    ),
    (
        "Count",
        "件数",
    ),
    (
        "Of previous step",
        "前のステップ比",
    ),
    (
        "Of first step",
        "最初のステップ比",
    ),
    (
        "Change",
        "増減",
    ),
    (
        "Running total",
        "累計",
    ),
    (
        "Point",
        "点",
    ),
    (
        "days",
        "日",
    ),
    (
        "(not set)",
        "（未設定）",
    ),
    (
        "Other",
        "その他",
    ),
    (
        "Organic search",
        "オーガニック検索",
    ),
    (
        "Paid search",
        "有料検索",
    ),
    (
        "Social",
        "ソーシャル",
    ),
    (
        "Email",
        "メール",
    ),
    (
        "Referral",
        "参照",
    ),
    (
        "Direct",
        "ダイレクト",
    ),
    (
        "MRR at the start",
        "期首 MRR",
    ),
    (
        "Churned MRR",
        "解約 MRR",
    ),
    (
        "Contraction MRR",
        "縮小 MRR",
    ),
    (
        "Expansion MRR",
        "拡大 MRR",
    ),
    (
        "Net revenue retention",
        "売上継続率（NRR）",
    ),
    (
        "Mean",
        "平均",
    ),
    (
        "Median",
        "中央値",
    ),
    (
        "Ad spend",
        "広告費",
    ),
    (
        "Ad clicks",
        "広告クリック数",
    ),
    (
        "Ad conversions",
        "広告コンバージョン数",
    ),
    (
        "Ad conversion value",
        "広告コンバージョン値",
    ),
    (
        "Marketing costs",
        "マーケティング費用",
    ),
    (
        "Marketing spend",
        "マーケティング支出",
    ),
    (
        "Attributed revenue",
        "アトリビューション売上",
    ),
    (
        "Costs",
        "費用",
    ),
    (
        "Actual costs",
        "実績費用",
    ),
    (
        "Return",
        "リターン",
    ),
    (
        "Return multiple",
        "リターン倍率",
    ),
    (
        "New customers",
        "新規顧客",
    ),
    (
        "Customers",
        "顧客",
    ),
    (
        "Window (days)",
        "区間（日）",
    ),
    (
        "Click-to-open rate",
        "開封クリック率（CTOR）",
    ),
    (
        "Net change",
        "純増減",
    ),
    (
        "{value} day",
        "{value} 日",
    ),
    (
        "{value} days",
        "{value} 日",
    ),
    (
        "{value}d",
        "{value}日",
    ),
    // Targets and units (src/core/view.rs, src/core/present.rs)
    (
        "Target value: \"{value}\" is not a number",
        "目標値：「{value}」は数値ではありません",
    ),
    (
        "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
        "期限：「{value}」は日付ではありません（YYYY-MM-DD 形式）",
    ),
    (
        "{value} s",
        "{value} 秒",
    ),
    (
        "{value} mo",
        "{value} か月",
    ),
    (
        "week of {date}",
        "{date} の週",
    ),
    (
        "Cost ledger: marketing",
        "費用台帳：マーケティング",
    ),
    // Share and snapshot links (src/core/share)
    (
        "Some figures in this snapshot were not valid and were left out: {figures}.",
        "このスナップショットの一部の数値が無効だったため除外しました：{figures}。",
    ),
    (
        "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
        "このスナップショットの一部の数値が無効だったため除外しました：{figures}、ほか {count} 件。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}.",
        "このリンクの一部の設定が無効だったため、既定値のままにしました：{issues}。",
    ),
    (
        "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
        "このリンクの一部の設定が無効だったため、既定値のままにしました：{issues}、ほか {count} 件。",
    ),
    (
        "This is a dashboard link, not a snapshot link.",
        "これはスナップショットではなくダッシュボードのリンクです。",
    ),
    (
        "This is a snapshot link, not a dashboard link; opened with default settings.",
        "これはダッシュボードではなくスナップショットのリンクです。既定の設定で開きました。",
    ),
    (
        "This link is damaged or incomplete: {detail}. Opened with default settings.",
        "このリンクは壊れているか不完全です：{detail}。既定の設定で開きました。",
    ),
    (
        "This link was made by a newer version of kpiboard; opened with default settings.",
        "このリンクは新しいバージョンの kpiboard で作成されました。既定の設定で開きました。",
    ),
    (
        "This snapshot link is damaged or incomplete: {detail}.",
        "このスナップショットのリンクは壊れているか不完全です：{detail}。",
    ),
    (
        "This snapshot was made by a newer version of kpiboard; it cannot be shown here.",
        "このスナップショットは新しいバージョンの kpiboard で作成されたため、ここでは表示できません。",
    ),
    (
        "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some cards or shorten the note and try again.",
        "このスナップショットのリンクは {chars} 文字になり、上限の {max} 文字を超えます。カードをいくつか非表示にするか、メモを短くしてもう一度お試しください。",
    ),
    (
        "it is a different sort of kpiboard link",
        "別の種類の kpiboard リンクです",
    ),
    (
        "it is {chars} characters long, more than the {max} a kpiboard link can have",
        "長さが {chars} 文字あり、kpiboard のリンクの上限 {max} 文字を超えています",
    ),
    (
        "it was made by a newer version of kpiboard",
        "新しいバージョンの kpiboard で作成されています",
    ),
    (
        "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
        "「#」の後は「v1.」のようなバージョンで始まるはずですが、{start} で始まっています",
    ),
    (
        "the settings are not valid base64url text ({detail})",
        "設定が正しい base64url のテキストではありません（{detail}）",
    ),
    (
        "the settings could not be unpacked (the link was cut short or altered)",
        "設定を展開できませんでした（リンクが途中で切れたか、変更されています）",
    ),
    (
        "the settings unpack to more than {max} bytes, which no real dashboard needs",
        "設定を展開すると {max} バイトを超えます。実際のダッシュボードにそれほどは必要ありません",
    ),
    (
        "the unpacked settings are not readable ({detail})",
        "展開した設定を読み取れません（{detail}）",
    ),
    // Column role names (src/core/i18n/roles.rs)
    (
        "Order date",
        "注文日",
    ),
    (
        "Order ID",
        "注文 ID",
    ),
    (
        "Amount",
        "金額",
    ),
    (
        "Subtotal",
        "小計",
    ),
    (
        "Quantity",
        "数量",
    ),
    (
        "Unit price",
        "単価",
    ),
    (
        "Customer ID",
        "顧客 ID",
    ),
    (
        "Company",
        "会社",
    ),
    (
        "Product",
        "商品",
    ),
    (
        "Product name",
        "商品名",
    ),
    (
        "Category",
        "カテゴリ",
    ),
    (
        "Status",
        "ステータス",
    ),
    (
        "Channel",
        "チャネル",
    ),
    (
        "Campaign",
        "キャンペーン",
    ),
    (
        "Country",
        "国",
    ),
    (
        "Currency",
        "通貨",
    ),
    (
        "Discount",
        "割引",
    ),
    (
        "Shipping",
        "送料",
    ),
    (
        "Tax",
        "税額",
    ),
    (
        "Cost of goods",
        "売上原価",
    ),
    (
        "Profit",
        "利益",
    ),
    (
        "Fulfilment date",
        "出荷日",
    ),
    (
        "Sales rep",
        "営業担当者",
    ),
    (
        "Date",
        "日付",
    ),
    (
        "Sessions",
        "セッション",
    ),
    (
        "Users",
        "ユーザー",
    ),
    (
        "New users",
        "新規ユーザー",
    ),
    (
        "Returning users",
        "リピーター",
    ),
    (
        "Engaged sessions",
        "エンゲージのあったセッション",
    ),
    (
        "Bounces",
        "直帰数",
    ),
    (
        "Bounce rate",
        "直帰率",
    ),
    (
        "Page views",
        "ページビュー",
    ),
    (
        "Average engagement time",
        "平均エンゲージメント時間",
    ),
    (
        "Source",
        "参照元",
    ),
    (
        "Medium",
        "メディア",
    ),
    (
        "Landing page",
        "ランディングページ",
    ),
    (
        "Product views",
        "商品閲覧数",
    ),
    (
        "Add-to-carts",
        "カート追加数",
    ),
    (
        "Checkouts",
        "購入手続き開始数",
    ),
    (
        "Purchases",
        "購入数",
    ),
    (
        "Leads",
        "リード",
    ),
    (
        "Conversions",
        "コンバージョン",
    ),
    (
        "Revenue",
        "収益",
    ),
    (
        "Page",
        "ページ",
    ),
    (
        "Views",
        "表示回数",
    ),
    (
        "Entrances",
        "閲覧開始数",
    ),
    (
        "Average time on page",
        "平均ページ滞在時間",
    ),
    (
        "CTA clicks",
        "CTA クリック数",
    ),
    (
        "Spend",
        "広告費",
    ),
    (
        "Impressions",
        "表示回数（インプレッション）",
    ),
    (
        "Clicks",
        "クリック数",
    ),
    (
        "Conversion value",
        "コンバージョン値",
    ),
    (
        "Budget",
        "予算",
    ),
    (
        "Cost category",
        "費用区分",
    ),
    (
        "Planned amount",
        "計画額",
    ),
    (
        "Earned value",
        "出来高（EV）",
    ),
    (
        "Lead ID",
        "リード ID",
    ),
    (
        "Created date",
        "作成日",
    ),
    (
        "Stage",
        "ステージ",
    ),
    (
        "Originated by",
        "創出元",
    ),
    (
        "MQL date",
        "MQL 化した日",
    ),
    (
        "SQL date",
        "SQL 化した日",
    ),
    (
        "Close date",
        "クローズ日",
    ),
    (
        "Won (yes/no)",
        "受注",
    ),
    (
        "Owner",
        "担当者",
    ),
    (
        "Send date",
        "配信日",
    ),
    (
        "Sent",
        "配信数",
    ),
    (
        "Delivered",
        "到達数",
    ),
    (
        "Opens",
        "開封数",
    ),
    (
        "Unsubscribes",
        "配信停止数",
    ),
    (
        "Spam reports",
        "迷惑メール報告数",
    ),
    (
        "New subscribers",
        "新規購読者",
    ),
    (
        "Platform",
        "プラットフォーム",
    ),
    (
        "Reach",
        "リーチ",
    ),
    (
        "Followers",
        "フォロワー数",
    ),
    (
        "New followers",
        "新規フォロワー",
    ),
    (
        "Reactions",
        "リアクション",
    ),
    (
        "Comments",
        "コメント数",
    ),
    (
        "Shares",
        "シェア数",
    ),
    (
        "Score",
        "スコア",
    ),
    (
        "Respondent",
        "回答者",
    ),
    (
        "Segment",
        "セグメント",
    ),
    (
        "Comment",
        "自由回答",
    ),
    (
        "Start date",
        "開始日",
    ),
    (
        "Billing interval",
        "請求間隔",
    ),
    (
        "End date",
        "終了日",
    ),
    (
        "Plan",
        "プラン",
    ),
    (
        "Search query",
        "検索クエリ",
    ),
    (
        "Position",
        "掲載順位",
    ),
    // Chart hovers (src/core/chart/plot)
    (
        "{name}: {change} (running total {total})",
        "{name}：{change}（累計 {total}）",
    ),
    // Import report: a date pattern with an example (src/core/format.rs)
    (
        "{pattern} (e.g. {example})",
        "{pattern}（例：{example}）",
    ),
    // Generated name of a column without a header (src/core/i18n/mod.rs)
    (
        "Column {number}",
        "列 {number}",
    ),
    // Reading progress of a file (src/core/present.rs)
    (
        "{read} / {total} MB",
        "{read} / {total} MB",
    ),
    // Landmark names (src/ui/components)
    (
        "Controls",
        "表示設定",
    ),
    // Names of known export formats (src/core/schema/presets.rs)
    (
        "Shopify orders",
        "Shopify の注文",
    ),
    (
        "WooCommerce orders",
        "WooCommerce の注文",
    ),
    (
        "Magento orders",
        "Magento の注文",
    ),
    (
        "PrestaShop orders",
        "PrestaShop の注文",
    ),
    (
        "PrestaShop orders (French)",
        "PrestaShop の注文（フランス語）",
    ),
    (
        "Cafe24 orders",
        "Cafe24 の注文",
    ),
    (
        "Naver Smart Store orders",
        "Naver スマートストアの注文",
    ),
    (
        "Rakuten orders",
        "楽天の注文",
    ),
    (
        "Amazon Seller Central orders",
        "Amazon セラーセントラルの注文",
    ),
    (
        "Stripe invoices",
        "Stripe の請求書",
    ),
    (
        "GA4 traffic acquisition",
        "GA4 トラフィック獲得",
    ),
    (
        "GA4 source / medium report",
        "GA4 参照元 / メディア レポート",
    ),
    (
        "GA4 pages and screens",
        "GA4 ページとスクリーン",
    ),
    (
        "Universal Analytics",
        "ユニバーサル アナリティクス",
    ),
    (
        "Universal Analytics pages",
        "ユニバーサル アナリティクスのページ",
    ),
    (
        "Google Ads campaigns",
        "Google 広告のキャンペーン",
    ),
    (
        "LinkedIn Ads campaigns",
        "LinkedIn 広告のキャンペーン",
    ),
    (
        "Meta Ads campaigns",
        "Meta 広告のキャンペーン",
    ),
    (
        "Mailchimp campaigns",
        "Mailchimp のキャンペーン",
    ),
    (
        "HubSpot contacts",
        "HubSpot のコンタクト",
    ),
    (
        "HubSpot deals",
        "HubSpot の取引",
    ),
    (
        "Salesforce opportunities",
        "Salesforce の商談",
    ),
    (
        "Pipedrive deals",
        "Pipedrive の取引",
    ),
    (
        "Stripe subscriptions",
        "Stripe のサブスクリプション",
    ),
    (
        "Search Console queries",
        "Search Console の検索クエリ",
    ),
    (
        "Search Console pages",
        "Search Console のページ",
    ),
    (
        "Search Console dates",
        "Search Console の日付",
    ),
    (
        "Delighted responses",
        "Delighted の回答",
    ),
    (
        "SurveyMonkey responses",
        "SurveyMonkey の回答",
    ),
    (
        "Typeform responses",
        "Typeform の回答",
    ),
    (
        "no-break space",
        "ノーブレークスペース",
    ),
    (
        "narrow no-break space",
        "狭いノーブレークスペース",
    ),
    (
        "Number",
        "数値",
    ),
    (
        "Amount of money",
        "金額",
    ),
    (
        "Percentage",
        "百分率",
    ),
    (
        "Date and time",
        "日時",
    ),
    (
        "Yes/no",
        "はい/いいえ",
    ),
    (
        "Text",
        "テキスト",
    ),
    (
        "{count} values not understood",
        "読み取れなかった値 {count} 件",
    ),
];
