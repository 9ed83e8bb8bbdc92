//! Normalisation of the values that exports write in many ways: order statuses, traffic sources,
//! CRM stages and billing intervals, in English, Korean, Chinese, Japanese and French.
//!
//! Values are compared after [`fold`] (case, spaces, punctuation, accents and full-width forms ignored).
//! Each vocabulary is a table of words; short Latin words must match the whole value (so that "test" does
//! not match "contest"), longer words and CJK words may appear anywhere in it ("partially refunded", "주문취소").

use super::fold::fold;
use serde::{Deserialize, Serialize};

/// An order's status, normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Paid / completed / shipped — and any unknown status (KPIS.md: unknown counts as completed).
    Completed,
    /// Cancelled, failed, void or test.
    Cancelled,
    /// Refunded.
    Refunded,
    /// Pending / on hold (counted as completed in revenue; listed in data quality).
    Pending,
    /// A status word no vocabulary knows (counted as completed, listed in data quality).
    Unknown,
}

impl OrderStatus {
    /// Whether orders with this status count in revenue and order counts.
    pub fn counts_as_sale(self) -> bool {
        !matches!(self, OrderStatus::Cancelled | OrderStatus::Refunded)
    }
}

/// A vocabulary entry: words that must equal the folded value, and words it may contain.
struct Words {
    exact: &'static [&'static str],
    within: &'static [&'static str],
}

impl Words {
    fn matches(&self, folded: &str) -> bool {
        self.exact.contains(&folded) || self.within.iter().any(|w| folded.contains(w))
    }
}

/// Order status words, checked in this order: refunded, cancelled, pending, completed (so that
/// "partially refunded" is refunded, "취소완료" (cancel completed) is cancelled and "unpaid" is pending).
const STATUS_WORDS: &[(OrderStatus, Words)] = &[
    (
        OrderStatus::Refunded,
        Words {
            exact: &["returned", "return", "chargeback", "rma"],
            within: &[
                "refund",
                "rembours",
                "retourn",
                "chargedback",
                "환불",
                "반품",
                "返金",
                "返品",
                "退款",
                "退貨",
                "退货",
                "已退",
                "払い戻",
            ],
        },
    ),
    (
        OrderStatus::Cancelled,
        Words {
            exact: &[
                "void",
                "voided",
                "failed",
                "fail",
                "test",
                "declined",
                "rejected",
                "trash",
                "uncollectible",
                "expired",
                "error",
                "echec",
            ],
            within: &[
                "cancel",
                "annul",
                "paymenterror",
                "erreurdepaiement",
                "echecdepaiement",
                "취소",
                "결제실패",
                "キャンセル",
                "取消",
                "取り消",
                "失敗",
                "失败",
                "作廃",
                "無効",
                "无效",
                "關閉",
                "关闭交易",
                "交易关闭",
                "交易關閉",
            ],
        },
    ),
    (
        OrderStatus::Pending,
        Words {
            exact: &[
                "open",
                "draft",
                "new",
                "hold",
                "unpaid",
                "authorized",
                "authorised",
                "processing",
                "pending",
                "received",
                "partiallypaid",
                "enattente",
                "encours",
                "nouveau",
                "nouvelle",
            ],
            within: &[
                "pending",
                "onhold",
                "awaiting",
                "unfulfilled",
                "unpaid",
                "notpaid",
                "enattente",
                "enpreparation",
                "encoursde",
                "preparationencours",
                "attentede",
                "대기",
                "미결제",
                "입금전",
                "처리중",
                "준비중",
                "신규주문",
                "保留",
                "待付款",
                "待發貨",
                "待发货",
                "處理中",
                "处理中",
                "未付款",
                "待處理",
                "待处理",
                "未入金",
                "入金待",
                "新規受付",
                "処理中",
                "確認待",
                "準備中",
                "未発送",
                "支払待",
            ],
        },
    ),
    (
        OrderStatus::Completed,
        Words {
            exact: &[
                "paid",
                "ok",
                "done",
                "closed",
                "success",
                "succeeded",
                "sold",
                "active",
                "livre",
                "livree",
                "payee",
                "paye",
            ],
            within: &[
                "complete",
                "shipped",
                "fulfilled",
                "delivered",
                "partiallyfulfilled",
                "succeeded",
                "paiementaccepte",
                "expedie",
                "livre",
                "termine",
                "완료",
                "배송중",
                "구매확정",
                "결제완료",
                "배송완료",
                "발송완료",
                "완결",
                "已完成",
                "已付款",
                "已發貨",
                "已发货",
                "已簽收",
                "已签收",
                "交易成功",
                "完成",
                "已出貨",
                "已出货",
                "発送済",
                "完了",
                "支払済",
                "入金済",
                "出荷済",
                "配達済",
            ],
        },
    ),
];

