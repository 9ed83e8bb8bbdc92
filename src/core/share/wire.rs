//! The state as compact JSON: short keys, defaults left out, list items as arrays.
//!
//! `{"p":"last_full_month"|[start,end], "g":"week", "c":"none", "f":[[role,[key hex…]]], "cur":"EUR",
//!   "var":[[key,choice]], "pin":[id], "hid":[id], "ord":[id], "det":id,
//!   "t":[[kpi,"value",owner,deadline]], "m":[[signature,kind,"role,,role…"]],
//!   "e":[[name,kind,signature,columns,preset|null]], "lang":"ko", "wss":true}`
//!
//! A mapping's roles are one comma-separated text, an empty field for an ignored column (role ids never
//! hold commas); this saves about 4% of a typical link after compression. No columns at all is `[]`, and a
//! list of ids or nulls is read too.
//! Target values are written as text (Rust's shortest exact form) so every `f64` comes back bit for bit.
//! Reading checks types only, item by item, so one bad item costs only itself; [`super::sanitize`] then
//! checks the values.

use super::keys::ValueKey;
use super::rules::quote;
use super::{DashboardState, ExpectedFile, MappingOverride, PeriodChoice, TargetState};
use serde_json::{json, Map, Value};

/// The compact JSON of a state.
pub(super) fn state_to_json(state: &DashboardState) -> Value {
    let defaults = DashboardState::default();
    let mut map = Map::new();
    match &state.period {
        PeriodChoice::AllData => {}
        PeriodChoice::Custom { start, end } => {
            map.insert("p".into(), json!([start, end]));
        }
        named => {
            map.insert("p".into(), json!(named.id()));
        }
    }
    if state.granularity != defaults.granularity {
        map.insert("g".into(), json!(state.granularity));
    }
    if state.comparison != defaults.comparison {
        map.insert("c".into(), json!(state.comparison));
    }
    if !state.filters.is_empty() {
        let filters: Vec<Value> = state
            .filters
            .iter()
            .map(|(role, keys)| json!([role, keys.iter().map(|k| k.to_hex()).collect::<Vec<_>>()]))
            .collect();
        map.insert("f".into(), Value::Array(filters));
    }
    if let Some(currency) = &state.currency {
        map.insert("cur".into(), json!(currency));
    }
    if !state.variants.is_empty() {
        map.insert("var".into(), json!(state.variants));
    }
    for (key, ids) in [
        ("pin", &state.pinned),
        ("hid", &state.hidden),
        ("ord", &state.order),
    ] {
        if !ids.is_empty() {
            map.insert(key.into(), json!(ids));
        }
    }
    if let Some(detail) = &state.open_detail {
        map.insert("det".into(), json!(detail));
    }
    if !state.targets.is_empty() {
        let targets: Vec<Value> = state
            .targets
            .iter()
            .map(|t| json!([t.kpi, t.value.to_string(), t.owner, t.deadline]))
            .collect();
        map.insert("t".into(), Value::Array(targets));
    }
    if !state.mappings.is_empty() {
        let mappings: Vec<Value> = state
            .mappings
            .iter()
            .map(|m| json!([m.header_signature, m.kind, roles_to_json(&m.roles)]))
            .collect();
        map.insert("m".into(), Value::Array(mappings));
    }
    if !state.expected_files.is_empty() {
        let files: Vec<Value> = state
            .expected_files
            .iter()
            .map(|f| json!([f.name, f.kind, f.header_signature, f.columns, f.preset]))
            .collect();
        map.insert("e".into(), Value::Array(files));
    }
    if let Some(language) = &state.language {
        map.insert("lang".into(), json!(language));
    }
    if state.week_starts_sunday {
        map.insert("wss".into(), json!(true));
    }
    Value::Object(map)
}

