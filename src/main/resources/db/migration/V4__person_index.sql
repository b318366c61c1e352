-- people, second step: one person index. Finding a person despite typos, nicknames, swapped names and dates, and
-- merging the duplicates that slip through (kept, hidden from search, and undoable).

create extension if not exists pg_trgm with schema public;
create extension if not exists fuzzystrmatch with schema public;
create extension if not exists unaccent with schema public;

-- "Zoë O'Brien-Smith" -> "zoe o brien smith". IMMUTABLE so that indexes can use it: unaccent is only stable because
-- its rules file could change, and a changed file would mean a reindex anyway. Names are schema-qualified because
-- maintenance (ANALYZE, REINDEX) runs with a search_path of pg_catalog only. PL/pgSQL rather than SQL: a SQL
-- function that cannot be inlined costs twice as much per call, and a search rechecks thousands of rows.
create function person_name_key(raw text) returns text
    language plpgsql immutable strict parallel safe
as $$
begin
    return btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, raw)),
                                '[[:space:].,''’‘`-]+', ' ', 'g'));
end;
$$;

-- "sw1a 1aa " -> "SW1A1AA". Plain SQL, so the planner inlines it.
create function person_postcode_key(postcode text) returns text
    language sql immutable strict parallel safe
as $$
    select upper(translate(postcode, ' -', ''))
$$;

-- Expression indexes rather than trigger-maintained columns: the demo loader COPYs with triggers off. No index on
-- first names: a first name alone never makes a candidate, it only ranks those found another way.
create index person_last_name_trgm on person using gin (person_name_key(last_name) gin_trgm_ops);
create index person_last_name_sound on person (dmetaphone(person_name_key(last_name)));
-- The parts of double-barrelled surnames, so that Smith or Jones finds Smith-Jones.
create index person_last_name_parts on person using gin (string_to_array(person_name_key(last_name), ' '))
    where person_name_key(last_name) like '% %';
create index person_postcode_key on person (person_postcode_key(postcode));

-- A merged record is kept, so that its history can be read and the merge undone, but is no longer offered.
alter table person
    add column merged_into bigint references person (id),
    add constraint person_not_merged_into_self check (merged_into <> id);
create index person_merged_into on person (merged_into) where merged_into is not null;

-- Each merge and exactly what it moved ("moved": table and column -> row ids, plus the relationship rows it had
-- to drop as duplicates), so that undo puts back that and nothing else.
create table person_merge (
    id                bigserial primary key,
    kept_person_id    bigint not null references person (id),
    merged_person_id  bigint not null references person (id),
    merged_by         text not null,
    merged_at         timestamptz not null default now(),
    reason            text not null check (btrim(reason) <> ''),
    moved             jsonb not null,
    undone_by         text,
    undone_at         timestamptz,
    constraint person_merge_not_self check (kept_person_id <> merged_person_id),
    constraint person_merge_undone check ((undone_by is null) = (undone_at is null))
);
create index person_merge_kept on person_merge (kept_person_id);
-- A record is merged away at most once at a time.
create unique index person_merge_live on person_merge (merged_person_id) where undone_at is null;

-- Common English (and some other) short forms and spellings of first names. Two names are treated as the same
-- person's when they share a name here: Jon and Jack are both forms of John.
create table nickname (
    name      text not null,
    nickname  text not null,
    primary key (name, nickname)
);

