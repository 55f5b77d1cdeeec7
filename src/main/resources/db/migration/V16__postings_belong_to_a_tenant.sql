-- Postings belong to a tenant: ids are unique per tenant, and only that tenant's clients see or change them.
-- Existing postings go to the tenant of their earliest application, or to 'public' (the bootstrap client's
-- default tenant) when nobody has applied yet. Any other tenant that already applied to a posting gets a
-- copy of it, so its applications already in the system still find their posting when screened.
alter table job_posting add column tenant varchar(64);

update job_posting p set tenant = coalesce(
    (select a.tenant from application a where a.job_posting_id = p.id order by a.submitted_at, a.id limit 1),
    'public');
alter table job_posting alter column tenant set not null;
alter table job_posting drop constraint job_posting_pkey;

insert into job_posting (tenant, id, title, type, location, remote, required_skills, nice_to_have_skills,
        min_years_experience, screening_questions, status, created_at, updated_at, closed_at, version)
select distinct on (a.tenant, p.id) a.tenant, p.id, p.title, p.type, p.location, p.remote, p.required_skills, p.nice_to_have_skills,
        p.min_years_experience, p.screening_questions, p.status, p.created_at, p.updated_at, p.closed_at, p.version
from job_posting p join application a on a.job_posting_id = p.id
where a.tenant <> p.tenant;

alter table job_posting add primary key (tenant, id);

-- the listing filters by tenant, status and type and pages by id
drop index job_posting_status_type_idx;
create index job_posting_tenant_status_type_idx on job_posting (tenant, status, type, id);

-- duplicate detection looks only within the tenant
drop index application_dedupe_idx;
create index application_dedupe_idx on application (tenant, job_posting_id, lower(email), submitted_at);
