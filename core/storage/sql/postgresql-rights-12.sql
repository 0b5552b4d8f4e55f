-- Schema version 12 on PostgreSQL: the program administrator's own steps on their own login
-- (ARCHITECTURE §7). Versions 9 to 11 let the program administrator read every partner and decide
-- enrollments; adding an MPN profile with its Partner Membership Center account (E1) and adding an
-- indirect provider with its tenant and first user (P1) still ran on the owner's login. These are
-- the grants, policies and checks those steps need, and no more: the program administrator creates
-- what is new, and changes nothing of another partner's afterwards but what versions 9 to 11 allow.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

-- Whether a person's login runs the statement, not the owner's. The triggers below check people
-- only; asked in their WHEN, they queue nothing for what the owner writes (migrations, the sample,
-- a million synthetic customers).
CREATE FUNCTION rights.by_a_person() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT session_user <> (SELECT owner_role FROM rights.workspace)
$$;
REVOKE ALL ON FUNCTION rights.by_a_person() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.by_a_person() TO {people};

-- Which transaction added each tenant from now on, by a person's login, kept by a trigger where no
-- login writes: its 64-bit id, the top-level transaction's (so that a row added after a savepoint
-- counts, and no wraparound makes an old row look new).
CREATE TABLE rights.tenants_added (
    tenant_id TEXT PRIMARY KEY,
    xact xid8 NOT NULL);
CREATE FUNCTION rights.record_tenant_added() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    INSERT INTO rights.tenants_added (tenant_id, xact) VALUES (NEW.id, pg_current_xact_id())
    ON CONFLICT (tenant_id) DO UPDATE SET xact = EXCLUDED.xact;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION rights.record_tenant_added() FROM PUBLIC;
CREATE TRIGGER tenants_added AFTER INSERT ON public.tenants FOR EACH ROW WHEN (rights.by_a_person())
EXECUTE FUNCTION rights.record_tenant_added();