insert into nickname (name, nickname)
select g.name, n.nickname
  from (values
        ('John', 'Jon,Jonny,Johnny,Jack'),
        ('Jonathan', 'Jon,Jonny,Johnny'),
        ('William', 'Bill,Billy,Will,Willie,Liam'),
        ('Robert', 'Bob,Bobby,Rob,Robbie,Bert'),
        ('Elizabeth', 'Liz,Lizzie,Beth,Betty,Eliza,Libby'),
        ('Margaret', 'Maggie,Meg,Peggy'),
        ('Katherine', 'Kate,Katie,Kat,Kathy,Catherine,Kathryn,Katharine'),
        ('Alexander', 'Alex,Sandy,Xander'),
        ('Alexandra', 'Alex,Lexi,Sandra'),
        ('Michael', 'Mike,Mick,Mikey,Mickey'),
        ('James', 'Jim,Jimmy,Jamie'),
        ('Thomas', 'Tom,Tommy'),
        ('Daniel', 'Dan,Danny'),
        ('Samuel', 'Sam,Sammy'),
        ('Samantha', 'Sam,Sammie'),
        ('Joseph', 'Joe,Joey'),
        ('Christopher', 'Chris,Kit'),
        ('Christine', 'Chris,Chrissie'),
        ('Matthew', 'Matt,Matty'),
        ('Anthony', 'Tony,Ant,Antony'),
        ('Rebecca', 'Becky,Becca,Bex'),
        ('Jessica', 'Jess,Jessie'),
        ('Abigail', 'Abbie,Abby,Abi'),
        ('Olivia', 'Liv,Livvy'),
        ('Oliver', 'Ollie,Olly'),
        ('Charlotte', 'Charlie,Lottie'),
        ('Charles', 'Charlie,Chas'),
        ('Alfred', 'Alfie,Alf'),
        ('Henry', 'Harry,Hal'),
        ('Mohammed', 'Mohammad,Muhammad,Mohamed,Mohamad,Muhammed'),
        ('Edward', 'Ed,Eddie,Ted,Ned'),
        ('Richard', 'Rich,Rick,Ricky'),
        ('Benjamin', 'Ben,Benny'),
        ('Nicholas', 'Nick,Nicky'),
        ('Nathaniel', 'Nathan,Nate,Nat'),
        ('Andrew', 'Andy,Drew'),
        ('David', 'Dave,Davey'),
        ('Stephen', 'Steve,Stevie,Steven'),
        ('Peter', 'Pete'),
        ('Timothy', 'Tim,Timmy'),
        ('Patrick', 'Pat,Paddy'),
        ('Patricia', 'Pat,Patty,Trish'),
        ('Frederick', 'Fred,Freddie,Freddy'),
        ('Theodore', 'Theo,Teddy'),
        ('Archibald', 'Archie'),
        ('Joshua', 'Josh'),
        ('Zachary', 'Zach,Zack'),
        ('Jacob', 'Jake'),
        ('Isabella', 'Bella,Izzy,Isabel,Isabelle,Issy'),
        ('Amelia', 'Millie,Mia'),
        ('Emily', 'Em,Emmy,Millie'),
        ('Sophia', 'Sophie'),
        ('Victoria', 'Vicky,Tori'),
        ('Jennifer', 'Jen,Jenny'),
        ('Susan', 'Sue,Susie'),
        ('Deborah', 'Debbie,Debs,Debra'),
        ('Jacqueline', 'Jackie'),
        ('Eleanor', 'Ellie,Nell,Nora'),
        ('Evelyn', 'Evie'),
        ('Matilda', 'Tilly,Tillie'),
        ('Mary', 'Molly,Polly'),
        ('Sarah', 'Sally,Sara'),
        ('Anne', 'Annie,Ann'),
        ('Frances', 'Fran,Frankie'),
        ('Francis', 'Frank,Frankie'),
        ('Lawrence', 'Laurence,Laurie,Larry'),
        ('Ronald', 'Ron,Ronnie'),
        ('Kenneth', 'Ken,Kenny'),
        ('Terence', 'Terry'),
        ('Leonard', 'Len,Lenny'),
        ('Philip', 'Phil,Phillip'),
        ('Gregory', 'Greg'),
        ('Raymond', 'Ray'),
        ('Dominic', 'Dom'),
        ('Sebastian', 'Seb'),
        ('Reginald', 'Reg,Reggie'),
        ('Albert', 'Bert,Bertie,Alby'),
        ('Aisha', 'Ayesha,Aysha'),
        ('Ibrahim', 'Ebrahim'),
        ('Yusuf', 'Yousef,Yusef'),
        ('Oluwaseun', 'Seun'),
        ('Oluwatobiloba', 'Tobi'),
        ('Oluwafemi', 'Femi'),
        ('Chukwuemeka', 'Emeka'),
        ('Katarzyna', 'Kasia'),
        ('Malgorzata', 'Gosia')
       ) as g (name, nicknames)
 cross join lateral unnest(string_to_array(g.nicknames, ',')) as n (nickname);
