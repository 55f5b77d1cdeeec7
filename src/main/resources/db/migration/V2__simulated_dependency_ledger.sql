-- The simulated external dependency's own record of what it did. Calls carry an idempotency key, so a
-- repeated call (a redelivery after a crash) is answered from here instead of acting twice.
create table simulated_effect (
    idempotency_key  varchar(128) primary key,
    application_id   uuid         not null,
    calls            integer      not null,
    first_call_at    timestamptz  not null,
    last_call_at     timestamptz  not null
);
create index simulated_effect_application_idx on simulated_effect (application_id);
