-- Vital Signs monthly reports as issued. V16's performance_report held one file per row and was never used; a
-- report is issued as a PDF and an XLSX together, with the figures they show, so it is replaced.
drop table performance_report;

-- Each report as issued, byte for byte, with its figures as JSON, so last month's can be re-read exactly however
-- the record has changed since. The month-end job issues one per month across every running instance of the app:
-- the partial unique index lets the first insert win and the others do nothing.
create table performance_report (
    id          bigserial primary key,
    month       date not null check (extract(day from month) = 1),
    month_end   boolean not null default false,
    pdf         bytea not null,
    xlsx        bytea not null,
    figures     jsonb not null,
    issued_by   text not null,
    issued_at   timestamptz not null default now()
);
create unique index performance_report_month_end on performance_report (month) where month_end;
create index performance_report_month on performance_report (month desc, issued_at desc);

-- Regional benchmarking: other local authorities' headline indicators, imported from the files they publish in the
-- same simple format this one exports. Re-importing a file replaces that authority's figures for its month.
create table performance_benchmark (
    local_authority  text not null,
    period           date not null check (extract(day from period) = 1),
    indicator_id     text not null,
    value            numeric,
    imported_by      text not null,
    imported_at      timestamptz not null default now(),
    primary key (period, local_authority, indicator_id)
);
