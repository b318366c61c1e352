-- performance: the Vital Signs scorecard. Indicators are defined in code (org.frontdoor.performance.Indicators);
-- what the analyst sets for each (target, tolerance, comparators) and the reports as issued are data.

-- One row per indicator the analyst has set anything for. Comparators are DfE's published national and
-- statistical-neighbour figures for the year named; an empty value means "not set", never zero.
create table performance_target (
    indicator_id            text primary key,
    target                  numeric,
    tolerance               numeric check (tolerance is null or tolerance >= 0),
    national                numeric,
    statistical_neighbours  numeric,
    comparator_year         text,
    updated_by              text not null,
    updated_at              timestamptz not null default now()
);

-- Local targets to start from; the analyst changes them on the targets page.
insert into performance_target (indicator_id, target, tolerance, updated_by) values
    ('decided-within-1-working-day', 95, 5, 'system'),
    ('consent-recorded', 90, 5, 'system'),
    ('re-referrals', 20, 2, 'system'),
    ('assessments-within-45-days', 85, 5, 'system'),
    ('icpc-within-15-days', 85, 5, 'system'),
    ('cp-second-or-subsequent', 22, 3, 'system'),
    ('transfer-hours', 24, 8, 'system');

-- The local authority's 0 to 17 population (mid-year estimate), for rates per 10,000 children.
create table performance_setting (
    id                boolean primary key default true check (id),
    population_0_17   integer not null check (population_0_17 > 0),
    population_year   text,
    updated_by        text not null,
    updated_at        timestamptz not null default now()
);
insert into performance_setting (population_0_17, population_year, updated_by) values (48000, null, 'system');

-- Each monthly report as issued, byte for byte, so last month's can be re-read exactly.
create table performance_report (
    id          bigserial primary key,
    month       date not null,
    format      text not null check (format in ('PDF', 'XLSX')),
    content     bytea not null,
    issued_by   text not null,
    issued_at   timestamptz not null default now()
);
create index performance_report_month on performance_report (month desc, issued_at desc);
