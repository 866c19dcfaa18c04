-- Who caused each event: an API key ('api_key', its id), a provider's webhook ('provider', its id) or the
-- service itself ('system', 'lifecycle'). Also in the stored envelope as "actor"; null on events from before.
ALTER TABLE domain_events ADD COLUMN actor_type text CHECK (actor_type IN ('api_key', 'provider', 'system'));
ALTER TABLE domain_events ADD COLUMN actor_id text;
ALTER TABLE domain_events ADD CHECK ((actor_type IS NULL) = (actor_id IS NULL));