/// Normalises an order status word ("Refunded", "취소", "キャンセル", "已取消", "annulée", "wc-completed", …).
/// An empty status counts as completed; a word no vocabulary knows is [`OrderStatus::Unknown`].
pub fn order_status(raw: &str) -> OrderStatus {
    let s = fold(raw);
    if s.is_empty() {
        return OrderStatus::Completed;
    }
    STATUS_WORDS
        .iter()
        .find(|(_, words)| words.matches(&s))
        .map_or(OrderStatus::Unknown, |(status, _)| *status)
}

/// A traffic channel group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelGroup {
    /// Organic search.
    OrganicSearch,
    /// Paid search (PPC).
    PaidSearch,
    /// Social networks.
    Social,
    /// Email.
    Email,
    /// Referral (backlinks).
    Referral,
    /// Direct.
    Direct,
    /// Anything else.
    Other,
}

/// Channel-group names as analytics tools write them (GA4 default channel groups, in each language).
const CHANNEL_NAMES: &[(ChannelGroup, &[&str])] = &[
    (
        ChannelGroup::OrganicSearch,
        &[
            "organic search",
            "organic",
            "seo",
            "natural search",
            "자연 검색",
            "오가닉 검색",
            "自然搜尋",
            "隨機搜尋",
            "自然搜索",
            "自然検索",
            "オーガニック検索",
            "recherche naturelle",
            "recherche organique",
            "referencement naturel",
        ],
    ),
    (
        ChannelGroup::PaidSearch,
        &[
            "paid search",
            "sea",
            "ppc",
            "cpc",
            "search ads",
            "유료 검색",
            "검색 광고",
            "付費搜尋",
            "付费搜索",
            "有料検索",
            "リスティング広告",
            "recherche payante",
            "referencement payant",
        ],
    ),
    (
        ChannelGroup::Social,
        &[
            "organic social",
            "paid social",
            "social",
            "social network",
            "social media",
            "소셜",
            "유료 소셜",
            "자연 소셜",
            "社交",
            "社群",
            "自然社交",
            "付費社交",
            "付费社交",
            "ソーシャル",
            "オーガニック ソーシャル",
            "有料ソーシャル",
            "reseaux sociaux",
            "social organique",
            "social payant",
        ],
    ),
    (
        ChannelGroup::Email,
        &[
            "email",
            "e-mail",
            "newsletter",
            "이메일",
            "電子郵件",
            "电子邮件",
            "邮件",
            "メール",
            "courriel",
        ],
    ),
    (
        ChannelGroup::Referral,
        &[
            "referral",
            "referrals",
            "추천",
            "參照連結網址",
            "引荐",
            "推荐",
            "参照",
            "参照元サイト",
            "referent",
            "sites referents",
        ],
    ),
    (
        ChannelGroup::Direct,
        &[
            "direct",
            "(direct)",
            "(none)",
            "none",
            "직접",
            "直接",
            "ノーリファラー",
            "直接流入",
            "acces direct",
            "direct / none",
        ],
    ),
];

/// Search engines (source tokens).
const SEARCH_ENGINES: &[&str] = &[
    "google",
    "bing",
    "yahoo",
    "naver",
    "daum",
    "baidu",
    "duckduckgo",
    "yandex",
    "ecosia",
    "sogou",
    "qwant",
    "seznam",
    "so",
    "search",
    "startpage",
    "brave",
];

/// Social networks (source tokens).
const SOCIAL_SOURCES: &[&str] = &[
    "facebook",
    "fb",
    "instagram",
    "ig",
    "linkedin",
    "lnkd",
    "twitter",
    "tco",
    "youtube",
    "tiktok",
    "pinterest",
    "reddit",
    "kakao",
    "kakaotalk",
    "kakaostory",
    "line",
    "weibo",
    "wechat",
    "weixin",
    "douyin",
    "xiaohongshu",
    "zhihu",
    "bilibili",
    "threads",
    "snapchat",
    "quora",
    "band",
    "mixi",
    "note",
];

