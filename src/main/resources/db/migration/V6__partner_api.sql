-- partner API: the keys partner agencies' systems use to make contacts and read their own back.

-- A key is shown once when it is made; only its SHA-256 is kept, so a copy of the database cannot call the API.
create table api_client (
    id            bigserial primary key,
    agency_code   text not null references agency (code),
    name          text not null,
    key_hash      text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    -- The key's first characters, so an administrator can tell which key a partner is using.
    key_prefix    text not null,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    revoked_by    text,
    last_used_at  timestamptz,
    constraint api_client_revoked_by check ((revoked_at is null) = (revoked_by is null))
);

-- One working key per agency: making a new one revokes the old one in the same transaction.
create unique index api_client_one_active on api_client (agency_code) where revoked_at is null;
