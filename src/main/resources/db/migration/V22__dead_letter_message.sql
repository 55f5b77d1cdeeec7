-- The message (ApplicationMessage.messageId: new for each submission and each reprocess, kept across retries)
-- whose dead letter the application's FAILED or EXPIRED was recorded from. A later dead-letter event of that same
-- message is a copy that belongs to an earlier attempt, and must not touch an application sent back since.
alter table application add column dead_lettered_message uuid;
