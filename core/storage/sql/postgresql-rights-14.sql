-- Schema version 14 on PostgreSQL: enrolling behind the gate (ARCHITECTURE §7). A Partner
-- Membership Center account gets a login of its own, {key}_pmc_<md5 of its id>, made when the
-- program administrator opens the account: a desk behind the gate signs it in as it signs a person
-- in (rights.credential_login, then a connection with the typed password that the server checks,
-- rights.record_credential for a failure). On its own login the account gets a ticket
-- (rights.pmc_ticket), which shows its MPN profiles (rights.pmc_profiles) and lets a Global
-- administrator enroll their tenant as an indirect reseller with one of them (rights.enroll, E1–E3,
-- E6): the partner account, its first Admin agent, its history and its audit event, in one step.
-- The login itself sees nothing: the policies know no one by it.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

CREATE TABLE rights.pmc_logins (
    login_name TEXT PRIMARY KEY,
    pmc_account_id TEXT NOT NULL UNIQUE REFERENCES public.pmc_accounts (id),
    locked_until TIMESTAMPTZ);

-- Tickets are kept as their SHA-256 hashes, for two hours from their PMC sign-in.
CREATE TABLE rights.pmc_tickets (
    ticket_hash TEXT PRIMARY KEY,
    pmc_account_id TEXT NOT NULL REFERENCES public.pmc_accounts (id),
    expires_at TIMESTAMPTZ NOT NULL);

-- Which transaction added each PMC account from now on, by a person's login (the program
-- administrator's), kept by a trigger where no login writes, as rights.tenants_added is.
CREATE TABLE rights.pmc_accounts_added (
    pmc_account_id TEXT PRIMARY KEY,
    xact xid8 NOT NULL);
CREATE FUNCTION rights.record_pmc_account_added() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    INSERT INTO rights.pmc_accounts_added (pmc_account_id, xact) VALUES (NEW.id, pg_current_xact_id())
    ON CONFLICT (pmc_account_id) DO UPDATE SET xact = EXCLUDED.xact;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION rights.record_pmc_account_added() FROM PUBLIC;
CREATE TRIGGER pmc_accounts_added AFTER INSERT ON public.pmc_accounts FOR EACH ROW WHEN (rights.by_a_person())
EXECUTE FUNCTION rights.record_pmc_account_added();

CREATE FUNCTION rights.pmc_login_name(p_account TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT w.workspace_key || '_pmc_' || md5(p_account) FROM rights.workspace w
$$;

-- The login of PMC account p_account with the verifier's password. The program administrator, who
-- opens accounts and gives them their first password, makes it in the transaction that opens the
-- account; the owner's desk makes one for an account of an earlier workspace at its first sign-in
-- there, and alone gives an existing login a new password.
CREATE FUNCTION rights.set_pmc_login(p_account TEXT, p_verifier TEXT) RETURNS TEXT LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    login TEXT := rights.pmc_login_name(p_account);
    by_owner BOOLEAN := session_user = (SELECT owner_role FROM rights.workspace);
BEGIN
    IF NOT by_owner AND NOT (rights.is_program() AND EXISTS (SELECT 1 FROM rights.pmc_accounts_added
                                                             WHERE pmc_account_id = p_account
                                                               AND xact = pg_current_xact_id())) THEN
        PERFORM rights.refuse('a Partner Membership Center account gets its login as the program administrator opens it');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.pmc_accounts WHERE id = p_account) THEN
        RAISE EXCEPTION 'no Partner Membership Center account %', p_account USING ERRCODE = 'no_data_found';
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a login''s password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM rights.pmc_logins WHERE pmc_account_id = p_account) THEN
        IF NOT by_owner THEN
            PERFORM rights.refuse('only the owner''s desk gives a Partner Membership Center login a new password');
        END IF;
        EXECUTE format('ALTER ROLE %I WITH PASSWORD %L', login, p_verifier);
        RETURN login;
    END IF;
    EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L IN ROLE %I', login, p_verifier,
                   (SELECT people_role FROM rights.workspace));
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login, '1min');
    INSERT INTO rights.pmc_logins (login_name, pmc_account_id) VALUES (login, p_account);
    RETURN login;
