-- threshold document: the local authority's continuum of need, held as data so that every threshold decision can
-- say which version and which indicators it used. A published version never changes: to change the document an
-- administrator makes a new draft from the current version and publishes it, which retires the old one.

create table threshold_version (
    id            bigserial primary key,
    number        integer not null unique check (number > 0),
    title         text not null check (btrim(title) <> ''),
    status        text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    notes         text check (length(notes) <= 2000),
    created_at    timestamptz not null default now(),
    created_by    text not null,
    published_at  timestamptz,
    published_by  text,
    retired_at    timestamptz,
    retired_by    text,
    constraint threshold_version_published check ((status = 'DRAFT') = (published_at is null)
                                                  and (published_at is null) = (published_by is null)),
    constraint threshold_version_retired check ((status = 'RETIRED') = (retired_at is not null)
                                                and (retired_at is null) = (retired_by is null))
);
-- Exactly one document is in force; and one draft at a time, so two administrators cannot publish rival edits.
create unique index threshold_version_one_published on threshold_version (status) where status = 'PUBLISHED';
create unique index threshold_version_one_draft on threshold_version (status) where status = 'DRAFT';

create table threshold_level (
    id           bigserial primary key,
    version_id   bigint not null references threshold_version (id) on delete cascade,
    level        integer not null check (level between 1 and 4),
    name         text not null check (btrim(name) <> ''),
    description  text not null check (btrim(description) <> '' and length(description) <= 2000),
    unique (version_id, level),
    unique (id, version_id)
);

-- Domains are the three sides of the Assessment Framework triangle.
create table threshold_indicator (
    id            bigserial primary key,
    version_id    bigint not null,
    level_id      bigint not null,
    domain        text not null check (domain in ('CHILD_DEVELOPMENT', 'PARENTING_CAPACITY', 'FAMILY_ENVIRONMENT')),
    text          text not null check (btrim(text) <> '' and length(text) <= 500),
    sort_order    integer not null,
    -- The indicator of the previous version this one was copied from: the same indicator across versions.
    copied_from   bigint references threshold_indicator (id),
    -- The level must belong to the same version as the indicator.
    foreign key (level_id, version_id) references threshold_level (id, version_id) on delete cascade
);
create index threshold_indicator_version on threshold_indicator (version_id, level_id, sort_order);

-- Published and retired versions are immutable, whoever asks: only a draft's rows may change, a draft may be
-- published, and a published version may only be retired (nothing else about it may change).
create function threshold_version_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'threshold version % is %: it cannot be changed', old.number, lower(old.status)
                using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' and new.status in ('DRAFT', 'PUBLISHED') and new.number = old.number then
        return new;
    end if;
    if old.status = 'PUBLISHED' and new.status = 'RETIRED'
            and (new.number, new.title, new.published_at, new.published_by, new.created_at, new.created_by)
                = (old.number, old.title, old.published_at, old.published_by, old.created_at, old.created_by)
            and new.notes is not distinct from old.notes then
        return new;
    end if;
    raise exception 'threshold version % is %: it cannot be changed', old.number, lower(old.status)
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger threshold_version_immutable before update or delete on threshold_version
    for each row execute function threshold_version_guard();

create function threshold_content_guard() returns trigger language plpgsql as $$
declare
    v record;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select number, status into v from threshold_version where id = old.version_id;
        -- Not found: the draft itself is being deleted and its rows go with it.
        if found and v.status <> 'DRAFT' then
            raise exception 'threshold version % is %: it cannot be changed', v.number, lower(v.status)
                using errcode = 'integrity_constraint_violation';
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select number, status into v from threshold_version where id = new.version_id;
        if found and v.status <> 'DRAFT' then
            raise exception 'threshold version % is %: it cannot be changed', v.number, lower(v.status)
                using errcode = 'integrity_constraint_violation';
        end if;
        return new;
    end if;
    return old;
end;
$$;

create trigger threshold_level_immutable before insert or update or delete on threshold_level
    for each row execute function threshold_content_guard();
