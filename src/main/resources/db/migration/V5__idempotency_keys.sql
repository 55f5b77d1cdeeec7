-- One row per (client, Idempotency-Key), inserted first in the submission transaction: the primary key
-- makes a concurrent duplicate wait for the first transaction and then find its row, never a second
-- application. The application row is written later in the same transaction, hence the deferred check.
create table idempotency_key (
    client_id        uuid         not null references api_client (id),
    idempotency_key  varchar(255) not null,
    request_hash     bytea        not null,
    application_id   uuid         not null references application (id) on delete cascade deferrable initially deferred,
    created_at       timestamptz  not null,
    primary key (client_id, idempotency_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
