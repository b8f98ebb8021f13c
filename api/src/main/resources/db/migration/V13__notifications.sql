-- The SMS gateway a report came through: its replies leave through the same gateway.
ALTER TABLE report ADD COLUMN gateway varchar(64);

-- Each report event looks up the subscriptions to its type.
CREATE INDEX webhook_subscription_events_idx ON webhook_subscription USING gin (event_types) WHERE active;
