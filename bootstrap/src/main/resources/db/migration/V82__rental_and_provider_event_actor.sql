-- Who opened and who closed each rental, and who caused each provider delivery's outcome (the provider when it
-- was received, the operator's API key when replayed), in the shape of domain_events.actor_type/actor_id (V81).
-- Null on rows from before (and closed_by while the rental is open).
ALTER TABLE rentals ADD COLUMN opened_by_type text CHECK (opened_by_type IN ('api_key', 'provider', 'system'));
ALTER TABLE rentals ADD COLUMN opened_by_id text;
ALTER TABLE rentals ADD COLUMN closed_by_type text CHECK (closed_by_type IN ('api_key', 'provider', 'system'));
ALTER TABLE rentals ADD COLUMN closed_by_id text;
ALTER TABLE rentals ADD CHECK ((opened_by_type IS NULL) = (opened_by_id IS NULL));
ALTER TABLE rentals ADD CHECK ((closed_by_type IS NULL) = (closed_by_id IS NULL));

ALTER TABLE provider_events ADD COLUMN actor_type text CHECK (actor_type IN ('api_key', 'provider', 'system'));
ALTER TABLE provider_events ADD COLUMN actor_id text;
ALTER TABLE provider_events ADD CHECK ((actor_type IS NULL) = (actor_id IS NULL));
