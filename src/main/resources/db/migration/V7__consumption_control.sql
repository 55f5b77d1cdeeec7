-- An operator's wish to pause a consuming channel, for every worker at once (new workers start paused too).
create table consumption_control (
    channel     varchar(64)   primary key,
    paused      boolean       not null,
    changed_at  timestamptz   not null,
    changed_by  varchar(200)  not null
);

-- What each worker process last applied, so the admin API can say when a pause has taken hold everywhere.
create table consumer_instance (
    instance_id varchar(200)  not null,
    channel     varchar(64)   not null,
    paused      boolean       not null,
    seen_at     timestamptz   not null,
    primary key (instance_id, channel)
);
