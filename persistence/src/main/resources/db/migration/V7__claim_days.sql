-- Merging and linking at scale: the day each claim is placed on when new reports look for the statements they may
-- repeat or answer, kept on the claim and indexed. It is the claim's statement date, or else the publication day of
-- its first report's article. The queries that look for candidates asked for coalesce(statement_date, published_at)
-- in a range, which no index answers: they read every claim of the claimant (or of the topic) with its article, a
-- number that grows with the data (over 2,000 rows per query at 100,000 articles). They now read a range of an index.

alter table claim add column dated_on date;

update claim c
set dated_on = coalesce(c.statement_date, a.published_at)
from article a
where a.id = c.article_id;

alter table claim alter column dated_on set not null;

-- Set on every insert, and whenever the statement date or the first report changes.
create function claim_dated_on() returns trigger
language plpgsql as $$
begin
    if new.statement_date is not null then
        new.dated_on := new.statement_date;
    else
        select a.published_at into new.dated_on from article a where a.id = new.article_id;
    end if;
    return new;
end
$$;

create trigger claim_dated_on before insert or update of statement_date, article_id on claim
    for each row execute function claim_dated_on();

-- Reports of one statement: same claimant, type and accused, near in time.
create index claim_statement_day_idx on claim (claimant_code, type, accused_key, dated_on);
drop index claim_statement_idx;
-- Denials and allegations of one topic near in time (and the claims of a topic, by its prefix).
create index claim_topic_day_idx on claim (topic, type, dated_on);
drop index claim_topic_idx;
