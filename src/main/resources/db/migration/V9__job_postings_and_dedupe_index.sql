-- Job postings: what candidates apply to. The id is the client's own reference (a requisition number such
-- as eng-backend-042) or one the service generates. Skills and screening questions are small JSON lists
-- read whole by the screening step; nothing queries inside them.
create table job_posting (
    id                    varchar(64)   primary key,
    title                 varchar(200)  not null,
    type                  varchar(64)   not null,
    location              varchar(200),
    remote                boolean       not null,
    required_skills       jsonb         not null,
    nice_to_have_skills   jsonb         not null,
    min_years_experience  integer       not null,
    screening_questions   jsonb         not null,
    status                varchar(16)   not null,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    closed_at             timestamptz,
    version               bigint        not null default 0
);
-- the listing filters by status and type and pages by id
create index job_posting_status_type_idx on job_posting (status, type, id);

-- Duplicate detection: earlier applications of the same candidate (lower-cased email, as the normalise
-- step writes it) to the same posting, within a window before the new one.
create index application_dedupe_idx on application (job_posting_id, lower(email), submitted_at);
