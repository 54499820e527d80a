-- A shared database's cart secrets are sealed with a key file the team shares out of band. A keyed
-- digest of the key it was first used with (revealing nothing of the key) lets a process opened with
-- another key say so and stop, before it could seal new secrets over the ones the rest of the team reads.
CREATE TABLE store_key (
    id        INT PRIMARY KEY CHECK (id = 1),
    key_check VARCHAR(64) NOT NULL,
    set_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
