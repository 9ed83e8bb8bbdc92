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
        "Won",
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
];
