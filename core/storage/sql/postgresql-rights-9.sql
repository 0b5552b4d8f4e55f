-- Schema version 9 on PostgreSQL: the database itself enforces who reads and writes what
-- (ARCHITECTURE §7). This step is frozen like every other: a later change is a later step.
--
-- Each person signs in with a login of their own, a member of the workspace's group role
-- {people}. Row-level security on every table implements V1 for that group; column privileges
-- keep password hashes, invitation token hashes, MFA secrets and verification codes from every
-- login; table privileges and policies follow the permission matrix (rights.allows, which reads
-- the matrix core writes into rights.permission_matrix). The owner of the tables (who runs the
-- migrations) is not subject to the policies.
--
-- PartnerDesk replaces {key} (this workspace's key, "pd" and ten hex digits: roles belong to the
-- whole server, so each workspace's roles carry its own key) and {people} before running a
-- statement. Statements end with a semicolon at the end of a line outside $$ quotes.

CREATE SCHEMA rights;

-- Who this workspace's roles are.
CREATE TABLE rights.workspace (
    workspace_key TEXT PRIMARY KEY,
    people_role TEXT NOT NULL,
    owner_role TEXT NOT NULL,
    -- How far a person's audit event may be dated from the server's clock; NULL: any time (the
    -- owner sets it so for desks that run on a clock of their own, as tests do).
    audit_clock_tolerance INTERVAL DEFAULT interval '5 minutes');

INSERT INTO rights.workspace (workspace_key, people_role, owner_role) VALUES ('{key}', '{people}', current_user);

CREATE ROLE {people} NOLOGIN;

-- A person's login: created with the user (or at their first sign-in on this version), its
-- password changed with theirs, disabled when they are removed.
CREATE TABLE rights.logins (
    login_name TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE REFERENCES public.tenant_users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    disabled_at TIMESTAMPTZ);

-- The permission matrix of core (rule U2), written by core whenever its own differs.
CREATE TABLE rights.permission_matrix (
    action TEXT NOT NULL,
    partner_type TEXT NOT NULL,
    role TEXT NOT NULL,
    needs_active BOOLEAN NOT NULL,
    PRIMARY KEY (action, partner_type, role));

-- Who is signed in. Every function below that reads a table runs as the tables' owner (SECURITY
-- DEFINER, with its search path fixed), so the policies that call it don't recurse.
CREATE FUNCTION rights.me() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT l.user_id FROM rights.logins l JOIN public.tenant_users u ON u.id = l.user_id
    WHERE l.login_name = session_user AND l.disabled_at IS NULL AND u.enabled = 1
$$;

CREATE FUNCTION rights.my_tenant() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT tenant_id FROM public.tenant_users WHERE id = rights.me()
$$;

CREATE FUNCTION rights.my_partner() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT id FROM public.partner_accounts WHERE tenant_id = rights.my_tenant()
$$;

-- The customer whose tenant the person belongs to (a customer's Global administrator).
CREATE FUNCTION rights.my_customer() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT id FROM public.customers WHERE tenant_id = rights.my_tenant()
$$;

CREATE FUNCTION rights.is_program() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT coalesce((SELECT t.is_program = 1 AND u.directory_role = 'GlobalAdministrator'
                     FROM public.tenant_users u JOIN public.tenants t ON t.id = u.tenant_id
                     WHERE u.id = rights.me()), false)
$$;

-- Whether one of the person's roles in their partner may do action (E10: some wait until the
-- account is Active).
CREATE FUNCTION rights.allows(p_action TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.partner_accounts p
        JOIN public.partner_roles r ON r.partner_account_id = p.id AND r.user_id = rights.me()
        JOIN rights.permission_matrix m ON m.action = p_action AND m.partner_type = p.type AND m.role = r.role
        WHERE p.id = rights.my_partner() AND (NOT m.needs_active OR p.status = 'Active'))
$$;

-- V1: the person's partner serves the customer.
CREATE FUNCTION rights.serves(p_customer TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.customer_relationships
                   WHERE customer_id = p_customer AND partner_account_id = rights.my_partner()
                   AND status = 'Active')
$$;

CREATE FUNCTION rights.serves_tenant(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.customers c JOIN public.customer_relationships r ON r.customer_id = c.id
                   WHERE c.tenant_id = p_tenant AND r.partner_account_id = rights.my_partner()
                   AND r.status = 'Active')