create trigger threshold_indicator_immutable before insert or update or delete on threshold_indicator
    for each row execute function threshold_content_guard();

create function threshold_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'the threshold document''s versions cannot be truncated' using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger threshold_version_no_truncate before truncate on threshold_version
    for each statement execute function threshold_no_truncate();
create trigger threshold_level_no_truncate before truncate on threshold_level
    for each statement execute function threshold_no_truncate();
create trigger threshold_indicator_no_truncate before truncate on threshold_indicator
    for each statement execute function threshold_no_truncate();

-- Kingsmere Borough Council's first published continuum of need. Written as a draft, then published, so that the
-- triggers above hold for the seed too.
insert into threshold_version (number, title, status, notes, created_at, created_by)
values (1, 'Kingsmere continuum of need: version 1', 'DRAFT',
        'First version, agreed by the Kingsmere Safeguarding Children Partnership.',
        timestamptz '2026-04-01 00:00 Europe/London', 'system');

insert into threshold_level (version_id, level, name, description)
select v.id, l.level, l.name, l.description
  from threshold_version v,
       (values
        (1, 'Universal',
         'Children and young people whose needs are met by universal services: their family, early years setting or '
         || 'school, GP, health visitor or school nurse, and community services. No referral is needed.'),
        (2, 'Early help (additional needs)',
         'Children with additional needs that a single universal service cannot meet alone. With the family''s '
         || 'consent, a lead practitioner (for example at the school, health visiting or a family hub) completes an '
         || 'early help assessment and coordinates a team around the family. Contact the Front Door for advice or '
         || 'to request early help.'),
        (3, 'Complex needs / child in need (s17)',
         'Children whose needs are complex or serious, or have not been met by early help: children in need under '
         || 'section 17 of the Children Act 1989, whose health or development is likely to be significantly impaired '
         || 'without services. Refer to the Front Door; a social worker will complete a single assessment. Seek the '
         || 'family''s consent unless doing so would put the child at risk.'),
        (4, 'Acute / child protection (s47)',
         'Children who are suffering, or are likely to suffer, significant harm. Refer to the Front Door at once by '
         || 'phone, and follow up in writing. A strategy discussion decides whether to start enquiries under section '
         || '47 of the Children Act 1989. Do not seek consent if that would put the child at greater risk. If a '
         || 'child is in immediate danger, call the police on 999.')
       ) as l (level, name, description)
 where v.number = 1;

