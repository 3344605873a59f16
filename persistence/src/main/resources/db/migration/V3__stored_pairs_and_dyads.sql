-- Timelines and the dashboard at scale: the country pairs of each claim and the totals of each pair are stored and
-- indexed, kept current by triggers, instead of being computed from every claim on every request. With a million
-- claims a timeline is then an index lookup and the list of pairs a read of one small table (QueryPlansTest).
--
-- claim_pair keeps the columns and rows of the view it replaces (V1), so every query on it reads as before.
-- dyad holds one row per pair with what the dashboard shows: its numbers of allegations and denials, and its first
-- and last dated claim.

drop view claim_pair;

create table claim_pair (
    claim_id       bigint      not null references claim (id) on delete cascade,
    type           varchar(16) not null,
    a_code         varchar(16) not null,
    b_code         varchar(16) not null,
    a_name         text        not null,
    b_name         text        not null,
    statement_date date,
    date_precision varchar(5),
    primary key (claim_id, a_code, b_code),
    check (a_code < b_code)
);

create table dyad (
    a_code          varchar(16) not null,
    b_code          varchar(16) not null,
    a_name          text        not null,
    b_name          text        not null,
    claims          bigint      not null,
    allegations     bigint      not null,
    denials         bigint      not null,
    first_date      date,
    first_precision varchar(5),
    last_date       date,
    last_precision  varchar(5),
    primary key (a_code, b_code)
);

-- The pairs one claim gives (the V1 view's definition, for one claim): an allegation connects its claimant with each
-- accused, a denial its claimant with the accuser when known; a claim about the claimant itself gives no pair.
create function claim_pairs_of(p_claim bigint)
returns table (type varchar, a_code varchar, b_code varchar, a_name text, b_name text,
               statement_date date, date_precision varchar)
language sql stable as $$
    select distinct on (least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code))
        edge.type,
        least(edge.x_code, edge.y_code),
        greatest(edge.x_code, edge.y_code),
        case when edge.x_code < edge.y_code then edge.x_name else edge.y_name end,
        case when edge.x_code < edge.y_code then edge.y_name else edge.x_name end,
        edge.statement_date,
        edge.date_precision
    from (
        select c.type, c.claimant_code as x_code, c.claimant_name as x_name,
               a.code as y_code, a.name as y_name, c.statement_date, c.date_precision
        from claim c
        join claim_accused a on a.claim_id = c.id
        where c.id = p_claim and c.type = 'ALLEGATION' and a.code <> c.claimant_code
        union all
        select c.type, c.claimant_code, c.claimant_name,
               c.accuser_code, c.accuser_name, c.statement_date, c.date_precision
        from claim c
        where c.id = p_claim and c.type = 'DENIAL' and c.accuser_code is not null
          and c.accuser_code <> c.claimant_code
    ) edge
    order by least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code), edge.x_name, edge.y_name
$$;

-- Brings the stored pairs of one claim in line with the claim: rows that changed go, rows that are new come.
create function claim_pair_refresh(p_claim bigint) returns void
language plpgsql as $$
begin
    delete from claim_pair p
    where p.claim_id = p_claim
      and not exists (select 1 from claim_pairs_of(p_claim) f
                      where f.a_code = p.a_code and f.b_code = p.b_code and f.type = p.type
                        and f.a_name = p.a_name and f.b_name = p.b_name
                        and f.statement_date is not distinct from p.statement_date
                        and f.date_precision is not distinct from p.date_precision);
    insert into claim_pair (claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision)
    select p_claim, f.type, f.a_code, f.b_code, f.a_name, f.b_name, f.statement_date, f.date_precision
    from claim_pairs_of(p_claim) f
    where not exists (select 1 from claim_pair p
                      where p.claim_id = p_claim and p.a_code = f.a_code and p.b_code = f.b_code);
end
$$;

-- Recomputes the totals of one pair from its stored pairs. Transactions that change the same pair take turns (a
-- transaction-scoped advisory lock, in a namespace of its own), and each reads what the one before committed, so no
-- update is lost when replicas store claims of one pair at once.
create function dyad_refresh(p_a varchar, p_b varchar) returns void
language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1129074770, hashtext(p_a || '/' || p_b));
    delete from dyad where a_code = p_a and b_code = p_b;
    insert into dyad (a_code, b_code, a_name, b_name, claims, allegations, denials,
                      first_date, first_precision, last_date, last_precision)
    select p.a_code, p.b_code, min(p.a_name), min(p.b_name), count(*),
           count(*) filter (where p.type = 'ALLEGATION'),
           count(*) filter (where p.type = 'DENIAL'),
           (array_agg(p.statement_date order by p.statement_date, p.date_precision)
                filter (where p.statement_date is not null))[1],
           (array_agg(p.date_precision order by p.statement_date, p.date_precision)
                filter (where p.statement_date is not null))[1],
           (array_agg(p.statement_date order by p.statement_date desc, p.date_precision)
                filter (where p.statement_date is not null))[1],
           (array_agg(p.date_precision order by p.statement_date desc, p.date_precision)
                filter (where p.statement_date is not null))[1]
    from claim_pair p
    where p.a_code = p_a and p.b_code = p_b
    group by p.a_code, p.b_code;
