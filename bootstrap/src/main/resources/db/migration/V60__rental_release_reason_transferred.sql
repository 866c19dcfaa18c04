-- A rental may end because an operator moved the number to another workspace (POST /v1/numbers/{id}/transfer):
-- the rental ends with release reason 'transferred' and the new holder's rental opens at the same instant.
ALTER TABLE rentals DROP CONSTRAINT IF EXISTS rentals_release_reason_check;
ALTER TABLE rentals ADD CONSTRAINT rentals_release_reason_check
    CHECK (release_reason IN ('explicit', 'trial_expired', 'admin_released', 'provider_released', 'transferred'));