/// Email sources and mediums (tokens).
const EMAIL_SOURCES: &[&str] = &[
    "email",
    "e-mail",
    "newsletter",
    "mailchimp",
    "brevo",
    "sendinblue",
    "klaviyo",
    "hubspot",
    "mail",
    "stibee",
];

/// Maps a source and medium (either may be empty; `source` may be "google / cpc", or a channel-group name
/// such as "Organic Search") to a channel group. The rules, first match wins:
///
/// | # | rule | group |
/// |---|---|---|
/// | 1 | the value is a channel-group name ("Organic Search", "유료 검색", "自然搜索", "オーガニック検索", "Réseaux sociaux", …) | that group |
/// | 2 | source is `(direct)` / `direct`, or medium is `(none)` / `none` / empty with source `(direct)` | direct |
/// | 3 | medium is `email`, `e-mail`, `newsletter`, or the source is an email tool (mailchimp, brevo, klaviyo, …) | email |
/// | 4 | medium is `cpc`, `ppc`, `paidsearch`, `paid`, `sea` (or contains `cpc`/`ppc`/`paid`) and the source is a social network | social |
/// | 5 | medium is `cpc`, `ppc`, `paidsearch`, `paid`, `sea` (or contains `cpc`/`ppc`) | paid search |
/// | 6 | medium is `social`, `social-network`, `social-media`, `sm`, `sns`, or the source is a social network (facebook, instagram, linkedin, t.co, kakao, line, weibo, wechat, …) | social |
/// | 7 | medium is `organic`, or medium is empty and the source is a search engine (google, bing, naver, daum, baidu, yahoo, …) | organic search |
/// | 8 | medium is `referral`, or medium is empty and the source looks like a domain (`example.com`) | referral |
/// | 9 | anything else (display, affiliates, cpm, unknown) | other |
pub fn channel_group(source: &str, medium: &str) -> ChannelGroup {
    let raw_source = source.trim();
    if medium.trim().is_empty() {
        if let Some(group) = channel_name(raw_source) {
            return group;
        }
    }
    let (s, m) = match raw_source.split_once('/') {
        Some((a, b)) if medium.trim().is_empty() => (a.trim().to_lowercase(), fold(b)),
        _ => (raw_source.to_lowercase(), fold(medium)),
    };
    let tokens: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
        .map(|t| t.replace('-', ""))
        .collect();
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.as_str()));
    let is_tco = ["t.co", "x.com"].contains(&s.as_str()) || s.ends_with(".x.com");
    let social = has(SOCIAL_SOURCES) || is_tco;
    let paid = ["cpc", "ppc", "paidsearch", "paid", "sea"].contains(&m.as_str())
        || m.contains("cpc")
        || m.contains("ppc")
        || m.contains("paid");
    if s == "(direct)" || s == "direct" || m == "none" || (m.is_empty() && s == "(none)") {
        ChannelGroup::Direct
    } else if ["email", "newsletter", "mail"].contains(&m.as_str()) || has(EMAIL_SOURCES) {
        ChannelGroup::Email
    } else if paid && social {
        ChannelGroup::Social
    } else if paid {
        ChannelGroup::PaidSearch
    } else if ["social", "socialnetwork", "socialmedia", "sm", "sns"].contains(&m.as_str()) || social {
        ChannelGroup::Social
    } else if m == "organic" || (m.is_empty() && has(SEARCH_ENGINES)) {
        ChannelGroup::OrganicSearch
    } else if m == "referral" || (m.is_empty() && s.contains('.') && !s.contains(' ')) {
        ChannelGroup::Referral
    } else {
        ChannelGroup::Other
    }
}

/// The channel group named by `raw` ("Organic Search", "Paid Social", "자연 검색"…), if it is a group name.
fn channel_name(raw: &str) -> Option<ChannelGroup> {
    let f = fold(raw);
    CHANNEL_NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|n| fold(n) == f))
        .map(|(g, _)| *g)
}

/// Whether a source (or source / medium, or channel name) value maps to a group other than "other":
/// used to recognise a column of traffic sources by its values.
pub fn channel_group_known(raw: &str) -> bool {
    channel_group(raw, "") != ChannelGroup::Other
}

/// A CRM stage, normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// A new lead / subscriber.
    Lead,
    /// Marketing-qualified lead.
    Mql,
    /// Sales-qualified lead.
    Sql,
    /// Open opportunity / deal.
    Opportunity,
    /// Won deal / customer.
    Won,
    /// Lost deal.
    Lost,
}

