-- Pair pages at scale: a pair's claims are read a page at a time, and its history by month from stored totals.
--
-- claim_pair gains each claim's claimant and topic, so that a pair's claims can be filtered by direction, type and
-- topic on the pairs' own index, and the totals below are kept from claim_pair alone. dyad_month holds, per pair,
-- month and topic, the allegations and denials each side made; undated claims have a null month. Both are kept by the
-- triggers of V3, extended here, so the dashboard draws the whole history of a pair of 30,000 claims from a few
-- hundred rows.

-- claim_pair is rebuilt with the new columns (one pass over the pairs and the claims, faster than updating every row
-- in place), with its key, check, index and triggers as V3 made them.
create table claim_pair_rebuilt as
select p.claim_id, p.type, p.a_code, p.b_code, p.a_name, p.b_name, p.statement_date, p.date_precision,
       c.claimant_code, coalesce(c.topic, 'OTHER') as topic
from claim_pair p
join claim c on c.id = p.claim_id;

drop table claim_pair;
alter table claim_pair_rebuilt rename to claim_pair;
alter table claim_pair
    alter column claim_id set not null,
    alter column type set not null,
    alter column a_code set not null,
    alter column b_code set not null,
    alter column a_name set not null,
    alter column b_name set not null,
    alter column claimant_code set not null,
    alter column topic set not null,
    add primary key (claim_id, a_code, b_code),
    -- Not checked for the rows copied above, which the join took from claim; checked for every row from now on.
    add foreign key (claim_id) references claim (id) on delete cascade not valid,
    add check (a_code < b_code),
    add check (claimant_code in (a_code, b_code));

create index claim_pair_timeline_idx on claim_pair (a_code, b_code, statement_date, claim_id);

create table dyad_month (
    a_code        varchar(16) not null,
    b_code        varchar(16) not null,
    -- the first day of the month, or null for the pair's undated claims
    month         date,
    topic         varchar(32) not null,
    a_allegations bigint      not null,
    a_denials     bigint      not null,
    b_allegations bigint      not null,
    b_denials     bigint      not null
);

-- One row per pair, month (or none) and topic. PostgreSQL 13 has no "nulls not distinct", hence the second index.
create unique index dyad_month_key on dyad_month (a_code, b_code, month, topic);
create unique index dyad_month_undated_key on dyad_month (a_code, b_code, topic) where month is null;

insert into dyad_month (a_code, b_code, month, topic, a_allegations, a_denials, b_allegations, b_denials)
select p.a_code, p.b_code, cast(date_trunc('month', p.statement_date) as date), p.topic,
       count(*) filter (where p.type = 'ALLEGATION' and p.claimant_code = p.a_code),
       count(*) filter (where p.type = 'DENIAL' and p.claimant_code = p.a_code),
       count(*) filter (where p.type = 'ALLEGATION' and p.claimant_code = p.b_code),
       count(*) filter (where p.type = 'DENIAL' and p.claimant_code = p.b_code)
from claim_pair p
group by 1, 2, 3, 4;

-- The pairs one claim gives, now with its claimant and topic.
drop function claim_pairs_of(bigint);

create function claim_pairs_of(p_claim bigint)
returns table (type varchar, a_code varchar, b_code varchar, a_name text, b_name text,
               statement_date date, date_precision varchar, claimant_code varchar, topic varchar)
language sql stable as $$
    select distinct on (least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code))
        edge.type,
        least(edge.x_code, edge.y_code),
        greatest(edge.x_code, edge.y_code),
        case when edge.x_code < edge.y_code then edge.x_name else edge.y_name end,
        case when edge.x_code < edge.y_code then edge.y_name else edge.x_name end,
        edge.statement_date,
        edge.date_precision,
        edge.x_code,
        edge.topic
    from (
        select c.type, c.claimant_code as x_code, c.claimant_name as x_name,
               a.code as y_code, a.name as y_name, c.statement_date, c.date_precision,
               coalesce(c.topic, 'OTHER') as topic
        from claim c
        join claim_accused a on a.claim_id = c.id
        where c.id = p_claim and c.type = 'ALLEGATION' and a.code <> c.claimant_code
        union all
        select c.type, c.claimant_code, c.claimant_name,
               c.accuser_code, c.accuser_name, c.statement_date, c.date_precision,
               coalesce(c.topic, 'OTHER')
        from claim c
        where c.id = p_claim and c.type = 'DENIAL' and c.accuser_code is not null
          and c.accuser_code <> c.claimant_code
    ) edge
    order by least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code), edge.x_name, edge.y_name
