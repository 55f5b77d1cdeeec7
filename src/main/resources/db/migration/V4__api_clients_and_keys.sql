-- API clients (tenants) and their keys. Only the SHA-256 of a key is stored: a key is 256 random bits,
-- so a fast hash is as safe as a slow one and keeps authentication to one indexed lookup.
create table api_client (
    id                    uuid primary key,
    name                  varchar(100) not null unique,
    tenant                varchar(64)  not null,
    tier                  varchar(32)  not null,
    rate_limit_per_minute integer      check (rate_limit_per_minute > 0),
    created_at            timestamptz  not null,
    revoked_at            timestamptz,
    version               bigint       not null default 0
);

create table api_key (
    id          uuid primary key,
    client_id   uuid         not null references api_client (id),
    key_hash    bytea        not null unique,
    key_prefix  varchar(16)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz,
    revoked_at  timestamptz
);
create index api_key_client_idx on api_key (client_id, created_at);
