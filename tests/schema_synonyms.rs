//! Header synonyms in English, Korean, Traditional and Simplified Chinese, Japanese and French: a table
//! built with those headers (and values that fit each role) is recognised as the right kind with every
//! column mapped to the right role. Also folding of case, spacing, punctuation, accents and width.

mod schema_support;

use kpiboard::core::ingest::table::{Column, ColumnData, ColumnType, Table};
use kpiboard::core::schema::catalog::{value_class, ValueClass};
use kpiboard::core::schema::{detect, fold, Kind, Role};
use Role::*;

/// A column named `header` holding three values that fit `role`.
fn column_for(header: &str, role: Role) -> Column {
    match value_class(role) {
        ValueClass::Time => Column::dates(header, &[Some(19_723), Some(19_724), Some(19_760)]),
        ValueClass::Id => Column::text(header, &[Some("A-1"), Some("A-2"), Some("A-3")]),
        ValueClass::Label => match role {
            Status => Column::text(header, &[Some("paid"), Some("refunded"), Some("paid")]),
            Stage => Column::text(header, &[Some("lead"), Some("closed won"), Some("opportunity")]),
            Interval => Column::text(header, &[Some("month"), Some("year"), Some("month")]),
            Source => Column::text(
                header,
                &[Some("google / organic"), Some("(direct) / (none)"), None],
            ),
            _ => Column::text(header, &[Some("alpha"), Some("beta"), Some("gamma")]),
        },
        ValueClass::Flag => Column {
            name: header.to_string(),
            column_type: ColumnType::Bool,
            currency: None,
            data: ColumnData::Bool(vec![Some(true), Some(false), None]),
        },
        ValueClass::Number => match role {
            Score => Column::number(header, vec![9.0, 6.0, 10.0]),
            Position => Column::number(header, vec![1.5, 3.2, 8.0]),
            BounceRate => Column::number(header, vec![0.4, 0.5, 0.61]),
            _ => Column::number(header, vec![120.0, 80.5, 42.0]),
        },
    }
}

fn table(columns: &[(&str, Role)]) -> Table {
    Table::from_columns(columns.iter().map(|(h, r)| column_for(h, *r)).collect()).unwrap_or_default()
}