/// CRM stage words, checked in this order (lost before won: "closed lost"; SQL before MQL before lead).
///
/// HubSpot lifecycle stages: subscriber, lead → lead; marketingqualifiedlead → MQL; salesqualifiedlead → SQL;
/// opportunity → opportunity; customer, evangelist → won. HubSpot deal stages: appointment scheduled,
/// qualified to buy → SQL; presentation scheduled, decision maker bought-in, contract sent → opportunity;
/// closed won / closed lost. Salesforce: Prospecting, Qualification → SQL; Needs Analysis, Value Proposition,
/// Id. Decision Makers, Perception Analysis, Proposal/Price Quote, Negotiation/Review → opportunity;
/// Closed Won → won; Closed Lost → lost. Pipedrive: won / lost / open deal statuses.
const STAGE_WORDS: &[(Stage, Words)] = &[
    (
        Stage::Lost,
        Words {
            exact: &[
                "lost",
                "closedlost",
                "disqualified",
                "unqualified",
                "perdu",
                "perdue",
                "rejected",
                "dead",
            ],
            within: &[
                "closedlost",
                "lost",
                "disqualif",
                "unqualif",
                "perdu",
                "실패",
                "드롭",
                "失注",
                "失單",
                "失单",
                "丢单",
                "丟單",
                "輸單",
                "输单",
                "不合格",
                "見送り",
            ],
        },
    ),
    (
        Stage::Won,
        Words {
            exact: &[
                "won",
                "customer",
                "evangelist",
                "client",
                "gagne",
                "gagnee",
                "signe",
                "conclu",
                "고객",
                "客户",
                "客戶",
                "顧客",
            ],
            within: &[
                "closedwon",
                "won",
                "evangelist",
                "gagne",
                "signe",
                "성사",
                "수주",
                "계약완료",
                "受注",
                "成約",
                "成交",
                "贏單",
                "赢单",
                "簽約",
                "签约",
            ],
        },
    ),
    (
        Stage::Sql,
        Words {
            exact: &[
                "sql",
                "prospecting",
                "qualification",
                "qualified",
                "appointmentscheduled",
                "qualifiedtobuy",
                "sal",
            ],
            within: &[
                "salesqualified",
                "qualifiedtobuy",
                "appointmentscheduled",
                "salesaccepted",
                "영업적격",
                "영업기회발굴",
                "営業有望",
                "営業承認",
                "銷售合格",
                "销售合格",
                "qualifiepourlesventes",
                "qualifieparlesventes",
            ],
        },
    ),
    (
        Stage::Mql,
        Words {
            exact: &["mql"],
            within: &[
                "marketingqualified",
                "마케팅적격",
                "マーケティング有望",
                "マーケティング承認",
                "行銷合格",
                "行销合格",
                "市場合格",
                "市场合格",
                "qualifiepourlemarketing",
                "qualifieparlemarketing",
            ],
        },
    ),
    (
        Stage::Opportunity,
        Words {
            exact: &["opportunity", "opportunite", "deal", "proposal", "negotiation"],
            within: &[
                "opportunit",
                "needsanalysis",
                "valueproposition",
                "iddecisionmakers",
                "decisionmaker",
                "perceptionanalysis",
                "proposal",
                "pricequote",
                "negotiat",
                "presentationscheduled",
                "contractsent",
                "demo",
                "proposition",
                "devis",
                "negociation",
                "기회",
                "제안",
                "협상",
                "견적",
                "商談",
                "提案",
                "交渉",
                "見積",
                "商機",
                "商机",
                "報價",
                "报价",
                "談判",
                "谈判",
                "提案中",
            ],
        },
    ),
    (
        Stage::Lead,
        Words {
            exact: &[
                "lead",
                "subscriber",
                "new",
                "prospect",
                "other",
                "contactmade",
                "open",
                "nouveau",
            ],
            within: &[
                "subscriber",
                "lead",
                "prospect",
                "abonne",
                "리드",
                "구독자",
                "잠재고객",
                "リード",
                "購読者",
                "見込み客",
                "潛在客戶",
                "潜在客户",
                "訂閱者",
                "订阅者",
                "線索",
                "线索",
            ],
        },
    ),
];

/// A stage word known to the vocabulary, or `None` (empty or unknown).
pub fn stage_known(raw: &str) -> Option<Stage> {
    let s = fold(raw);
    if s.is_empty() {
        return None;
    }
    STAGE_WORDS
        .iter()
        .find(|(_, words)| words.matches(&s))
        .map(|(stage, _)| *stage)
}

