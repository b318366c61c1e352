-- intake, second step: how the contact came, consent, the people it names as the referrer gave them, and referrals.

alter table contact
    add column route text not null default 'PHONE'
        check (route in ('PHONE', 'EMAIL', 'IN_PERSON', 'PARTNER_FORM', 'PARTNER_API')),
    add column referrer_actions text,
    -- The agency whose partner user or partner system made the contact: only that agency may read it back.
    add column partner_agency text references agency (code),
    -- The partner's own reference; a retried partner request with the same one never makes a second contact.
    add column partner_reference text,
    -- One per form a worker opened: a form submitted twice makes one contact.
    add column form_token uuid unique,
    -- A contact that names no father says why ("never named", "mother declined to say"), never a silent blank.
    add column father_not_known_reason text,
    add column consent text not null default 'NOT_SOUGHT'
        check (consent in ('GIVEN', 'REFUSED', 'NOT_SOUGHT', 'DISPENSED_WITH')),
    add column consent_given_by text,
    add column consent_given_at timestamptz,
    add column consent_reason text,
    add column consent_authorised_by text,
    add constraint contact_partner_reference unique (partner_agency, partner_reference);

-- Contacts recorded before consent was captured keep a reason rather than a silent "not sought".
update contact set consent_reason = 'Recorded before consent was captured' where consent_reason is null;

alter table contact
    add constraint contact_consent_given check (consent <> 'GIVEN'
        or (consent_given_by is not null and consent_given_at is not null)),
    add constraint contact_consent_not_sought check (consent <> 'NOT_SOUGHT' or consent_reason is not null),
    add constraint contact_consent_dispensed check (consent <> 'DISPENSED_WITH'
        or (consent_reason is not null and consent_authorised_by is not null));
create index contact_partner_agency on contact (partner_agency, received_at) where partner_agency is not null;

-- Overriding a refusal is its own step, taken by a manager, and never rewritten.
create table consent_override (
    contact_id     bigint primary key references contact (id),
    reason         text not null,
    manager        text not null,
    overridden_at  timestamptz not null default now()
);

-- Everyone a contact names: the children (each with his or her own clock and, later, decision) and the adults.
-- Names and dates are as the referrer gave them; person_id links to the person index once a worker has matched them.
create table contact_subject (
    id               bigserial primary key,
    contact_id       bigint not null references contact (id),
    role             text not null check (role in ('CHILD', 'MOTHER', 'FATHER', 'STEP_PARENT', 'CARER',
                                                   'HOUSEHOLD_MEMBER', 'OTHER')),
    first_name       text not null,
    last_name        text not null,
    date_of_birth    date,
    sex              text not null default 'U' check (sex in ('M', 'F', 'U')),
    nhs_number       char(10) check (nhs_number ~ '^[0-9]{10}$'),
    postcode         text,
    care_leaver      boolean not null default false,
    person_id        bigint references person (id),
    linked_by        text,
    linked_at        timestamptz,
    -- Children only: when the one working day to decide runs out.
    decision_due_at  timestamptz,
    constraint contact_subject_child_clock check ((role = 'CHILD') = (decision_due_at is not null))
);
create index contact_subject_contact on contact_subject (contact_id);
create index contact_subject_person on contact_subject (person_id) where person_id is not null;
create index contact_subject_unlinked on contact_subject (contact_id) where person_id is null;

-- Existing children move across. Their clocks skip weekends only: demo data made before this step should be
-- regenerated (generate --reset) to get bank holidays right.
insert into contact_subject (contact_id, role, first_name, last_name, date_of_birth, sex, nhs_number, postcode,
                             person_id, linked_by, linked_at, decision_due_at)
select cc.contact_id, 'CHILD', p.first_name, p.last_name, p.date_of_birth, p.sex, p.nhs_number, p.postcode,
       p.id, c.recorded_by, c.recorded_at,
       c.received_at + case extract(isodow from c.received_at at time zone 'Europe/London')
                           when 5 then interval '3 days' when 6 then interval '2 days' else interval '1 day' end
  from contact_child cc join contact c on c.id = cc.contact_id join person p on p.id = cc.person_id;
drop table contact_child;

-- A contact accepted for a social-work response (assessment or s47) becomes a referral of each child concerned.
-- Screening creates them; the CIN census counts them; a referral within 12 months of another is a re-referral.
create table referral (
    id                  bigserial primary key,
    person_id           bigint not null references person (id),
    contact_subject_id  bigint references contact_subject (id),
    referred_at         timestamptz not null,
    source_code         text not null,
    created_at          timestamptz not null default now(),
    created_by          text not null
);
create index referral_person on referral (person_id, referred_at);

-- A contact being typed, saved at every step so that nothing a worker typed is lost to a timeout or a closed tab.
-- Its token becomes the contact's form_token, so submitting the same draft twice makes one contact.
create table contact_draft (
    token       uuid primary key,
    owner       text not null,
    form        jsonb not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index contact_draft_owner on contact_draft (owner, updated_at desc);