/// A state from compact JSON, type by type: a setting or item of the wrong shape is left at its default and
/// named in `issues`. Unknown keys are ignored (a later version may add settings).
pub(super) fn state_from_json(json: &Value, issues: &mut Vec<String>) -> DashboardState {
    let empty = Map::new();
    let map = json.as_object().unwrap_or(&empty);
    let mut reader = Reader { map, issues };
    let mut state = DashboardState::default();
    if let Some(period) = reader.period() {
        state.period = period;
    }
    if let Some(granularity) = reader.text("g", "granularity") {
        state.granularity = granularity;
    }
    if let Some(comparison) = reader.text("c", "comparison") {
        state.comparison = comparison;
    }
    state.filters = reader.items("f", "filter", filter);
    state.currency = reader.text("cur", "currency");
    state.variants = reader.items("var", "formula variant", variant);
    state.pinned = reader.items("pin", "pinned card", kpi_id);
    state.hidden = reader.items("hid", "hidden card", kpi_id);
    state.order = reader.items("ord", "ordered card", kpi_id);
    state.open_detail = reader.text("det", "open detail view");
    state.targets = reader.items("t", "target", target);
    state.mappings = reader.items("m", "column mapping", mapping);
    state.expected_files = reader.items("e", "expected file", expected_file);
    state.language = reader.text("lang", "language");
    state.week_starts_sunday = reader.flag("wss", "week start");
    state
}

/// Reads settings from the JSON object, noting every one of the wrong shape.
struct Reader<'a> {
    map: &'a Map<String, Value>,
    issues: &'a mut Vec<String>,
}

impl Reader<'_> {
    fn period(&mut self) -> Option<PeriodChoice> {
        let value = self.map.get("p")?;
        if let Some(id) = value.as_str() {
            let found = PeriodChoice::from_id(id);
            if found.is_none() {
                self.issues.push(format!(
                    "period: found {}, expected a named period or a range of days",
                    quote(id)
                ));
            }
            return found;
        }
        let range = value.as_array().and_then(|pair| match pair.as_slice() {
            [start, end] => Some(PeriodChoice::Custom {
                start: start.as_i64()?,
                end: end.as_i64()?,
            }),
            _ => None,
        });
        if range.is_none() {
            self.issues.push(format!(
                "period: found {}, expected a named period or a range of days",
                describe(value)
            ));
        }
        range
    }

    fn text(&mut self, key: &str, name: &str) -> Option<String> {
        let value = self.map.get(key)?;
        match value.as_str() {
            Some(text) => Some(text.to_string()),
            None => {
                self.issues
                    .push(format!("{name}: found {}, expected text", describe(value)));
                None
            }
        }
    }

    fn flag(&mut self, key: &str, name: &str) -> bool {
        match self.map.get(key) {
            None => false,
            Some(Value::Bool(flag)) => *flag,
            Some(other) => {
                self.issues.push(format!(
                    "{name}: found {}, expected true or false",
                    describe(other)
                ));
                false
            }
        }
    }

    /// Every item of a list that `read` accepts; `read` says what it expected when it refuses one.
    fn items<T>(&mut self, key: &str, name: &str, read: fn(&Value) -> Result<T, String>) -> Vec<T> {
        let Some(value) = self.map.get(key) else {
            return Vec::new();
        };
        let Some(list) = value.as_array() else {
            self.issues
                .push(format!("{name}s: found {}, expected a list", describe(value)));
            return Vec::new();
        };
        let mut kept = Vec::with_capacity(list.len());
        for (index, item) in list.iter().enumerate() {
            match read(item) {
                Ok(read) => kept.push(read),
                Err(why) => self.issues.push(format!("{name} {}: {why}", index + 1)),
            }
        }
        kept
    }
}

fn kpi_id(item: &Value) -> Result<String, String> {
    field(item.as_str().map(str::to_string), "it", item, "a KPI id")
}

fn filter(item: &Value) -> Result<(String, Vec<ValueKey>), String> {
    let [role, keys] = shape::<2>(item, "a role and a list of value keys")?;
    let role = field(role.as_str(), "the role", role, "a role id")?;
    let list = field(keys.as_array(), "the values", keys, "a list of value keys")?;
    let mut parsed = Vec::with_capacity(list.len());
    for key in list {
        let expected = "a 16-digit value key (links never hold the values themselves)";
        parsed.push(field(
            key.as_str().and_then(ValueKey::from_hex),
            "a value",
            key,
            expected,
        )?);
    }
    Ok((role.to_string(), parsed))
}

fn variant(item: &Value) -> Result<(String, String), String> {
    let [key, choice] = shape::<2>(item, "a variant and a choice")?;
    Ok((
        field(key.as_str(), "the variant", key, "an id")?.to_string(),
        field(choice.as_str(), "the choice", choice, "an id")?.to_string(),
    ))
}