/// Normalises a CRM stage name (HubSpot lifecycle and deal stages, Salesforce stages, Pipedrive statuses,
/// and their translations). An unknown non-empty stage is an early stage ([`Stage::Lead`]); empty is `None`.
pub fn stage(raw: &str) -> Option<Stage> {
    if fold(raw).is_empty() {
        return None;
    }
    Some(stage_known(raw).unwrap_or(Stage::Lead))
}

/// Interval units, checked in this order, with the months each lasts.
const INTERVAL_WORDS: &[(f64, Words)] = &[
    (
        6.0,
        Words {
            exact: &[
                "semiannual",
                "semiannually",
                "halfyear",
                "halfyearly",
                "semestriel",
                "semestre",
                "반기",
                "半年",
            ],
            within: &["halfyear", "semiannual", "semestr", "반기", "半年"],
        },
    ),
    (
        3.0,
        Words {
            exact: &[
                "quarter",
                "quarterly",
                "trimestre",
                "trimestriel",
                "분기",
                "四半期",
                "季",
                "季度",
                "季付",
            ],
            within: &["quarter", "trimest", "분기", "四半期", "季度", "季付", "按季"],
        },
    ),
    (
        12.0,
        Words {
            exact: &[
                "year", "years", "yearly", "annual", "annually", "an", "ans", "annee", "annees", "annuel",
                "annuelle", "yr", "연", "년", "年",
            ],
            within: &["year", "annual", "annuel", "연간", "연납", "매년", "년", "年"],
        },
    ),
    (
        1.0,
        Words {
            exact: &[
                "month",
                "months",
                "monthly",
                "mo",
                "mois",
                "mensuel",
                "mensuelle",
                "월",
                "月",
            ],
            within: &["month", "mensuel", "mois", "월", "月"],
        },
    ),
    (
        12.0 / 52.0,
        Words {
            exact: &[
                "week",
                "weeks",
                "weekly",
                "wk",
                "semaine",
                "semaines",
                "hebdo",
                "hebdomadaire",
                "주",
                "週",
                "周",
            ],
            within: &[
                "week", "semaine", "hebdo", "주간", "매주", "週", "每周", "周付", "按周",
            ],
        },
    ),
    (
        12.0 / 365.0,
        Words {
            exact: &[
                "day",
                "days",
                "daily",
                "jour",
                "jours",
                "quotidien",
                "quotidienne",
                "일",
                "日",
            ],
            within: &[
                "daily",
                "quotidien",
                "매일",
                "일간",
                "每日",
                "毎日",
                "日付",
                "按日",
            ],
        },
    ),
];

/// Months in one billing interval ("month" → 1, "yearly" → 12, "week" → 12/52, "월" → 1, "年" → 12,
/// "mensuel" → 1, "annuel" → 12, "every 3 months" → 3, "6个月" → 6), if known.
pub fn interval_months(raw: &str) -> Option<f64> {
    let s = fold(raw);
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let unit: String = s
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect::<String>()
        .replace("every", "")
        .replace("tousles", "")
        .replace("chaque", "")
        .replace("per", "")
        .replace("par", "")
        .replace("个", "")
        .replace("個", "")
        .replace("か", "")
        .replace("ヶ", "")
        .replace("ケ", "")
        .replace("개", "");
    if unit.is_empty() {
        return None;
    }
    let count = if digits.is_empty() {
        1.0
    } else {
        digits.parse::<f64>().ok().filter(|n| *n > 0.0 && *n <= 1000.0)?
    };
    INTERVAL_WORDS
        .iter()
        .find(|(_, w)| w.exact.contains(&unit.as_str()))
        .or_else(|| INTERVAL_WORDS.iter().find(|(_, w)| w.matches(&unit)))
        .map(|(months, _)| months * count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_match_whole_values_only() {
        assert_eq!(order_status("test"), OrderStatus::Cancelled);
        assert_eq!(order_status("contest winner"), OrderStatus::Unknown);
        assert_eq!(order_status(""), OrderStatus::Completed);
    }

    #[test]
    fn interval_with_counts() {
        assert_eq!(interval_months("every 3 months"), Some(3.0));
        assert_eq!(interval_months("6个月"), Some(6.0));
        assert_eq!(interval_months("2 years"), Some(24.0));
        assert_eq!(interval_months("banana"), None);
        assert_eq!(interval_months("42"), None);
    }
}
