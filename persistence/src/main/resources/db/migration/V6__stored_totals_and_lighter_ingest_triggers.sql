-- Ingest at scale and at speed.
--
-- The overview's totals: how many articles, claims, allegations and denials are stored is kept by triggers instead of
-- counted from whole tables on every request (one pass over a million rows each time). The totals are spread over
-- slots, and each transaction adds to one slot, chosen by its transaction id, so that transactions running at the same
-- time almost always update different rows. The triggers are deferred to commit: a transaction holds its slot's row
-- only while it commits, never while it waits for anything else, so the slots cannot deadlock. The totals are the sums
-- over the slots.
--
-- The triggers that keep the stored pairs (V3, V5) do only the work a new row needs: what they store is unchanged,
-- and storing one article runs about a third of the trigger work it ran before.

create table stored_totals (
    slot        int    primary key check (slot >= 0 and slot < 64),
    articles    bigint not null,
    claims      bigint not null,
    allegations bigint not null,
    denials     bigint not null
);

create function stored_totals_add(p_articles bigint, p_claims bigint, p_allegations bigint, p_denials bigint)
returns void
language sql as $$
    insert into stored_totals as t (slot, articles, claims, allegations, denials)
    values (cast(cast(pg_current_xact_id() as text) as bigint) % 64, p_articles, p_claims, p_allegations, p_denials)
    on conflict (slot) do update
    set articles = t.articles + excluded.articles,
        claims = t.claims + excluded.claims,
        allegations = t.allegations + excluded.allegations,
        denials = t.denials + excluded.denials
$$;

-- What is stored now, before the triggers exist.
insert into stored_totals (slot, articles, claims, allegations, denials)
select 0,
       (select count(*) from article),
       count(*),
       count(*) filter (where type = 'ALLEGATION'),
       count(*) filter (where type = 'DENIAL')
from claim;

-- One row-level trigger call per stored row, at commit.
create function stored_totals_on_article() returns trigger
language plpgsql as $$
begin
    perform stored_totals_add(case when tg_op = 'INSERT' then 1 else -1 end, 0, 0, 0);
    return null;
end
$$;

create constraint trigger stored_totals_on_article_change after insert or delete on article
    deferrable initially deferred
    for each row execute function stored_totals_on_article();

create function stored_totals_on_claim() returns trigger
language plpgsql as $$
declare
    n bigint := 0;
    a bigint := 0;
    d bigint := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        n := n + 1;
        a := a + case when new.type = 'ALLEGATION' then 1 else 0 end;
        d := d + case when new.type = 'DENIAL' then 1 else 0 end;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        n := n - 1;
        a := a - case when old.type = 'ALLEGATION' then 1 else 0 end;
        d := d - case when old.type = 'DENIAL' then 1 else 0 end;
    end if;
    perform stored_totals_add(0, n, a, d);
    return null;
end
$$;

create constraint trigger stored_totals_on_claim_change after insert or delete on claim
    deferrable initially deferred
    for each row execute function stored_totals_on_claim();

create constraint trigger stored_totals_on_claim_type after update on claim
    deferrable initially deferred
    for each row when (old.type is distinct from new.type) execute function stored_totals_on_claim();

-- Truncating a table (also through "truncate ... cascade") empties its part of the totals.
create function stored_totals_on_truncate() returns trigger
language plpgsql as $$
begin
    if tg_table_name = 'article' then
        update stored_totals set articles = 0;
    else
        update stored_totals set claims = 0, allegations = 0, denials = 0;
    end if;
    return null;
end
$$;

create trigger stored_totals_on_article_truncate after truncate on article
    for each statement execute function stored_totals_on_truncate();

create trigger stored_totals_on_claim_truncate after truncate on claim
    for each statement execute function stored_totals_on_truncate();

-- A new claim: an allegation has no accused yet when its row is inserted (claim_accused rows reference it), so it has
-- no pairs; a denial's one pair (its claimant and the accuser) is inserted from the new row, with nothing stored to
-- compare it with. Changes to a stored claim refresh its pairs as before.
create or replace function claim_pair_on_claim() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.type = 'DENIAL' and new.accuser_code is not null and new.accuser_code <> new.claimant_code then
            insert into claim_pair (claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision,
                                    claimant_code, topic)
            values (new.id, new.type,
                    least(new.claimant_code, new.accuser_code),
                    greatest(new.claimant_code, new.accuser_code),
                    case when new.claimant_code < new.accuser_code then new.claimant_name else new.accuser_name end,
                    case when new.claimant_code < new.accuser_code then new.accuser_name else new.claimant_name end,
                    new.statement_date, new.date_precision, new.claimant_code, coalesce(new.topic, 'OTHER'));
        end if;
    else
        perform claim_pair_refresh(new.id);
    end if;
    return null;
end
$$;

-- A new accused: only an allegation's accused make pairs (with its claimant), and a new one adds at most its own pair,
-- leaving the others as they are. Changed or removed accused refresh the claim's pairs as before.
create or replace function claim_pair_on_accused() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into claim_pair (claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision,
                                claimant_code, topic)
        select c.id, c.type,
               least(c.claimant_code, new.code),
               greatest(c.claimant_code, new.code),
               case when c.claimant_code < new.code then c.claimant_name else new.name end,
               case when c.claimant_code < new.code then new.name else c.claimant_name end,
               c.statement_date, c.date_precision, c.claimant_code, coalesce(c.topic, 'OTHER')
        from claim c
        where c.id = new.claim_id and c.type = 'ALLEGATION' and c.claimant_code <> new.code
        on conflict do nothing;
        return null;
    end if;
    perform claim_pair_refresh(old.claim_id);
    if tg_op = 'UPDATE' and new.claim_id <> old.claim_id then
        perform claim_pair_refresh(new.claim_id);
    end if;
    return null;
end
$$;
