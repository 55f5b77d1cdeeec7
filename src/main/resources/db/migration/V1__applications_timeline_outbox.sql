create table application (
    id               uuid primary key,
    candidate_name   varchar(200)  not null,
    email            varchar(320)  not null,
    phone            varchar(32),
    job_posting_id   varchar(64)   not null,
    resume_text      text,
    resume_url       varchar(2048),
    cover_letter     text,
    screening_answers jsonb,
    source           varchar(64),
    type             varchar(64)   not null,
    tenant           varchar(64)   not null,
    tier             varchar(32)   not null,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    correlation_id   varchar(64)   not null,
    result           jsonb,
    submitted_at     timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index application_status_idx on application (status, submitted_at);
create index application_tenant_idx on application (tenant, submitted_at);

create sequence status_change_seq increment by 50;
create table status_change (
    id              bigint primary key,
    application_id  uuid         not null references application (id),
    status          varchar(16)  not null,
    changed_at      timestamptz  not null,
    step            varchar(64),
    attempt         integer      not null,
    reason          varchar(500),
    error_type      varchar(200),
    error_message   varchar(2000)
);
create index status_change_application_idx on status_change (application_id, id);

-- Written in the same transaction as the application; deleted once the broker has confirmed the publish.
create sequence outbox_seq increment by 50;
create table outbox (
    id              bigint primary key,
    application_id  uuid         not null,
    routing_key     varchar(128) not null,
    payload         text         not null,
    created_at      timestamptz  not null
);

-- What each pipeline step produced; a redelivered application skips the steps it already has.
create table step_result (
    application_id  uuid         not null references application (id),
    step            varchar(64)  not null,
    output          jsonb        not null,
    completed_at    timestamptz  not null,
    primary key (application_id, step)
);