end
$$;

-- The claims stored so far, before the triggers exist: their pairs, then the totals of all pairs at once.
insert into claim_pair (claim_id, type, a_code, b_code, a_name, b_name, statement_date, date_precision)
select distinct on (edge.claim_id, least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code))
    edge.claim_id,
    edge.type,
    least(edge.x_code, edge.y_code),
    greatest(edge.x_code, edge.y_code),
    case when edge.x_code < edge.y_code then edge.x_name else edge.y_name end,
    case when edge.x_code < edge.y_code then edge.y_name else edge.x_name end,
    edge.statement_date,
    edge.date_precision
from (
    select c.id as claim_id, c.type, c.claimant_code as x_code, c.claimant_name as x_name,
           a.code as y_code, a.name as y_name, c.statement_date, c.date_precision
    from claim c
    join claim_accused a on a.claim_id = c.id
    where c.type = 'ALLEGATION' and a.code <> c.claimant_code
    union all
    select c.id, c.type, c.claimant_code, c.claimant_name,
           c.accuser_code, c.accuser_name, c.statement_date, c.date_precision
    from claim c
    where c.type = 'DENIAL' and c.accuser_code is not null and c.accuser_code <> c.claimant_code
) edge
order by edge.claim_id, least(edge.x_code, edge.y_code), greatest(edge.x_code, edge.y_code), edge.x_name, edge.y_name;

insert into dyad (a_code, b_code, a_name, b_name, claims, allegations, denials,
                  first_date, first_precision, last_date, last_precision)
select p.a_code, p.b_code, min(p.a_name), min(p.b_name), count(*),
       count(*) filter (where p.type = 'ALLEGATION'),
       count(*) filter (where p.type = 'DENIAL'),
       (array_agg(p.statement_date order by p.statement_date, p.date_precision)
            filter (where p.statement_date is not null))[1],
       (array_agg(p.date_precision order by p.statement_date, p.date_precision)
            filter (where p.statement_date is not null))[1],
       (array_agg(p.statement_date order by p.statement_date desc, p.date_precision)
            filter (where p.statement_date is not null))[1],
       (array_agg(p.date_precision order by p.statement_date desc, p.date_precision)
            filter (where p.statement_date is not null))[1]
from claim_pair p
group by p.a_code, p.b_code;

-- Indexes built after the backfill, at once. A timeline reads one pair's claims in date order:
create index claim_pair_timeline_idx on claim_pair (a_code, b_code, statement_date, claim_id);
-- The dashboard's order: the pairs with most claims first.
create index dyad_claims_idx on dyad (claims desc, a_code, b_code);

-- Claims: a new claim, a change to what makes its pairs, or new accused refresh that claim's pairs. Deleted claims
-- take their pairs with them (on delete cascade).
create function claim_pair_on_claim() returns trigger
language plpgsql as $$
begin
    perform claim_pair_refresh(new.id);
    return null;
end
$$;

create trigger claim_pair_on_insert after insert on claim
    for each row execute function claim_pair_on_claim();

create trigger claim_pair_on_update after update on claim
    for each row
    when (old.type is distinct from new.type
          or old.claimant_code is distinct from new.claimant_code
          or old.claimant_name is distinct from new.claimant_name
          or old.accuser_code is distinct from new.accuser_code
          or old.accuser_name is distinct from new.accuser_name
          or old.statement_date is distinct from new.statement_date
          or old.date_precision is distinct from new.date_precision)
    execute function claim_pair_on_claim();

create function claim_pair_on_accused() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform claim_pair_refresh(old.claim_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.claim_id <> old.claim_id) then
        perform claim_pair_refresh(new.claim_id);
    end if;
    return null;
end
$$;

create trigger claim_pair_on_accused after insert or update or delete on claim_accused
    for each row execute function claim_pair_on_accused();

-- Pairs: every statement that adds or removes stored pairs refreshes the totals of the pairs it touched, in order of
-- their codes. (Ingest already serialises transactions that share an actor, see StatementLocks, so they rarely wait.)
create function dyad_on_pairs() returns trigger
language plpgsql as $$
declare
    touched record;
begin
    for touched in select distinct a_code, b_code from changed order by a_code, b_code loop
        perform dyad_refresh(touched.a_code, touched.b_code);
    end loop;
    return null;
end
$$;

create trigger dyad_on_pair_insert after insert on claim_pair
    referencing new table as changed
    for each statement execute function dyad_on_pairs();

create trigger dyad_on_pair_delete after delete on claim_pair
    referencing old table as changed
    for each statement execute function dyad_on_pairs();

create function dyad_on_truncate() returns trigger
language plpgsql as $$
begin
    delete from dyad;
    return null;
end
$$;

create trigger dyad_on_pair_truncate after truncate on claim_pair
    for each statement execute function dyad_on_truncate();
