-- Counts plan resets, so a sync run that was already reading when the plan was reset stops at its
-- next page instead of re-locking the plan and moving the cursor the reset just cleared.
ALTER TABLE plan ADD COLUMN reset_count INT DEFAULT 0 NOT NULL;
