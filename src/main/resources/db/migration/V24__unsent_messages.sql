-- Messages of completion-message steps (notify): written in the commit that completes the application, published
-- after it, deleted on the broker's confirm. A row left here is sent by the application's next delivery.
create table unsent_message (
    message_id      varchar(200) primary key,
    application_id  uuid         not null,
    step            varchar(64)  not null,
    body            text         not null,
    created_at      timestamptz  not null
);
create index unsent_message_application on unsent_message (application_id);