/// (language, kind, [(header, role)]).
type Case = (&'static str, Kind, &'static [(&'static str, Role)]);

const CASES: &[Case] = &[
    // ── Orders ─────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Orders,
        &[
            ("Order ID", OrderId),
            ("Order Date", OrderDate),
            ("Total", Amount),
            ("Subtotal", Subtotal),
            ("Status", Status),
            ("Customer ID", CustomerId),
            ("Qty", Quantity),
            ("Product Name", ProductName),
            ("Country", Country),
        ],
    ),
    (
        "ko",
        Kind::Orders,
        &[
            ("주문번호", OrderId),
            ("주문일자", OrderDate),
            ("결제금액", Amount),
            ("주문상태", Status),
            ("고객번호", CustomerId),
            ("수량", Quantity),
            ("상품명", ProductName),
            ("배송비", Shipping),
        ],
    ),
    (
        "zh-Hant",
        Kind::Orders,
        &[
            ("訂單編號", OrderId),
            ("訂單日期", OrderDate),
            ("訂單金額", Amount),
            ("訂單狀態", Status),
            ("客戶編號", CustomerId),
            ("數量", Quantity),
            ("商品名稱", ProductName),
            ("運費", Shipping),
        ],
    ),
    (
        "zh-Hans",
        Kind::Orders,
        &[
            ("订单号", OrderId),
            ("下单时间", OrderDate),
            ("实付金额", Amount),
            ("订单状态", Status),
            ("买家ID", CustomerId),
            ("数量", Quantity),
            ("商品名称", ProductName),
            ("优惠金额", Discount),
        ],
    ),
    (
        "ja",
        Kind::Orders,
        &[
            ("注文番号", OrderId),
            ("注文日", OrderDate),
            ("合計金額", Amount),
            ("ステータス", Status),
            ("顧客ID", CustomerId),
            ("数量", Quantity),
            ("商品名", ProductName),
            ("送料", Shipping),
        ],
    ),
    (
        "fr",
        Kind::Orders,
        &[
            ("N° de commande", OrderId),
            ("Date de commande", OrderDate),
            ("Montant total", Amount),
            ("Statut", Status),
            ("ID client", CustomerId),
            ("Quantité", Quantity),
            ("Nom du produit", ProductName),
            ("Frais de port", Shipping),
        ],
    ),
    // ── Traffic ────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Traffic,
        &[
            ("Date", Date),
            ("Source / Medium", Source),
            ("Sessions", Sessions),
            ("Users", Users),
            ("New Users", NewUsers),
            ("Bounce Rate", BounceRate),
            ("Pageviews", Pageviews),
        ],
    ),
    (
        "ko",
        Kind::Traffic,
        &[
            ("날짜", Date),
            ("소스/매체", Source),
            ("세션수", Sessions),
            ("사용자", Users),
            ("신규 사용자", NewUsers),
            ("이탈률", BounceRate),
        ],
    ),
    (
        "zh-Hant",
        Kind::Traffic,
        &[
            ("日期", Date),
            ("來源/媒介", Source),
            ("工作階段", Sessions),
            ("使用者", Users),
            ("新使用者", NewUsers),
            ("跳出率", BounceRate),
        ],
    ),
    (
        "zh-Hans",
        Kind::Traffic,
        &[
            ("日期", Date),
            ("来源/媒介", Source),
            ("会话数", Sessions),
            ("用户数", Users),
            ("新用户", NewUsers),
            ("跳出率", BounceRate),
        ],
    ),
    (
        "ja",
        Kind::Traffic,
        &[
            ("日付", Date),
            ("参照元/メディア", Source),
            ("セッション", Sessions),
            ("ユーザー", Users),
            ("新規ユーザー数", NewUsers),
            ("直帰率", BounceRate),
        ],
    ),
    (
        "fr",
        Kind::Traffic,
        &[
            ("Date", Date),
            ("Source/Support", Source),
            ("Sessions", Sessions),
            ("Utilisateurs", Users),
            ("Nouveaux utilisateurs", NewUsers),
            ("Taux de rebond", BounceRate),
        ],
    ),
    // ── Ads ────────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Ads,
        &[
            ("Day", Date),
            ("Campaign", Campaign),
            ("Impressions", Impressions),
            ("Clicks", Clicks),
            ("Spend", Spend),
            ("Conversions", Conversions),
        ],
    ),
    (
        "ko",
        Kind::Ads,
        &[
            ("일자", Date),
            ("캠페인", Campaign),
            ("노출수", Impressions),
            ("클릭수", Clicks),
            ("광고비", Spend),
            ("전환수", Conversions),
        ],
    ),
    (
        "zh-Hant",
        Kind::Ads,
        &[
            ("日期", Date),
            ("廣告活動", Campaign),
            ("曝光次數", Impressions),
            ("點擊次數", Clicks),
            ("花費", Spend),
            ("轉換次數", Conversions),
        ],
    ),
    (
        "zh-Hans",
        Kind::Ads,
        &[
            ("日期", Date),
            ("推广计划", Campaign),
            ("展现量", Impressions),
            ("点击量", Clicks),
            ("消耗", Spend),
            ("转化次数", Conversions),
        ],
    ),
    (
        "ja",
        Kind::Ads,
        &[
            ("日", Date),
            ("キャンペーン", Campaign),
            ("インプレッション数", Impressions),
            ("クリック数", Clicks),
            ("費用", Spend),
            ("コンバージョン", Conversions),
        ],
    ),
    (
        "fr",
        Kind::Ads,
        &[
            ("Jour", Date),
            ("Campagne", Campaign),
            ("Impressions", Impressions),
            ("Clics", Clicks),
            ("Coût", Spend),
            ("Conversions", Conversions),
        ],
    ),
    // ── Leads ──────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Leads,
        &[
            ("Lead ID", LeadId),
            ("Created Date", CreatedDate),
            ("Stage", Stage),
            ("Close Date", CloseDate),
            ("Owner", Owner),
            ("Amount", Amount),
        ],
    ),
    (
        "ko",
        Kind::Leads,
        &[
            ("리드 ID", LeadId),
            ("생성일", CreatedDate),
            ("딜 단계", Stage),
            ("계약일", CloseDate),
            ("소유자", Owner),
            ("금액", Amount),
        ],
    ),
    (
        "zh-Hant",
        Kind::Leads,
        &[
            ("商機ID", LeadId),
            ("建立日期", CreatedDate),
            ("交易階段", Stage),
            ("成交日期", CloseDate),
            ("負責人", Owner),
            ("金額", Amount),
        ],
    ),
    (
        "zh-Hans",
        Kind::Leads,
        &[
            ("线索ID", LeadId),
            ("创建日期", CreatedDate),
            ("销售阶段", Stage),
            ("成交日期", CloseDate),
            ("负责人", Owner),
            ("金额", Amount),
        ],
    ),
    (
        "ja",
        Kind::Leads,
        &[
            ("商談ID", LeadId),
            ("作成日", CreatedDate),
            ("フェーズ", Stage),
            ("完了予定日", CloseDate),
            ("所有者", Owner),
            ("金額", Amount),
        ],
    ),
    (
        "fr",
        Kind::Leads,
        &[
            ("ID opportunité", LeadId),
            ("Date de création", CreatedDate),
            ("Étape", Stage),
            ("Date de clôture", CloseDate),
            ("Propriétaire", Owner),
            ("Montant", Amount),
        ],
    ),
    // ── Email ──────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Email,
        &[
            ("Campaign Name", Campaign),
            ("Send Date", SendDate),
            ("Emails Sent", Sent),
            ("Delivered", Delivered),
            ("Unique Opens", Opens),
            ("Clicks", Clicks),
            ("Unsubscribes", Unsubscribes),
        ],
    ),
    (
        "ko",
        Kind::Email,
        &[
            ("캠페인명", Campaign),
            ("발송일시", SendDate),
            ("발송수", Sent),
            ("오픈수", Opens),
            ("클릭수", Clicks),
            ("수신거부", Unsubscribes),
        ],
    ),
    (
        "zh-Hant",
        Kind::Email,
        &[
            ("活動名稱", Campaign),
            ("發送日期", SendDate),
            ("寄送數", Sent),
            ("開啟數", Opens),
            ("點擊次數", Clicks),
            ("取消訂閱", Unsubscribes),
        ],
    ),
    (
        "zh-Hans",
        Kind::Email,
        &[
            ("活动名称", Campaign),
            ("发送日期", SendDate),
            ("发送数", Sent),
            ("打开数", Opens),
            ("点击次数", Clicks),
            ("退订", Unsubscribes),
        ],
    ),
    (
        "ja",
        Kind::Email,
        &[
            ("キャンペーン名", Campaign),
            ("配信日時", SendDate),
            ("配信数", Sent),
            ("開封数", Opens),
            ("クリック数", Clicks),
            ("配信停止", Unsubscribes),
        ],
    ),
    (
        "fr",
        Kind::Email,
        &[
            ("Nom de la campagne", Campaign),
            ("Date d'envoi", SendDate),
            ("Envoyés", Sent),
            ("Ouvertures uniques", Opens),
            ("Clics", Clicks),
            ("Désabonnements", Unsubscribes),
        ],
    ),
    // ── NPS ────────────────────────────────────────────────────────────────
    (
        "en",
        Kind::Nps,
        &[
            ("Score", Score),
            ("Date", Date),
            ("Comment", Comment),
            ("Segment", Segment),
        ],
    ),
    (
        "ko",
        Kind::Nps,
        &[("추천 점수", Score), ("날짜", Date), ("의견", Comment)],
    ),
    (
        "zh-Hant",
        Kind::Nps,
        &[("推薦分數", Score), ("日期", Date), ("意見", Comment)],
    ),
    (
        "zh-Hans",
        Kind::Nps,
        &[("推荐分数", Score), ("日期", Date), ("反馈", Comment)],
    ),
    (
        "ja",
        Kind::Nps,
        &[("推奨度", Score), ("日付", Date), ("ご意見", Comment)],
    ),
    (
        "fr",
        Kind::Nps,
        &[("Note", Score), ("Date", Date), ("Commentaire", Comment)],
    ),
    // ── Subscriptions ──────────────────────────────────────────────────────
    (
        "en",
        Kind::Subscriptions,
        &[
            ("Customer ID", CustomerId),
            ("Start Date", StartDate),
            ("Amount", Amount),
            ("Billing Interval", Interval),
            ("Canceled At", EndDate),
            ("Plan", Plan),
        ],
    ),
    (
        "ko",
        Kind::Subscriptions,
        &[
            ("고객번호", CustomerId),
            ("구독 시작일", StartDate),
            ("금액", Amount),
            ("결제주기", Interval),
            ("해지일", EndDate),
            ("요금제", Plan),
        ],
    ),
    (
        "zh-Hant",
        Kind::Subscriptions,
        &[
            ("客戶編號", CustomerId),
            ("訂閱開始日", StartDate),
            ("金額", Amount),
            ("計費週期", Interval),
            ("取消日期", EndDate),
            ("訂閱方案", Plan),
        ],
    ),
    (
        "zh-Hans",
        Kind::Subscriptions,
        &[
            ("客户编号", CustomerId),
            ("订阅开始日期", StartDate),
            ("金额", Amount),
            ("计费周期", Interval),
            ("终止日期", EndDate),
            ("套餐", Plan),
        ],
    ),
    (
        "ja",
        Kind::Subscriptions,
        &[
            ("顧客ID", CustomerId),
            ("契約開始日", StartDate),
            ("金額", Amount),
            ("請求間隔", Interval),
            ("解約日", EndDate),
            ("料金プラン", Plan),
        ],
    ),
    (
        "fr",
        Kind::Subscriptions,
        &[
            ("ID client", CustomerId),
            ("Date de début", StartDate),
            ("Montant", Amount),
            ("Périodicité", Interval),
            ("Date de résiliation", EndDate),
            ("Formule", Plan),
        ],
    ),
    // ── Search, social, pages, costs (English and one other language each) ─
    (
        "en",
        Kind::Search,
        &[
            ("Keyword", Query),
            ("Clicks", Clicks),
            ("Impr.", Impressions),
            ("Avg. position", Position),
        ],
    ),
    (
        "ja",
        Kind::Search,
        &[
            ("クエリ", Query),
            ("クリック数", Clicks),
            ("表示回数", Impressions),
            ("掲載順位", Position),
        ],
    ),
    (
        "en",
        Kind::Social,
        &[
            ("Date", Date),
            ("Platform", Platform),
            ("Reach", Reach),
            ("Followers", Followers),
            ("Likes", Reactions),
            ("Comments", Comments),
            ("Shares", Shares),
        ],
    ),
    (
        "ko",
        Kind::Social,
        &[
            ("날짜", Date),
            ("플랫폼", Platform),
            ("도달수", Reach),
            ("팔로워 수", Followers),
            ("좋아요", Reactions),
            ("댓글수", Comments),
            ("공유수", Shares),
        ],
    ),
    (
        "en",
        Kind::Pages,
        &[
            ("Page", Page),
            ("Pageviews", Views),
            ("Entrances", Entrances),
            ("Avg. Time on Page", AvgTimeOnPage),
        ],
    ),
    (
        "zh-Hans",
        Kind::Pages,
        &[
            ("页面路径", Page),
            ("浏览量", Views),
            ("入站次数", Entrances),
            ("平均页面停留时间", AvgTimeOnPage),
        ],
    ),
    (
        "en",
        Kind::Costs,
        &[
            ("Date", Date),
            ("Cost Category", CostCategory),
            ("Amount", Amount),
            ("Planned", Planned),
            ("Earned Value", EarnedValue),
        ],
    ),
    (
        "fr",
        Kind::Costs,
        &[
            ("Date", Date),
            ("Poste", CostCategory),
            ("Montant", Amount),
            ("Montant prévu", Planned),
            ("Valeur acquise", EarnedValue),
        ],
    ),
];

