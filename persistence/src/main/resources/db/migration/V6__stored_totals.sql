-- The overview's totals at scale: how many articles, claims, allegations and denials are stored is kept by triggers
-- instead of counted from whole tables on every request (one pass over a million rows each time).
--
-- The totals are spread over slots, and each transaction adds to the slot of its own database session: ingesting
-- transactions on different connections update different rows and do not wait for each other, and one transaction
-- only ever locks one slot, so the slots cannot deadlock. The totals are the sums over the slots.

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
    values (pg_backend_pid() % 64, p_articles, p_claims, p_allegations, p_denials)
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

create function stored_totals_on_article() returns trigger
language plpgsql as $$
declare
    n bigint;
begin
    if tg_op = 'INSERT' then
        select count(*) into n from added;
    else
        select -count(*) into n from removed;
    end if;
    if n <> 0 then
        perform stored_totals_add(n, 0, 0, 0);
    end if;
    return null;
end
$$;

create trigger stored_totals_on_article_insert after insert on article
    referencing new table as added
    for each statement execute function stored_totals_on_article();

create trigger stored_totals_on_article_delete after delete on article
    referencing old table as removed
    for each statement execute function stored_totals_on_article();

create function stored_totals_on_claim() returns trigger
language plpgsql as $$
declare
    n bigint := 0;
    a bigint := 0;
    d bigint := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        select n + count(*),
               a + count(*) filter (where type = 'ALLEGATION'),
               d + count(*) filter (where type = 'DENIAL')
        into n, a, d
        from added;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        select n - count(*),
               a - count(*) filter (where type = 'ALLEGATION'),
               d - count(*) filter (where type = 'DENIAL')
        into n, a, d
        from removed;
    end if;
    if n <> 0 or a <> 0 or d <> 0 then
        perform stored_totals_add(0, n, a, d);
    end if;
    return null;
end
$$;

create trigger stored_totals_on_claim_insert after insert on claim
    referencing new table as added
    for each statement execute function stored_totals_on_claim();

create trigger stored_totals_on_claim_update after update on claim
    referencing old table as removed new table as added
    for each statement execute function stored_totals_on_claim();

create trigger stored_totals_on_claim_delete after delete on claim
    referencing old table as removed
    for each statement execute function stored_totals_on_claim();

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
