//! The lists of active, done and archived goals, read a window at a time: counted, read
//! from either end or next to a goal, and where a goal stands in them.

use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use uuid::Uuid;

use super::{GOAL_COLUMNS, GOAL_FROM, row_to_goal};
use crate::domain::goal::{Goal, GoalState};
use crate::store::{Result, Store};

/// One list's rows and order. Every key reads from largest to smallest: the key that leads,
/// then the others, then the row number. The list's partial index (of migration 012, or 013
/// for active goals), walked backwards, gives that order without a sort.
struct Order {
    filter: &'static str,
    lead: &'static str,
    rest: &'static [&'static str],
}

/// Nearest target first (an earlier target is a larger negated day number, no target the
/// smallest of all), then the newest started, then the last written.
const ACTIVE: Order = Order {
    filter: "g.archived = 0 AND g.finished_on IS NULL",
    lead: "ifnull(-julianday(g.target), -1e18)",
    rest: &["g.started_on", "g.rowid"],
};

/// The latest finished first, then the latest changed.
const DONE: Order = Order {
    filter: "g.archived = 0 AND g.finished_on IS NOT NULL",
    lead: "g.finished_on",
    rest: &["g.updated_at", "g.rowid"],
};

/// The latest put away (the latest changed) first.
const ARCHIVED: Order = Order {
    filter: "g.archived = 1",
    lead: "g.updated_at",
    rest: &["g.rowid"],
};

/// Which way a read walks the list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    /// In list order: from the first row down.
    Down,
    /// Against it: from the last row up.
    Up,
}

impl Way {
    fn direction(self) -> &'static str {
        match self {
            Way::Down => "DESC",
            Way::Up => "ASC",
        }
    }

    /// The comparison that keeps the rows this way of a row.
    fn side(self) -> &'static str {
        match self {
            Way::Down => "<",
            Way::Up => ">",
        }
    }
}

impl Order {
    fn of(state: GoalState) -> &'static Order {
        match state {
            GoalState::Active => &ACTIVE,
            GoalState::Done => &DONE,
            GoalState::Archived => &ARCHIVED,
        }
    }

    /// `ORDER BY` the keys walked `way`, the leading key left out when every row shares it.
    fn by(&self, way: Way, with_lead: bool) -> String {
        let lead = with_lead.then_some(self.lead);
        let keys: Vec<String> = lead
            .into_iter()
            .chain(self.rest.iter().copied())
            .map(|key| format!("{key} {}", way.direction()))
            .collect();
        format!("ORDER BY {}", keys.join(", "))
    }

    /// Every goal of the list in order.
    fn all_sql(&self) -> String {
        let (filter, by) = (self.filter, self.by(Way::Down, true));
        format!("SELECT {GOAL_COLUMNS} FROM {GOAL_FROM} WHERE {filter} {by}")
    }

    /// `?1` rows walked `way` from the end it starts at, after skipping `?2`.
    fn window_sql(&self, way: Way) -> String {
        let (filter, by) = (self.filter, self.by(way, true));
        format!("SELECT {GOAL_COLUMNS} FROM {GOAL_FROM} WHERE {filter} {by} LIMIT ?1 OFFSET ?2")
    }

    fn count_sql(&self) -> String {
        format!("SELECT count(*) AS n FROM goals g WHERE {}", self.filter)
    }

    /// The keys of the goal `?1`, when it is in the list.
    fn place_sql(&self) -> String {
        format!(
            "SELECT {}, {} FROM goals g WHERE g.id = ?1 AND {}",
            self.lead,
            self.rest.join(", "),
            self.filter
        )
    }

    /// The other keys as a row value, and parameters for them from `?first` on.
    fn rest_row(&self, first: usize) -> (String, String) {
        let params: Vec<String> = (first..first + self.rest.len())
            .map(|i| format!("?{i}"))
            .collect();
        (
            format!("({})", self.rest.join(", ")),
            format!("({})", params.join(", ")),
        )
    }

    /// `?1` rows walked `way` from a place (leading key `?2`, other keys from `?3`) among
    /// those that share its leading key.
    fn beside_sql(&self, way: Way) -> String {
        let (row, params) = self.rest_row(3);
        format!(
            "SELECT {GOAL_COLUMNS} FROM {GOAL_FROM} WHERE {} AND {} = ?2 AND {row} {} {params} {} LIMIT ?1",
            self.filter,
            self.lead,
            way.side(),
            self.by(way, false)
        )
    }

    /// `?1` rows walked `way` from the leading key `?2`, among those that do not share it.
    fn beyond_sql(&self, way: Way) -> String {
        format!(
            "SELECT {GOAL_COLUMNS} FROM {GOAL_FROM} WHERE {} AND {} {} ?2 {} LIMIT ?1",
            self.filter,
            self.lead,
            way.side(),
            self.by(way, true)
        )
    }

    /// How many rows come before a place (leading key `?1`, other keys from `?2`).
    fn position_sql(&self) -> String {
        let (row, params) = self.rest_row(2);
        let filter = self.filter;
        format!(
            "SELECT (SELECT count(*) FROM goals g WHERE {filter} AND {lead} > ?1)
                + (SELECT count(*) FROM goals g WHERE {filter} AND {lead} = ?1 AND {row} > {params}) AS ahead",
            lead = self.lead
        )
    }
}