END
$$;

-- What a desk signs in with, of kind 'user' (a tenant's user, by user name) or 'pmc' (a Partner
-- Membership Center account, by its user name), its row locked: its count of failures and its
-- lock, and its login with the login's lock (NULL when it has none).
CREATE FUNCTION rights.credential(p_kind TEXT, p_name TEXT)
RETURNS TABLE (id TEXT, failed_sign_ins INTEGER, locked_until TEXT, login_name TEXT, login_locked_until TIMESTAMPTZ)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF p_kind = 'user' THEN
        RETURN QUERY SELECT u.id, u.failed_sign_ins, u.locked_until, l.login_name, l.locked_until
            FROM public.tenant_users u LEFT JOIN rights.logins l ON l.user_id = u.id
            WHERE u.upn = lower(btrim(p_name)) FOR NO KEY UPDATE OF u;
    ELSIF p_kind = 'pmc' THEN
        RETURN QUERY SELECT a.id, a.failed_sign_ins, a.locked_until, l.login_name, l.locked_until
            FROM public.pmc_accounts a LEFT JOIN rights.pmc_logins l ON l.pmc_account_id = a.id
            WHERE a.user_name = lower(btrim(p_name)) FOR NO KEY UPDATE OF a;
    ELSE
        RAISE EXCEPTION 'no credential of kind %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- The count of failed sign-ins of a credential, and its lock.
CREATE FUNCTION rights.set_sign_in_count(p_kind TEXT, p_id TEXT, p_failures INTEGER, p_locked TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF p_kind = 'user' THEN
        UPDATE public.tenant_users SET failed_sign_ins = p_failures, locked_until = p_locked WHERE id = p_id;
    ELSE
        UPDATE public.pmc_accounts SET failed_sign_ins = p_failures, locked_until = p_locked WHERE id = p_id;
    END IF;
END
$$;

-- Locks a login until p_until by the server's clock (its VALID UNTIL is in the past meanwhile), or
-- gives it its password back (NULL).
CREATE FUNCTION rights.lock_login(p_login TEXT, p_until TIMESTAMPTZ) RETURNS VOID LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    UPDATE rights.logins SET locked_until = p_until WHERE login_name = p_login;
    UPDATE rights.pmc_logins SET locked_until = p_until WHERE login_name = p_login;
    EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_login, CASE WHEN p_until IS NULL THEN 'infinity' ELSE '-infinity' END);
END
$$;

-- Version 13's rights.sign_in_login for either kind: the login a desk tries for the name, and until
-- when the credential is locked. A name no credential has gets a login no role has.
CREATE FUNCTION rights.credential_login(p_kind TEXT, p_name TEXT) RETURNS TABLE (login_name TEXT, locked_until TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    c RECORD;
BEGIN
    SELECT * INTO c FROM rights.credential(p_kind, p_name);
    IF c.id IS NULL THEN
        -- Shaped as a login of the kind would be, so that no caller tells a name nobody has.
        RETURN QUERY SELECT w.workspace_key || CASE p_kind WHEN 'user' THEN '_' ELSE '_pmc_' END
                            || md5('no ' || p_kind || ' ' || lower(btrim(p_name))), NULL::TEXT
                     FROM rights.workspace w;
        RETURN;
    END IF;
    -- The lock has ended, or someone lifted the credential's (an administrator's reset, the owner).
    IF c.login_locked_until <= now() OR (c.login_locked_until IS NOT NULL AND c.locked_until IS NULL) THEN
        PERFORM rights.lock_login(c.login_name, NULL);
    END IF;
    RETURN QUERY SELECT CASE p_kind WHEN 'user' THEN rights.login_name(c.id) ELSE rights.pmc_login_name(c.id) END,
                        c.locked_until;
END
$$;

