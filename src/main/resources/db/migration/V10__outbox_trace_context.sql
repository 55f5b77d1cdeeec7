-- The submitting request's trace context (W3C traceparent/tracestate), so the relay publishes the message as
-- part of the same trace even though it runs later, on another thread or another replica.
alter table outbox add column trace_headers jsonb;
