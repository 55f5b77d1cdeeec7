-- Analytics and the dashboard read the timeline by status over a time window.
create index status_change_status_time_idx on status_change (status, changed_at) include (application_id);
-- Per-step analytics read step results by completion time.
create index step_result_completed_idx on step_result (completed_at);
-- Oldest application waiting in a given status: the queue-age gauges where the broker reports no head timestamp.
create index application_status_updated_idx on application (status, updated_at);
-- "Is this application still in the outbox?" for the work-queue age.
create index outbox_application_idx on outbox (application_id);
