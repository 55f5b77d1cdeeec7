-- The relay that publishes a row holds a lease on it: while lease_until is ahead, no other intake replica takes
-- the row; after it, any relay's poll does (the holder crashed, or gave the row up). A row is written already
-- leased to the relay of the process that wrote it, which gets it straight from the committing transaction.
-- Rows are written with nextval per row; the sequence keeps its increment, so replicas still on the pooled
-- allocation during a rolling upgrade never draw an id that a new one uses.
alter table outbox add column lease_owner uuid, add column lease_until timestamptz;