-- What the program administrator is setting up: a tenant added in this very transaction (not the
-- program's), a partner account of such a tenant, and that tenant's first user (whom the policies
-- of tenant_users would hide from the policy that asks).
CREATE FUNCTION rights.new_tenant(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT rights.is_program()
        AND EXISTS (SELECT 1 FROM public.tenants t JOIN rights.tenants_added a ON a.tenant_id = t.id
                    WHERE t.id = p_tenant AND t.is_program = 0 AND a.xact = pg_current_xact_id())
$$;
CREATE FUNCTION rights.new_partner(p_partner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT rights.is_program()
        AND EXISTS (SELECT 1 FROM public.partner_accounts WHERE id = p_partner AND rights.new_tenant(tenant_id))
$$;
CREATE FUNCTION rights.new_tenant_without_users(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT rights.new_tenant(p_tenant) AND NOT EXISTS (SELECT 1 FROM public.tenant_users WHERE tenant_id = p_tenant)
$$;
REVOKE ALL ON FUNCTION rights.new_tenant(TEXT), rights.new_partner(TEXT), rights.new_tenant_without_users(TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.new_tenant(TEXT), rights.new_partner(TEXT), rights.new_tenant_without_users(TEXT)
    TO {people};

-- E1: a Partner Membership Center account's name, for the program administrator and for the
-- partners whose profiles it holds; its password hash and lockout for no login. The program
-- administrator opens one with the password its owner will sign in with.
SELECT rights.grant_columns('SELECT', 'pmc_accounts', ARRAY['password_hash', 'failed_sign_ins', 'locked_until']);
GRANT INSERT (id, user_name, password_hash, created_at) ON public.pmc_accounts TO {people};
CREATE POLICY visible ON public.pmc_accounts FOR SELECT TO {people}
    USING (rights.is_program() OR id = rights.my_pmc_account());
CREATE POLICY opened ON public.pmc_accounts FOR INSERT TO {people}
    WITH CHECK (rights.is_program() AND password_hash ~ '^(\$argon2id\$|pbkdf2-sha256\$)');

-- E1, E8: the program administrator adds MPN profiles and sets their status.
GRANT INSERT ON public.mpn_profiles TO {people};
GRANT UPDATE (status) ON public.mpn_profiles TO {people};
CREATE POLICY added ON public.mpn_profiles FOR INSERT TO {people} WITH CHECK (rights.is_program());
CREATE POLICY decided ON public.mpn_profiles FOR UPDATE TO {people}
    USING (rights.is_program()) WITH CHECK (rights.is_program());

-- P1: the program administrator adds an indirect provider in one step: a tenant of its own (never
-- a second program tenant), its first user, a Global administrator, its partner account, Active,
-- that user as its first Admin agent, and its listing.
GRANT INSERT (id, display_name, domain_prefix, country, is_program, created_at) ON public.tenants TO {people};
CREATE POLICY added ON public.tenants FOR INSERT TO {people} WITH CHECK (rights.is_program() AND is_program = 0);
CREATE POLICY first_user ON public.tenant_users FOR INSERT TO {people}
    WITH CHECK (rights.new_tenant_without_users(tenant_id) AND directory_role = 'GlobalAdministrator'
                AND enabled = 1);
-- A statement inserting several users checks each against its start, when the tenant had none yet:
-- at commit, a tenant the program administrator set up has its one first user.
CREATE FUNCTION rights.one_first_user() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF rights.new_tenant(NEW.tenant_id)
       AND (SELECT count(*) FROM public.tenant_users WHERE tenant_id = NEW.tenant_id) > 1 THEN
        PERFORM rights.refuse('the program administrator adds a tenant with one first user');
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION rights.one_first_user() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER tenant_users_one_first_user AFTER INSERT ON public.tenant_users
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (rights.by_a_person()) EXECUTE FUNCTION rights.one_first_user();
SELECT rights.grant_columns('INSERT', 'partner_accounts',
                            ARRAY['verification_code_hash', 'verification_expires_at', 'verification_failures']);
CREATE POLICY provider_added ON public.partner_accounts FOR INSERT TO {people}
    WITH CHECK (rights.new_tenant(tenant_id) AND type = 'IndirectProvider' AND status = 'Active');
CREATE POLICY first_admin ON public.partner_roles FOR INSERT TO {people}
    WITH CHECK (rights.new_partner(partner_account_id) AND role = 'AdminAgent'
                AND EXISTS (SELECT 1 FROM public.partner_accounts p JOIN public.tenant_users u
                            ON u.tenant_id = p.tenant_id
                            WHERE p.id = partner_account_id AND u.id = user_id
                            AND u.directory_role = 'GlobalAdministrator'));
CREATE POLICY provider_added ON public.provider_listings FOR INSERT TO {people}
    WITH CHECK (rights.new_partner(partner_account_id));
CREATE POLICY provider_added ON public.provider_countries FOR INSERT TO {people}
    WITH CHECK (rights.new_partner(partner_account_id));

-- The login of a new tenant's first user, made by the program administrator who adds the tenant;
-- otherwise as version 9 says: the owner, the user themselves (when p_self), or whoever manages
-- the user.
CREATE OR REPLACE FUNCTION rights.login_user(p_user TEXT, p_self BOOLEAN) RETURNS public.tenant_users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM public.tenant_users WHERE id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    IF session_user <> (SELECT owner_role FROM rights.workspace)
       AND NOT (p_self AND rights.me() IS NOT DISTINCT FROM p_user)
       AND NOT rights.manages_user(u.tenant_id, u.directory_role)
       AND NOT (rights.new_tenant(u.tenant_id) AND NOT EXISTS (SELECT 1 FROM rights.logins
                                                              WHERE user_id = p_user)) THEN
        RAISE EXCEPTION 'permission denied to change the login of user %', p_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN u;
END
$$;

-- U1, C4: a partner keeps an enabled Admin agent, and a tenant an enabled Global administrator,
-- whatever statements take them away (core and rights.remove_user refuse the last one already; a
-- person's own psql could take roles and users away statement by statement), and a partner or a
-- tenant a person adds has them. Checked when the transaction commits, on its final state, with
-- the partner and the tenant locked, so that two transactions can't each take away one of the last
-- two: in READ COMMITTED (what desks use) the check then reads what the other committed, and
-- SERIALIZABLE finds the conflict; REPEATABLE READ would check an old snapshot, so it is refused.
CREATE FUNCTION rights.keep_administrators() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    tenant TEXT;
    partner TEXT;
BEGIN
    IF current_setting('transaction_isolation') = 'repeatable read' THEN
        PERFORM rights.refuse('roles and users change in READ COMMITTED or SERIALIZABLE transactions');
    END IF;
    IF TG_TABLE_NAME = 'partner_roles' THEN
        partner := OLD.partner_account_id;
    ELSIF TG_TABLE_NAME = 'partner_accounts' THEN
        partner := NEW.id;
    ELSIF TG_TABLE_NAME = 'tenants' THEN
        tenant := NEW.id;
    ELSE
        IF OLD.directory_role = 'GlobalAdministrator' THEN
            tenant := OLD.tenant_id;
        END IF;
        SELECT partner_account_id INTO partner FROM public.partner_roles WHERE user_id = OLD.id AND role = 'AdminAgent';
    END IF;
    IF partner IS NOT NULL THEN
        PERFORM 1 FROM public.partner_accounts WHERE id = partner FOR NO KEY UPDATE;
        IF NOT EXISTS (SELECT 1 FROM public.partner_roles r JOIN public.tenant_users u ON u.id = r.user_id
                       WHERE r.partner_account_id = partner AND r.role = 'AdminAgent' AND u.enabled = 1) THEN
            PERFORM rights.refuse('a partner keeps an enabled Admin agent');
        END IF;
    END IF;
    IF tenant IS NOT NULL THEN
        PERFORM 1 FROM public.tenants WHERE id = tenant FOR NO KEY UPDATE;
        IF NOT EXISTS (SELECT 1 FROM public.tenant_users WHERE tenant_id = tenant
                       AND directory_role = 'GlobalAdministrator' AND enabled = 1) THEN
            PERFORM rights.refuse('a tenant keeps an enabled Global administrator');
        END IF;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION rights.keep_administrators() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER partner_roles_keep_administrators AFTER DELETE ON public.partner_roles
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.role = 'AdminAgent' AND rights.by_a_person())
EXECUTE FUNCTION rights.keep_administrators();
CREATE CONSTRAINT TRIGGER tenant_users_keep_administrators AFTER UPDATE OF enabled, directory_role
ON public.tenant_users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (OLD.enabled = 1 AND (NEW.enabled = 0 OR NEW.directory_role IS DISTINCT FROM OLD.directory_role)
      AND rights.by_a_person())
EXECUTE FUNCTION rights.keep_administrators();
CREATE CONSTRAINT TRIGGER partner_accounts_keep_administrators AFTER INSERT ON public.partner_accounts
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (rights.by_a_person()) EXECUTE FUNCTION rights.keep_administrators();
CREATE CONSTRAINT TRIGGER tenants_keep_administrators AFTER INSERT ON public.tenants
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (rights.by_a_person()) EXECUTE FUNCTION rights.keep_administrators();

-- Speed: the policies call the helpers above for every row they look at, and a SQL function that
-- is SECURITY DEFINER (or has a SET clause) is never inlined: PostgreSQL plans its body again at
-- every call, a millisecond or more each, nested calls included. The same bodies in PL/pgSQL keep
-- their plans for the session. Every scalar SQL helper of the schema is rewritten so, its body
-- unchanged (the first row of its answer, as a SQL function gives).
DO $$
DECLARE
    f RECORD;
BEGIN
    FOR f IN SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
                    pg_get_function_result(p.oid) AS result, p.prosrc
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'rights' AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
             AND p.provolatile = 's' AND p.prosecdef AND NOT p.proretset
    LOOP
        EXECUTE format('CREATE OR REPLACE FUNCTION rights.%I(%s) RETURNS %s LANGUAGE plpgsql STABLE SECURITY DEFINER '
                       'SET search_path = rights, public, pg_temp AS %L', f.proname, f.args, f.result,
                       'BEGIN RETURN (SELECT answer FROM (' || regexp_replace(f.prosrc, ';\s*$', '')
                       || E'\n) AS body (answer) LIMIT 1); END');
    END LOOP;
END
$$;
