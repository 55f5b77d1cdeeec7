-- A worker claims the applications of a batch before running any step: claimed_by names the delivery that holds
-- it, claimed_until when the claim lapses (the holder crashed). Two deliveries of one application (a redelivery
-- during a connection drop) can then never both run a step with side effects.
alter table application add column claimed_by varchar(200), add column claimed_until timestamptz;
-- Claims a worker could not give back during a database outage are given back by holder afterwards.
create index application_claimed_by on application (claimed_by) where claimed_by is not null;