$$;

-- V1 and C4: the person's partner serves the customer with administration rights (delegated
-- admin), which managing its account, users and licenses takes.
CREATE FUNCTION rights.administers_tenant(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.customers c JOIN public.customer_relationships r ON r.customer_id = c.id
                   WHERE c.tenant_id = p_tenant AND r.partner_account_id = rights.my_partner()
                   AND r.status = 'Active' AND r.delegated_admin = 1)
$$;

CREATE FUNCTION rights.administers(p_customer TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT rights.administers_tenant((SELECT tenant_id FROM public.customers WHERE id = p_customer))
$$;

-- The person's partner and p_partner have an Active indirect relationship.
CREATE FUNCTION rights.partnered(p_partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.indirect_relationships
                   WHERE status = 'Active'
                   AND ((provider_account_id = p_partner AND reseller_account_id = rights.my_partner())
                        OR (reseller_account_id = p_partner AND provider_account_id = rights.my_partner())))
$$;

-- A partner account the person may read: their own; one their partner has (or had) an indirect
-- relationship with; a provider's official listing (Find a provider, P1); a partner serving
-- their customer (C3); every account, for the program administrator.
CREATE FUNCTION rights.sees_partner(p_partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT p_partner = rights.my_partner()
        OR rights.is_program()
        OR EXISTS (SELECT 1 FROM public.indirect_relationships
                   WHERE (provider_account_id = p_partner AND reseller_account_id = rights.my_partner())
                      OR (reseller_account_id = p_partner AND provider_account_id = rights.my_partner()))
        OR EXISTS (SELECT 1 FROM public.provider_listings l JOIN public.partner_accounts p
                   ON p.id = l.partner_account_id
                   WHERE l.partner_account_id = p_partner AND l.official = 1 AND p.status = 'Active'
                   AND rights.me() IS NOT NULL)
        OR EXISTS (SELECT 1 FROM public.customer_relationships
                   WHERE partner_account_id = p_partner AND customer_id = rights.my_customer()
                   AND status = 'Active')
$$;

-- A user the person may manage: a user of their own tenant for an Admin agent (U1); a user of
-- a customer their partner administers for whoever manages its users, and its Global
-- administrators only for whoever may manage those (S1).
CREATE FUNCTION rights.manages_user(p_tenant TEXT, p_directory_role TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT (p_tenant = rights.my_tenant() AND rights.allows('ManageUsers'))
        OR (rights.administers_tenant(p_tenant) AND rights.allows('ManageCustomerUsersAndLicenses')
            AND (p_directory_role = 'User' OR rights.allows('ManageCustomerAdministrators')))
$$;

-- The login of a user of this workspace: "<key>_<MD5 of the user's id>", one name for one id
-- whatever the id's form (a name is no secret; the MD5 only keeps it short and plain).
CREATE FUNCTION rights.login_name(p_user TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT w.workspace_key || '_' || md5(p_user) FROM rights.workspace w
$$;

-- The user whose login the session changes, if it may: the owner, the user themselves (when
-- p_self), or whoever manages the user.
CREATE FUNCTION rights.login_user(p_user TEXT, p_self BOOLEAN) RETURNS public.tenant_users LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM public.tenant_users WHERE id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    IF session_user <> (SELECT owner_role FROM rights.workspace)
       AND NOT (p_self AND rights.me() IS NOT DISTINCT FROM p_user)
       AND NOT rights.manages_user(u.tenant_id, u.directory_role) THEN
        RAISE EXCEPTION 'permission denied to change the login of user %', p_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN u;
END
$$;

-- Creates the user's login, or gives it a new password, from a SCRAM-SHA-256 verifier made at
-- the desk (the password itself never reaches the server). Whoever manages the user creates it;
-- only the user themselves, or a partner that administers their customer tenant (a reset, C4),
-- changes the password of one that exists. Its LOGIN follows whether the user is enabled, and
-- a password never brings a disabled login back.
CREATE FUNCTION rights.set_login(p_user TEXT, p_verifier TEXT) RETURNS TEXT LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE := rights.login_user(p_user, true);
    login TEXT := rights.login_name(p_user);
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a login''s password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM rights.logins WHERE user_id = p_user) THEN
        IF session_user <> (SELECT owner_role FROM rights.workspace) AND rights.me() IS DISTINCT FROM p_user
           AND NOT rights.administers_tenant(u.tenant_id) THEN
            RAISE EXCEPTION 'permission denied to change the password of user %', p_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I WITH PASSWORD %L', login, p_verifier);
        RETURN login;
    END IF;
    -- A login not in rights.logins is another's: refused, not taken over.
    EXECUTE format('CREATE ROLE %I WITH %s PASSWORD %L IN ROLE %I', login,
                   CASE WHEN u.enabled = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier,
                   (SELECT people_role FROM rights.workspace));
    -- Whatever a session leaves open in a transaction, the server ends.
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login, '5min');
    EXECUTE format('COMMENT ON ROLE %I IS %L', login,
                   'PartnerDesk workspace ' || current_database() || ': ' || u.upn);
    INSERT INTO rights.logins (login_name, user_id, disabled_at)
    VALUES (login, p_user, CASE WHEN u.enabled = 1 THEN NULL ELSE now() END);
    RETURN login;
END
$$;

-- A removed or disabled user's login can't sign in; enabled again, it can (with its password).
CREATE FUNCTION rights.set_login_enabled(p_user TEXT, p_enabled BOOLEAN) RETURNS VOID LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE := rights.login_user(p_user, false);
    login TEXT;
BEGIN
    SELECT login_name INTO login FROM rights.logins WHERE user_id = u.id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    EXECUTE format('ALTER ROLE %I WITH %s', login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE rights.logins SET disabled_at = CASE WHEN p_enabled THEN NULL ELSE now() END WHERE user_id = u.id;
END
$$;

-- The audit chain for events a person's login writes: it can't read the newest event of the
-- workspace, so the hash of the one before is taken here, in the format of AuditStore::linkHash,
-- under the writers' lock and with an id given in that order. In READ COMMITTED only, where the
-- query after the lock sees what was committed before it: an older snapshot would fork the chain.
-- An event's time is the desk's, within five minutes of the server's (audit_clock_tolerance): no
-- backdating.
CREATE FUNCTION rights.chain_value(p_value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_value IS NULL THEN E'-\n' ELSE octet_length(p_value)::TEXT || ':' || p_value || E'\n' END
$$;

CREATE FUNCTION rights.chain_audit_event() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    w rights.workspace%ROWTYPE;
    previous TEXT;
BEGIN
    SELECT * INTO w FROM rights.workspace;
    IF session_user = w.owner_role THEN
        RETURN NEW; -- the owner's desk chains its events itself, under the writers' lock
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'a person writes audit events in READ COMMITTED' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.at IS NULL OR NEW.at !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$'
       OR NEW.at::timestamptz NOT BETWEEN now() - w.audit_clock_tolerance AND now() + w.audit_clock_tolerance THEN
        RAISE EXCEPTION 'an audit event is written at the time it happens' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(7418012);
    NEW.id := nextval(pg_get_serial_sequence('public.audit_events', 'id'));
    SELECT row_hash INTO previous FROM public.audit_events ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.row_hash := encode(sha256(convert_to(
        'partnerdesk audit chain v1' || E'\n' || NEW.prev_hash || E'\n'
        || rights.chain_value(NEW.at) || rights.chain_value(NEW.actor_user_id)
        || rights.chain_value(NEW.partner_account_id) || rights.chain_value(NEW.action)
        || rights.chain_value(NEW.subject_type) || rights.chain_value(NEW.subject_id)
        || rights.chain_value(NEW.details), 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON public.audit_events
FOR EACH ROW EXECUTE FUNCTION rights.chain_audit_event();

-- A partner's own Admin agent edits its profiles; its status changes only through the program
-- administrator (E8), who changes nothing else of another partner's account.
CREATE FUNCTION rights.guard_partner_account() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    decision TEXT[] := ARRAY['status', 'vetting_status', 'rejection_reason', 'updated_at'];
BEGIN
    IF session_user = (SELECT owner_role FROM rights.workspace) THEN
        RETURN NEW;
    END IF;
    IF NOT rights.is_program()
       AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.vetting_status IS DISTINCT FROM OLD.vetting_status
            OR NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason) THEN
        RAISE EXCEPTION 'only the program administrator changes a partner account''s status'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF rights.is_program() AND OLD.id IS DISTINCT FROM rights.my_partner()
       AND to_jsonb(NEW) - decision IS DISTINCT FROM to_jsonb(OLD) - decision THEN
        RAISE EXCEPTION 'the program administrator decides another partner''s enrollment, nothing else'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER partner_accounts_guard BEFORE UPDATE ON public.partner_accounts
FOR EACH ROW EXECUTE FUNCTION rights.guard_partner_account();

-- Column privileges: every column of table but those named.
CREATE FUNCTION rights.grant_columns(p_privilege TEXT, p_table TEXT, p_except TEXT[]) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE (SELECT format('GRANT %s (%s) ON public.%I TO %I', p_privilege,
                           string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position), p_table,
                           (SELECT people_role FROM rights.workspace))
             FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name = p_table AND column_name <> ALL (p_except));
END
$$;

-- Nothing for anyone but what is granted below; the group reaches this database and its schemas.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO {people}', current_database());
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {people};
GRANT USAGE ON SCHEMA rights TO {people};
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA rights FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.me(), rights.my_tenant(), rights.my_partner(), rights.my_customer(),
    rights.is_program(), rights.allows(TEXT), rights.serves(TEXT), rights.serves_tenant(TEXT),
    rights.administers(TEXT), rights.administers_tenant(TEXT), rights.partnered(TEXT), rights.sees_partner(TEXT), rights.manages_user(TEXT, TEXT), rights.login_name(TEXT),
    rights.set_login(TEXT, TEXT), rights.set_login_enabled(TEXT, BOOLEAN), rights.chain_value(TEXT)
    TO {people};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {people};

-- Row-level security on every table of the workspace.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;

-- What anyone signed in reads: the schema's version, the offer catalog, the providers' listings.
GRANT SELECT ON public.schema_migrations, public.offers, public.offer_terms, public.provider_listings,
    public.provider_countries TO {people};
CREATE POLICY people_read ON public.schema_migrations FOR SELECT TO {people} USING (true);
CREATE POLICY people_read ON public.offers FOR SELECT TO {people} USING (true);
CREATE POLICY people_read ON public.offer_terms FOR SELECT TO {people} USING (true);
CREATE POLICY people_read ON public.provider_listings FOR SELECT TO {people} USING (rights.me() IS NOT NULL);
CREATE POLICY people_read ON public.provider_countries FOR SELECT TO {people} USING (rights.me() IS NOT NULL);

-- A provider's Admin agent keeps its listing (P1).
GRANT INSERT, UPDATE ON public.provider_listings TO {people};
GRANT INSERT, DELETE ON public.provider_countries TO {people};
CREATE POLICY own_listing_insert ON public.provider_listings FOR INSERT TO {people}
    WITH CHECK (partner_account_id = rights.my_partner() AND rights.allows('ManageProviderListing'));
CREATE POLICY own_listing_update ON public.provider_listings FOR UPDATE TO {people}
    USING (partner_account_id = rights.my_partner() AND rights.allows('ManageProviderListing'));
CREATE POLICY own_countries_insert ON public.provider_countries FOR INSERT TO {people}
    WITH CHECK (partner_account_id = rights.my_partner() AND rights.allows('ManageProviderListing'));
CREATE POLICY own_countries_delete ON public.provider_countries FOR DELETE TO {people}
    USING (partner_account_id = rights.my_partner() AND rights.allows('ManageProviderListing'));

-- Tenants: one's own, those of the partners and customers one sees.
GRANT SELECT ON public.tenants TO {people};
CREATE POLICY visible ON public.tenants FOR SELECT TO {people}
    USING (id = rights.my_tenant() OR rights.is_program() OR rights.serves_tenant(id)
           OR EXISTS (SELECT 1 FROM public.partner_accounts p WHERE p.tenant_id = tenants.id));

-- Users: no password hash. One's own tenant's, and those of the customers one's partner serves.
SELECT rights.grant_columns('SELECT', 'tenant_users', ARRAY['password_hash']);
GRANT INSERT (id, tenant_id, upn, display_name, password_hash, directory_role, enabled, created_at)
    ON public.tenant_users TO {people};
GRANT UPDATE (display_name, directory_role, enabled) ON public.tenant_users TO {people};
CREATE POLICY visible ON public.tenant_users FOR SELECT TO {people}
    USING (tenant_id = rights.my_tenant() OR rights.is_program() OR rights.serves_tenant(tenant_id));
CREATE POLICY managed_insert ON public.tenant_users FOR INSERT TO {people}
    WITH CHECK (rights.manages_user(tenant_id, directory_role));
CREATE POLICY managed_update ON public.tenant_users FOR UPDATE TO {people}
    USING (rights.manages_user(tenant_id, directory_role))
    WITH CHECK (rights.manages_user(tenant_id, directory_role));

-- Partner Membership Center accounts hold password hashes: no login reads them.
-- MPN profiles: those of the partners one sees.
GRANT SELECT ON public.mpn_profiles TO {people};
CREATE POLICY visible ON public.mpn_profiles FOR SELECT TO {people}
    USING (rights.is_program() OR EXISTS (SELECT 1 FROM public.partner_accounts p
                                          WHERE p.partner_id = mpn_profiles.partner_id));

-- Partner accounts: no verification code. Its Admin agents edit the profiles (the status is
-- guarded by partner_accounts_guard); the program administrator decides enrollments (E8).
SELECT rights.grant_columns('SELECT', 'partner_accounts', ARRAY['verification_code_hash']);
GRANT UPDATE (legal_name, name_key, address_line1, address_line2, city, region, postal_code, contact_first_name,
              contact_last_name, contact_email, contact_phone, support_email, support_phone, support_website,
              require_mfa, status, vetting_status, rejection_reason, updated_at)
    ON public.partner_accounts TO {people};
CREATE POLICY visible ON public.partner_accounts FOR SELECT TO {people} USING (rights.sees_partner(id));
CREATE POLICY own_update ON public.partner_accounts FOR UPDATE TO {people}
    USING ((id = rights.my_partner() AND rights.allows('EditLegalProfile')) OR rights.is_program())
    WITH CHECK ((id = rights.my_partner() AND rights.allows('EditLegalProfile')) OR rights.is_program());

GRANT SELECT, INSERT ON public.partner_status_history TO {people};
CREATE POLICY visible ON public.partner_status_history FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR rights.is_program());
CREATE POLICY decided ON public.partner_status_history FOR INSERT TO {people}
    WITH CHECK (actor_user_id = rights.me()
                AND (rights.is_program() OR (partner_account_id = rights.my_partner()
                                             AND rights.allows('VerifyEnrollmentEmail'))));

GRANT SELECT, INSERT ON public.partner_programs TO {people};
GRANT UPDATE (support_email, support_phone, support_website) ON public.partner_programs TO {people};
CREATE POLICY visible ON public.partner_programs FOR SELECT TO {people}
    USING (rights.sees_partner(partner_account_id));
CREATE POLICY own_insert ON public.partner_programs FOR INSERT TO {people}
    WITH CHECK (partner_account_id = rights.my_partner() AND rights.allows('EditSupportProfile'));
CREATE POLICY own_update ON public.partner_programs FOR UPDATE TO {people}
    USING (partner_account_id = rights.my_partner() AND rights.allows('EditSupportProfile'));

-- Roles: one's own partner's; an Admin agent gives and takes them (U1), to users of its tenant.
GRANT SELECT, INSERT, DELETE ON public.partner_roles TO {people};
CREATE POLICY visible ON public.partner_roles FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR rights.is_program());
CREATE POLICY managed_insert ON public.partner_roles FOR INSERT TO {people}
    WITH CHECK (partner_account_id = rights.my_partner() AND rights.allows('ManageUsers')
                AND EXISTS (SELECT 1 FROM public.tenant_users u
                            WHERE u.id = user_id AND u.tenant_id = rights.my_tenant()));
CREATE POLICY managed_delete ON public.partner_roles FOR DELETE TO {people}
    USING (partner_account_id = rights.my_partner() AND rights.allows('ManageUsers'));

-- Invitations: no token hash. Sent by one's partner, naming it, or accepted for one's tenant.
-- Sent (P2, C1) and revoked by those who may invite; accepted only through a function.
SELECT rights.grant_columns('SELECT', 'invitations', ARRAY['token_hash']);
GRANT INSERT ON public.invitations TO {people};
GRANT UPDATE (status, revoked_at) ON public.invitations TO {people};
CREATE POLICY visible ON public.invitations FOR SELECT TO {people}
    USING (inviting_partner_id = rights.my_partner() OR provider_account_id = rights.my_partner()
           OR accepted_tenant_id = rights.my_tenant() OR rights.is_program());
CREATE POLICY sent ON public.invitations FOR INSERT TO {people}
    WITH CHECK (inviting_partner_id = rights.my_partner() AND created_by_user_id = rights.me()
                AND status = 'Pending' AND accepted_at IS NULL AND accepted_by_user_id IS NULL
                AND accepted_tenant_id IS NULL
                AND CASE kind WHEN 'ResellerOfProvider' THEN rights.allows('InviteResellers')
                                                             AND provider_account_id IS NULL
                              WHEN 'CustomerOfReseller' THEN rights.allows('InviteCustomers')
                                                             AND provider_account_id IS NULL
                              ELSE rights.allows('InviteCustomers') AND rights.partnered(provider_account_id)
                    END);
CREATE POLICY revoked ON public.invitations FOR UPDATE TO {people}
    USING (inviting_partner_id = rights.my_partner() AND status = 'Pending'
           AND (rights.allows('InviteResellers') OR rights.allows('InviteCustomers')))
    WITH CHECK (status = 'Revoked');

-- Indirect relationships: those one's partner is party to (V1); made and ended only through
-- functions.
GRANT SELECT ON public.indirect_relationships TO {people};
CREATE POLICY visible ON public.indirect_relationships FOR SELECT TO {people}
    USING (provider_account_id = rights.my_partner() OR reseller_account_id = rights.my_partner()
           OR rights.is_program());

-- Customers one's partner serves (V1), or one's own company. Their account is edited by those
-- who may (C4); a customer comes only through its acceptance, a function.
GRANT SELECT ON public.customers TO {people};
GRANT UPDATE (company_name, name_key, search_key, address_line1, address_line2, city, region, postal_code,
              contact_first_name, contact_last_name, contact_email, contact_phone)
    ON public.customers TO {people};
CREATE POLICY visible ON public.customers FOR SELECT TO {people}
    USING (rights.serves(id) OR tenant_id = rights.my_tenant());
CREATE POLICY served_update ON public.customers FOR UPDATE TO {people}
    USING (rights.administers(id) AND rights.allows('ManageCustomerAccount'));

-- A customer's relationships: one's partner's own, those of a customer it serves with a partner
-- it works with, and all of one's own company's.
GRANT SELECT ON public.customer_relationships TO {people};
CREATE POLICY visible ON public.customer_relationships FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR customer_id = rights.my_customer()
           OR (rights.serves(customer_id) AND rights.partnered(partner_account_id)));

-- Subscriptions and orders of the customers one serves, or of one's own company; written only by
-- an order, a function (C5).
GRANT SELECT ON public.subscriptions, public.orders, public.order_lines TO {people};
CREATE POLICY visible ON public.subscriptions FOR SELECT TO {people}
    USING (rights.serves(customer_id) OR customer_id = rights.my_customer());
CREATE POLICY visible ON public.orders FOR SELECT TO {people}
    USING (rights.serves(customer_id) OR customer_id = rights.my_customer());
CREATE POLICY visible ON public.order_lines FOR SELECT TO {people}
    USING (EXISTS (SELECT 1 FROM public.orders o WHERE o.id = order_id));

-- Order requests between a reseller and its provider (C5): the reseller asks, the provider
-- declines here or fulfills through an order.
GRANT SELECT, INSERT ON public.order_requests TO {people};
GRANT UPDATE (status, decision_reason, decided_by_user_id, decided_at) ON public.order_requests TO {people};
CREATE POLICY visible ON public.order_requests FOR SELECT TO {people}
    USING (reseller_account_id = rights.my_partner() OR provider_account_id = rights.my_partner());
CREATE POLICY requested ON public.order_requests FOR INSERT TO {people}
    WITH CHECK (reseller_account_id = rights.my_partner() AND requested_by_user_id = rights.me()
                AND status = 'Open' AND rights.allows('RequestOrders') AND rights.serves(customer_id)
                AND rights.partnered(provider_account_id)
                AND (subscription_id IS NULL OR EXISTS (SELECT 1 FROM public.subscriptions s
                                                        WHERE s.id = subscription_id
                                                        AND s.customer_id = order_requests.customer_id)));
CREATE POLICY declined ON public.order_requests FOR UPDATE TO {people}
    USING (provider_account_id = rights.my_partner() AND status = 'Open' AND rights.allows('HandleOrderRequests'))
    WITH CHECK (status = 'Declined' AND decided_by_user_id = rights.me());

-- Licenses of the customers one serves, assigned by those who manage its users (C4, C6).
GRANT SELECT, INSERT, DELETE ON public.license_assignments TO {people};
CREATE POLICY visible ON public.license_assignments FOR SELECT TO {people}
    USING (EXISTS (SELECT 1 FROM public.subscriptions s WHERE s.id = subscription_id));
CREATE POLICY assigned ON public.license_assignments FOR INSERT TO {people}
    WITH CHECK (rights.allows('ManageCustomerUsersAndLicenses')
                AND EXISTS (SELECT 1 FROM public.subscriptions s JOIN public.customers c ON c.id = s.customer_id
                            JOIN public.tenant_users u ON u.tenant_id = c.tenant_id
                            WHERE s.id = subscription_id AND u.id = user_id AND rights.administers(c.id)));
CREATE POLICY unassigned ON public.license_assignments FOR DELETE TO {people}
    USING (rights.allows('ManageCustomerUsersAndLicenses')
           AND EXISTS (SELECT 1 FROM public.subscriptions s WHERE s.id = subscription_id
                       AND rights.administers(s.customer_id)));

-- Referrals (C8): one's partner's own, and those its provider passed on.
GRANT SELECT, INSERT ON public.referrals TO {people};
GRANT UPDATE (company_name, contact_name, contact_email, contact_phone, country, notes, status, invitation_id,
              updated_at)
    ON public.referrals TO {people};
CREATE POLICY visible ON public.referrals FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR referred_by_account_id = rights.my_partner());
CREATE POLICY recorded ON public.referrals FOR INSERT TO {people}
    WITH CHECK (rights.allows('ManageReferrals')
                AND ((partner_account_id = rights.my_partner() AND referred_by_account_id IS NULL)
                     OR (referred_by_account_id = rights.my_partner() AND source = 'IndirectProvider'
                         AND rights.partnered(partner_account_id)))
                AND invitation_id IS NULL);
-- A referral leads to an invitation of its own partner's, or to none.
CREATE POLICY own_update ON public.referrals FOR UPDATE TO {people}
    USING (partner_account_id = rights.my_partner() AND rights.allows('ManageReferrals'))
    WITH CHECK (partner_account_id = rights.my_partner() AND rights.allows('ManageReferrals')
                AND (invitation_id IS NULL OR EXISTS (SELECT 1 FROM public.invitations i WHERE i.id = invitation_id
                                                      AND i.inviting_partner_id = rights.my_partner())));

-- The audit log: one's partner's events (all, for the program administrator); written, never
-- changed (no UPDATE, DELETE or TRUNCATE for any login), each by its actor.
GRANT SELECT ON public.audit_events TO {people};
GRANT INSERT (at, actor_user_id, partner_account_id, action, subject_type, subject_id, details, prev_hash, row_hash)
    ON public.audit_events TO {people};
CREATE POLICY visible ON public.audit_events FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR rights.is_program());
CREATE POLICY written ON public.audit_events FOR INSERT TO {people}
    WITH CHECK (actor_user_id = rights.me() AND (partner_account_id = rights.my_partner() OR rights.is_program()));

-- The outbox: what one's partner sent (everything, for the program administrator). Messages are
-- written with the changes that send them, not by a login on its own: a message it chose (its
-- kind, its time) could stand in for one PartnerDesk sent.
GRANT SELECT ON public.outbox_messages TO {people};
CREATE POLICY visible ON public.outbox_messages FOR SELECT TO {people}
    USING (partner_account_id = rights.my_partner() OR rights.is_program());

-- Two-step verification secrets and recovery codes, and PMC accounts: no policy, no privilege.