fn target(item: &Value) -> Result<TargetState, String> {
    let [kpi, value, owner, deadline] = shape::<4>(item, "a KPI id, a value, an owner and a deadline")?;
    let number = match value {
        Value::String(text) => text.parse::<f64>().ok(),
        Value::Number(number) => number.as_f64(),
        _ => None,
    };
    Ok(TargetState {
        kpi: field(kpi.as_str(), "the KPI", kpi, "a KPI id")?.to_string(),
        value: field(number, "the value", value, "a number")?,
        owner: field(owner.as_str(), "the owner", owner, "a name")?.to_string(),
        deadline: field(deadline.as_i64(), "the deadline", deadline, "a whole day number")?,
    })
}

fn mapping(item: &Value) -> Result<MappingOverride, String> {
    let [signature, kind, roles] = shape::<3>(item, "a header signature, a kind and a role for each column")?;
    let parsed = roles_from_json(roles)?;
    Ok(MappingOverride {
        header_signature: field(signature.as_str(), "the header signature", signature, "text")?.to_string(),
        kind: field(kind.as_str(), "the kind", kind, "a kind id")?.to_string(),
        roles: parsed,
    })
}

fn expected_file(item: &Value) -> Result<ExpectedFile, String> {
    let [name, kind, signature, columns, preset] = shape::<5>(
        item,
        "a file name, a kind, a header signature, a column count and a preset",
    )?;
    let preset_read = match preset {
        Value::Null => Some(None),
        Value::String(id) => Some(Some(id.clone())),
        _ => None,
    };
    let column_count = columns.as_u64().and_then(|n| u32::try_from(n).ok());
    Ok(ExpectedFile {
        name: field(name.as_str(), "the file name", name, "text")?.to_string(),
        kind: field(kind.as_str(), "the kind", kind, "a kind id")?.to_string(),
        header_signature: field(signature.as_str(), "the header signature", signature, "text")?.to_string(),
        columns: field(column_count, "the column count", columns, "a whole number")?,
        preset: field(preset_read, "the preset", preset, "a preset id or nothing")?,
    })
}

/// A mapping's roles: `"order_date,,amount"` (empty = ignored column), or `[]` when there are no columns.
fn roles_to_json(roles: &[Option<String>]) -> Value {
    if roles.is_empty() {
        return json!([]);
    }
    let ids: Vec<&str> = roles.iter().map(|role| role.as_deref().unwrap_or("")).collect();
    Value::String(ids.join(","))
}

/// The roles written by [`roles_to_json`] (or as a list of ids and nulls).
fn roles_from_json(roles: &Value) -> Result<Vec<Option<String>>, String> {
    if let Value::String(joined) = roles {
        let role = |id: &str| (!id.is_empty()).then(|| id.to_string());
        return Ok(joined.split(',').map(role).collect());
    }
    let expected = "the role of each column";
    let list = field(roles.as_array(), "the roles", roles, expected)?;
    let mut parsed = Vec::with_capacity(list.len());
    for role in list {
        let read = match role {
            Value::Null => Some(None),
            Value::String(id) => Some(Some(id.clone())),
            _ => None,
        };
        parsed.push(field(read, "a column's role", role, "a role id or nothing")?);
    }
    Ok(parsed)
}

/// `got`, or why not: "the deadline is 1.5, expected a whole day number".
fn field<T>(got: Option<T>, what: &str, value: &Value, expected: &str) -> Result<T, String> {
    got.ok_or_else(|| format!("{what} is {}, expected {expected}", describe(value)))
}

/// The first `N` elements of an array item, or why the item has the wrong shape.
fn shape<'a, const N: usize>(item: &'a Value, expected: &str) -> Result<[&'a Value; N], String> {
    fields::<N>(item).ok_or_else(|| format!("found {}, expected {expected}", describe(item)))
}

/// The first `N` elements of an array item (later elements, which a newer version may add, are ignored).
fn fields<const N: usize>(item: &Value) -> Option<[&Value; N]> {
    let list = item.as_array()?;
    let mut out = [&Value::Null; N];
    for (slot, value) in out.iter_mut().zip(list.iter()) {
        *slot = value;
    }
    (list.len() >= N).then_some(out)
}

/// A JSON value in plain words, for messages.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "nothing".to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => quote(text),
        Value::Array(list) => match list.len() {
            1 => "a list of 1 item".to_string(),
            count => format!("a list of {count} items"),
        },
        Value::Object(_) => "a group of settings".to_string(),
    }
}
