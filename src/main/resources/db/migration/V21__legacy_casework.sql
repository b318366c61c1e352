-- legacy import of casework history: imported assessments, s47 enquiries, plans and early help episodes keep their
-- source system and id like every other imported row, so that re-running an import changes nothing.
alter table legacy_record drop constraint legacy_record_source_type_check;
alter table legacy_record add constraint legacy_record_source_type_check check (source_type in ('PERSON',
    'RELATIONSHIP', 'CONTACT', 'REFERRAL', 'ASSESSMENT', 'S47', 'PLAN', 'EARLY_HELP'));

-- Headline figures of the whole borough when an import started and when it finished, so that the reconciliation can
-- show the figures made whole by it.
create table legacy_run_figure (
    run_id  bigint not null references legacy_run (id),
    figure  text not null,
    before  bigint not null,
    after   bigint,
    primary key (run_id, figure)
);