insert into threshold_indicator (version_id, level_id, domain, text, sort_order)
select l.version_id, l.id, i.domain, i.text, i.sort_order
  from (values
    (1, 'CHILD_DEVELOPMENT', 'Needs met by universal services', 1),
    (1, 'CHILD_DEVELOPMENT', 'Healthy, with immunisations and developmental checks up to date', 2),
    (1, 'CHILD_DEVELOPMENT', 'Attends school or early years regularly (attendance 95% or above) and makes expected progress', 3),
    (1, 'CHILD_DEVELOPMENT', 'Has positive relationships with family and friends', 4),
    (1, 'PARENTING_CAPACITY', 'Parents give consistent care, warmth and boundaries suited to the child''s age', 5),
    (1, 'PARENTING_CAPACITY', 'Parents keep the child safe and ask universal services for advice when they need it', 6),
    (1, 'PARENTING_CAPACITY', 'Parents take the child to routine health and dental appointments', 7),
    (1, 'FAMILY_ENVIRONMENT', 'Suitable, stable housing', 8),
    (1, 'FAMILY_ENVIRONMENT', 'Family has support from relatives, friends or the community', 9),
    (1, 'FAMILY_ENVIRONMENT', 'Family income meets the child''s basic needs', 10),

    (2, 'CHILD_DEVELOPMENT', 'Attendance below 90% (persistent absence)', 11),
    (2, 'CHILD_DEVELOPMENT', 'Speech, language or developmental delay needing extra support', 12),
    (2, 'CHILD_DEVELOPMENT', 'Early signs of emotional or behavioural difficulty, such as anxiety or low mood, not met by universal services', 13),
    (2, 'CHILD_DEVELOPMENT', 'Some missed health appointments or immunisations', 14),
    (2, 'CHILD_DEVELOPMENT', 'Low-level antisocial behaviour or at risk of exclusion from school', 15),
    (2, 'PARENTING_CAPACITY', 'Parent needing support with routines and boundaries', 16),
    (2, 'PARENTING_CAPACITY', 'Parent finding the child''s behaviour hard to manage', 17),
    (2, 'PARENTING_CAPACITY', 'Young parent, or parent with a learning need, needing extra support to meet the child''s needs', 18),
    (2, 'FAMILY_ENVIRONMENT', 'Parental conflict or separation affecting the child', 19),
    (2, 'FAMILY_ENVIRONMENT', 'Financial hardship, debt, rent arrears or overcrowding affecting the family', 20),
    (2, 'FAMILY_ENVIRONMENT', 'Young carer taking on some care of a parent or sibling', 21),

    (3, 'CHILD_DEVELOPMENT', 'Persistent neglect: poor home conditions, missed health appointments', 22),
    (3, 'CHILD_DEVELOPMENT', 'Disabled child whose complex needs cannot be met without specialist services', 23),
    (3, 'CHILD_DEVELOPMENT', 'Self-harm or mental health needs escalating despite support', 24),
    (3, 'CHILD_DEVELOPMENT', 'Repeatedly missing from home or school, or at risk of exploitation', 25),
    (3, 'CHILD_DEVELOPMENT', 'Attendance below 50%, or missing education', 26),
    (3, 'PARENTING_CAPACITY', 'Parent''s substance misuse affecting care of the child', 27),
    (3, 'PARENTING_CAPACITY', 'Parent''s mental ill health affecting their ability to meet the child''s needs', 28),
    (3, 'PARENTING_CAPACITY', 'Early help offered and concerns not reduced, or the family has not engaged', 29),
    (3, 'FAMILY_ENVIRONMENT', 'Domestic abuse in the household assessed as standard or medium risk', 30),
    (3, 'FAMILY_ENVIRONMENT', 'Family homeless or at risk of homelessness, and the child''s needs not met', 31),
    (3, 'FAMILY_ENVIRONMENT', 'Private fostering: cared for 28 days or more by someone who is not a parent or close relative', 32),

    (4, 'CHILD_DEVELOPMENT', 'Disclosure of physical or sexual abuse', 33),
    (4, 'CHILD_DEVELOPMENT', 'Child under 1 with an unexplained injury', 34),
    (4, 'CHILD_DEVELOPMENT', 'Injury whose explanation is inconsistent with the injury or keeps changing', 35),
    (4, 'CHILD_DEVELOPMENT', 'Child sexual or criminal exploitation, or trafficking, with serious and immediate risk', 36),
    (4, 'CHILD_DEVELOPMENT', 'Concern about female genital mutilation, forced marriage or radicalisation', 37),
    (4, 'PARENTING_CAPACITY', 'Parent or carer is violent, cruel or sexually harmful towards the child', 38),
    (4, 'PARENTING_CAPACITY', 'Severe neglect putting the child at immediate risk, such as a young child left alone or without food', 39),
    (4, 'PARENTING_CAPACITY', 'Parent''s acute mental illness or substance misuse putting the child in immediate danger', 40),
    (4, 'FAMILY_ENVIRONMENT', 'Domestic abuse with a child present and high risk (MARAC)', 41),
    (4, 'FAMILY_ENVIRONMENT', 'Child living with, or having contact with, a person who poses a risk to children', 42),
    (4, 'FAMILY_ENVIRONMENT', 'Unborn baby where an earlier child was removed, or with a serious risk of harm at birth', 43)
  ) as i (level, domain, text, sort_order)
  join threshold_level l on l.level = i.level
  join threshold_version v on v.id = l.version_id and v.number = 1;

update threshold_version
   set status = 'PUBLISHED', published_at = timestamptz '2026-04-01 00:00 Europe/London', published_by = 'system'
 where number = 1;