-- Version 13's rights.record_sign_in for either kind: a success, on the credential's own login (a
-- user's: the person signed in), starts the count again; a failure counts, and the last the
-- workspace allows locks the credential and its login, whose lock is returned.
CREATE FUNCTION rights.record_credential(p_kind TEXT, p_name TEXT, p_succeeded BOOLEAN, p_at TEXT)
RETURNS TEXT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    w rights.workspace%ROWTYPE;
    c RECORD;
    failures INTEGER;
    locked TEXT;
BEGIN
    PERFORM rights.check_at(p_at);
    SELECT * INTO w FROM rights.workspace;
    SELECT * INTO c FROM rights.credential(p_kind, p_name);
    IF c.id IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_succeeded THEN
        IF session_user <> w.owner_role
           AND NOT (CASE p_kind WHEN 'user' THEN rights.me() IS NOT DISTINCT FROM c.id
                                ELSE session_user IS NOT DISTINCT FROM c.login_name END) THEN
            RAISE EXCEPTION 'a sign-in succeeds on the credential''s own login' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM rights.set_sign_in_count(p_kind, c.id, 0, NULL);
        IF c.login_locked_until IS NOT NULL THEN
            PERFORM rights.lock_login(c.login_name, NULL);
        END IF;
        RETURN NULL;
    END IF;
    -- While locked, by the desk's clock or by the server's (a caller's p_at may be minutes off).
    -- A credential without a login yet (of an earlier workspace) is tried in vain behind the gate:
    -- only the owner's desk, which checks its password itself, counts its failures.
    IF c.locked_until::timestamptz > p_at::timestamptz OR c.login_locked_until > now()
       OR (c.login_name IS NULL AND session_user <> w.owner_role) THEN
        RETURN c.locked_until;
    END IF;
    failures := CASE WHEN c.locked_until IS NULL THEN c.failed_sign_ins ELSE 0 END + 1;
    IF failures >= w.max_failed_sign_ins THEN
        locked := to_char((p_at::timestamptz + make_interval(mins => w.lockout_minutes)) AT TIME ZONE 'UTC',
                          'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        PERFORM rights.set_sign_in_count(p_kind, c.id, 0, locked);
        IF c.login_name IS NOT NULL THEN
            PERFORM rights.lock_login(c.login_name, now() + make_interval(mins => w.lockout_minutes));
        END IF;
        RETURN locked;
    END IF;
    PERFORM rights.set_sign_in_count(p_kind, c.id, failures, NULL);
    RETURN NULL;
END
$$;

-- Version 13's two functions say the same through the ones above.
CREATE OR REPLACE FUNCTION rights.sign_in_login(p_upn TEXT) RETURNS TABLE (login_name TEXT, locked_until TEXT)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT * FROM rights.credential_login('user', p_upn)
$$;
CREATE OR REPLACE FUNCTION rights.record_sign_in(p_upn TEXT, p_succeeded BOOLEAN, p_at TEXT)
RETURNS TEXT LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT rights.record_credential('user', p_upn, p_succeeded, p_at)
$$;

-- A ticket of PMC account p_account, for two hours: on the account's own login, once the server
-- has checked its password (its failures start again), or on the owner's desk, which checked it.
CREATE FUNCTION rights.pmc_ticket(p_account TEXT, p_at TEXT) RETURNS TABLE (ticket TEXT, user_name TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    a public.pmc_accounts%ROWTYPE;
    made TEXT := encode(rights_crypto.gen_random_bytes(32), 'hex');
BEGIN
    SELECT * INTO a FROM public.pmc_accounts WHERE id = p_account;
    IF a.id IS NULL OR (session_user <> (SELECT owner_role FROM rights.workspace)
                        AND session_user IS DISTINCT FROM (SELECT login_name FROM rights.pmc_logins
                                                           WHERE pmc_account_id = a.id)) THEN
        PERFORM rights.refuse('a Partner Membership Center account''s ticket is for its own login');
    END IF;
    PERFORM rights.record_credential('pmc', a.user_name, true, p_at);
    DELETE FROM rights.pmc_tickets WHERE expires_at < now();
    INSERT INTO rights.pmc_tickets (ticket_hash, pmc_account_id, expires_at)
    VALUES (encode(sha256(convert_to(made, 'UTF8')), 'hex'), a.id, now() + interval '2 hours');
    RETURN QUERY SELECT made, a.user_name;
END
$$;

-- The PMC account on whose own login the connection is (NULL: none), for the desk that signed it in.
CREATE FUNCTION rights.pmc_login_account() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT pmc_account_id FROM rights.pmc_logins WHERE login_name = session_user
$$;

-- The PMC account whose ticket p_ticket is, while it lasts; NULL otherwise.
CREATE FUNCTION rights.ticket_account(p_ticket TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT pmc_account_id FROM rights.pmc_tickets
    WHERE ticket_hash = encode(sha256(convert_to(coalesce(p_ticket, ''), 'UTF8')), 'hex') AND expires_at > now()
$$;

-- The MPN profiles of the ticket's PMC account, with the partner account each is linked to (E3).
CREATE FUNCTION rights.pmc_profiles(p_ticket TEXT)
RETURNS TABLE (partner_id TEXT, pmc_account_id TEXT, organization_name TEXT, country TEXT, status TEXT,
               account_id TEXT, legal_name TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT m.partner_id, m.pmc_account_id, m.organization_name, m.country, m.status, p.id, p.legal_name
    FROM public.mpn_profiles m LEFT JOIN public.partner_accounts p ON p.partner_id = m.partner_id
    WHERE m.pmc_account_id = rights.ticket_account(p_ticket)
$$;

-- Step 8, "Enroll now", by p_actor (the person signed in, or the first user of the tenant the gate
-- has just added): E1, a Global administrator of a tenant that is no program's and has no partner
-- account; E2 and E3, an active profile of the ticket's PMC account, located in the tenant's
-- country and linked to no partner account. Of p_account, the row core's PartnerStore writes, only
-- its id, Partner ID, legal and support profiles count (core validated them, as for any partner's
-- own profile, which its Admin agents may change): the account is an indirect reseller of the
-- tenant's country, waiting for its email check (E6: p_actor is its first Admin agent). Its history
-- and its audit event are written as core's EnrollmentService writes them on a file, the tenant
-- named new when this transaction added it (the owner's desk says so itself); the ticket is used
-- up first, so that no two calls use one.
CREATE FUNCTION rights.enroll(p_actor TEXT, p_ticket TEXT, p_account JSONB, p_new_tenant BOOLEAN, p_at TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    profile_columns CONSTANT TEXT[] := ARRAY['id', 'partner_id', 'legal_name', 'name_key', 'address_line1',
        'address_line2', 'city', 'region', 'postal_code', 'contact_first_name', 'contact_last_name', 'contact_email',
        'contact_phone', 'support_email', 'support_phone', 'support_website'];
    t public.tenants%ROWTYPE;
    pmc TEXT;
    a public.partner_accounts%ROWTYPE;
    new_tenant BOOLEAN;
BEGIN
    PERFORM rights.act_as(p_actor);
    PERFORM rights.check_at(p_at);
    DELETE FROM rights.pmc_tickets
    WHERE ticket_hash = encode(sha256(convert_to(coalesce(p_ticket, ''), 'UTF8')), 'hex') AND expires_at > now()
    RETURNING pmc_account_id INTO pmc;
    SELECT tenant.* INTO t FROM public.tenants tenant JOIN public.tenant_users u ON u.tenant_id = tenant.id
    WHERE u.id = rights.me() AND u.directory_role = 'GlobalAdministrator' AND tenant.is_program = 0;
    IF t.id IS NULL OR EXISTS (SELECT 1 FROM public.partner_accounts WHERE tenant_id = t.id) THEN
        PERFORM rights.refuse('a Global administrator enrolls a tenant that has no partner account');
    END IF;
    IF pmc IS NULL THEN
        PERFORM rights.refuse('enrolling takes a Partner Membership Center sign-in of the last two hours');
    END IF;
    a := jsonb_populate_record(NULL::public.partner_accounts,
        (SELECT coalesce(jsonb_object_agg(key, value), '{}'::JSONB) FROM jsonb_each(p_account)
         WHERE key = ANY (profile_columns))
        || jsonb_build_object('tenant_id', t.id, 'type', 'IndirectReseller', 'country', t.country,
                              'status', 'PendingEmailVerification', 'vetting_status', 'EmailOwnership',
                              'created_at', p_at, 'updated_at', p_at));
    IF NOT EXISTS (SELECT 1 FROM public.mpn_profiles WHERE partner_id = a.partner_id AND pmc_account_id = pmc
                   AND status = 'Active' AND country = t.country)
       OR EXISTS (SELECT 1 FROM public.partner_accounts WHERE partner_id = a.partner_id) THEN
        PERFORM rights.refuse('a partner enrolls with an active MPN profile of its PMC account, in its country, linked to none');
    END IF;
    -- What isn't named keeps its default (no code yet, no rejection, the partner's own settings).
    INSERT INTO public.partner_accounts (id, tenant_id, type, partner_id, legal_name, name_key, address_line1,
        address_line2, city, region, postal_code, country, contact_first_name, contact_last_name, contact_email,
        contact_phone, support_email, support_phone, support_website, status, vetting_status, created_at, updated_at)
    VALUES (a.id, a.tenant_id, a.type, a.partner_id, a.legal_name, a.name_key, a.address_line1, a.address_line2,
        a.city, a.region, a.postal_code, a.country, a.contact_first_name, a.contact_last_name, a.contact_email,
        a.contact_phone, a.support_email, a.support_phone, a.support_website, a.status, a.vetting_status, a.created_at,
        a.updated_at);
    INSERT INTO public.partner_roles (partner_account_id, user_id, role) VALUES (a.id, rights.me(), 'AdminAgent');
    INSERT INTO public.partner_status_history (partner_account_id, from_status, to_status, reason, actor_user_id, at)
    VALUES (a.id, NULL, 'PendingEmailVerification', NULL, rights.me(), p_at);
    new_tenant := CASE WHEN session_user = (SELECT owner_role FROM rights.workspace) THEN coalesce(p_new_tenant, false)
                       ELSE EXISTS (SELECT 1 FROM rights.tenants_added WHERE tenant_id = t.id
                                    AND xact = pg_current_xact_id()) END;
    PERFORM rights.audit(p_at, a.id, 'partner.enrolled', 'PartnerAccount', a.id,
                         jsonb_build_object('partnerId', a.partner_id, 'tenant', t.domain_prefix || '.onmicrosoft.com',
                                            'newTenant', new_tenant));
END
$$;

REVOKE ALL ON FUNCTION rights.pmc_login_name(TEXT), rights.set_pmc_login(TEXT, TEXT), rights.credential(TEXT, TEXT),
    rights.set_sign_in_count(TEXT, TEXT, INTEGER, TEXT), rights.lock_login(TEXT, TIMESTAMPTZ),
    rights.credential_login(TEXT, TEXT), rights.record_credential(TEXT, TEXT, BOOLEAN, TEXT),
    rights.pmc_ticket(TEXT, TEXT), rights.pmc_login_account(), rights.ticket_account(TEXT), rights.pmc_profiles(TEXT),
    rights.enroll(TEXT, TEXT, JSONB, BOOLEAN, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.set_pmc_login(TEXT, TEXT), rights.credential_login(TEXT, TEXT),
    rights.record_credential(TEXT, TEXT, BOOLEAN, TEXT), rights.pmc_ticket(TEXT, TEXT), rights.pmc_login_account(),
    rights.ticket_account(TEXT), rights.pmc_profiles(TEXT), rights.enroll(TEXT, TEXT, JSONB, BOOLEAN, TEXT)
    TO {people};