/// A count as SQLite takes it; beyond its range means "all of them".
fn sql_count(n: usize) -> Value {
    Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

impl Store {
    /// The goals in one state: active ones by nearest target, then newest; done ones by
    /// when they were finished; archived ones by when they were put away. For exports,
    /// scripts and Home: the Goals pane reads a window instead ([`Store::goals_from_first`]
    /// and its neighbours).
    pub fn goals(&self, state: GoalState) -> Result<Vec<Goal>> {
        self.goal_rows(&Order::of(state).all_sql(), Vec::new())
    }

    /// How many goals are active, done and archived.
    pub fn goal_counts(&self) -> Result<[u32; 3]> {
        let [active, done, archived] = GoalState::ALL.map(|s| Order::of(s).count_sql());
        let sql =
            format!("SELECT ({active}) AS active, ({done}) AS done, ({archived}) AS archived");
        let row = self.conn.prepare_cached(&sql)?.query_row([], |r| {
            Ok([r.get("active")?, r.get("done")?, r.get("archived")?])
        })?;
        Ok(row)
    }

    /// How many goals are in one state.
    pub fn goal_count(&self, state: GoalState) -> Result<usize> {
        let count: i64 = self
            .conn
            .prepare_cached(&Order::of(state).count_sql())?
            .query_row([], |r| r.get("n"))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Up to `limit` goals of a list in its order, after skipping the first `skip`.
    pub fn goals_from_first(
        &self,
        state: GoalState,
        skip: usize,
        limit: usize,
    ) -> Result<Vec<Goal>> {
        let sql = Order::of(state).window_sql(Way::Down);
        self.goal_rows(&sql, vec![sql_count(limit), sql_count(skip)])
    }

    /// Up to `limit` goals of a list in its order that end `skip` rows before its last:
    /// its end, read from that end so that it costs no more than its start does.
    pub fn goals_from_last(
        &self,
        state: GoalState,
        skip: usize,
        limit: usize,
    ) -> Result<Vec<Goal>> {
        let sql = Order::of(state).window_sql(Way::Up);
        let mut rows = self.goal_rows(&sql, vec![sql_count(limit), sql_count(skip)])?;
        rows.reverse();
        Ok(rows)
    }

    /// Up to `limit` goals that come right after the goal `id` in its list. Empty when that
    /// goal is not in the list.
    pub fn goals_after(&self, state: GoalState, id: Uuid, limit: usize) -> Result<Vec<Goal>> {
        self.goals_next_to(state, id, limit, Way::Down)
    }

    /// Up to `limit` goals that come right before the goal `id` in its list, in list order
    /// (the last of them is the one just above it). Empty when that goal is not in the list.
    pub fn goals_before(&self, state: GoalState, id: Uuid, limit: usize) -> Result<Vec<Goal>> {
        let mut rows = self.goals_next_to(state, id, limit, Way::Up)?;
        rows.reverse();
        Ok(rows)
    }

    /// Where the goal `id` stands in its list: how many goals come before it. None when it
    /// is not in the list.
    pub fn goal_position(&self, state: GoalState, id: Uuid) -> Result<Option<usize>> {
        let order = Order::of(state);
        let Some(place) = self.goal_place(order, id)? else {
            return Ok(None);
        };
        let before: i64 = self
            .conn
            .prepare_cached(&order.position_sql())?
            .query_row(rusqlite::params_from_iter(place), |r| r.get("ahead"))?;
        Ok(Some(usize::try_from(before).unwrap_or(0)))
    }

    /// The goal written most recently (the last row added, whatever its list).
    pub fn last_added_goal(&self) -> Result<Option<Uuid>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM goals ORDER BY rowid DESC LIMIT 1")?
            .query_row([], |r| super::parse_uuid(&r.get::<_, String>("id")?))
            .optional()?)
    }

    /// Up to `limit` goals walked `way` from the goal `id`, nearest first: those sharing
    /// its leading key, then the others. The keys are read first and passed as values, so
    /// that both reads seek the index on every key.
    fn goals_next_to(
        &self,
        state: GoalState,
        id: Uuid,
        limit: usize,
        way: Way,
    ) -> Result<Vec<Goal>> {
        let order = Order::of(state);
        let Some(place) = self.goal_place(order, id)? else {
            return Ok(Vec::new());
        };
        let mut params = vec![sql_count(limit)];
        params.extend(place.iter().cloned());
        let mut rows = self.goal_rows(&order.beside_sql(way), params)?;
        if rows.len() < limit {
            let lead = place.into_iter().next().unwrap_or(Value::Null);
            let more = vec![sql_count(limit - rows.len()), lead];
            rows.extend(self.goal_rows(&order.beyond_sql(way), more)?);
        }
        Ok(rows)
    }

    /// The keys that place the goal `id` in a list, when it is in it.
    fn goal_place(&self, order: &Order, id: Uuid) -> Result<Option<Vec<Value>>> {
        let width = 1 + order.rest.len();
        Ok(self
            .conn
            .prepare_cached(&order.place_sql())?
            .query_row([id.to_string()], |r| {
                // The keys go back, in order, as the parameters of a row value.
                (0..width).map(|i| r.get::<_, Value>(i)).collect()
            })
            .optional()?)
    }

    fn goal_rows(&self, sql: &str, params: Vec<Value>) -> Result<Vec<Goal>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let list = stmt
            .query_map(rusqlite::params_from_iter(params), row_to_goal)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan of `sql`, its values left unbound (the plan does not depend on them).
    fn plan(store: &Store, sql: &str) -> String {
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let unbound = std::iter::repeat_n(rusqlite::types::Null, stmt.parameter_count());
        let rows: Vec<String> = stmt
            .query_map(rusqlite::params_from_iter(unbound), |r| r.get("detail"))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.join("\n")
    }

    /// Every read of a goals list walks that list's index of migration 012 and sorts
    /// nothing; the reads next to a goal seek the index on every key.
    #[test]
    fn list_reads_walk_their_index_without_sorting() {
        let store = Store::open_in_memory().unwrap();
        for (state, index) in [
            (GoalState::Active, "goals_active_in_order_of_target"),
            (GoalState::Done, "goals_done_in_order"),
            (GoalState::Archived, "goals_archived_in_order"),
        ] {
            let order = Order::of(state);
            let mut reads = vec![
                order.all_sql(),
                order.count_sql(),
                order.position_sql(),
                order.place_sql(),
            ];
            for way in [Way::Down, Way::Up] {
                reads.extend([
                    order.window_sql(way),
                    order.beside_sql(way),
                    order.beyond_sql(way),
                ]);
            }
            for sql in &reads {
                let plan = plan(&store, sql);
                if sql == &order.place_sql() {
                    assert!(plan.contains("(id=?)"), "{sql}\nfinds no goal:\n{plan}");
                    continue;
                }
                assert!(plan.contains(index), "{sql}\nreads no {index}:\n{plan}");
                assert!(!plan.contains("TEMP B-TREE"), "{sql}\nsorts:\n{plan}");
            }
            // Beside a goal: the leading key is equal and the others bound the seek.
            let beside = plan(&store, &order.beside_sql(Way::Down));
            let next = order.rest[0].trim_start_matches("g.");
            assert!(
                beside.contains(&format!("=? AND {next}<"))
                    || beside.contains(&format!("=? AND ({next},")),
                "{state:?} does not seek on its keys:\n{beside}"
            );
        }
    }

    #[test]
    fn the_counts_read_only_the_indexes() {
        let store = Store::open_in_memory().unwrap();
        for state in GoalState::ALL {
            let plan = plan(&store, &Order::of(state).count_sql());
            assert!(
                !plan.contains("SCAN g\n") && !plan.ends_with("SCAN g"),
                "{plan}"
            );
            assert!(
                plan.contains("_in_order"),
                "{state:?} counts no index:\n{plan}"
            );
        }
    }
}
