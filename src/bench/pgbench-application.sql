-- One application's database work from submission to COMPLETED, transaction for transaction, as the
-- intake, the outbox relay and a worker issue it (see SubmissionService, OutboxRelay, ProcessingLedger and
-- the default steps plus simulated-dependency). pgbench's "tps" is then applications per second: the
-- ceiling PostgreSQL alone puts on this machine. Run with search_path set to the benchmark's schema and
-- -D cid=<an api_client id>. Variables are bound as parameters (-M prepared), hence the casts.
\set idem random(0, 1)
\set years random(0, 15)
-- intake: one transaction (idempotency key for half the requests, posting check, application, timeline, outbox)
select gen_random_uuid() as id, nextval('status_change_seq') as sc, nextval('outbox_seq') as ob \gset
begin;
\if :idem = 1
insert into idempotency_key (client_id, idempotency_key, request_hash, application_id, created_at)
  values (:cid::uuid, gen_random_uuid()::text, sha256(:id::text::bytea), :id::uuid, now());
\endif
select id, status from job_posting where id = 'bench-eng-001';
insert into application (id, candidate_name, email, phone, job_posting_id, resume_text, cover_letter,
    screening_answers, source, type, tenant, tier, status, attempts, correlation_id, submitted_at, updated_at, version)
  values (:id::uuid, 'Ada Lovelace', 'ada.' || :id::text || '@example.org', '+44 20 7946 0958', 'bench-eng-001',
    repeat('distributed systems and SQL ', 110), repeat('I would like to join. ', 40),
    '{"work-permit": "yes", "years": "7", "contract": "Permanent"}', 'careers-site', 'engineering', 'globex',
    'enterprise', 'RECEIVED', 0, :id::uuid, now(), now(), 0);
insert into status_change (id, application_id, status, changed_at, attempt, reason)
  values ((:sc)::bigint * 50, :id::uuid, 'RECEIVED', now(), 0, 'submitted');
insert into outbox (id, application_id, routing_key, payload, created_at)
  values ((:ob)::bigint * 50, :id::uuid, 'enterprise.engineering', repeat('x', 420), now());
commit;
-- relay: the confirmed row is deleted (the relay batches these; one per application is the pessimistic case)
delete from outbox where id = (:ob)::bigint * 50;
-- worker: begin
begin;
select id, status, version from application where id = :id::uuid for update;
update application set status = 'PROCESSING', attempts = 1, updated_at = now(), version = version + 1 where id = :id::uuid;
insert into status_change (id, application_id, status, changed_at, attempt, reason)
  values ((:sc)::bigint * 50 + 1, :id::uuid, 'PROCESSING', now(), 1, 'attempt 1');
select step, cast(output as text) from step_result where application_id = :id::uuid order by completed_at;
commit;
-- five steps: withdrawal check, the step's own reads, its recorded output
select count(*) from application where id = :id::uuid and status = 'WITHDRAWN';
insert into step_result values (:id::uuid, 'normalise', '{"email": "ada@example.org", "candidateName": "Ada Lovelace"}', now()) on conflict do nothing;
select count(*) from application where id = :id::uuid and status = 'WITHDRAWN';
select id from application where job_posting_id = 'bench-eng-001' and lower(email) = 'ada.' || :id::text || '@example.org'
  and submitted_at >= now() - interval '30 days' and submitted_at <= now() and id <> :id::uuid order by submitted_at limit 1;
insert into step_result values (:id::uuid, 'dedupe', '{"duplicateOf": null}', now()) on conflict do nothing;
select count(*) from application where id = :id::uuid and status = 'WITHDRAWN';
select * from job_posting where id = 'bench-eng-001';
insert into step_result values (:id::uuid, 'screen', '{"outcome": "passed", "score": 0.8, "postingRevision": 0}', now()) on conflict do nothing;
select count(*) from application where id = :id::uuid and status = 'WITHDRAWN';
insert into simulated_effect values (:id::text || '/simulated-dependency', :id::uuid, 1, now(), now())
  on conflict (idempotency_key) do update set calls = simulated_effect.calls + 1, last_call_at = now() returning calls;
insert into step_result values (:id::uuid, 'simulated-dependency', '{"externalCheck": "passed", "dependencyCalls": 1}', now()) on conflict do nothing;
select count(*) from application where id = :id::uuid and status = 'WITHDRAWN';
insert into step_result values (:id::uuid, 'notify', '{"notification": "x"}', now()) on conflict do nothing;
-- worker: complete
begin;
select id, status, version from application where id = :id::uuid for update;
select step, cast(output as text) from step_result where application_id = :id::uuid order by completed_at;
update application set status = 'COMPLETED', result = '{"outcome": "passed", "score": 0.8}', updated_at = now(),
  version = version + 1 where id = :id::uuid;
insert into status_change (id, application_id, status, changed_at, attempt, reason)
  values ((:sc)::bigint * 50 + 2, :id::uuid, 'COMPLETED', now(), 1, 'all steps done');
commit;
