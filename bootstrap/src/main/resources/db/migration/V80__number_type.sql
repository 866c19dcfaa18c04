-- Each number's type as libphonenumber classifies its E.164 (mobile, fixed_line, toll_free, ...). It needs
-- libphonenumber, so SQL cannot compute it: new rows get it at insert (import, provider acquisition), and rows
-- from before this migration are filled in batches by the service after it has started
-- (persistence/numbers/NumberTypeBackfill); until then their number_type is null and a number_type filter skips them.
ALTER TABLE numbers ADD COLUMN number_type text
    CHECK (number_type IN ('fixed_line', 'mobile', 'fixed_line_or_mobile', 'toll_free', 'premium_rate',
                           'shared_cost', 'voip', 'personal_number', 'pager', 'uan', 'voicemail', 'unknown'));
-- The number_type filter, in the search's order (by id).
CREATE INDEX numbers_number_type_idx ON numbers (number_type, id);
-- What the backfill walks; empty (and free) once it is done.
CREATE INDEX numbers_number_type_missing_idx ON numbers (id) WHERE number_type IS NULL;