#[test]
fn headers_in_every_language_are_recognised() {
    let mut failures = Vec::new();
    for (lang, kind, columns) in CASES {
        let d = detect(&table(columns));
        if d.kind != *kind {
            failures.push(format!(
                "[{lang}] kind {:?}, expected {kind:?}; alternatives {:?}; missing {:?}",
                d.kind, d.alternatives, d.missing
            ));
            continue;
        }
        if !d.missing.is_empty() {
            failures.push(format!("[{lang} {kind:?}] missing {:?}", d.missing));
        }
        if d.preset.is_some() {
            failures.push(format!("[{lang} {kind:?}] unexpected preset {:?}", d.preset));
        }
        for (i, (header, role)) in columns.iter().enumerate() {
            let got = d.roles.get(i).copied().flatten();
            if got != Some(*role) {
                failures.push(format!(
                    "[{lang} {kind:?}] “{header}” is {got:?}, expected {role:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind_and_five_languages_are_covered() {
    for kind in Kind::ALL {
        assert!(CASES.iter().any(|c| c.1 == kind), "no synonym case for {kind:?}");
    }
    for lang in ["en", "ko", "zh-Hant", "zh-Hans", "ja", "fr"] {
        assert!(
            CASES.iter().filter(|c| c.0 == lang).count() >= 6 || lang == "en",
            "few cases for {lang}"
        );
    }
}

#[test]
fn headers_fold_across_case_space_punctuation_accents_and_width() {
    let same = [
        ("Order ID", "ORDER_ID"),
        ("Order ID", "ｏｒｄｅｒ　ｉｄ"),
        ("Order ID", " order-id: "),
        ("Quantité", "QUANTITE"),
        ("N° de commande", "n de commande"),
        ("注文番号", "注文 番号"),
        ("ステータス", "ｽﾃｰﾀｽ"),
        ("주문번호", "주문 번호"),
    ];
    for (a, b) in same {
        assert_eq!(fold(a), fold(b), "{a:?} vs {b:?}");
    }
    // A full-width, upper-case header still maps.
    let t = table(&[
        ("ＯＲＤＥＲ　ＤＡＴＥ", OrderDate),
        ("ＴＯＴＡＬ", Amount),
        ("ｽﾃｰﾀｽ", Status),
    ]);
    let d = detect(&t);
    assert_eq!(d.kind, Kind::Orders);
    assert_eq!(d.roles, vec![Some(OrderDate), Some(Amount), Some(Status)]);
}

#[test]
fn synonym_table_lists_each_role_once_and_only_foldable_words() {
    use kpiboard::core::schema::synonyms::SYNONYMS;
    for (i, (role, words)) in SYNONYMS.iter().enumerate() {
        assert!(
            !SYNONYMS[i + 1..].iter().any(|(r, _)| r == role),
            "{role:?} listed twice"
        );
        for w in *words {
            assert!(!fold(w).is_empty(), "{role:?}: {w:?} folds to nothing");
        }
    }
    // Every role a kind offers has words (so a header can name it).
    for role in Role::ALL {
        assert!(
            !kpiboard::core::schema::synonyms::synonyms_of(*role).is_empty(),
            "no synonyms for {role:?}"
        );
    }
}
