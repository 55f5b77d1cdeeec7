-- Keyset paging goes newest first by id (time-ordered UUIDs); each filter the listing offers has an index
-- that ends in id, so a filtered page is one range scan.
drop index application_status_idx;
drop index application_tenant_idx;
create index application_status_id_idx on application (status, id);
create index application_tenant_id_idx on application (tenant, id);
create index application_type_id_idx on application (type, id);
create index application_posting_id_idx on application (job_posting_id, id);
create index application_submitted_at_idx on application (submitted_at);
