-- The auditor's entry filters by size of movement (minAmount / maxAmount on abs(amount)): without
-- an index, a range that few entries fall in walks the whole (recorded_at, entry_id) index looking
-- for a page (100,000 entries: ~350 ms for a range nothing matches). With this one the planner
-- reads the entries in the range and sorts them when the range is narrow, and keeps walking by
-- time when it is wide.
CREATE INDEX entries_size_time ON entries ((abs(amount)), recorded_at, entry_id);
