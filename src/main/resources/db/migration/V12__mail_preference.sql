-- An official's choice of one daily digest instead of a message per event. Its own table, keyed by
-- the login, so that the same choice sent twice at once is stored once (Camunda's user info, used
-- before, has no unique key and answered the next read with "two results"). Choices stored there
-- by the previous version are not carried over: officials choose again.
create table mail_preference (
    user_id varchar(64) primary key,
    daily_digest boolean not null,
    chosen_at timestamp not null
);