$$;

create or replace function claim_pair_refresh(p_claim bigint) returns void
language plpgsql as $$
begin
    delete from claim_pair p
    where p.claim_id = p_claim
      and not exists (select 1 from claim_pairs_of(p_claim) f
                      where f.a_code = p.a_code and f.b_code = p.b_code and f.type = p.type
                        and f.a_name = p.a_name and f.b_name = p.b_name
                        and f.statement_date is not distinct from p.statement_date
                        and f.date_precision is not distinct from p.date_precision
                        and f.claimant_code = p.claimant_code and f.topic = p.topic);
    insert into claim_pair (claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision,
                            claimant_code, topic)
    select p_claim, f.type, f.a_code, f.b_code, f.a_name, f.b_name, f.statement_date, f.date_precision,
           f.claimant_code, f.topic
    from claim_pairs_of(p_claim) f
    where not exists (select 1 from claim_pair p
                      where p.claim_id = p_claim and p.a_code = f.a_code and p.b_code = f.b_code);
end
$$;

-- A claim's new topic (the service classifies claims stored before V2 at start, and a later report may give a claim
-- of no known topic one) now changes its pairs too.
drop trigger claim_pair_on_update on claim;

create trigger claim_pair_on_update after update on claim
    for each row
    when (old.type is distinct from new.type
          or old.claimant_code is distinct from new.claimant_code
          or old.claimant_name is distinct from new.claimant_name
          or old.accuser_code is distinct from new.accuser_code
          or old.accuser_name is distinct from new.accuser_name
          or old.statement_date is distinct from new.statement_date
          or old.date_precision is distinct from new.date_precision
          or old.topic is distinct from new.topic)
    execute function claim_pair_on_claim();

-- Recomputes the totals of one pair in the given months (null: its undated claims) from its stored pairs, each month
-- read from the pairs' index. The caller holds the pair's lock (dyad_refresh takes it).
create function dyad_month_refresh(p_a varchar, p_b varchar, p_months date[]) returns void
language plpgsql as $$
declare
    m date;
begin
    foreach m in array p_months loop
        if m is null then
            delete from dyad_month where a_code = p_a and b_code = p_b and month is null;
        else
            delete from dyad_month where a_code = p_a and b_code = p_b and month = m;
        end if;
        insert into dyad_month (a_code, b_code, month, topic, a_allegations, a_denials, b_allegations, b_denials)
        select p_a, p_b, m, p.topic,
               count(*) filter (where p.type = 'ALLEGATION' and p.claimant_code = p_a),
               count(*) filter (where p.type = 'DENIAL' and p.claimant_code = p_a),
               count(*) filter (where p.type = 'ALLEGATION' and p.claimant_code = p_b),
               count(*) filter (where p.type = 'DENIAL' and p.claimant_code = p_b)
        from claim_pair p
        where p.a_code = p_a and p.b_code = p_b
          and case when m is null then p.statement_date is null
                   else p.statement_date >= m and p.statement_date < cast(m + interval '1 month' as date) end
        group by p.topic;
    end loop;
end
$$;

-- Every statement that adds or removes stored pairs refreshes the totals of the pairs it touched, and of the months
-- it touched, in order of their codes.
create or replace function dyad_on_pairs() returns trigger
language plpgsql as $$
declare
    touched record;
begin
    for touched in select distinct a_code, b_code from changed order by a_code, b_code loop
        perform dyad_refresh(touched.a_code, touched.b_code);
        perform dyad_month_refresh(
            touched.a_code,
            touched.b_code,
            array(select distinct cast(date_trunc('month', c.statement_date) as date)
                  from changed c
                  where c.a_code = touched.a_code and c.b_code = touched.b_code));
    end loop;
    return null;
end
$$;

create or replace function dyad_on_truncate() returns trigger
language plpgsql as $$
begin
    delete from dyad;
    delete from dyad_month;
    return null;
end
$$;

create trigger dyad_on_pair_insert after insert on claim_pair
    referencing new table as changed
    for each statement execute function dyad_on_pairs();

create trigger dyad_on_pair_delete after delete on claim_pair
    referencing old table as changed
    for each statement execute function dyad_on_pairs();

create trigger dyad_on_pair_truncate after truncate on claim_pair
    for each statement execute function dyad_on_truncate();
